internal import CLibXML2

/// Rewrites the entity references that would make libxml2 drop text before the document is parsed.
///
/// Feeds in the wild use HTML's named entities (`&nbsp;`, `&eacute;`, …) that XML does not define,
/// bare ampersands in URLs (`?a=1&b=2`), `&#X41;` with an upper-case `X`, and windows-1252 code
/// points written as references (`&#146;`). libxml2's recover mode silently drops all of them.
/// This pass turns HTML entities into numeric references through libxml2's HTML entity table,
/// escapes ampersands that start no reference, and leaves CDATA sections, comments, processing
/// instructions and the DOCTYPE untouched. Entities the document declares itself are kept.
///
/// It runs on the raw bytes, which is safe for every ASCII-compatible encoding (UTF-8, ISO-8859-x,
/// windows-125x, KOI8-R, Shift_JIS, GB2312/GBK, Big5, EUC-*): `&`, `;` and ASCII letters never
/// occur as trail bytes there. UTF-16 and UTF-32 documents are left alone.
enum EntityRepair {
    /// The repaired document (nil when nothing needed repairing), and whether a CDATA section
    /// holds the start of another: one left open, which a later section's end closed (the
    /// document is then well-formed, but the items in between are read as text).
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8]?, sectionLeftOpen: Bool) {
        if bytes.count >= 2,
            bytes[0] == 0 || bytes[1] == 0 || (bytes[0] == 0xFF && bytes[1] == 0xFE)
                || (bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (nil, false)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(input: buffer)
            let repaired = scanner.run()
            return (repaired, scanner.sectionLeftOpen)
        }
    }

    private struct Scanner {
        let input: UnsafeBufferPointer<UInt8>
        var output: [UInt8] = []
        /// Bytes of `input` before this index are already copied to `output` (once a change was made).
        var copied = 0
        var changed = false
        var declared: Set<[UInt8]> = []
        var sectionLeftOpen = false

        static let piEnd = Array("?>".utf8)
        static let commentEnd = Array("-->".utf8)
        static let cdataEnd = Array("]]>".utf8)

        init(input: UnsafeBufferPointer<UInt8>) {
            self.input = input
        }

        mutating func run() -> [UInt8]? {
            let n = input.count
            var i = 0
            // The next `&` and `<` at or after `i`, found with memchr (n when there is none).
            var nextAmpersand = -1
            var nextAngle = -1
            while i < n {
                if nextAmpersand < i { nextAmpersand = find(0x26, from: i) }
                if nextAngle < i { nextAngle = find(0x3C, from: i) }
                i = min(nextAmpersand, nextAngle)
                guard i < n else { break }
                let byte = input[i]
                if byte == UInt8(ascii: "&") {
                    i = reference(at: i)
                } else if byte == UInt8(ascii: "<"), i + 1 < n {
                    let next = input[i + 1]
                    if next == UInt8(ascii: "!") {
                        i = markupDeclaration(at: i)
                    } else if next == UInt8(ascii: "?") {
                        i = skip(from: i + 2, past: Self.piEnd)
                    } else {
                        i += 1
                    }
                } else {
                    i += 1
                }
            }
            guard changed else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...]))
            return output
        }

        /// Replaces `input[start..<end]` with `replacement`.
        mutating func replace(_ start: Int, _ end: Int, with replacement: [UInt8]) {
            if !changed {
                changed = true
                output.reserveCapacity(input.count + input.count / 16)
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<start]))
            output.append(contentsOf: replacement)
            copied = end
        }

        /// The index of the first `byte` at or after `from`, or the end of the input.
        func find(_ byte: UInt8, from: Int) -> Int {
            ByteSearch.index(of: byte, in: input, from: from)
        }

        /// The index just past `terminator`, searching from `from` (the end when absent).
        func skip(from: Int, past terminator: [UInt8]) -> Int {
            ByteSearch.index(of: terminator, in: input, from: from, before: input.count).map { $0 + terminator.count }
                ?? input.count
        }

        func hasPrefix(_ prefix: String, at index: Int) -> Bool {
            var i = index
            for byte in prefix.utf8 {
                guard i < input.count, input[i] == byte || (byte >= 0x41 && byte <= 0x5A && input[i] == byte + 32)
                else { return false }
                i += 1
            }
            return true
        }

        /// `<!--`, `<![CDATA[` or `<!DOCTYPE` at `start`: returns the index after it.
        mutating func markupDeclaration(at start: Int) -> Int {
            if hasPrefix("<!--", at: start) { return skip(from: start + 4, past: Self.commentEnd) }
            if hasPrefix("<![CDATA[", at: start) {
                let end = skip(from: start + 9, past: Self.cdataEnd)
                if !sectionLeftOpen { sectionLeftOpen = containsSectionStart(start + 9..<end) }
                return end
            }
            if hasPrefix("<!DOCTYPE", at: start) {
                // Skip to the `>` that closes the DOCTYPE, past an internal subset in brackets.
                var i = start + 9
                var depth = 0
                while i < input.count {
                    let byte = input[i]
                    if byte == UInt8(ascii: "[") {
                        depth += 1
                    } else if byte == UInt8(ascii: "]") {
                        depth -= 1
                    } else if byte == UInt8(ascii: ">"), depth <= 0 {
                        return i + 1
                    } else if byte == UInt8(ascii: "<"), hasPrefix("<!ENTITY", at: i) {
                        recordDeclaration(at: i + 8)
                    }
                    i += 1
                }
                return i
            }
            return start + 2
        }

        /// Whether `<![CDATA[` starts within `range`.
        func containsSectionStart(_ range: Range<Int>) -> Bool {
            let section = UnsafeBufferPointer(rebasing: input[range])
            var i = ByteSearch.index(of: UInt8(ascii: "<"), in: section, from: 0)
            while i + 9 <= section.count {
                if section[i + 1] == UInt8(ascii: "!"), section[i + 2] == UInt8(ascii: "["),
                    section[(i + 3)..<(i + 9)].elementsEqual("CDATA[".utf8)
                {
                    return true
                }
                i = ByteSearch.index(of: UInt8(ascii: "<"), in: section, from: i + 1)
            }
            return false
        }

        mutating func recordDeclaration(at index: Int) {
            var i = index
            while i < input.count, input[i] == 0x20 || input[i] == 0x09 || input[i] == 0x0A || input[i] == 0x0D {
                i += 1
            }
            let start = i
            while i < input.count, isNameByte(input[i]) { i += 1 }
            if i > start { declared.insert(Array(input[start..<i])) }
        }

        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2E
                || b == 0x2D || b == 0x5F || b == 0x3A
        }

        /// An `&` at `start`: keeps a valid reference, rewrites or escapes anything else.
        mutating func reference(at start: Int) -> Int {
            let n = input.count
            var i = start + 1
            if i < n, input[i] == UInt8(ascii: "#") {
                return characterReference(at: start)
            }
            let nameStart = i
            while i < n, i - nameStart <= 32, isNameByte(input[i]) { i += 1 }
            let isLetter = nameStart < n && ((input[nameStart] | 0x20) >= 0x61 && (input[nameStart] | 0x20) <= 0x7A)
            guard isLetter, i < n, input[i] == UInt8(ascii: ";") else {
                replace(start, start + 1, with: Array("&amp;".utf8))
                return start + 1
            }
            let name = UnsafeBufferPointer(rebasing: input[nameStart..<i])
            if isPredefined(name) || declared.contains(Array(name)) { return i + 1 }
            var cName = Array(name)
            cName.append(0)
            if let entity = htmlEntityLookup(cName) {
                replace(start, i + 1, with: Array("&#\(entity.pointee.value);".utf8))
            } else {
                replace(start, start + 1, with: Array("&amp;".utf8))
            }
            return i + 1
        }

        func isPredefined(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
            switch name.count {
            case 2: return (name[0] == 0x6C || name[0] == 0x67) && name[1] == 0x74  // lt, gt
            case 3: return name[0] == 0x61 && name[1] == 0x6D && name[2] == 0x70  // amp
            case 4:
                return (name[0] == 0x71 && name[1] == 0x75 && name[2] == 0x6F && name[3] == 0x74)  // quot
                    || (name[0] == 0x61 && name[1] == 0x70 && name[2] == 0x6F && name[3] == 0x73)  // apos
            default: return false
            }
        }

        /// `&#…;` at `start`: valid references stay; `&#X…;`, windows-1252 code points written
        /// as references and references to characters XML forbids are rewritten.
        mutating func characterReference(at start: Int) -> Int {
            let n = input.count
            var i = start + 2
            var hex = false
            if i < n, input[i] == UInt8(ascii: "x") || input[i] == UInt8(ascii: "X") {
                hex = true
                i += 1
            }
            let digitsStart = i
            var value: UInt32 = 0
            while i < n, i - digitsStart < 8 {
                let b = input[i]
                if b >= 0x30 && b <= 0x39 {
                    value = value * (hex ? 16 : 10) + UInt32(b - 0x30)
                } else if hex, (b | 0x20) >= 0x61 && (b | 0x20) <= 0x66 {
                    value = value * 16 + UInt32((b | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                i += 1
            }
            guard i > digitsStart, i < n, input[i] == UInt8(ascii: ";") else {
                replace(start, start + 1, with: Array("&amp;".utf8))
                return start + 1
            }
            let end = i + 1
            let mapped = Windows1252.scalar(for: value) ?? value
            let allowed =
                mapped == 0x9 || mapped == 0xA || mapped == 0xD || (mapped >= 0x20 && mapped <= 0xD7FF)
                || (mapped >= 0xE000 && mapped <= 0xFFFD) || (mapped >= 0x10000 && mapped <= 0x10FFFF)
            if !allowed {
                replace(start, end, with: Array("&#xFFFD;".utf8))
            } else if mapped != value || input[start + 2] == UInt8(ascii: "X") {
                replace(start, end, with: Array("&#\(mapped);".utf8))
            }
            return end
        }
    }
}
