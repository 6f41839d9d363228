/// The windows-1252 characters at 0x80–0x9F, which feeds often write where they mean Unicode
/// (as bytes in mislabelled documents, or as `&#146;`-style references).
enum Windows1252 {
    private static let table: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
        0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0, 0x017E, 0x0178,
    ]

    /// The Unicode scalar windows-1252 puts at `codePoint` when it is in 0x80–0x9F, else nil.
    static func scalar(for codePoint: UInt32) -> UInt32? {
        guard codePoint >= 0x80, codePoint <= 0x9F else { return nil }
        let mapped = table[Int(codePoint - 0x80)]
        return mapped == 0 ? nil : mapped
    }

    /// Decodes windows-1252 bytes to UTF-8 as the WHATWG Encoding Standard does: the five bytes the
    /// code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+0081… rather than an
    /// error, so that iconv cannot stop the parse halfway through a mislabelled document.
    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let scalar = scalar(for: UInt32(byte)) ?? UInt32(byte)
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }
}
