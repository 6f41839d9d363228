import FeedModel

extension FeedDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let fullMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// RFC 822 / 1123 / 2822 dates and the shapes they take in the wild: no weekday, no seconds,
    /// two-digit years, `Mon, 13 Feb, 2012`, asctime (`Sun Jan  4 16:29:06 2004`), full month
    /// names, a zone glued to the time, `2006/09/15`, `Etc/GMT`, `GMT-01:01`, `AM`/`PM`.
    static func parseRFC822(_ text: String) -> Timestamp? {
        var tokens: [String] = []
        var current = ""
        /// Whether the first word ends at a comma (`Vendredi, 05 Nov 94`, `mer, 16 nov 2022`): a
        /// weekday in whatever language, which the date does not need.
        var firstWordIsWeekday = false
        var commentDepth = 0
        var escaped = false
        for scalar in text.unicodeScalars {
            // RFC 822 comments, nested and with quoted pairs: `-0400 (EDT)`, `(a \) b)`. A comment
            // separates the tokens around it: `2006()23:59:45`.
            if commentDepth > 0 {
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == "(" {
                    commentDepth += 1
                } else if scalar == ")" {
                    commentDepth -= 1
                }
                continue
            }
            if scalar == "(" {
                commentDepth = 1
                if !current.isEmpty { tokens.append(current) }
                current = ""
                continue
            }
            if scalar == " " || scalar == "," || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                if scalar == ",", tokens.isEmpty, !current.isEmpty,
                    current.unicodeScalars.allSatisfy({ ($0.properties.isAlphabetic) || $0 == "." })
                {
                    firstWordIsWeekday = true
                }
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        guard tokens.count <= 10 else { return nil }

        var month: Int?
        var numbers: [(value: Int, digits: Int)] = []
        var ymd: (Int, Int, Int)?
        var time: (Int, Int, Int)?
        var offset: Int?
        /// Whether `offset` came from digits (`-0500`), which win over a zone name beside them
        /// (`-0500 EST`, Go's `2006-01-02 15:04:05 -0700 MST`).
        var offsetIsNumeric = false
        var meridiem: Int?
        // `Dec, 25 2022` is December; `mar, 15 nov 2022` is an Italian Tuesday (a month follows).
        if firstWordIsWeekday, let first = tokens.first, monthIndex(first.lowercased()) != nil,
            !tokens.dropFirst().contains(where: { monthIndex($0.lowercased()) != nil })
        {
            firstWordIsWeekday = false
        }
        for (position, rawToken) in tokens.enumerated() {
            if position == 0, firstWordIsWeekday { continue }
            // Joiners between date and time: Drupal's `December 22, 2017 - 3:09pm`, `June 22, 2023 at 01:11 PM`.
            if rawToken == "-" || rawToken == "at" || rawToken == "@" { continue }
            var token = rawToken
            // A day written `16.` (`Lundi, 16. Novembre 2020`).
            if token.count >= 2, token.last == ".", token.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) {
                token = String(token.dropLast())
            }
            // Ordinal days: `16th Nov`, `1st`, `22nd`, `3rd`.
            if token.count >= 3, token.first?.isNumber == true,
                ["st", "nd", "rd", "th"].contains(token.suffix(2).lowercased()),
                token.dropLast(2).allSatisfy({ $0.isASCII && $0.isNumber })
            {
                token = String(token.dropLast(2))
            }
            if token.hasPrefix("Etc/") { token.removeFirst(4) }
            let lower = token.lowercased()
            if token.contains(":"), let first = token.unicodeScalars.first, digit(first) != nil {
                guard time == nil else { return nil }
                // A zone glued to the time: `10:00:00+0300`, `10:00:00Z`.
                var clock = Substring(token)
                var glued: Substring?
                if let cut = token.firstIndex(where: { $0 == "+" || $0 == "-" || $0.isLetter }) {
                    clock = token[..<cut]
                    glued = token[cut...]
                }
                guard let t = parseClock(String(clock)) else { return nil }
                time = t
                if let glued {
                    let lowerGlued = glued.lowercased()
                    if lowerGlued == "am" || lowerGlued == "pm" {
                        meridiem = lowerGlued == "am" ? 0 : 12  // `04:07:08PM`
                    } else {
                        guard offset == nil, let z = zoneOffset(String(glued)) else { return nil }
                        offset = z
                        offsetIsNumeric = glued.first == "+" || glued.first == "-"
                    }
                }
            } else if token.allSatisfy({ $0.isASCII && $0.isNumber }) {
                guard token.count <= 4, let n = Int(token) else { return nil }
                numbers.append((n, token.count))
            } else if token.split(separator: "/").count == 3, token.first?.isNumber == true {
                var parts = token.split(separator: "/").compactMap { $0.count <= 4 ? Int($0) : nil }
                let widths = token.split(separator: "/").map(\.count)
                guard parts.count == 3, ymd == nil else { return nil }
                // `10/30/23`: a two-digit year is this century's or the last, as in RFC 822 dates.
                if widths[2] <= 2, widths[0] <= 2 { parts[2] = expandYear(parts[2], digits: widths[2]) }
                // Y/M/D, else M/D/Y as in the US, unless the first number cannot be a month (`14/03/2021`).
                if parts[0] > 31 {
                    ymd = (parts[0], parts[1], parts[2])
                } else if parts[0] > 12 && parts[1] <= 12 {
                    ymd = (parts[2], parts[1], parts[0])
                } else {
                    ymd = (parts[2], parts[0], parts[1])
                }
            } else if let parts = threeNumbers(token, separatedBy: ".") {
                // D.M.Y, the German and Russian way (`14.03.2021`, `4.3.2021`, `30.10.23`).
                guard ymd == nil, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2,
                    let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
                else { return nil }
                ymd = (expandYear(y, digits: parts[2].count), m, d)
            } else if let parts = threeNumbers(token, separatedBy: "-") {
                // `2021-3-14` (ISO with unpadded month or day), `14-03-2021`.
                guard ymd == nil, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]),
                    parts[1].count <= 2
                else { return nil }
                if parts[0].count == 4, parts[2].count <= 2 {
                    ymd = (a, b, c)
                } else if parts[2].count == 4, parts[0].count <= 2, a > 12, b <= 12 {
                    ymd = (c, b, a)
                } else {
                    return nil
                }
            } else if token.split(separator: "-").count == 3, token.first?.isNumber == true {
                // `31-Dec-2003`.
                let parts = token.split(separator: "-").map(String.init)
                guard parts[0].count <= 2, parts[2].count <= 4, let d = Int(parts[0]),
                    let m = monthIndex(parts[1].lowercased()), let y = Int(parts[2])
                else {
                    return nil
                }
                numbers.append((d, parts[0].count))
                numbers.append((y, parts[2].count))
                guard month == nil else { return nil }
                month = m
            } else if lower == "am" || lower == "a.m." {
                meridiem = 0
            } else if lower == "pm" || lower == "p.m." {
                meridiem = 12
            } else if lower.count >= 3, month == nil, let m = monthIndex(lower) {
                month = m
            } else if lower.count >= 3, weekdays.contains(String(lower.prefix(3))),
                lower.allSatisfy({ $0.isLetter || $0 == "." })
            {
                continue
            } else if let z = zoneOffset(token) {
                let isNumeric = token.first == "+" || token.first == "-"
                if offset != nil {
                    // Digits and a name for one zone: the digits. Two of a kind contradict.
                    guard isNumeric != offsetIsNumeric else { return nil }
                    if isNumeric { offset = z }
                } else {
                    offset = z
                }
                offsetIsNumeric = offsetIsNumeric || isNumeric
            } else {
                return nil
            }
        }
        var year: Int
        var day: Int
        if let ymd {
            guard numbers.isEmpty, month == nil else { return nil }
            (year, month, day) = ymd
        } else {
            // A time written as four digits after the date, as in the RSS 0.92 spec's own sample
            // (`03 Apr 02 1500 GMT`).
            if numbers.count == 3, time == nil, numbers[2].digits == 4, numbers[2].value % 100 < 60,
                numbers[2].value / 100 < 24, numbers[0].digits <= 2, numbers[1].digits <= 2
            {
                time = (numbers[2].value / 100, numbers[2].value % 100, 0)
                numbers.removeLast()
            }
            guard month != nil, numbers.count == 2 else { return nil }
            var dayToken = numbers[0]
            var yearToken = numbers[1]
            if dayToken.digits > 2 || (dayToken.value > 31 && yearToken.value <= 31) { swap(&dayToken, &yearToken) }
            guard dayToken.digits <= 2 else { return nil }
            day = dayToken.value
            year = expandYear(yearToken.value, digits: yearToken.digits)
        }
        guard let month else { return nil }
        var (h, mi, sec) = time ?? (0, 0, 0)
        if let meridiem {
            guard (1...12).contains(h) else { return nil }
            h = h % 12 + meridiem
        }
        guard let base = Timestamp(year: year, month: month, day: day, hour: h, minute: mi, second: sec)
        else { return nil }
        return base.adding(seconds: -Int64(offset ?? 0))
    }

    /// The three digit fields of `token` (`14.03.2021`, `2021-3-14`), or nil when it is not that.
    private static func threeNumbers(_ token: String, separatedBy separator: Character) -> [Substring]? {
        let parts = token.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return parts
    }

    /// 1–12 for an English month name or its first three letters (`Sept` too), or a French,
    /// German, Spanish, Portuguese, Italian or Dutch one (`Okt`, `Ago`, `Dez`, `Mai`).
    private static func monthIndex(_ lower: String) -> Int? {
        guard lower.count >= 3, lower.allSatisfy({ $0.isLetter || $0 == "." }) else { return nil }
        let bare = lower.hasSuffix(".") ? String(lower.dropLast()) : lower
        guard let index = months.firstIndex(of: String(lower.prefix(3))) else { return Localized.europeanMonths[bare] }
        let full = fullMonths[index]
        let word = lower.hasSuffix(".") ? String(lower.dropLast()) : lower
        guard full.hasPrefix(word) || word == "sept" else { return Localized.europeanMonths[bare] }
        return index + 1
    }

    private static func parseClock(_ token: String) -> (Int, Int, Int)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let secondsPart = parts.count == 3 ? parts[2].split(separator: ".").first.map(String.init) ?? "" : "0"
        // Unpadded minutes and seconds (`16:7:8`) read as they say.
        guard parts[0].count <= 2, (1...2).contains(parts[1].count), secondsPart.count <= 2, let h = Int(parts[0]),
            let m = Int(parts[1]), let s = Int(secondsPart),
            (0...23).contains(h), (0...59).contains(m), (0...60).contains(s)
        else { return nil }
        return (h, m, min(s, 59))
    }

    /// Zone abbreviations and their offsets east of UTC, in minutes.
    private static let namedZones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "IST": 330,
        "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
        "PDT": -420, "AST": -240, "ADT": -180, "AKST": -540, "AKDT": -480, "HST": -600, "NST": -210,
        "NDT": -150, "AT": -240, "ET": -300, "CT": -360, "MT": -420, "PT": -480,
        "CET": 60, "CEST": 120, "MET": 60, "MEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180,
        "MSK": 180, "MSD": 240, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480,
        "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    ]

    /// Offset east of UTC in seconds for a zone token: `+0300`, `-05:00`, `GMT+2`, `EST`, `MEST`,
    /// North American one-letter-less zones (`ET`, `PT`), military letters.
    static func zoneOffset(_ token: String) -> Int? {
        let upper = token.uppercased()
        if let minutes = namedZones[upper] { return minutes * 60 }
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
            body.dropFirst().allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == ":" }),
            let value = Int(digitsOnly)
        else { return nil }
        let (h, m) = digitsOnly.count <= 2 ? (value, 0) : (value / 100, value % 100)
        guard h <= 14, m < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
    }
}
