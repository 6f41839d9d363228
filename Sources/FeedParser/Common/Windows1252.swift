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
}
