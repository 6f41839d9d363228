/// A headline phrase of whole words in which "*" stands for a count: a number or a number word
/// ("in * days": "in five days", "لە ماوەی ٤ ڕۆژدا"; not "in coming days"). What ``RepeatCue``'s
/// short spans and ``RoundupCue``'s periods are written in.
enum CountedPhrase {
    /// `phrase` as normalised words, "*" kept as is.
    static func words(_ phrase: String) -> [String] {
        phrase.split(separator: " ").flatMap { $0 == "*" ? ["*"] : TextNormalizer.tokens(String($0)).map(\.text) }
    }

    /// Whether `tokens` hold one of `phrases`.
    static func occurs(_ phrases: [[String]], in tokens: [Token], language: String) -> Bool {
        phrases.contains { phrase in
            starts(of: phrase, in: tokens).contains { matches(phrase, in: tokens, at: $0, language: language) }
        }
    }

    /// The token ranges `phrases` cover in `tokens`, every occurrence.
    static func ranges(_ phrases: [[String]], in tokens: [Token], language: String) -> [Range<Int>] {
        phrases.flatMap { phrase in
            starts(of: phrase, in: tokens).filter { matches(phrase, in: tokens, at: $0, language: language) }
                .map { $0..<($0 + phrase.count) }
        }
    }

    /// Where `phrase` could start in `tokens` (none when it is empty or longer than they are).
    private static func starts(of phrase: [String], in tokens: [Token]) -> Range<Int> {
        phrase.isEmpty ? 0..<0 : 0..<max(0, tokens.count - phrase.count + 1)
    }

    private static func matches(_ phrase: [String], in tokens: [Token], at start: Int, language: String) -> Bool {
        phrase.indices.allSatisfy {
            let token = tokens[start + $0]
            return phrase[$0] == "*"
                ? token.script == .number || NumberWords.cardinal(token.text, language: language) != nil
                : token.text == phrase[$0]
        }
    }
}
