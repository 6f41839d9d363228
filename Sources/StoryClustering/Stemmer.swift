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

    /// A light English stemmer (plural, past, gerund and a few derivational endings).
    static func english(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        guard scalars.count > 3 else { return word }
        func ends(_ suffix: String) -> Bool {
            let tail = Array(suffix.unicodeScalars)
            return scalars.count > tail.count + 1 && Array(scalars.suffix(tail.count)) == tail
        }
        func drop(_ count: Int, adding: String = "") {
            scalars.removeLast(count)
            scalars.append(contentsOf: adding.unicodeScalars)
        }
        if ends("ies") && scalars.count > 4 {
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
        } else if ends("ing") && scalars.count > 5 {
            drop(3)
            undouble(&scalars)
        } else if ends("ied") {
            drop(3, adding: "y")
        } else if ends("eed") {
            drop(1)
        } else if ends("ed") && scalars.count > 4 {
            drop(2)
            undouble(&scalars)
        } else if ends("ly") && scalars.count > 5 {
            drop(2)
        }
        if ends("ation") && scalars.count > 7 {
            drop(5, adding: "at")
        } else if ends("ment") && scalars.count > 7 {
            drop(4)
        }
        if ends("e") && scalars.count > 4 {
            drop(1)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func undouble(_ scalars: inout [Unicode.Scalar]) {
        guard scalars.count >= 3, let last = scalars.last else { return }
        let previous = scalars[scalars.count - 2]
        if last == previous, !"aeioulsz".unicodeScalars.contains(last) {
            scalars.removeLast()
        }
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
