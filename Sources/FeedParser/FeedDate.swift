public import FeedModel

/// Reads the date formats found in feeds: RFC 822/1123 and their wild variants
/// (two-digit years, named and military zones, missing weekday or seconds),
/// RFC 3339 / ISO 8601 / W3CDTF including partial forms, and asctime.
///
/// An unreadable date is `nil` ("unknown"), never "now".
public enum FeedDate {
    /// Parses `text` as any supported date format, returning UTC seconds.
    public static func parse(_ text: String) -> Timestamp? {
        let trimmed = text.trimmingASCIIWhitespace()
        guard !trimmed.isEmpty else { return nil }
        let scalars = Array(trimmed.unicodeScalars)
        if scalars.count >= 4, scalars[0..<4].allSatisfy({ $0.properties.numericType != nil && $0.isASCII }) {
            if let iso = parseISO8601(scalars) { return iso }
        }
        return parseRFC822(trimmed)
    }

    // MARK: - ISO 8601 / RFC 3339 / W3CDTF

    private static func parseISO8601(_ s: [Unicode.Scalar]) -> Timestamp? {
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= s.count else { return nil }
            var value = 0
            for k in i..<(i + count) {
                guard let d = digit(s[k]) else { return nil }
                value = value * 10 + d
            }
            i += count
            return value
        }
        func skip(_ c: Unicode.Scalar) -> Bool {
            if i < s.count, s[i] == c {
                i += 1
                return true
            }
            return false
        }
        guard let year = digits(4) else { return nil }
        var month = 1
        var day = 1
        var hour = 0
        var minute = 0
        var second = 0
        var offset = 0
        if i == s.count { return Timestamp(year: year, month: 1, day: 1) }
        let dashed = skip("-")
        if let m = digits(2) {
            month = m
            if i < s.count {
                if dashed { guard skip("-") || i == s.count else { return nil } }
                if i < s.count, let d = digits(2) { day = d }
            }
        } else {
            return nil
        }
        if i < s.count, s[i] == "T" || s[i] == "t" || s[i] == " " {
            i += 1
            guard let h = digits(2) else { return nil }
            hour = h
            _ = skip(":")
            if let m = digits(2) { minute = m }
            if skip(":") || (i < s.count && digit(s[i]) != nil) {
                guard let sec = digits(2) else { return nil }
                second = sec
            }
            if i < s.count, s[i] == "." || s[i] == "," {
                i += 1
                while i < s.count, digit(s[i]) != nil { i += 1 }
            }
            while i < s.count, s[i] == " " { i += 1 }
            if i < s.count {
                if s[i] == "Z" || s[i] == "z" {
                    i += 1
                } else if s[i] == "+" || s[i] == "-" {
                    let sign = s[i] == "-" ? -1 : 1
                    i += 1
                    guard let oh = digits(2) else { return nil }
                    _ = skip(":")
                    let om = digits(2) ?? 0
                    offset = sign * (oh * 3600 + om * 60)
                } else if let zone = zoneOffset(String(String.UnicodeScalarView(s[i...]))) {
                    offset = zone
                    i = s.count
                } else {
                    return nil
                }
            }
        }
        guard i == s.count || s[i...].allSatisfy({ $0 == " " }) else { return nil }
        if hour == 24 && minute == 0 && second == 0 {
            guard let base = Timestamp(year: year, month: month, day: day) else { return nil }
            return base.adding(seconds: 86_400 - Int64(offset))
        }
        guard let base = Timestamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        return base.adding(seconds: -Int64(offset))
    }

    // MARK: - RFC 822 and friends

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    private static func parseRFC822(_ text: String) -> Timestamp? {
        var tokens: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "," || scalar == "\t" {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        // Split a zone glued to the time ("10:00:00+0300") and a dash-separated date ("31-Dec-2003").
        var expanded: [String] = []
        for token in tokens {
            if token.contains(":"), let cut = token.dropFirst(4).firstIndex(where: { $0 == "+" || $0 == "-" }) {
                expanded.append(String(token[..<cut]))
                expanded.append(String(token[cut...]))
            } else if token.split(separator: "-").count == 3, token.first?.isNumber == true {
                expanded.append(contentsOf: token.split(separator: "-").map(String.init))
            } else {
                expanded.append(token)
            }
        }
        var month: Int?
        var monthSeenBeforeNumbers = false
        var numbers: [Int] = []
        var numberCountBeforeMonth = 0
        var time: (Int, Int, Int)?
        var offset: Int?
        for token in expanded {
            let lower = token.lowercased()
            if token.contains(":") {
                guard time == nil, let t = parseClock(token) else { return nil }
                time = t
            } else if let n = Int(token), !token.hasPrefix("+"), !token.hasPrefix("-") {
                numbers.append(n)
                if month == nil { numberCountBeforeMonth += 1 }
            } else if lower.count >= 3, let m = months.firstIndex(of: String(lower.prefix(3))), month == nil,
                lower.allSatisfy({ $0.isLetter || $0 == "." })
            {
                month = m + 1
                monthSeenBeforeNumbers = numbers.isEmpty
            } else if lower.count >= 3, weekdays.contains(String(lower.prefix(3))),
                lower.allSatisfy({ $0.isLetter || $0 == "." })
            {
                continue
            } else if let z = zoneOffset(token) {
                guard offset == nil else { return nil }
                offset = z
            } else {
                return nil
            }
        }
        guard let month, numbers.count == 2 else { return nil }
        var day: Int
        var year: Int
        if monthSeenBeforeNumbers || numberCountBeforeMonth == 0 {
            (day, year) = (numbers[0], numbers[1])
        } else {
            (day, year) = (numbers[0], numbers[1])
        }
        if day > 31, year <= 31 { swap(&day, &year) }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        let (h, mi, sec) = time ?? (0, 0, 0)
        guard let base = Timestamp(year: year, month: month, day: day, hour: h, minute: mi, second: sec)
        else { return nil }
        return base.adding(seconds: -Int64(offset ?? 0))
    }

    private static func parseClock(_ token: String) -> (Int, Int, Int)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let secondsPart = parts.count == 3 ? parts[2].split(separator: ".").first.map(String.init) ?? "" : "0"
        guard let h = Int(parts[0]), let m = Int(parts[1]), let s = Int(secondsPart),
            (0...23).contains(h), (0...59).contains(m), (0...60).contains(s)
        else { return nil }
        return (h, m, min(s, 59))
    }

    /// Offset east of UTC in seconds for a zone token: `+0300`, `-05:00`, `GMT`, `EST`, military letters.
    private static func zoneOffset(_ token: String) -> Int? {
        let upper = token.uppercased()
        let named: [String: Int] = [
            "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
            "MDT": -6, "PST": -8, "PDT": -7, "AST": -4, "ADT": -3, "BST": 1, "CET": 1, "CEST": 2, "EET": 2,
            "EEST": 3, "MSK": 3, "IST": 5, "JST": 9, "AEST": 10, "AEDT": 11, "NZST": 12,
        ]
        if let hours = named[upper] { return hours * 3600 }
        if upper.count == 1, let c = upper.unicodeScalars.first, c.value >= 65, c.value <= 90, c != "J" {
            // Military zones: A–I = +1…+9, K–M = +10…+12, N–Y = −1…−12, Z = 0.
            let v = Int(c.value) - 64
            if c == "Z" { return 0 }
            if v <= 9 { return v * 3600 }
            if v <= 13 { return (v - 1) * 3600 }
            return -(v - 13) * 3600
        }
        var body = Substring(upper)
        if body.hasPrefix("GMT") || body.hasPrefix("UTC") { body = body.dropFirst(3) }
        guard let sign = body.first, sign == "+" || sign == "-" else { return nil }
        let digitsOnly = body.dropFirst().filter { $0 != ":" }
        guard !digitsOnly.isEmpty, digitsOnly.allSatisfy({ $0.isASCII && $0.isNumber }), digitsOnly.count <= 4,
            let value = Int(digitsOnly)
        else { return nil }
        let (h, m) = digitsOnly.count <= 2 ? (value, 0) : (value / 100, value % 100)
        guard h <= 14, m < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
    }

    private static func digit(_ s: Unicode.Scalar) -> Int? {
        s.value >= 48 && s.value <= 57 ? Int(s.value - 48) : nil
    }
}
