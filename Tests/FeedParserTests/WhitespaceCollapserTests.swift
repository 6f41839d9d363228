import Testing

@testable import FeedParser

/// The collapser copies long runs in one go; its output must still be exactly the collapsed text.
@Suite struct WhitespaceCollapserTests {
    /// The rule, one scalar at a time: horizontal space becomes one space inside a line, line
    /// breaks one newline between lines with content, both trimmed.
    static func reference(_ pieces: [String], breaksAreSpaces: Bool) -> String {
        var out = ""
        var lineHasContent = false
        var pendingSpace = false
        var pendingNewline = false
        for scalar in pieces.joined().unicodeScalars {
            let isBreak = scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
            let isSpace =
                scalar == " " || scalar == "\t" || scalar == "\u{0B}" || scalar == "\u{0C}" || scalar == "\u{A0}"
            if isSpace || (isBreak && breaksAreSpaces) {
                if lineHasContent { pendingSpace = true }
            } else if isBreak {
                if lineHasContent { pendingNewline = true }
                lineHasContent = false
                pendingSpace = false
            } else {
                if pendingNewline {
                    out += "\n"
                    pendingNewline = false
                    pendingSpace = false
                } else if pendingSpace {
                    out += " "
                    pendingSpace = false
                }
                lineHasContent = true
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test(arguments: [false, true])
    func matchesTheRuleOnRandomText(breaksAreSpaces: Bool) {
        let alphabet: [String] = [
            "a", "b", "word", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2028}", "\u{2029}",
            "é", "—", "’", "“", "\u{2000}", "سلام", "ێ", "x y", " z ",
        ]
        var rng = Congruential(seed: breaksAreSpaces ? 7 : 11)
        for _ in 0..<2_000 {
            let pieces = (0..<Int(rng.next() % 12)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            // Appends split at arbitrary byte offsets, as libxml2's callbacks may split text.
            let bytes = Array(pieces.joined().utf8)
            var collapser = WhitespaceCollapser(capacity: 0)
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + 1 + Int(rng.next() % 9))
                bytes[start..<end].withUnsafeBufferPointer { collapser.append($0, breaksAreSpaces: breaksAreSpaces) }
                start = end
            }
            let got = collapser.finish()
            let want = Self.reference(pieces, breaksAreSpaces: breaksAreSpaces)
            #expect(got == want, "\(pieces)")
            if got != want { return }
        }
    }

    /// Knuth's MMIX linear congruential generator: enough to vary the test inputs repeatably.
    struct Congruential {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 29
        }
    }
}
