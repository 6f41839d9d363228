internal import CLibXML2

/// libxml2's table of HTML 4 named character references, indexed for constant-time lookup.
///
/// libxml2's HTML parser looks each `&name;` up by a linear scan of its 253 entries; an article
/// body full of `&mdash;` and `&rsquo;` spent a tenth of its parse there. Resolving those
/// references to their characters before the parse gives the parser the same text it would have
/// produced itself, read from the same table (enumerated once through `htmlEntityValueLookup`).
enum HTMLEntityTable {
    /// Longest name in the table (`thetasym`), so every name packs into a `UInt64`.
    static let maxNameLength = 8

    /// UTF-8 of each entity's character, by packed name. Only entities that cannot change how
    /// the markup around them parses: `&amp;`, `&lt;`, `&gt;` and `&quot;` stay for the parser.
    static let characters: [UInt64: [UInt8]] = {
        var table: [UInt64: [UInt8]] = [:]
        for value in UInt32(0xA0)...UInt32(0x2666) {
            guard let entity = htmlEntityValueLookup(value), let cName = entity.pointee.name,
                let scalar = Unicode.Scalar(entity.pointee.value)
            else { continue }
            let name = Array(String(cString: cName).utf8)
            guard name.count <= maxNameLength, let key = pack(name[...]) else { continue }
            table[key] = Array(String(Character(scalar)).utf8)
        }
        return table
    }()

    /// `name` (ASCII letters and digits, at most 8) packed into an integer key.
    static func pack(_ name: ArraySlice<UInt8>) -> UInt64? {
        guard !name.isEmpty, name.count <= maxNameLength else { return nil }
        var key: UInt64 = 0
        for b in name { key = key << 8 | UInt64(b) }
        return key
    }

    /// `html` with every known named reference other than `&amp;`/`&lt;`/`&gt;`/`&quot;` replaced
    /// by its character, or nil when there was nothing to replace.
    static func resolvingNamedReferences(_ html: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var copied = 0  // html[..<copied] is already in `out`
        let n = html.count
        var i = 0
        while i < n {
            i = ByteSearch.index(of: 0x26, in: html, from: i)
            guard i < n else { break }
            var j = i + 1
            var key: UInt64 = 0
            while j < n, j - i - 1 < maxNameLength, isNameByte(html[j]) {
                key = key << 8 | UInt64(html[j])
                j += 1
            }
            guard j > i + 1, j < n, html[j] == 0x3B, let character = characters[key] else {
                i += 1
                continue
            }
            if out.isEmpty { out.reserveCapacity(n) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<i]))
            out.append(contentsOf: character)
            i = j + 1
            copied = i
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<n]))
        return out
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }
}
