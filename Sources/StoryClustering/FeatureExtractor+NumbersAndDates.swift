extension FeatureExtractor {
    /// Whether a token read as August may be Arabic's "father" ("أب", "الأب", "وأب") or "door"
    /// ("باب"): "اب" after at most a clitic.
    static func mayBeFather(_ token: Token) -> Bool {
        Gazetteer.cliticForms(token).contains(Substring(father))
    }

    private static let father = TextNormalizer.normalized("أب")

    /// Whether the August at `range` is a date's: a day just before it ("10 آب"), "month" before it
    /// ("شهر آب", "بشهر آب"), or a year or its other name just after it ("آب 2030", "آب/أغسطس").
    static func datesAugust(at range: Range<Int>, in tokens: [Token]) -> Bool {
        let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1] : nil
        let after = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
        if let before, before.script == .number || Gazetteer.cliticForms(before).contains(where: monthWords.contains) {
            return true
        }
        if let after, after.script == .number && after.text.utf8.count == 4 || after.text == august { return true }
        return false
    }

    /// "Month" in Arabic and Sorani (clitics are taken off before the lookup: "بشهر", "الشهر").
    private static let monthWords: Set<Substring> = Set(
        ["شهر", "مانگی", "مانگ"].map { Substring(TextNormalizer.normalized($0)) })
    private static let august = TextNormalizer.normalized("أغسطس")

    /// A month name: a month feature, and a day-of-month feature when a day number stands next
    /// to it.
    func addMonth(
        _ match: Gazetteer.Match, in tokens: [Token], weight: Double, into accumulator: inout TermAccumulator
    ) {
        let month = String(match.id.dropFirst(6))
        accumulator.add("m:" + month, kind: .date, weight: weight, display: "month " + month)
        accumulator.numbers.insert("m:" + month)
        let neighbours = [
            match.range.lowerBound - 2, match.range.lowerBound - 1, match.range.upperBound, match.range.upperBound + 1,
        ]
        for index in neighbours where index >= 0 && index < tokens.count && tokens[index].script == .number {
            guard let day = Int(tokens[index].text), day >= 1, day <= 31 else { continue }
            let key = "d:" + month + "-" + String(day)
            accumulator.add(key, kind: .date, weight: weight, display: month + "/" + String(day))
            accumulator.numbers.insert(key)
            return
        }
    }

    /// Languages whose writers group thousands with a period and mark decimals with a comma
    /// ("2.650 MW", "52,6 pile"), where English writes "2,650" and "52.6".
    private static let decimalCommaLanguages: Set<String> = [
        "kmr", "tr", "de", "fr", "es", "it", "nl", "pt", "ru", "id", "pl", "sv", "da", "nb", "fi", "el",
    ]

    /// The number a numeric token means, written the English way without grouping: "2,650" and
    /// "2.650" (in Kurmanji) are "2650", "52,6" and "52.60" are "52.6", "007" is "7". A comma
    /// followed by one or two digits is a decimal comma in any language; periods group thousands
    /// ("1.250.000"; one to three digits, not starting with 0, then groups of three) when there
    /// are several groups or the language writes decimals with a comma ("0.500" is 0.5 in any
    /// language). Anything else ("12.08.2025") stays as written.
    static func canonicalNumber(_ text: String, language: String) -> String {
        // Most numbers have neither separators nor leading zeros: nothing to do.
        if text.utf8.first != 0x30 && !text.utf8.contains(where: { $0 == 0x2C || $0 == 0x2E }) { return text }
        let bytes = Array(text.utf8)
        let separators = bytes.indices.filter { bytes[$0] == 0x2C || bytes[$0] == 0x2E }
        var digits: [UInt8]
        if separators.isEmpty {
            digits = bytes
        } else {
            let groups = text.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." }
            let commas = bytes.filter { $0 == 0x2C }.count
            let periods = separators.count - commas
            // Groups of thousands: one to three digits (not starting with 0), then threes.
            let grouped =
                groups.dropFirst().allSatisfy { $0.utf8.count == 3 } && (1...3).contains(groups[0].utf8.count)
                && groups[0].utf8.first != 0x30
            var decimalMark: UInt8?
            if commas > 0 && periods > 0 {
                decimalMark = bytes[separators[separators.count - 1]]  // "1,250.5", "1.250,5"
            } else if commas == 1 && (groups[1].utf8.count <= 2 || !grouped) {
                decimalMark = 0x2C
            } else if periods == 1 && !(grouped && decimalCommaLanguages.contains(language)) {
                decimalMark = 0x2E
            } else if periods > 1 && !grouped {
                return text
            }
            digits = []
            for byte in bytes {
                if byte == decimalMark {
                    digits.append(0x2E)
                } else if byte != 0x2C && byte != 0x2E {
                    digits.append(byte)
                }
            }
        }
        var scalars = digits[...]
        while scalars.count > 1, scalars.first == 0x30, scalars.dropFirst().first != 0x2E {
            scalars = scalars.dropFirst()
        }
        if scalars.contains(0x2E) {
            while scalars.last == 0x30 { scalars = scalars.dropLast() }
            if scalars.last == 0x2E { scalars = scalars.dropLast() }
        }
        return String(decoding: scalars, as: UTF8.self)
    }
}
