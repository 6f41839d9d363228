/// A length of time written in `feeds.conf`, such as `90s`, `30m`, `1h30m` or `2d`.
///
/// The text form is one or more `<integer><unit>` groups with the units `s` (seconds),
/// `m` (minutes), `h` (hours), `d` (days) and `w` (weeks). A bare number is refused,
/// because `30` could mean seconds or minutes. The type is a plain count of seconds so
/// that it needs neither Foundation nor `Duration`.
public struct ConfigDuration: Sendable, Hashable, Comparable, LosslessStringConvertible {
    /// The length in whole seconds.
    public var seconds: Int64

    /// Creates a duration of `seconds` seconds.
    public init(seconds: Int64) {
        self.seconds = seconds
    }

    /// Parses the `feeds.conf` text form (`1h30m`); returns nil when the text is not a duration.
    public init?(_ description: String) {
        guard case .success(let duration) = ConfigDuration.parse(description) else { return nil }
        self = duration
    }

    /// A duration of `count` seconds.
    public static func seconds(_ count: Int64) -> ConfigDuration { ConfigDuration(seconds: count) }

    /// A duration of `count` minutes.
    public static func minutes(_ count: Int64) -> ConfigDuration { ConfigDuration(seconds: count * 60) }

    /// A duration of `count` hours.
    public static func hours(_ count: Int64) -> ConfigDuration { ConfigDuration(seconds: count * 3600) }

    /// A duration of `count` days.
    public static func days(_ count: Int64) -> ConfigDuration { ConfigDuration(seconds: count * 86_400) }

    /// Orders durations by length.
    public static func < (lhs: ConfigDuration, rhs: ConfigDuration) -> Bool { lhs.seconds < rhs.seconds }

    /// The canonical text form, largest unit first: `1h30m`, `1w2d`, `45s`; zero is `0s`.
    public var description: String {
        guard seconds != 0 else { return "0s" }
        var rest = seconds.magnitude
        var text = seconds < 0 ? "-" : ""
        for (unit, size) in ConfigDuration.units where rest >= UInt64(size) {
            text += "\(rest / UInt64(size))\(unit)"
            rest %= UInt64(size)
        }
        return text
    }

    /// Units from largest to smallest with their length in seconds.
    private static let units: [(Character, Int64)] = [("w", 604_800), ("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)]

    /// Why a text is not a duration.
    enum ParseFailure: Error, Equatable {
        /// The text is a plain number without a unit.
        case missingUnit
        /// The text is not of the `<integer><unit>…` form.
        case malformed
        /// The value does not fit in 64 bits of seconds.
        case tooLarge
    }

    /// Parses the text form, telling apart a missing unit from other mistakes.
    static func parse(_ text: String) -> Result<ConfigDuration, ParseFailure> {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return .failure(.malformed) }
        if scalars.allSatisfy(\.isASCIIDigit) { return .failure(.missingUnit) }
        var total: Int64 = 0
        var index = 0
        while index < scalars.count {
            var number: Int64 = 0
            let start = index
            while index < scalars.count, scalars[index].isASCIIDigit {
                let digit = Int64(scalars[index].value - 0x30)
                let (times, overflowTimes) = number.multipliedReportingOverflow(by: 10)
                let (plus, overflowPlus) = times.addingReportingOverflow(digit)
                if overflowTimes || overflowPlus { return .failure(.tooLarge) }
                number = plus
                index += 1
            }
            guard index > start, index < scalars.count,
                let size = units.first(where: { String($0.0) == String(scalars[index]) })?.1
            else { return .failure(index == scalars.count ? .missingUnit : .malformed) }
            index += 1
            let (product, overflowProduct) = number.multipliedReportingOverflow(by: size)
            let (sum, overflowSum) = total.addingReportingOverflow(product)
            if overflowProduct || overflowSum { return .failure(.tooLarge) }
            total = sum
        }
        return .success(ConfigDuration(seconds: total))
    }
}

extension Unicode.Scalar {
    /// `0` through `9`.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// `A`–`Z` or `a`–`z`.
    var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }

    /// Space, tab, carriage return, vertical tab or form feed: the blanks that separate tokens on a line.
    var isLineBlank: Bool { value == 0x20 || value == 0x09 || value == 0x0D || value == 0x0B || value == 0x0C }
}
