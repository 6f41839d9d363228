/// Reads the attributes of one HTML start tag from its bytes, without parsing the document: the
/// shared tokeniser of the passes that look at attributes only (the first picture, relative URLs).
enum HTMLAttributeScanner {
    /// One attribute: its name as a key, and where its value lies in the buffer (without quotes).
    struct Attribute {
        /// The name lowercased, its ASCII bytes packed little-endian into 8 bytes (see ``key(_:)``);
        /// 0 for a longer or non-ASCII name.
        var name: UInt64
        var value: Range<Int>
        /// Whether the value was written in quotes.
        var isQuoted: Bool
    }

    /// The key of a lowercase ASCII name of at most 8 bytes, as ``Attribute/name`` holds it:
    /// attributes are told apart without making a string of each name.
    static func key(_ name: StaticString) -> UInt64 {
        precondition(name.utf8CodeUnitCount <= 8)
        var key: UInt64 = 0
        for i in 0..<name.utf8CodeUnitCount { key |= UInt64(name.utf8Start[i]) << (8 * UInt64(i)) }
        return key
    }

    /// The key of `bytes[range]` lowercased, or 0.
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        guard range.count <= 8 else { return 0 }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for i in range {
            var b = bytes[i]
            guard b < 0x80 else { return 0 }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            key |= UInt64(b) << shift
            shift += 8
        }
        return key
    }

    /// Calls `visit` for each attribute with a value of the tag whose attributes start at `start`
    /// (just after the tag name), and returns where the tag ends (its `>` or the buffer's end).
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ visit: (Attribute) -> Void
    ) -> Int {
        var i = start
        let n = bytes.count
        while i < n {
            while i < n, isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
            guard i < n, bytes[i] != UInt8(ascii: ">") else { return i }
            let nameStart = i
            while i < n, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">") { i += 1 }
            let nameEnd = i
            while i < n, isSpace(bytes[i]) { i += 1 }
            guard i < n, bytes[i] == UInt8(ascii: "=") else { continue }
            i += 1
            while i < n, isSpace(bytes[i]) { i += 1 }
            guard i < n else { break }
            let value: Range<Int>
            let quoted = bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'")
            if quoted {
                let quote = bytes[i]
                let valueStart = i + 1
                i = valueStart
                while i < n, bytes[i] != quote { i += 1 }
                value = valueStart..<i
                if i < n { i += 1 }
            } else {
                let valueStart = i
                while i < n, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                value = valueStart..<i
            }
            visit(Attribute(name: key(bytes, nameStart..<nameEnd), value: value, isQuoted: quoted))
        }
        return i
    }

    /// The text of `range` in `bytes`.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// HTML's whitespace.
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C
    }
}
