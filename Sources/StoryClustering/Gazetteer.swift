/// One named entity of the ``Gazetteer``: a canonical id and its spellings in any script.
struct GazetteerEntry: Sendable {
    /// The canonical, language-independent id, such as `"kirkuk"` or `"org:pmf"`.
    var id: String
    /// Spellings in English, Arabic, Sorani and Kurmanji (any number of words each).
    var names: [String]

    init(_ id: String, _ names: [String]) {
        self.id = id
        self.names = names
    }
}

/// A multi-script lookup of places, organisations, people and months that maps every
/// spelling to one canonical id, so that documents in different languages share features.
struct Gazetteer: Sendable {
    /// One match in a token sequence.
    struct Match: Sendable, Hashable {
        /// The matched token positions.
        var range: Range<Int>
        /// The canonical id.
        var id: String
    }

    /// The table built from ``Gazetteer/entries``.
    static let shared = Gazetteer(entries: Gazetteer.entries)

    private let phrases: [String: String]
    private let displayNames: [String: String]
    private let acronyms: [String: String]
    private let firstWords: Set<String>
    private let maxWords: Int

    /// Builds the lookup from entries; spellings are normalised with ``TextNormalizer``.
    init(entries: [GazetteerEntry]) {
        var phrases: [String: String] = [:]
        var firstWords = Set<String>()
        var maxWords = 1
        var acronyms: [String: String] = [:]
        var displayNames: [String: String] = [:]
        for entry in entries {
            if displayNames[entry.id] == nil, let name = entry.names.first { displayNames[entry.id] = name }
            for name in entry.names {
                if Self.isAcronym(name) {
                    let key = TextNormalizer.normalized(name)
                    if acronyms[key] == nil { acronyms[key] = entry.id }
                    continue
                }
                var words = TextNormalizer.tokens(name).map(\.text)
                guard !words.isEmpty else { continue }
                var forms = [words]
                if let first = words.first, first.hasPrefix("ال"), first.unicodeScalars.count > 4 {
                    words[0] = String(first.dropFirst(2))
                    forms.append(words)
                }
                for form in forms {
                    let key = form.joined(separator: " ")
                    if phrases[key] == nil { phrases[key] = entry.id }
                    if let first = form.first { firstWords.insert(first) }
                    maxWords = max(maxWords, form.count)
                }
            }
        }
        self.phrases = phrases
        self.acronyms = acronyms
        self.displayNames = displayNames
        self.firstWords = firstWords
        self.maxWords = maxWords
    }

    /// The readable (first, English) name of `id`.
    func displayName(of id: String) -> String {
        displayNames[id] ?? id
    }

    /// Finds entity mentions, longest match first, allowing Arabic-script clitic prefixes
    /// (و ب ل ف ك, with or without the article) and short case or definiteness suffixes.
    func matches(in tokens: [Token]) -> [Match] {
        var result: [Match] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isAllCaps, let id = acronyms[token.text] {
                result.append(Match(range: index..<(index + 1), id: id))
                index += 1
                continue
            }
            let firstForms = Self.prefixVariants(token)
            var singleForms: [String] = []
            for form in firstForms {
                singleForms.append(contentsOf: Self.suffixVariants(form, script: token.script))
            }
            let startForms = firstForms.filter { firstWords.contains($0) }
            var found: Match?
            if !startForms.isEmpty {
                var length = min(maxWords, tokens.count - index)
                search: while length >= 2 {
                    let lastToken = tokens[index + length - 1]
                    let lastForms = Self.suffixVariants(lastToken.text, script: lastToken.script)
                    var middle = ""
                    for word in tokens[(index + 1)..<(index + length - 1)] {
                        middle += " " + word.text
                    }
                    for first in startForms {
                        for last in lastForms {
                            if let id = phrases[first + middle + " " + last] {
                                found = Match(range: index..<(index + length), id: id)
                                break search
                            }
                        }
                    }
                    length -= 1
                }
            }
            if found == nil {
                for form in singleForms {
                    if let id = phrases[form] {
                        found = Match(range: index..<(index + 1), id: id)
                        break
                    }
                }
            }
            if let found {
                result.append(found)
                index = found.range.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    private static let broadPlaces: Set<String> = [
        "iraq", "kurdistan", "kurds", "syria", "turkey", "iran", "us", "uk", "france", "germany", "russia",
        "china", "japan", "jordan", "saudi", "kuwait", "qatar", "uae", "lebanon", "israel", "gaza", "egypt",
        "baghdad", "erbil", "damascus", "ankara", "tehran", "tigris", "euphrates", "rojava",
    ]

    /// Whether `id` names a place narrower than a country, region or capital (capitals stand
    /// for governments in headlines).
    static func isSpecificPlace(_ id: String) -> Bool {
        !id.contains(":") && !broadPlaces.contains(id)
    }

    /// Short all-capital names ("US", "KRG", "IS") only match all-capital tokens.
    private static func isAcronym(_ name: String) -> Bool {
        var letters = 0
        for scalar in name.unicodeScalars {
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                letters += 1
            } else if scalar != "." {
                return false
            }
        }
        return letters >= 2 && letters <= 5
    }

    private static let arabicPrefixes = ["وبال", "وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف", "ك"]
    private static let arabicSuffixes = ["ەکەی", "ەکە", "ەوە", "دا", "یش", "ی", "ە", "ي", "ش", "ان"].map {
        TextNormalizer.normalized($0)
    }
    private static let latinSuffixes = ["eye", "ye", "ya", "e", "a", "i"]

    private static func prefixVariants(_ token: Token) -> [String] {
        var forms = [token.text]
        guard token.script == .arabic else { return forms }
        for prefix in arabicPrefixes where token.text.hasPrefix(prefix) {
            let rest = String(token.text.dropFirst(prefix.count))
            if rest.unicodeScalars.count >= 2 { forms.append(rest) }
        }
        return forms
    }

    private static func suffixVariants(_ text: String, script: Token.Script) -> [String] {
        var forms = [text]
        let suffixes: [String]
        switch script {
        case .arabic: suffixes = arabicSuffixes
        case .latin: suffixes = latinSuffixes
        default: return forms
        }
        for suffix in suffixes where text.hasSuffix(suffix) {
            let rest = String(text.dropLast(suffix.count))
            if rest.unicodeScalars.count >= 3 { forms.append(rest) }
        }
        return forms
    }
}
