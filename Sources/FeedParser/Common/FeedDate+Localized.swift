extension FeedDate {
    /// Translates the non-English dates some publishers emit into forms the English parsers read:
    /// Greek RFC 822 names, Hungarian ISO 8601 month names and Korean (KST) date/time words.
    enum Localized {
        private static let greek: [String: String] = [
            "Ιαν": "Jan", "Φεβ": "Feb", "Μάώ": "Mar", "Μαώ": "Mar", "Μάρ": "Mar", "Μαρ": "Mar", "Απρ": "Apr",
            "Μάι": "May", "Μαι": "May", "Μαϊ": "May", "Μάϊ": "May", "Ιούν": "Jun", "Ιουν": "Jun", "Ιον": "Jun",
            "Ιούλ": "Jul", "Ιουλ": "Jul", "Ιολ": "Jul", "Αύγ": "Aug", "Αυγ": "Aug", "Σεπ": "Sep", "Οκτ": "Oct",
            "Νοέ": "Nov", "Νοε": "Nov", "Δεκ": "Dec",
            "Κυρ": "Sun", "Δευ": "Mon", "Τρι": "Tue", "Τετ": "Wed", "Πεμ": "Thu", "Πέμ": "Thu", "Παρ": "Fri",
            "Σαβ": "Sat", "Σάβ": "Sat",
        ]

        private static let hungarian: [String: String] = [
            "január": "01", "február": "02", "március": "03", "április": "04", "május": "05", "június": "06",
            "július": "07", "augusztus": "08", "szeptember": "09", "október": "10", "november": "11",
            "december": "12",
        ]

        /// Month names and abbreviations in French, German, Spanish, Portuguese, Italian and Dutch
        /// (lower-case, accents as written and without), 1–12: `Wed, 31 Ago 2016`, `Di, 04 Okt 2016`.
        static let europeanMonths: [String: Int] = {
            let names: [[String]] = [
                ["janv", "janvier", "januar", "jän", "jaen", "ene", "enero", "janeiro", "gen", "gennaio", "januari"],
                [
                    "févr", "fevr", "février", "fevrier", "februar", "febrero", "fev", "fevereiro", "febbraio",
                    "februari",
                ],
                ["mars", "mär", "maer", "mrz", "märz", "maerz", "marzo", "março", "marco", "mrt", "maart"],
                ["avr", "avril", "abr", "abril", "aprile"],
                ["mai", "mayo", "maio", "mag", "maggio", "mei"],
                ["juin", "juni", "junio", "junho", "giu", "giugno"],
                ["juil", "juillet", "juli", "julio", "julho", "lug", "luglio"],
                ["août", "aout", "ago", "agosto", "augustus"],
                ["sept", "septembre", "septiembre", "setiembre", "set", "setembro", "settembre"],
                ["okt", "oktober", "octobre", "octubre", "out", "outubro", "ott", "ottobre"],
                ["novembre", "noviembre", "novembro"],
                ["déc", "décembre", "decembre", "dez", "dezember", "dic", "diciembre", "dezembro", "dicembre"],
            ]
            var table: [String: Int] = [:]
            for (index, spellings) in names.enumerated() {
                for spelling in spellings { table[spelling] = index + 1 }
            }
            return table
        }()

        private static let englishMonths = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]

        /// The date rewritten in ASCII, or nil when it is in no known language.
        static func translate(_ text: String) -> String? {
            if text.contains("년") || text.contains("오전") || text.contains("오후") { return korean(text) }
            var words: [String] = []
            var current = ""
            var separators: [Character] = []
            for character in text {
                if character.isLetter {
                    current.append(character)
                } else {
                    words.append(current)
                    separators.append(character)
                    current = ""
                }
            }
            words.append(current)
            var out = ""
            for (index, word) in words.enumerated() {
                let lower = word.lowercased()
                if index == 0, separators.first == ",", !word.isEmpty, greek[word] == nil {
                    // A weekday in any language before the first comma says nothing the date does not.
                    out.append(",")
                    continue
                }
                out += greek[word] ?? hungarian[lower] ?? europeanMonths[lower].map { englishMonths[$0 - 1] } ?? word
                if index < separators.count { out.append(separators[index]) }
            }
            return out.unicodeScalars.allSatisfy(\.isASCII) ? out : nil
        }

        /// `2004-05-25 오후 11:23:17` and `2004년 05월 28일  01:31:15`, both in Korea Standard Time.
        private static func korean(_ text: String) -> String? {
            let numbers = text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
            guard numbers.count >= 5, numbers.allSatisfy({ (0...9999).contains($0) }) else { return nil }
            var hour = numbers[3]
            if text.contains("오후"), hour < 12 { hour += 12 }
            if text.contains("오전"), hour == 12 { hour = 0 }
            func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            let second = numbers.count >= 6 ? numbers[5] : 0
            let date = "\(numbers[0])-\(pad(numbers[1]))-\(pad(numbers[2]))"
            return date + "T\(pad(hour)):\(pad(numbers[4])):\(pad(second))+09:00"
        }
    }
}
