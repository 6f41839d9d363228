/// Number words in English, Arabic, Sorani and Kurmanji, mapped to digits (month names are
/// gazetteer entries, `month:1` … `month:12`),
/// so that "three soldiers", "ثلاثة جنود" and "3 soldiers" share a number feature.
enum NumberWords {
    /// Cardinal number words (2–12) by language group, keyed by normalised token.
    static func cardinal(_ token: String, language: String) -> String? {
        switch language {
        case "en": return english[token]
        case "ar": return arabic[token]
        case "ckb": return sorani[token]
        case "kmr": return kurmanji[token]
        default: return nil
        }
    }

    /// Whether `token` is a number word in any of the languages.
    static func isNumberWord(_ token: String) -> Bool {
        english[token] != nil || arabic[token] != nil || sorani[token] != nil || kurmanji[token] != nil
    }

    private static func table(_ words: [(String, Int)]) -> [String: String] {
        var result: [String: String] = [:]
        for (word, value) in words {
            result[TextNormalizer.normalized(word)] = String(value)
        }
        return result
    }

    private static let english = table([
        ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
        ("ten", 10), ("eleven", 11), ("twelve", 12), ("twenty", 20), ("dozen", 12),
    ])
    private static let arabic = table([
        ("اثنان", 2), ("اثنين", 2), ("اثنتين", 2), ("اثنتان", 2), ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4),
        ("خمسة", 5), ("خمس", 5), ("ستة", 6), ("سبعة", 7), ("سبع", 7), ("ثمانية", 8), ("تسعة", 9), ("عشرة", 10),
        ("عشرين", 20), ("عشرون", 20),
    ])
    private static let sorani = table([
        ("دوو", 2), ("سێ", 3), ("چوار", 4), ("پێنج", 5), ("شەش", 6), ("حەوت", 7), ("هەشت", 8), ("نۆ", 9), ("دە", 10),
        ("بیست", 20),
    ])
    private static let kurmanji = table([
        ("du", 2), ("sê", 3), ("çar", 4), ("pênc", 5), ("şeş", 6), ("heft", 7), ("heşt", 8), ("neh", 9), ("deh", 10),
        ("bîst", 20),
    ])
}
