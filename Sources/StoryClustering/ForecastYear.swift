/// A year a report looks ahead to: a deadline or a plan ("to close all coal plants by 2038", "by
/// the end of 2030", "حتى عام 2030", "بحلول نهاية العام 2030", "تا کۆتایی ساڵی 2030", "heta dawiya sala
/// 2030"), not the year the report was written in.
///
/// Read from the words before the year: a word for "by" or "until", with at most a few words for
/// the end, the start or the year between it and the year. "Arrested by police in 2013" is a
/// year: "in" is neither.
enum ForecastYear {
    /// Words that set a deadline or a limit: "by", "until", "through", "before"; Arabic بحلول, حتى,
    /// لغاية; Sorani تا, هەتا, تاوەکو; Kurmanji heta, hetanî, heya.
    private static let markers = TextNormalizer.normalizedWords([
        "by", "until", "till", "through", "before",
        "بحلول", "حتى", "لغاية",
        "تا", "هەتا", "تاوەکو",
        "heta", "hetanî", "heya",
    ])

    /// Words that may stand between the marker and the year: the end or start of it, the word for
    /// year ("by the end of 2030", "حتى نهاية عام 2030", "تا کۆتایی ساڵی 2030", "heta dawiya sala 2030").
    private static let fillers = TextNormalizer.normalizedWords([
        "the", "end", "start", "of", "year", "early", "mid", "late",
        "عام", "العام", "سنة", "نهاية", "مطلع", "بداية",
        "ساڵی", "کۆتایی", "سەرەتای",
        "sala", "salê", "dawiya", "destpêka",
    ])

    /// The most words read back from the year.
    private static let reach = 4

    /// Whether the year at `index` of `tokens` is one the text looks ahead to.
    static func looksAhead(_ tokens: [Token], yearAt index: Int) -> Bool {
        var position = index - 1
        while position >= 0 && index - position <= reach {
            let text = tokens[position].text
            if markers.contains(text) { return true }
            guard fillers.contains(text) else { return false }
            position -= 1
        }
        return false
    }
}
