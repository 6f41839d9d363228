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
/// word). The period must be one of months or of a part of the year: "in five years" is a record
/// compared in a first report ("Dukan lake at its lowest in five years"), "over seven months of
/// unpaid wages" a grievance. A headline holding an ordinal is no roundup ("second deadly crash in
/// three months" tells a happening).
enum RoundupCue {
    /// Period phrases by language, normalised; "*" stands for a count.
    static let phrases: [String: [[String]]] = [
        "en": [
            "first quarter", "first half of", "so far this year", "since the start of the year",
            "since the beginning of the year", "since the start of the season", "since the beginning of the season",
            "since the start of summer", "since the start of winter", "in the past * months", "in the last * months",
            "in the first * months", "in * months",
        ],
        "ar": [
            "النصف الأول من", "الربع الأول من", "في النصف الأول", "خلال النصف الأول", "منذ بداية العام",
            "منذ بداية السنة", "منذ مطلع العام", "منذ مطلع السنة", "منذ بداية الموسم", "منذ مطلع الموسم",
            "منذ بداية الصيف", "منذ بداية الشتاء", "خلال الأشهر", "خلال * أشهر", "خلال العام الماضي",
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
    ].mapValues { phrases in
        phrases.map { phrase in
            phrase.split(separator: " ").flatMap {
                $0 == "*" ? ["*"] : TextNormalizer.tokens(String($0)).map(\.text)
            }
        }
    }

    /// Whether `tokens` (a headline in `language`, normalised) count a period's happenings.
    static func countsPeriod(_ tokens: [Token], language: String) -> Bool {
        guard let phrases = phrases[language] else { return false }
        let ordinals = RepeatCue.languages[language]?.ordinals ?? []
        if tokens.contains(where: { ordinals.contains($0.text) }) { return false }
        func isCount(_ token: Token) -> Bool {
            token.script == .number || NumberWords.cardinal(token.text, language: language) != nil
        }
        return phrases.contains { phrase in
            guard !phrase.isEmpty, tokens.count >= phrase.count else { return false }
            return (0...(tokens.count - phrase.count)).contains { start in
                phrase.indices.allSatisfy {
                    phrase[$0] == "*" ? isCount(tokens[start + $0]) : tokens[start + $0].text == phrase[$0]
                }
            }
        }
    }
}
