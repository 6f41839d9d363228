/// Builds collapsed plain text incrementally: runs of horizontal space (ASCII blanks, U+00A0) become
/// one space, line breaks (LF, CR, U+2028, U+2029 and block boundaries) one newline, both trimmed.
struct WhitespaceCollapser {
    private var out: [UInt8] = []
    private var lineHasContent = false
    private var pendingSpace = false
    private var pendingNewline = false
    /// A U+00A0 / U+2028 / U+2029 sequence split across two appends.
    private var carry: [UInt8] = []

    init(capacity: Int) {
        out.reserveCapacity(capacity)
    }

    /// A line break that is not in the text (a block element's boundary).
    mutating func lineBreak() {
        if lineHasContent { pendingNewline = true }
        lineHasContent = false
        pendingSpace = false
    }

    /// A space that is not in the text (after an image).
    mutating func space() {
        if lineHasContent { pendingSpace = true }
    }

    /// Appends text; with `breaksAreSpaces` line breaks in the text count as spaces (HTML running text).
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, breaksAreSpaces: Bool = false) {
        if !carry.isEmpty {
            let joined = carry + Array(bytes)
            carry = []
            joined.withUnsafeBufferPointer { append($0, breaksAreSpaces: breaksAreSpaces) }
            return
        }
        let n = bytes.count
        var i = 0
        while i < n {
            // Copy a run of ordinary bytes in one go. After the run's first byte, a single space
            // between two ordinary bytes is copied as it is (that is what collapsing gives it), and
            // 0xC2 / 0xE2 that do not start U+00A0 / U+2028 / U+2029 are ordinary.
            var j = i
            while j < n {
                let b = bytes[j]
                if Self.isOrdinary(b) {
                    j += 1
                } else if b == 0x20, j > i, j + 1 < n, Self.isOrdinary(bytes[j + 1]) {
                    j += 2
                } else if b == 0xC2, j + 1 < n, bytes[j + 1] != 0xA0 {
                    j += 1
                } else if b == 0xE2, j + 2 < n, bytes[j + 1] != 0x80 || (bytes[j + 2] != 0xA8 && bytes[j + 2] != 0xA9) {
                    j += 1
                } else {
                    break
                }
            }
            if j > i {
                content(bytes[i])
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j]))
                i = j
                continue
            }
            let b = bytes[i]
            switch b {
            case 0x20, 0x09, 0x0C, 0x0B:
                space()
                i += 1
            case 0x0A, 0x0D:
                if breaksAreSpaces { space() } else { lineBreak() }
                i += 1
            case 0xC2:
                guard i + 1 < n else {
                    carry = [b]
                    return
                }
                if bytes[i + 1] == 0xA0 {
                    space()
                    i += 2
                } else {
                    content(b)
                    i += 1
                }
            case 0xE2:
                guard i + 2 < n else {
                    carry = Array(bytes[i...])
                    return
                }
                if bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                    if breaksAreSpaces { space() } else { lineBreak() }
                    i += 3
                } else {
                    content(b)
                    i += 1
                }
            default:
                content(b)
                i += 1
            }
        }
    }

    /// A byte that is copied as it is: not whitespace and not the lead byte of a space-like character.
    @inline(__always)
    private static func isOrdinary(_ b: UInt8) -> Bool {
        b > 0x20 && b != 0xC2 && b != 0xE2
    }

    private mutating func content(_ b: UInt8) {
        if pendingNewline {
            out.append(0x0A)
            pendingNewline = false
            pendingSpace = false
        } else if pendingSpace {
            out.append(0x20)
            pendingSpace = false
        }
        lineHasContent = true
        out.append(b)
    }

    /// The collapsed text.
    mutating func finish() -> String {
        for b in carry { content(b) }
        carry = []
        return String(decoding: out, as: UTF8.self)
    }
}
