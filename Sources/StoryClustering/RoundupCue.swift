/// How a headline says it counts a period's happenings, not one happening: "58 killed on the
/// province's roads in first quarter", "١٣٤٠ حريقاً في بغداد خلال النصف الأول من العام",
/// "لە سێ مانگدا 58 کەس لە ڕووداوی هاتوچۆدا گیانیان لەدەستداوە", "Ji destpêka havînê ve li Duhokê 11
/// kes xeniqîne".
///
/// A roundup names the places, the kind and the victims of the week's happenings, and its copy may
/// recall the latest of them, yet it tells none of them: the clusterer keeps it apart from a story
/// of a happening as it would a report naming another town.
///
/// Read per language as phrases of whole words, "*" standing for a count (a number or a number
/// word). The period must be one of months or of a part of the year, past: "in five years" is a
/// record compared in a first report ("Dukan lake at its lowest in five years"), "over seven months
/// of unpaid wages" a grievance, "to reopen in three months" a promise. A headline holding, outside
/// its period phrase, an ordinal or a superlative is no roundup: "second deadly crash in three
/// months", "first drone attack in six months", "12th market fire so far this year", "highest in
/// three months" tell a happening by counting it.
enum RoundupCue {
    /// Period phrases by language, normalised; "*" stands for a count.
    static let phrases: [String: [[String]]] = [
        "en": [
            "first quarter", "first half of", "so far this year", "since the start of the year",
            "since the beginning of the year", "since the start of the season", "since the beginning of the season",
            "since the start of summer", "since the start of winter", "in the past * months", "in the last * months",
            "in the first * months",
        ],
        "ar": [
            "النصف الأول من", "الربع الأول من", "في النصف الأول", "خلال النصف الأول", "منذ بداية العام",
            "منذ بداية السنة", "منذ مطلع العام", "منذ مطلع السنة", "منذ بداية الموسم", "منذ مطلع الموسم",
            "منذ بداية الصيف", "منذ بداية الشتاء", "خلال الأشهر الماضية", "خلال العام الماضي",
            "خلال الشهر الماضي",
        ],
        "ckb": [
            "لە * مانگدا", "لە * مانگی یەکەمی", "لە * مانگی ڕابردوودا", "لە ماوەی * مانگدا", "لە سەرەتای ساڵەوە",
            "لە سەرەتای ئەمساڵەوە", "نیوەی یەکەمی", "چارەکی یەکەمی",
        ],
        "kmr": [
            "di * mehan de", "di * mehên", "ji destpêka salê", "ji destpêka îsal", "ji destpêka havînê",
            "ji destpêka zivistanê", "ji destpêka demsalê", "ji serê salê", "nîvê yekem", "nîvê pêşîn",
            "çaryeka yekem",
        ],
    ].mapValues { $0.map(CountedPhrase.words) }

    /// Ordinals and superlatives that make a headline count its happening, not a period's, by
    /// language (besides ``RepeatCue``'s ordinals and any "12th"), normalised.
    static let countingWords: [String: Set<String>] = [
        "en": [
            "first", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "highest", "lowest", "worst", "biggest", "deadliest", "largest", "heaviest",
        ],
        "ar": [
            "أول", "الأول", "الأولى", "رابع", "الرابع", "رابعة", "الرابعة", "خامس", "الخامس", "خامسة", "الخامسة",
            "سادس", "السادس", "أعلى", "الأعلى", "أدنى", "الأدنى", "أسوأ", "الأسوأ", "أكبر", "الأكبر",
        ],
        "ckb": [
            "یەکەم", "یەکەمی", "یەکەمجار", "یەکەمین", "چوارەم", "چوارەمین", "پێنجەم", "پێنجەمین", "بەرزترین",
            "نزمترین", "خراپترین", "گەورەترین",
        ],
        "kmr": [
            "yekem", "yekemîn", "cara", "çarem", "çaremîn", "pêncem", "pêncemîn", "herî",
        ],
    ].mapValues { TextNormalizer.normalizedWords(Array($0)) }

    /// Whether `tokens` (a headline in `language`, normalised) count a period's happenings; in English
    /// also, when the headline's date is known, a past year or one of the three months before the
    /// one it was published in, that year ("Erbil road deaths fell 9 percent in 2029" in 2030, "Umm
    /// Qasr reports record container traffic in April" in May). Not a month to come ("elections in
    /// June"), this month, a day ("in April 12 shooting") or, in a title-cased headline
    /// (`trustCapitals` false), a month whose capital may be the verb's ("Prices In May Rise").
    static func countsPeriod(
        _ tokens: [Token], language: String, published: Int64? = nil, trustCapitals: Bool = true
    ) -> Bool {
        guard let phrases = phrases[language] else { return false }
        var ranges = CountedPhrase.ranges(phrases, in: tokens, language: language)
        if language == "en", let published {
            ranges += pastPeriods(
                in: tokens, published: CivilDate.yearAndMonth(of: published), trustCapitals: trustCapitals)
        }
        guard !ranges.isEmpty else { return false }
        var covered = [Bool](repeating: false, count: tokens.count)
        for range in ranges { covered.replaceSubrange(range, with: repeatElement(true, count: range.count)) }
        let ordinals = RepeatCue.languages[language]?.ordinals ?? []
        let counting = countingWords[language] ?? []
        return !tokens.indices.contains { index in
            guard !covered[index] else { return false }
            let text = tokens[index].text
            return ordinals.contains(text) || counting.contains(text)
                || Self.ordinalSuffixes.contains(text) && index > 0 && tokens[index - 1].script == .number
                || Self.isNumberedOrdinal(text)
        }
    }

    /// How many months before the one published a month named may stand as a period counted.
    private static let recentMonths = 3

    /// "in 2029", "during 2029" before the year published; "in April" up to ``recentMonths`` before
    /// the month published, in its year, with no number after it.
    private static func pastPeriods(in tokens: [Token], published: (year: Int, month: Int), trustCapitals: Bool)
        -> [Range<Int>]
    {
        func opensPeriod(_ index: Int) -> Bool {
            index >= 0 && (tokens[index].text == "in" || tokens[index].text == "during")
        }
        var ranges: [Range<Int>] = tokens.indices.dropFirst().compactMap { index in
            guard opensPeriod(index - 1), let year = tokens[index].writtenYear, year < published.year else { return nil }
            return index - 1..<index + 1
        }
        guard trustCapitals else { return ranges }
        for match in Gazetteer.shared.matches(in: tokens) {
            guard match.id.hasPrefix("month:"), let month = Int(match.id.dropFirst(6)),
                opensPeriod(match.range.lowerBound - 1), tokens[match.range.lowerBound].isCapitalized,
                match.range.upperBound >= tokens.count || tokens[match.range.upperBound].script != .number,
                (1...recentMonths).contains(published.month - month)
            else { continue }
            ranges.append(match.range.lowerBound - 1..<match.range.upperBound)
        }
        return ranges
    }

    /// The endings of "12th", "3rd", "21st", "2nd", which the tokeniser may split from the number.
    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// "12th", "3rd", "21st", "2nd" as one token.
    private static func isNumberedOrdinal(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        return ordinalSuffixes.contains { text.hasSuffix($0) }
    }
}
