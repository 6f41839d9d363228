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
                out += greek[word] ?? hungarian[word.lowercased()] ?? word
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
