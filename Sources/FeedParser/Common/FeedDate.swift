public import FeedModel

/// Reads the date formats found in feeds: RFC 822/1123 and their wild variants
/// (two-digit years, named and military zones, missing weekday or seconds, `UT`), RFC 3339 /
/// ISO 8601 / W3CDTF including partial and two-digit-year forms, asctime, and the Greek,
/// Hungarian and Korean forms some publishers emit.
///
/// An unreadable date is `nil` ("unknown"), never "now".
public enum FeedDate {
    /// Parses `text` as any supported date format, returning UTC seconds.
    ///
    /// - Parameter text: the element's text as published.
    /// - Returns: the instant, or nil when the text is not a date or names an impossible one.
    public static func parse(_ text: String) -> Timestamp? {
        if let common = parseCommonForm(text) { return common }
        return parseGeneral(text)
    }

    /// ``parse(_:)`` without the fast path for the common forms.
    static func parseGeneral(_ text: String) -> Timestamp? {
        var trimmed = text.trimmingASCIIWhitespace()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 128 else { return nil }
        if !trimmed.unicodeScalars.allSatisfy(\.isASCII) {
            guard let translated = Localized.translate(trimmed) else { return nil }
            trimmed = translated
        }
        if let epoch = unixTime(trimmed) { return epoch }
        let scalars = Array(trimmed.unicodeScalars)
        if let first = scalars.first, digit(first) != nil || first == "-" {
            if let iso = parseISO8601(scalars) { return iso }
        }
        return parseRFC822(trimmed)
    }

    /// A Unix time as some generators print it (`1700000000`, or `1700000000000` in milliseconds):
    /// 10 or 13 digits and nothing else, from 2001-09-09 to 2033-05-18. Later values are more
    /// likely compact dates (`2024010512`, YYYYMMDDHH, would be 2034) and stay unknown, as do
    /// eight digits, a compact date (`20240105`) read elsewhere.
    static func unixTime(_ text: String) -> Timestamp? {
        let count = text.utf8.count
        guard count == 10 || count == 13, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            text.utf8.first == UInt8(ascii: "1"), let value = Int64(text)
        else { return nil }
        return Timestamp(seconds: count == 13 ? value / 1000 : value)
    }

    // MARK: - ISO 8601 / RFC 3339 / W3CDTF

    /// A cursor over the scalars of an ISO 8601 date.
    private struct Cursor {
        let s: [Unicode.Scalar]
        var i = 0

        var atEnd: Bool { i >= s.count }
        var current: Unicode.Scalar? { i < s.count ? s[i] : nil }

        /// Exactly `count` digits.
        mutating func digits(_ count: Int) -> Int? {
            guard i + count <= s.count else { return nil }
            var value = 0
            for k in i..<(i + count) {
                guard let d = FeedDate.digit(s[k]) else { return nil }
                value = value * 10 + d
            }
            i += count
            return value
        }

        /// How many digits follow.
        func digitRun() -> Int {
            var k = i
            while k < s.count, FeedDate.digit(s[k]) != nil { k += 1 }
            return k - i
        }

        mutating func skip(_ c: Unicode.Scalar) -> Bool {
            if i < s.count, s[i] == c {
                i += 1
                return true
            }
            return false
        }

        mutating func skipSpaces() {
            while i < s.count, s[i] == " " { i += 1 }
        }
    }

    static func expandYear(_ year: Int, digits: Int) -> Int {
        guard digits <= 2 else { return year }
        return year < 70 ? 2000 + year : 1900 + year
    }

    private static func parseISO8601(_ s: [Unicode.Scalar]) -> Timestamp? {
        var c = Cursor(s: s)
        var year: Int
        var month = 1
        var day = 1
        if c.skip("-") {
            // `-YYMM`, `-YY-MM`: a two-digit year and a month.
            guard let y = c.digits(2) else { return nil }
            year = expandYear(y, digits: 2)
            _ = c.skip("-")
            guard let m = c.digits(2), c.atEnd else { return nil }
            month = m
            return Timestamp(year: year, month: month, day: 1)
        }
        let run = c.digitRun()
        switch run {
        case 4:
            year = c.digits(4) ?? 0
        case 2:
            // `YY-MM-DD`.
            guard let y = c.digits(2), c.current == "-" else { return nil }
            year = expandYear(y, digits: 2)
        case 6 where c.s.count == 6:
            // `YYMMDD`.
            guard let y = c.digits(2), let m = c.digits(2), let d = c.digits(2) else { return nil }
            return Timestamp(year: expandYear(y, digits: 2), month: m, day: d)
        case 8:
            // `YYYYMMDD`, optionally followed by a time.
            guard let y = c.digits(4), let m = c.digits(2), let d = c.digits(2) else { return nil }
            return time(after: &c, year: y, month: m, day: d)
        default:
            return nil
        }
        if c.atEnd { return Timestamp(year: year, month: 1, day: 1) }
        guard c.skip("-") else { return nil }
        let monthRun = c.digitRun()
        if monthRun == 3, c.s.count > c.i + 3, c.s[c.i] == "0", c.s[c.i + 3] == "-" {
            c.i += 1  // `2003-012-31`: a zero-padded month.
        }
        // After a four-digit year, month and day may be unpadded (`2024-1-5T3:04:05Z`, as some
        // generators print them); after a two-digit year only the padded form is a date.
        let widths = run == 4 ? 1...2 : 2...2
        guard widths.contains(c.digitRun()), let m = c.digits(c.digitRun()) else { return nil }
        month = m
        if c.atEnd { return Timestamp(year: year, month: month, day: 1) }
        guard c.skip("-"), widths.contains(c.digitRun()), let d = c.digits(c.digitRun()) else { return nil }
        day = d
        return time(after: &c, year: year, month: month, day: day)
    }

    /// The optional `THH:MM[:SS[.fff]][zone]` after a date, and the resulting instant.
    private static func time(after c: inout Cursor, year: Int, month: Int, day: Int) -> Timestamp? {
        if c.atEnd { return Timestamp(year: year, month: month, day: day) }
        guard let sep = c.current, sep == "T" || sep == "t" || sep == " " else { return nil }
        c.i += 1
        c.skipSpaces()
        let hourDigits = c.digitRun()
        guard hourDigits == 1 || hourDigits == 2 || hourDigits == 4 || hourDigits == 6 else { return nil }
        var hour = 0
        var minute = 0
        var second = 0
        if hourDigits >= 4 {
            hour = c.digits(2) ?? 0
            minute = c.digits(2) ?? 0
            if hourDigits == 6 { second = c.digits(2) ?? 0 }
        } else {
            hour = c.digits(hourDigits) ?? 0
            guard c.skip(":"), c.digitRun() == 2, let m = c.digits(2) else { return nil }
            minute = m
            if c.skip(":") {
                guard c.digitRun() == 2, let sec = c.digits(2) else { return nil }
                second = sec
            }
        }
        if c.skip(".") || c.skip(",") {
            guard c.digitRun() > 0 else { return nil }
            c.i += c.digitRun()
        }
        c.skipSpaces()
        var offset = 0
        if let z = c.current {
            if z == "Z" || z == "z" {
                c.i += 1
            } else if z == "+" || z == "-" {
                let sign = z == "-" ? -1 : 1
                c.i += 1
                guard c.digitRun() == 2 || c.digitRun() == 4, let oh = c.digits(2) else { return nil }
                var om = 0
                if c.skip(":") {
                    guard let m = c.digits(2) else { return nil }
                    om = m
                } else if let m = c.digits(2) {
                    om = m
                }
                guard oh <= 14, om < 60 else { return nil }
                offset = sign * (oh * 3600 + om * 60)
            } else {
                let rest = String(String.UnicodeScalarView(c.s[c.i...]))
                guard let zone = zoneOffset(rest) else { return nil }
                offset = zone
                c.i = c.s.count
            }
        }
        c.skipSpaces()
        guard c.atEnd else { return nil }
        guard hour <= 24, minute <= 59, second <= 60 else { return nil }
        if hour == 24 {
            guard minute == 0, second == 0, let base = Timestamp(year: year, month: month, day: day) else {
                return nil
            }
            return base.adding(seconds: 86_400 - Int64(offset))
        }
        guard
            let base = Timestamp(
                year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59))
        else { return nil }
        return base.adding(seconds: -Int64(offset))
    }

    static func digit(_ s: Unicode.Scalar) -> Int? {
        s.value >= 48 && s.value <= 57 ? Int(s.value - 48) : nil
    }
}
