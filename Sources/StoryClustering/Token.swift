/// One normalised token of a title or body, as produced by ``TextNormalizer``.
struct Token: Sendable, Hashable {
    /// The script family of a token.
    enum Script: Sendable, Hashable {
        /// Latin letters (English, Kurmanji, …).
        case latin
        /// Arabic-script letters (Arabic, Sorani, …).
        case arabic
        /// ASCII digits after folding Arabic-Indic and Persian digits.
        case number
        /// Any other letters.
        case other
    }

    /// The normalised, case-folded text (no stemming).
    let text: String
    /// The script family.
    var script: Script
    /// Whether the first letter was upper case in the original text.
    var isCapitalized: Bool
    /// Whether the token starts a sentence (its capitalisation then says nothing).
    var startsSentence: Bool
    /// Whether every letter was upper case and there were at least two (an acronym such as "US").
    var isAllCaps: Bool = false
    /// Whether only a dash (and spaces) stands between this token and the one before: the second
    /// end of "Kirkuk-Ceyhan", "كركوك - جيهان", "هەولێر - کەرکووک". Marked in headlines only
    /// (``TextNormalizer/tokensMarkingDashes(_:)``).
    var followsDash = false
    /// ``StableHash/fnv1a(_:)`` of ``text``, computed once from the bytes the tokeniser built: the
    /// key of the per-word tables and of the shingles.
    let hash: UInt64

    init(text: String, script: Script, isCapitalized: Bool, startsSentence: Bool, isAllCaps: Bool = false) {
        self.text = text
        self.script = script
        self.isCapitalized = isCapitalized
        self.startsSentence = startsSentence
        self.isAllCaps = isAllCaps
        self.hash = StableHash.fnv1a(text)
    }

    /// The year a number of four digits writes, 1900–2100 ("2013"), else `nil`.
    var writtenYear: Int? {
        guard script == .number, text.utf8.count == 4, let year = Int(text), year >= 1900, year <= 2100 else {
            return nil
        }
        return year
    }

    /// A token whose ``hash`` is already known (the tokeniser hashes the bytes it built `text` from).
    init(text: String, hash: UInt64, script: Script, isCapitalized: Bool, startsSentence: Bool, isAllCaps: Bool) {
        self.text = text
        self.script = script
        self.isCapitalized = isCapitalized
        self.startsSentence = startsSentence
        self.isAllCaps = isAllCaps
        self.hash = hash
    }
}
