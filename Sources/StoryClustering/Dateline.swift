/// The date an article gives for itself at its top, for articles that come without one.
///
/// Pages saved from the web keep their dateline in the text when an archive loses the date
/// field: "Posted: Apr 02, 2009 11:06 PM", "Thursday, December 11, 2008", "9 September 2013",
/// "Updated 11 / 27 / 2005", "2013-09-09", "٢ أيار ٢٠١٣". The first full date (day, month and
/// year) in the headline, or else in the opening ``openingLength`` characters of the body, is
/// taken as the publication day. Months are read in every language of the gazetteer; a numeric
/// date with slashes is month first (as US outlets write it) unless its first number cannot be a
/// month, and year first when it starts with four digits.
enum Dateline {
    /// How many characters of the body count as its opening.
    static let openingLength = 300

    private static let gazetteer = Gazetteer.shared

    /// The publication day (unix seconds at midnight UTC) the dateline gives, or `nil`.
    static func time(title: String, text: String) -> Int64? {
        if let time = named(in: title) ?? numeric(in: title) { return time }
        let opening = String(text.prefix(openingLength))
        return named(in: opening) ?? numeric(in: opening)
    }

    /// The first date written with a month's name: "December 11, 2008", "9 September 2013",
    /// "Dec. 19, 2008", "May 3rd, 2013".
    static func named(in text: String) -> Int64? {
        let tokens = TextNormalizer.tokens(text)
        for match in gazetteer.matches(in: tokens) where match.id.hasPrefix("month:") {
            let first = tokens[match.range.lowerBound]
            // "may", "march" are verbs unless capitalised.
            guard first.script != .latin || first.isCapitalized || first.isAllCaps,
                let month = Int(match.id.dropFirst(6))
            else { continue }
            if let day = day(in: tokens, around: match.range),
                let year = year(after: max(day.index, match.range.upperBound - 1), in: tokens)
            {
                return CivilDate.unixTime(year: year, month: month, day: day.value)
            }
        }
        return nil
    }

    /// The day of the month standing next to a month's name ("11 December", "December 11",
    /// "3rd of May" reads as the token "3rd" and does not count), with its token index.
    static func day(in tokens: [Token], around range: Range<Int>) -> (value: Int, index: Int)? {
        let neighbours = [range.lowerBound - 2, range.lowerBound - 1, range.upperBound, range.upperBound + 1]
        for index in neighbours where index >= 0 && index < tokens.count && tokens[index].script == .number {
            guard let value = Int(tokens[index].text), value >= 1, value <= 31 else { continue }
            return (value, index)
        }
        return nil
    }

    /// A four-digit year (1900–2100) within three tokens after `index`.
    static func year(after index: Int, in tokens: [Token]) -> Int? {
        var position = index + 1
        while position < tokens.count && position <= index + 3 {
            if tokens[position].script == .number, tokens[position].text.utf8.count == 4,
                let value = Int(tokens[position].text), value >= 1900, value <= 2100
            {
                return value
            }
            position += 1
        }
        return nil
    }

    /// The first date written in numbers with slashes or ISO dashes: "11/27/2005", "04 / 28 / 09",
    /// "28/04/2009", "2013-09-09", "2013/09/09".
    static func numeric(in text: String) -> Int64? {
        // Digits folded to ASCII (Arabic-Indic ones included), every other scalar kept as it is.
        let scalars = text.unicodeScalars.map { TextNormalizer.fold($0)?.value ?? 0 }
        func isDigit(_ position: Int) -> Bool {
            position >= 0 && position < scalars.count && scalars[position] >= 0x30 && scalars[position] <= 0x39
        }
        /// The number starting at `position` (at most `maxDigits` digits) and where it ends.
        func number(at position: Int, maxDigits: Int) -> (value: Int, digits: Int, end: Int)? {
            var end = position
            var value = 0
            while isDigit(end) {
                value = value * 10 + Int(scalars[end] - 0x30)
                end += 1
                if end - position > maxDigits { return nil }
            }
            return end > position ? (value, end - position, end) : nil
        }
        /// Past spaces, the separator, spaces: where the next number starts, or `nil`.
        func separator(_ mark: UInt32, after position: Int) -> Int? {
            var index = position
            while index < scalars.count && scalars[index] == 0x20 { index += 1 }
            guard index < scalars.count, scalars[index] == mark else { return nil }
            index += 1
            while index < scalars.count && scalars[index] == 0x20 { index += 1 }
            return isDigit(index) ? index : nil
        }
        func date(at start: Int) -> Int64? {
            guard let first = number(at: start, maxDigits: 4) else { return nil }
            for mark: UInt32 in [0x2F, 0x2D] {
                guard let secondStart = separator(mark, after: first.end),
                    let second = number(at: secondStart, maxDigits: 2),
                    let thirdStart = separator(mark, after: second.end),
                    let third = number(at: thirdStart, maxDigits: 4),
                    third.end >= scalars.count || (!isDigit(third.end) && scalars[third.end] != mark)
                else { continue }
                let (year, month, day): (Int, Int, Int)
                if first.digits == 4 {
                    guard third.digits <= 2 else { continue }
                    (year, month, day) = (first.value, second.value, third.value)
                } else {
                    // Dashes between day, month and year are too rare to read either way.
                    guard mark == 0x2F, first.digits <= 2, third.digits == 2 || third.digits == 4 else { continue }
                    let fullYear = third.digits == 4 ? third.value : (third.value < 70 ? 2000 : 1900) + third.value
                    (year, month, day) =
                        first.value > 12 ? (fullYear, second.value, first.value) : (fullYear, first.value, second.value)
                }
                guard year >= 1900, year <= 2100, month >= 1, month <= 12, day >= 1, day <= 31 else { continue }
                return CivilDate.unixTime(year: year, month: month, day: day)
            }
            return nil
        }
        var position = 0
        while position < scalars.count {
            // A date starts at a number that does not continue another number or date.
            guard isDigit(position), !isDigit(position - 1),
                position == 0 || (scalars[position - 1] != 0x2F && scalars[position - 1] != 0x2D)
            else {
                position += 1
                continue
            }
            if let date = date(at: position) { return date }
            while isDigit(position) { position += 1 }
        }
        return nil
    }
}
