/// A year a report looks ahead to: a deadline or a plan ("to close all coal plants by 2038", "by
/// the end of 2030", "حتى عام 2030", "بحلول نهاية العام 2030", "تا کۆتایی ساڵی 2030", "heta dawiya sala
/// 2030"), not the year the report was written in.
///
/// Read from the words before the year: a word for "by", "until" or "before", with at most
/// ``reach`` - 1 words for the end, the start or the year between it and the year. "Arrested by
/// police in 2013" is a year: "in" is neither. The end of a range is a year too ("from 2014 until
/// 2024", "لە 2014 تا 2024", "ji 2014 heta 2024"): a retrospective names the years it looks back on.
enum ForecastYear {
    /// Words that set a deadline or a limit: "by", "until", "through", "before"; Arabic بحلول, حتى,
    /// لغاية, قبل (also after the conjunction و: "وحتى"); Sorani تا, هەتا, تاوەکو, تاکو, هەتاکو, پێش;
    /// Kurmanji heta, hetanî, heya, berî.
    private static let markers = TextNormalizer.normalizedWords([
        "by", "until", "till", "through", "before",
        "بحلول", "حتى", "لغاية", "قبل",
        "تا", "هەتا", "تاوەکو", "تاکو", "هەتاکو", "پێش",
        "heta", "hetanî", "heya", "berî",
    ])

    /// Words that may stand between the marker and the year: the end, start or middle of it, the
    /// word for year, "the", "of", "at least", "around" ("by the end of the year 2030", "until at
    /// least 2030", "حتى نهاية عام 2030", "تا کۆتایی ساڵی 2030", "heta bi dawiya sala 2030").
    private static let fillers = TextNormalizer.normalizedWords([
        "the", "end", "start", "middle", "of", "year", "early", "mid", "late", "at", "least", "around", "about",
        "عام", "العام", "سنة", "نهاية", "مطلع", "بداية", "منتصف", "أواخر", "أوائل",
        "ساڵی", "کۆتایی", "سەرەتای", "ناوەڕاستی",
        "sala", "salê", "dawiya", "destpêka", "nîvê", "bi",
    ])

    /// The most tokens read back from the year to its marker.
    private static let reach = 6

    /// The conjunction "and" that Arabic and Sorani write joined to the next word ("وحتى").
    private static let and: Character = "و"

    /// Whether the year at `index` of `tokens` is one the text looks ahead to.
    static func looksAhead(_ tokens: [Token], yearAt index: Int) -> Bool {
        var position = index - 1
        while position >= 0 && index - position <= reach {
            let text = tokens[position].text
            if isMarker(tokens[position]) { return !endsRange(tokens, markerAt: position) }
            guard fillers.contains(text) else { return false }
            position -= 1
        }
        return false
    }

    private static func isMarker(_ token: Token) -> Bool {
        if markers.contains(token.text) { return true }
        guard token.script == .arabic, token.text.first == and else { return false }
        return markers.contains(String(token.text.dropFirst()))
    }

    /// Whether the marker at `position` follows a year by a word or two: the end of a range.
    private static func endsRange(_ tokens: [Token], markerAt position: Int) -> Bool {
        (1...2).contains { back in position - back >= 0 && tokens[position - back].writtenYear != nil }
    }
}
