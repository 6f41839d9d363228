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
    /// Every word of every Latin-script spelling, acronyms included ("patriotic", "union", "kdp").
    let latinWords: Set<String>
    /// Every proper word prefix of a multi-word name ("wadi", "wadi al").
    private let prefixes: Set<String>
    /// Every phrase and every prefix: a word that is neither cannot start a match unless affixes
    /// are stripped from it. Asked through its hashes (``Token/hash``), as a bit set: most words
    /// are rejected with one memory read, and the few false hits go on to the exact lookups,
    /// which find nothing for them.
    private let starters: HashBits
    /// The first two words of every name of two or more words, as ``pairHash(_:_:)`` of their
    /// hashes: a word that begins a name ("end", "power", "home") and the word after it settle
    /// whether a longer match is possible without building a key.
    private let pairs: HashBits
    private let maxWords: Int

    /// Builds the lookup from entries; spellings are normalised with ``TextNormalizer``.
    init(entries: [GazetteerEntry]) {
        var phrases: [String: String] = [:]
        var prefixes = Set<String>()
        var pairs: [UInt64] = []
        var maxWords = 1
        var acronyms: [String: String] = [:]
        var displayNames: [String: String] = [:]
        var latinWords = Set<String>()
        for entry in entries {
            if displayNames[entry.id] == nil, let name = entry.names.first { displayNames[entry.id] = name }
            for spelling in entry.names {
                // "=" before a spelling: as written only, no form without its article derived.
                let exact = spelling.hasPrefix("=")
                let name = exact ? String(spelling.dropFirst()) : spelling
                if Self.isAcronym(name) {
                    let key = TextNormalizer.normalized(name)
                    if acronyms[key] == nil { acronyms[key] = entry.id }
                    latinWords.insert(key)
                    continue
                }
                let tokens = TextNormalizer.tokens(name)
                for token in tokens where token.script == .latin { latinWords.insert(token.text) }
                var words = tokens.map(\.text)
                guard !words.isEmpty else { continue }
                var forms = [words]
                if !exact, let first = words.first, first.hasPrefix("ال"), first.unicodeScalars.count > 4 {
                    words[0] = String(first.dropFirst(2))
                    forms.append(words)
                }
                // "أبو غريب" is "أبي غريب" after a preposition or a noun ("في قضاء أبي الخصيب").
                if words.count > 1, words[0] == Self.abu { forms.append([Self.abi] + words.dropFirst()) }
                for form in forms {
                    let key = form.joined(separator: " ")
                    if phrases[key] == nil { phrases[key] = entry.id }
                    if form.count > 1 {
                        for length in 1..<form.count { prefixes.insert(form[0..<length].joined(separator: " ")) }
                        pairs.append(Self.pairHash(StableHash.fnv1a(form[0]), StableHash.fnv1a(form[1])))
                    }
                    maxWords = max(maxWords, form.count)
                }
            }
        }
        self.phrases = phrases
        self.acronyms = acronyms
        self.latinWords = latinWords
        self.displayNames = displayNames
        self.prefixes = prefixes
        self.starters = HashBits(prefixes.union(phrases.keys).map(StableHash.fnv1a))
        self.pairs = HashBits(pairs)
        self.maxWords = maxWords
    }

    /// One hash for two words in a row, from their ``Token/hash``es.
    private static func pairHash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        StableHash.mix(first &+ second &* 0x9E37_79B9_7F4A_7C15)
    }

    /// "أبو" (father of, the start of many place names) and its genitive "أبي", normalised.
    private static let abu = TextNormalizer.normalized("أبو")
    private static let abi = TextNormalizer.normalized("أبي")

    /// The readable (first, English) name of `id`.
    func displayName(of id: String) -> String {
        displayNames[id] ?? id
    }

    /// Finds entity mentions, longest match first, allowing Arabic-script clitic prefixes
    /// (و ب ل ف ك, with or without the article) and short case or definiteness suffixes
    /// (Kurmanji Latin suffixes only when `latinSuffixes` is set).
    func matches(in tokens: [Token], latinSuffixes: Bool = false) -> [Match] {
        var result: [Match] = []
        /// Whether a token may lose an affix before lookup (then its text alone settles nothing).
        func mayLoseAffixes(_ token: Token) -> Bool {
            token.script == .arabic || (token.script == .latin && latinSuffixes)
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.script == .number {
                index += 1
                continue
            }
            // An acronym ("US"), unless it begins a longer name ("US-led coalition").
            let acronym = token.isAllCaps ? acronyms[token.text] : nil
            if let acronym, !prefixes.contains(token.text) {
                result.append(Match(range: index..<(index + 1), id: acronym))
                index += 1
                continue
            }
            // Without affixes to strip, the word itself must begin a name (one lookup, no copies).
            if acronym == nil, token.script != .arabic, !(token.script == .latin && latinSuffixes),
                !starters.mayContain(token.hash)
            {
                index += 1
                continue
            }
            let firstForms = token.script == .arabic ? Self.prefixVariants(token.text) : [token.text]
            var found: Match?
            // Two words read as they are (no affixes to strip on either) that begin no name of two
            // words or more: no longer match starts here.
            let noLongerName =
                index + 1 >= tokens.count
                || (!mayLoseAffixes(token) && !mayLoseAffixes(tokens[index + 1])
                    && !pairs.mayContain(Self.pairHash(token.hash, tokens[index + 1].hash)))
            // Multi-word names: extend while the words so far begin some name.
            for first in firstForms where !noLongerName && prefixes.contains(first) {
                var key = first
                var end = index + 1
                while end < tokens.count && end - index < maxWords {
                    let next = tokens[end]
                    for last in Self.suffixVariants(next.text, script: next.script, latin: latinSuffixes) {
                        if let id = phrases[key + " " + last], (found?.range.count ?? 0) < end + 1 - index {
                            found = Match(range: index..<(end + 1), id: id)
                        }
                    }
                    key += " " + next.text
                    guard prefixes.contains(key) else { break }
                    end += 1
                }
            }
            if found == nil, let acronym { found = Match(range: index..<(index + 1), id: acronym) }
            if found == nil {
                search: for form in firstForms {
                    for variant in Self.suffixVariants(form, script: token.script, latin: latinSuffixes) {
                        if let id = phrases[variant] {
                            found = Match(range: index..<(index + 1), id: id)
                            break search
                        }
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

    /// Whether `id` names a place narrower than a country, region or capital (capitals stand
    /// for governments in headlines).
    static func isSpecificPlace(_ id: String) -> Bool {
        !id.contains(":") && !broadPlaces.contains(id)
    }

    /// Whether `id` is a place the gazetteer puts inside a governorate: a town, a district, a
    /// village, a site.
    static func isTown(_ id: String) -> Bool {
        isSpecificPlace(id) && governorate(of: id) != id
    }

    /// Whether `id` is a country, the region, a capital or another place named by reports of
    /// every kind of event.
    static func isBroad(_ id: String) -> Bool {
        broadPlaces.contains(id)
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

    /// Arabic-script clitic prefixes (conjunctions, prepositions, the article), longest first.
    static let arabicPrefixes = ["وبال", "وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف", "ك"]
    /// Arabic-script endings a spelling may carry: Sorani's definite (ەکە, ەکەی), indefinite (ێک,
    /// ێکی, after a vowel یەک, یەکی: "هێرشێکی" an attack, "کاتیۆشایەک" a Katyusha), plural and
    /// postpositions, Arabic's ي. Only a phrase's last word, or a word alone, loses one.
    private static let arabicSuffixes = ["ەکەی", "ەکە", "ەوە", "ێکی", "ێک", "یەکی", "یەک", "یان", "دا", "یش", "ی", "ە", "ي", "ش", "ان"].map {
        TextNormalizer.normalized($0)
    }
    private static let latinSuffixes = ["eye", "ye", "ya", "e", "a", "i"]

    /// Whether `token` is one of `words` whole, or, in Arabic script, once a clitic prefix is
    /// stripped and at least `minimumAfterClitic` letters remain ("وأخمدت" → "أخمدت"; "بسبب" is not
    /// "سبب" with 4).
    static func namesWhole(_ words: Set<String>, _ token: Token, minimumAfterClitic: Int) -> Bool {
        if words.isEmpty { return false }
        if words.contains(token.text) { return true }
        guard token.script == .arabic else { return false }
        return arabicPrefixes.contains { prefix in
            guard token.text.hasPrefix(prefix) else { return false }
            let rest = token.text.dropFirst(prefix.count)
            return rest.unicodeScalars.count >= minimumAfterClitic && words.contains(String(rest))
        }
    }

    /// `token`'s text, and for an Arabic-script token also what remains after each clitic prefix it
    /// begins with ("بهجوم" → "بهجوم", "هجوم").
    static func cliticForms(_ token: Token) -> [Substring] {
        let text = token.text
        guard token.script == .arabic else { return [Substring(text)] }
        return [Substring(text)] + arabicPrefixes.filter { text.hasPrefix($0) }.map { text.dropFirst($0.count) }
    }

    private static func prefixVariants(_ text: String) -> [String] {
        var forms = [text]
        for prefix in arabicPrefixes where text.hasPrefix(prefix) {
            let rest = String(text.dropFirst(prefix.count))
            guard rest.unicodeScalars.count >= 2 else { continue }
            forms.append(rest)
            // A clitic fused with the article ("للأحد", "بالأحد") keeps it for spellings that match
            // only with it ("=الأحد").
            if prefix.hasSuffix("ل"), prefix != "ال" { forms.append("ال" + rest) }
        }
        return forms
    }

    /// Whether `token`, in a document in `language`, is a word of that language that folds to a
    /// name's spelling, and so names nothing alone: Sorani writes shops "دووکان", which Tidings'
    /// folding (one waw for a doubled one) makes Arabic's spelling of Dukan, and "the world" "جیهان",
    /// Arabic's spelling of Ceyhan (which Sorani writes "جەیهان"); Kurmanji "gaza" is
    /// "the gas of", not Gaza (which Kurmanji writes "Gazze"). Frames of the place still name it
    /// ("بەنداوی دووکان", "ناوچەی دووکان").
    static func isPlainWord(_ token: Token, language: String) -> Bool {
        guard let words = plainWords[language] else { return false }
        let script: Token.Script = language == "kmr" ? .latin : .arabic
        guard token.script == script else { return false }
        return suffixVariants(token.text, script: script, latin: script == .latin).contains(where: words.contains)
    }

    private static let plainWords: [String: Set<String>] = [
        "ckb": Set(["دووکان", "جیهان"].map(TextNormalizer.normalized)),
        "kmr": Set(["gaza"].map(TextNormalizer.normalized)),
    ]

    private static func suffixVariants(_ text: String, script: Token.Script, latin: Bool) -> [String] {
        let suffixes: [String]
        switch script {
        case .arabic: suffixes = arabicSuffixes
        case .latin where latin: suffixes = latinSuffixes
        default: return [text]
        }
        var forms = [text]
        for suffix in suffixes where text.hasSuffix(suffix) {
            let rest = String(text.dropLast(suffix.count))
            if rest.unicodeScalars.count >= 3 { forms.append(rest) }
        }
        return forms
    }
}
