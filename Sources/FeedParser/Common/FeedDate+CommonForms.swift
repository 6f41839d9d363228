import FeedModel

extension FeedDate {
    /// The two shapes nearly every feed uses, read straight from the UTF-8 bytes:
    /// RFC 1123 `Sun, 06 Nov 1994 08:49:37 GMT` (weekday optional, zone `GMT`/`UT`/`UTC`/`Z` or
    /// `±hhmm`) and RFC 3339 `1994-11-06T08:49:37Z` (zone `Z` or `±hh:mm`, optional fraction).
    ///
    /// Returns nil for anything else — including any field out of range or an impossible date —
    /// and ``parse(_:)`` then takes its general path, which reads these shapes the same way (a
    /// test holds them equal): this only avoids building token arrays for the common case.
    static func parseCommonForm(_ text: String) -> Timestamp? {
        var text = text
        return text.withUTF8 { bytes -> Timestamp? in
            var r = ByteReader(bytes: bytes)
            r.skipBlanks()
            guard let first = r.peek else { return nil }
            let start = r.i
            if first >= 0x30 && first <= 0x39, let iso = r.rfc3339() {
                r.skipBlanks()
                return r.atEnd ? iso : nil
            }
            r.i = start
            let result = r.rfc1123()
            r.skipBlanks()
            return r.atEnd ? result : nil
        }
    }
}

/// A cursor over ASCII bytes for ``FeedDate/parseCommonForm(_:)``.
private struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    var atEnd: Bool { i >= bytes.count }
    var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipBlanks() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    mutating func skip(_ b: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == b else { return false }
        i += 1
        return true
    }

    /// Exactly `count` ASCII digits.
    mutating func digits(_ count: Int) -> Int? {
        guard i + count <= bytes.count else { return nil }
        var value = 0
        for k in i..<(i + count) {
            let d = Int(bytes[k]) - 48
            guard d >= 0, d <= 9 else { return nil }
            value = value * 10 + d
        }
        i += count
        return value
    }

    /// Three ASCII letters, lowercased, packed into an integer.
    mutating func word3() -> UInt32? {
        guard i + 3 <= bytes.count else { return nil }
        var packed: UInt32 = 0
        for k in i..<(i + 3) {
            let lower = bytes[k] | 0x20
            guard lower >= 0x61, lower <= 0x7A else { return nil }
            packed = packed << 8 | UInt32(lower)
        }
        i += 3
        return packed
    }

    private static let weekdays: Set<UInt32> = Set(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map(pack))
    private static let months: [UInt32] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ].map(pack)

    private static func pack(_ s: String) -> UInt32 { s.utf8.reduce(0) { $0 << 8 | UInt32($1) } }

    /// `[Www, ]D[D] Mon YYYY HH:MM[:SS] ZONE`.
    mutating func rfc1123() -> Timestamp? {
        let start = i
        if let w = word3(), Self.weekdays.contains(w) {
            guard skip(0x2C), skip(0x20) else { return nil }
        } else {
            i = start
        }
        guard let day = digits(2) ?? digits(1), skip(0x20), let m = word3(), let month = Self.months.firstIndex(of: m),
            skip(0x20), let year = digits(4), skip(0x20), let hour = digits(2), skip(0x3A), let minute = digits(2)
        else { return nil }
        var second = 0
        if skip(0x3A) {
            guard let s = digits(2) else { return nil }
            second = s
        }
        guard skip(0x20), let offset = zone1123(), hour <= 23, minute <= 59, second <= 59, day >= 1 else { return nil }
        guard let base = Timestamp(year: year, month: month + 1, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        return base.adding(seconds: -Int64(offset))
    }

    /// `GMT`, `UT`, `UTC`, `Z` or `±hhmm`, as seconds east of UTC.
    private mutating func zone1123() -> Int? {
        guard let c = peek else { return nil }
        if c == 0x2B || c == 0x2D {
            i += 1
            guard let hh = digits(2), let mm = digits(2), hh <= 14, mm < 60 else { return nil }
            return (c == 0x2D ? -1 : 1) * (hh * 3600 + mm * 60)
        }
        let start = i
        while i < bytes.count, bytes[i] >= 0x41, bytes[i] <= 0x5A { i += 1 }
        switch i - start {
        case 1 where bytes[start] == 0x5A: return 0  // Z
        case 2 where bytes[start] == 0x55 && bytes[start + 1] == 0x54: return 0  // UT
        case 3 where bytes[start] == 0x47 && bytes[start + 1] == 0x4D && bytes[start + 2] == 0x54: return 0  // GMT
        case 3 where bytes[start] == 0x55 && bytes[start + 1] == 0x54 && bytes[start + 2] == 0x43: return 0  // UTC
        default: return nil
        }
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fff](Z|±hh:mm)`.
    mutating func rfc3339() -> Timestamp? {
        guard let year = digits(4), skip(0x2D), let month = digits(2), skip(0x2D), let day = digits(2),
            skip(0x54) || skip(0x74), let hour = digits(2), skip(0x3A), let minute = digits(2), skip(0x3A),
            let second = digits(2)
        else { return nil }
        if skip(0x2E) {
            let fractionStart = i
            while let b = peek, b >= 0x30, b <= 0x39 { i += 1 }
            guard i > fractionStart else { return nil }
        }
        var offset = 0
        if skip(0x5A) || skip(0x7A) {
            offset = 0
        } else if let c = peek, c == 0x2B || c == 0x2D {
            i += 1
            guard let hh = digits(2), skip(0x3A), let mm = digits(2), hh <= 14, mm < 60 else { return nil }
            offset = (c == 0x2D ? -1 : 1) * (hh * 3600 + mm * 60)
        } else {
            return nil
        }
        guard hour <= 23, minute <= 59, second <= 59 else { return nil }
        guard let base = Timestamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        return base.adding(seconds: -Int64(offset))
    }
}
