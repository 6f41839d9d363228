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
    var text: String
    /// The script family.
    var script: Script
    /// Whether the first letter was upper case in the original text.
    var isCapitalized: Bool
    /// Whether the token starts a sentence (its capitalisation then says nothing).
    var startsSentence: Bool
    /// Whether every letter was upper case and there were at least two (an acronym such as "US").
    var isAllCaps: Bool = false
}
