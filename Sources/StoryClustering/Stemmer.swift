/// Light, language-aware suffix and prefix stripping used for matching words across forms.
///
/// The goal is conflation ("killed", "kills", "killing" → "kill"; "الجيش" → "جيش"), not
/// linguistic correctness: every document is stemmed the same way.
enum Stemmer {
    /// Stems a normalised token.
    static func stem(_ token: String, script: Token.Script) -> String {
        switch script {
        case .latin: return english(token)
        case .arabic: return arabicScript(token)
        case .number, .other: return token
        }
    }

    /// Plural stripping only ("ies" → "y", "s" → "").
    static func plural(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count > 3, bytes.last == UInt8(ascii: "s") else { return word }
        let before = bytes[bytes.count - 2]
        if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") { return word }
        if bytes.count > 4, before == UInt8(ascii: "e"), bytes[bytes.count - 3] == UInt8(ascii: "i") {
            return String(decoding: bytes.dropLast(3), as: UTF8.self) + "y"
        }
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }

    /// A light English stemmer (plural, past, gerund and a few derivational endings).
    static func english(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.count > 3 else { return word }
        let original = bytes.count
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard bytes.count > count + 1 else { return false }
            let start = suffix.utf8Start
            let offset = bytes.count - count
            for index in 0..<count where bytes[offset + index] != start[index] { return false }
            return true
        }
        func drop(_ count: Int, adding: StaticString = "") {
            bytes.removeLast(count)
            let start = adding.utf8Start
            for index in 0..<adding.utf8CodeUnitCount { bytes.append(start[index]) }
        }
        if ends("ies") && bytes.count > 4 {
            drop(3, adding: "y")
        } else if ends("sses") {
            drop(2)
        } else if ends("ches") || ends("shes") || ends("xes") || ends("zes") {
            drop(2)
        } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
            drop(1)
        }
        if ends("ingly") {
            drop(5)
        } else if ends("edly") {
            drop(4)
        } else if ends("ing") && bytes.count > 5 {
            drop(3)
            undouble(&bytes)
        } else if ends("ied") {
            drop(3, adding: "y")
        } else if ends("eed") {
            drop(1)
        } else if ends("ed") && bytes.count > 4 {
            drop(2)
            undouble(&bytes)
        } else if ends("ly") && bytes.count > 5 {
            drop(2)
        }
        if ends("ation") && bytes.count > 7 {
            drop(5, adding: "at")
        } else if ends("ment") && bytes.count > 7 {
            drop(4)
        }
        if ends("e") && bytes.count > 4 {
            drop(1)
        }
        if bytes.count == original { return word }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func undouble(_ bytes: inout [UInt8]) {
        guard bytes.count >= 3, let last = bytes.last, last < 0x80 else { return }
        let previous = bytes[bytes.count - 2]
        if last == previous, !Array("aeioulsz".utf8).contains(last) {
            bytes.removeLast()
        }
    }

    /// Kurmanji case, ezafe, plural and indefinite endings, folded as the normaliser folds them
    /// (ê → e, î → i), longest first.
    private static let kurmanjiSuffixes: [[UInt8]] = [
        "eke", "eki", "yek", "yen", "yan", "ye", "ya", "ek", "en", "an", "e", "a", "i",
    ].map { Array($0.utf8) }

    /// Light stemming for Kurmanji Latin-script words: strips case, ezafe, plural and indefinite
    /// endings, the first keeping at least four letters and each further one five, so that
    /// "zaxoye" and "zaxo", "malbaten" and "malbat", "gundeki" and "gund", "mamosteyan" and
    /// "mamoste", "dibistan" and "dibistanê" conflate, while "baran" (rain), "hesen" (a name),
    /// "dinya" (world) and "desteya" (commission) keep what tells them from "bar", "hes", "din"
    /// and "dest".
    static func kurmanji(_ word: String) -> String {
        var bytes = Array(word.utf8)
        let original = bytes.count
        var minimum = 4
        var stripped = true
        while stripped {
            stripped = false
            for suffix in kurmanjiSuffixes
            where bytes.count - suffix.count >= minimum && bytes.suffix(suffix.count).elementsEqual(suffix) {
                bytes.removeLast(suffix.count)
                stripped = true
                minimum = 5
                break
            }
        }
        return bytes.count == original ? word : String(decoding: bytes, as: UTF8.self)
    }

    private static let arabicPrefixes: [[Unicode.Scalar]] = ["وال", "بال", "كال", "فال", "لل", "ال"].map {
        Array($0.unicodeScalars)
    }
    private static let arabicSuffixes: [[Unicode.Scalar]] = [
        "ەکانی", "ەکان", "یەکان", "ەکەی", "ەکە", "کان", "ێکی", "ێک", "ەوە",
        "ها", "ان", "ات", "ون", "ين", "يه", "دا", "ه", "ي", "ە",
    ].map { Array(TextNormalizer.normalized($0).unicodeScalars) }

    /// Light stemming for Arabic-script words (Arabic articles and plural endings, Sorani
    /// definite and plural endings).
    static func arabicScript(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        for prefix in arabicPrefixes where scalars.count - prefix.count >= 2 && scalars.starts(with: prefix) {
            scalars.removeFirst(prefix.count)
            break
        }
        for suffix in arabicSuffixes where scalars.count - suffix.count >= 3 {
            if Array(scalars.suffix(suffix.count)) == suffix {
                scalars.removeLast(suffix.count)
                break
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
