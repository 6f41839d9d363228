/// Parsing and formatting of byte sizes such as `16MiB`, `512KiB`, `1MB` or `1000`.
///
/// Binary units (`KiB`, `MiB`, `GiB`) are powers of 1024 and decimal units (`kB`, `MB`, `GB`)
/// powers of 1000; `B` or no unit means bytes. Unit letters are matched case-insensitively,
/// and a blank may separate the number from the unit.
enum ByteSize {
    /// Units with their multiplier, in the order ``format(_:)`` prefers them.
    private static let units: [(name: String, factor: Int64)] = [
        ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10),
        ("GB", 1_000_000_000), ("MB", 1_000_000), ("kB", 1000),
        ("B", 1),
    ]

    /// The number of bytes `text` denotes, or nil when it is not a byte size.
    static func parse(_ text: String) -> Int64? {
        let scalars = Array(text.unicodeScalars)
        let digitCount = scalars.prefix(while: \.isASCIIDigit).count
        guard digitCount > 0 else { return nil }
        var number: Int64 = 0
        for scalar in scalars[..<digitCount] {
            let (times, overflowTimes) = number.multipliedReportingOverflow(by: 10)
            let (plus, overflowPlus) = times.addingReportingOverflow(Int64(scalar.value - 0x30))
            guard !overflowTimes, !overflowPlus else { return nil }
            number = plus
        }
        let unitText = String(String.UnicodeScalarView(scalars[digitCount...].drop(while: \.isLineBlank)))
        let factor: Int64
        if unitText.isEmpty {
            factor = 1
        } else if let unit = units.first(where: { $0.name.lowercased() == unitText.lowercased() }) {
            factor = unit.factor
        } else {
            return nil
        }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: factor)
        return overflow ? nil : bytes
    }

    /// The shortest exact text for `bytes`: `16MiB`, `512KiB`, `1MB`, or plain digits.
    static func format(_ bytes: Int64) -> String {
        guard bytes > 0 else { return String(bytes) }
        for unit in units where unit.factor > 1 && bytes % unit.factor == 0 {
            return "\(bytes / unit.factor)\(unit.name)"
        }
        return String(bytes)
    }
}
