/// What ``FeatureExtractor`` works out about a word — stop word or not, number word or not, its
/// feature key after stemming — kept per distinct word so that each occurrence costs one lookup
/// instead of several hashes, a stemming pass and a string concatenation.
///
/// The lookup is keyed by the hash the tokeniser already computed (``Token/hash``): an
/// open-addressing table of entry positions, probed linearly, each hit confirmed by comparing the
/// text. A `[String: Entry]` dictionary hashed every token's text again with `Hasher`, about a
/// tenth of a clustering pass.
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

    /// Each word's hash and text (to confirm a hit), and its facts, by position.
    private var keys: [(hash: UInt64, text: String)] = []
    private var entries: [Entry] = []
    /// Open addressing, at most half full: per slot the high 32 bits of the word's hash and its
    /// position + 1 (0: empty), so a probe reads one word of memory before the confirming compare.
    private var slots = [UInt64](repeating: 0, count: 1 << 12)

    /// The position of `token`'s word, whose facts ``subscript(_:)`` reads; computed by `make`
    /// when the word is new (or was seen in another script).
    mutating func index(for token: Token, make: (Token) -> Entry) -> Int {
        let tag = token.hash >> 32
        let mask = slots.count - 1
        var slot = Self.firstSlot(token.hash, mask: mask)
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if stored >> 32 == tag {
                let index = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if keys[index].hash == token.hash && keys[index].text == token.text {
                    if entries[index].script != token.script { entries[index] = make(token) }
                    return index
                }
            }
            slot = (slot + 1) & mask
        }
        if entries.count >= Self.capacity {
            keys.removeAll(keepingCapacity: true)
            entries.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = 0 }
        }
        keys.append((token.hash, token.text))
        entries.append(make(token))
        if entries.count * 2 > slots.count {
            rehash(slotCount: slots.count * 2)
        } else {
            insertSlot(hash: token.hash, index: entries.count - 1)
        }
        return entries.count - 1
    }

    /// The facts at a position ``index(for:make:)`` returned.
    subscript(index: Int) -> Entry { entries[index] }

    /// Follows a renumbering of the interned ids (-1: forgotten, to be interned again on use).
    mutating func keep(_ map: [Int32]) {
        for index in entries.indices where entries[index].wordTerm >= 0 {
            entries[index].wordTerm = map[Int(entries[index].wordTerm)]
        }
    }

    /// Remembers the interned id of the word key of the word at `index`.
    mutating func setWordTerm(_ id: Int32, at index: Int) {
        entries[index].wordTerm = id
    }

    /// The slot a hash starts probing at (the top bits of a Fibonacci product: FNV's low bits
    /// alone follow the last byte too closely).
    private static func firstSlot(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    private mutating func insertSlot(hash: UInt64, index: Int) {
        let mask = slots.count - 1
        var slot = Self.firstSlot(hash, mask: mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(index + 1)
    }

    private mutating func rehash(slotCount: Int) {
        slots = [UInt64](repeating: 0, count: slotCount)
        for index in keys.indices { insertSlot(hash: keys[index].hash, index: index) }
    }
}
