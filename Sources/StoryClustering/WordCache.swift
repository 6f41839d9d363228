/// What ``FeatureExtractor`` works out about a word — stop word or not, number word or not, its
/// feature key after stemming — kept per distinct word so that each occurrence costs one lookup
/// instead of several hashes, a stemming pass and a string concatenation.
///
/// Only a cache: the facts depend on the word, its script and the extractor's fixed settings,
/// never on what came before, so clearing it (it is cleared when it holds ``capacity`` words,
/// which bounds its memory) never changes a result.
struct WordCache {
    /// The facts about one word.
    struct Entry {
        /// The script the facts were computed for.
        var script: Token.Script
        /// Whether the word is a stop word.
        var isStop: Bool
        /// Whether the word is a number word in some language (checked per language on use).
        var isNumberWord: Bool
        /// The `w:` feature key of the word, or nil when it makes no word feature (a stop word,
        /// one letter, or a stem that is a stop word).
        var wordKey: String?
        /// The interned id of `wordKey` once it has been used, else -1.
        var wordTerm: Int32 = -1
    }

    /// The most words held before the cache starts over.
    static let capacity = 200_000

    private var entries: [String: Entry] = [:]

    /// The entry for `token`, computed by `make` when the word is new (or was seen in another script).
    mutating func entry(for token: Token, make: (Token) -> Entry) -> Entry {
        if let entry = entries[token.text], entry.script == token.script { return entry }
        let entry = make(token)
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[token.text] = entry
        return entry
    }

    /// Follows a renumbering of the interned ids (-1: forgotten, to be interned again on use).
    mutating func keep(_ map: [Int32]) {
        for (word, entry) in entries where entry.wordTerm >= 0 {
            entries[word]?.wordTerm = map[Int(entry.wordTerm)]
        }
    }

    /// Remembers the interned id of `token`'s word key.
    mutating func setWordTerm(_ id: Int32, for token: Token) {
        entries[token.text]?.wordTerm = id
    }
}
