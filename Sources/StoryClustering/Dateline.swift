/// The date an article gives for itself at its top, for articles that come without one.
///
/// Pages saved from the web keep their dateline in the text when an archive loses the date
/// field: "Posted: Apr 02, 2009 11:06 PM", "Thursday, December 11, 2008", "9 September 2013",
/// "Updated 11 / 27 / 2005 3:41 PM", "2013-09-09", "٢ أيار ٢٠١٣". The first full date (day,
/// month and year) in the headline, or else in the opening ``openingLength`` characters of the
/// body, is taken as the publication day (at noon UTC, the middle of a day whose hour is unknown).
///
/// - A month's name is read in every language of the gazetteer, with the day right before (a
///   Sorani ezafe between them) or right after it and the year within three words after that ("May 3" in "9:15 AM May 3, 2013",
///   not the 15; "Prices May Rise 3 Percent in 2014" has no day next to "May").
/// - A date in figures is read only where a dateline stands: before any word but a place set off
///   by punctuation ("ERBIL, 06/05/2013", "أربيل - ٦/٥/٢٠١٣"), next to a time of
///   day ("12 / 16 / 08 1:30 AM", "8:13 AM PDT 8/2/2013") or, with a four-digit year, after
///   "posted", "updated", "published", "release" or "on" — not "the 9/11/2001
///   attacks" or "a 5/10/20 mg dose". Slashes give the order day/month in Arabic-script text and
///   in Kurdish (`language` "ar", "ckb", "kmr"), month/day otherwise as US outlets write it, unless
///   the first number cannot be a month; dots give day.month everywhere, with a four-digit year
///   only ("08. 07. 2012"; "2.10.12" is as often a version); year first when it has four digits
///   ("2013-09-09", "2012. 08. 08").
enum Dateline {
    /// How many characters of the body count as its opening.
    static let openingLength = 300

    private static let gazetteer = Gazetteer.shared
    private static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th"]
    /// Words a dateline in figures follows, as scalar values.
    private static let announcingWords = ["posted", "updated", "published", "release", "on"].map { $0.unicodeScalars.map(\.value) }

    /// The publication day (unix seconds at noon UTC) the dateline gives, or `nil`.
    /// - Parameters:
    ///   - language: The document's language code, if known: it decides the order of day and
    ///     month in figures.
    static func time(title: String, text: String, language: String? = nil) -> Int64? {
        if let time = first(in: title, language: language) { return time }
        return first(in: String(text.prefix(openingLength)), language: language)
    }

    /// The earliest date written in `text`, in words or in figures.
    private static func first(in text: String, language: String?) -> Int64? {
        let scalars = Array(text.unicodeScalars)
        // Kurmanji's ê î û ş ç say so too when the language is not given.
        let dayFirst =
            ["ar", "ckb", "kmr"].contains(language ?? "")
            || scalars.contains {
                ($0.value >= 0x0600 && $0.value <= 0x06FF) || [0xEA, 0xEE, 0xFB, 0x15F, 0xE7].contains($0.value)
            }
        guard let (figures, offset) = numeric(in: scalars, dayFirst: dayFirst) else { return named(in: text) }
        // A date in words before the one in figures comes first.
        var before = String.UnicodeScalarView()
        before.append(contentsOf: scalars[..<offset])
        if let time = named(in: String(before)) { return time }
        // "born on 4/22/1923" is no dateline; a date in words after it may be.
        let tokensBefore = TextNormalizer.tokens(String(before))
        return isBirthDate(startingAt: tokensBefore.count, in: tokensBefore) ? named(in: text) : figures
    }

    /// The first date written with a month's name: "December 11, 2008", "9 September 2013",
    /// "Dec. 19, 2008", "May 3rd, 2013".
    static func named(in text: String) -> Int64? {
        namedDates(in: TextNormalizer.tokens(text), births: false).first
    }

    /// Whether `text` (an article's headline and body) is an obituary's that writes the day of
    /// `time` (within a day: a local midnight is the day before in UTC) as the birth of the one who
    /// died: a birth date ("Page was born on April 22, 1923", "ولد في ٢٢ نيسان ١٩٢٣"), a word of
    /// death ("died", "توفي") and a later year ("…posed for Playboy in 1955"). An archive's date
    /// field is sometimes filled from such a line of the page, and it then says nothing of the
    /// article's own day. A report of a birth on its day tells no death ("born on May 5, 2013… the
    /// smallest weighed 2050 grams"). Births written in figures only ("born 4/22/1923") are not read.
    static func writesAsBirth(_ time: Int64, in text: String) -> Bool {
        // Most texts tell no birth and death: settled on their bytes, before any tokenising.
        var text = text
        guard text.withUTF8(mayTellBirthAndDeath) else { return false }
        let tokens = TextNormalizer.tokens(text)
        let birthYear = CivilDate.year(of: time)
        guard tokens.contains(where: { deathWords.contains($0.text) }),
            tokens.contains(where: { ($0.writtenYear ?? 0) > birthYear })
        else { return false }
        let day = time.floorDivided(by: 86_400)
        return namedDates(in: tokens, births: true).contains { abs($0.floorDivided(by: 86_400) - day) <= 1 }
    }

    /// Words telling a death: with a birth date and a later year, an obituary's.
    private static let deathWords = TextNormalizer.normalizedWords([
        "died", "dies", "dead", "death", "توفي", "توفيت", "وفاة", "رحيل",
    ])

    /// Whether UTF-8 `bytes` may hold a word of birth and one of death: in one pass, letters every
    /// such word holds ("born" in any case, "لد" of ولد, "لي" of مواليد, with ی for ي; "die" or "dea"
    /// in any case of died, dies, dead, death, "وف" of توفي and وفاة, "رح" of رحيل), vowel marks and
    /// tatweel skipped between Arabic letters as the tokens drop them. More texts pass than tell
    /// both; their tokens decide. (Fullwidth Latin letters, which the tokens fold, are not read.)
    private static func mayTellBirthAndDeath(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var birth = false
        var death = false
        let count = bytes.count
        var index = 0
        func at(_ position: Int) -> UInt8 { position < count ? bytes[position] : 0 }
        func lower(_ offset: Int) -> UInt8 { at(index + offset) | 0x20 }
        /// The position of the next Arabic letter from `position` on: past tatweel (D9 80) and the
        /// vowel marks (D9 8B–D9 92).
        func letter(from position: Int) -> Int {
            var position = position
            while at(position) == 0xD9, at(position + 1) == 0x80 || (0x8B...0x92).contains(at(position + 1)) {
                position += 2
            }
            return position
        }
        while index < count && !(birth && death) {
            switch (bytes[index], at(index + 1)) {
            case (0xD9, 0x84):  // ل, then د (D8 AF), ي (D9 8A) or ی (DB 8C)
                let next = letter(from: index + 2)
                let pair = (at(next), at(next + 1))
                if pair == (0xD8, 0xAF) || pair == (0xD9, 0x8A) || pair == (0xDB, 0x8C) { birth = true }
            case (0xD9, 0x88):  // و, then ف (D9 81)
                let next = letter(from: index + 2)
                if (at(next), at(next + 1)) == (0xD9, 0x81) { death = true }
            case (0xD8, 0xB1):  // ر, then ح (D8 AD)
                let next = letter(from: index + 2)
                if (at(next), at(next + 1)) == (0xD8, 0xAD) { death = true }
            case (UInt8(ascii: "b"), _), (UInt8(ascii: "B"), _):
                if lower(1) == UInt8(ascii: "o") && lower(2) == UInt8(ascii: "r") && lower(3) == UInt8(ascii: "n") {
                    birth = true
                }
            case (UInt8(ascii: "d"), _), (UInt8(ascii: "D"), _):
                if lower(1) == UInt8(ascii: "i") && lower(2) == UInt8(ascii: "e")
                    || lower(1) == UInt8(ascii: "e") && lower(2) == UInt8(ascii: "a")
                {
                    death = true
                }
            default:
                break
            }
            index += 1
        }
        return birth && death
    }

    /// Dates written with a month's name in `tokens`, in order: the first that is no birth
    /// (`births` false), or every one that is (`births` true).
    private static func namedDates(in tokens: [Token], births: Bool) -> [Int64] {
        var found: [Int64] = []
        var months = gazetteer.matches(in: tokens).compactMap { match in
            match.id.hasPrefix("month:") ? Int(match.id.dropFirst(6)).map { (range: match.range, month: $0) } : nil
        }
        // "Mar 8 2013": the one English abbreviation the gazetteer leaves out ("Mar" starts names in
        // Iraq, as in Mar Mattai), read here only with a day and a year.
        for (index, token) in tokens.enumerated() where token.text == "mar" {
            months.append((index..<index + 1, 3))
        }
        months.sort { $0.range.lowerBound < $1.range.lowerBound }
        for (range, month) in months {
            let first = tokens[range.lowerBound]
            // "may", "march" are verbs unless capitalised.
            guard first.script != .latin || first.isCapitalized || first.isAllCaps else { continue }
            // Sorani joins the day to the month with an ezafe ("١٤ی ئایار"), English with an ordinal
            // ending ("10th June").
            let before = range.lowerBound - 1
            let joined =
                before >= 1
                && ((tokens[before].script == .arabic && tokens[before].text.unicodeScalars.count == 1)
                    || ordinalEndings.contains(tokens[before].text))
            for index in [range.upperBound, joined ? before - 1 : before]
            where index >= 0 && index < tokens.count && tokens[index].script == .number {
                guard isBirthDate(startingAt: min(index, range.lowerBound), in: tokens) == births,
                    let day = Int(tokens[index].text),
                    let year = year(after: max(index, range.upperBound - 1), in: tokens),
                    let time = noon(year: year, month: month, day: day)
                else { continue }
                found.append(time)
                if !births { return found }
            }
        }
        return found
    }

    /// Words saying the date after them in their sentence is a birth: an obituary's "Page was born
    /// Betty Mae Page in Nashville, Tennessee on April 22, 1923", "ولد في ٢٢ نيسان ١٩٢٣".
    private static let birthWords = TextNormalizer.normalizedWords(["born", "ولد", "ولدت", "مواليد"])
    /// Arabic ولد is also "boy" and the "Ould" of names, ولّد "generated": a birth only before one of these.
    private static let arabicBirthVerbs = TextNormalizer.normalizedWords(["ولد", "ولدت"])
    private static let arabicBirthFollowers = TextNormalizer.normalizedWords(["في", "عام", "سنة", "بتاريخ", "يوم"])
    /// Words of a clause of its own between a birth and a later date: "Zaid, who was born in Mosul,
    /// was killed on 5 May 2013".
    private static let otherClauseWords = TextNormalizer.normalizedWords([
        "was", "were", "is", "are", "has", "had", "died", "killed", "توفي", "قتل", "استشهد",
    ])
    /// How many tokens before a date a birth word may stand.
    private static let birthReach = 12

    /// Whether the date whose first token is at `start` (`tokens.count` for one in figures after
    /// the tokens) is someone's birth, not the article's day: a birth word stands before it in its
    /// sentence, at most ``birthReach`` tokens back, with no other clause's verb between. An
    /// abbreviation's full stop before a lower-case word ("Nashville, Tenn., on April 22") and a
    /// colon after the birth word ("Born: April 22, 1923") end no sentence here.
    private static func isBirthDate(startingAt start: Int, in tokens: [Token]) -> Bool {
        var position = min(start, tokens.count)
        while position > 0 && start - position < birthReach {
            if position < tokens.count, tokens[position].startsSentence {
                let token = tokens[position]
                let lowerCaseWord = token.script == .latin && !token.isCapitalized && !token.isAllCaps
                if !lowerCaseWord && !birthWords.contains(tokens[position - 1].text) { return false }
            }
            position -= 1
            let word = tokens[position].text
            if birthWords.contains(word) {
                guard arabicBirthVerbs.contains(word) else { return true }
                // "ولد في", or one defined word between: "ولد الراحل في عام 1940".
                guard position + 1 < tokens.count else { return false }
                if arabicBirthFollowers.contains(tokens[position + 1].text) { return true }
                return tokens[position + 1].text.hasPrefix("ال") && position + 2 < tokens.count
                    && arabicBirthFollowers.contains(tokens[position + 2].text)
            }
            if otherClauseWords.contains(word) { return false }
        }
        return false
    }

    /// A four-digit year (1900–2100) within three tokens after `index`.
    private static func year(after index: Int, in tokens: [Token]) -> Int? {
        var position = index + 1
        while position < tokens.count && position <= index + 3 {
            if let year = tokens[position].writtenYear { return year }
            position += 1
        }
        return nil
    }

    /// Noon UTC of a real day, or `nil` ("February 30").
    private static func noon(year: Int, month: Int, day: Int) -> Int64? {
        guard year >= 1900, year <= 2100, month >= 1, month <= 12, day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return CivilDate.unixTime(year: year, month: month, day: day) + 43_200
    }

    /// The first date in figures that stands as a dateline, and the scalar offset it starts at:
    /// "11/27/2005", "04 / 28 / 09 07:35 PM", "2013-09-09", "2013/09/09".
    static func numeric(in raw: [Unicode.Scalar], dayFirst: Bool) -> (Int64, Int)? {
        // Digits folded to ASCII (Arabic-Indic ones included), letters lower-cased.
        let scalars = raw.map { scalar -> UInt32 in
            let value = TextNormalizer.fold(scalar)?.value ?? 0
            return value >= 0x41 && value <= 0x5A ? value + 0x20 : value
        }
        func isDigit(_ position: Int) -> Bool {
            position >= 0 && position < scalars.count && scalars[position] >= 0x30 && scalars[position] <= 0x39
        }
        func isLetter(_ position: Int) -> Bool {
            guard position >= 0 && position < scalars.count else { return false }
            let value = scalars[position]
            return (value >= 0x61 && value <= 0x7A) || value >= 0xC0
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
        /// Whether a time of day ("1: 30", "8:24am", "13:42") follows within a few characters.
        func timeFollows(_ position: Int) -> Bool {
            var index = position
            while index < scalars.count && index < position + 6 && !isDigit(index) && !isLetter(index) {
                index += 1
            }
            if index + 1 < scalars.count, scalars[index] == 0x61, scalars[index + 1] == 0x74 { index += 2 }  // "at"
            while index < scalars.count && scalars[index] == 0x20 { index += 1 }
            guard let hour = number(at: index, maxDigits: 2), hour.value <= 24 else { return false }
            var colon = hour.end
            while colon < scalars.count && scalars[colon] == 0x20 { colon += 1 }
            return colon < scalars.count && scalars[colon] == 0x3A
        }
        /// Whether a time of day ends within a few characters before `position` ("8:13 AM PDT 8/2/2013").
        func timePrecedes(_ position: Int) -> Bool {
            var index = position - 1
            while index >= 0 && position - index <= 12 {
                if scalars[index] == 0x3A {
                    var digitAfter = index + 1
                    while digitAfter < position && scalars[digitAfter] == 0x20 { digitAfter += 1 }
                    var digitBefore = index - 1
                    while digitBefore >= 0 && scalars[digitBefore] == 0x20 { digitBefore -= 1 }
                    if isDigit(digitAfter) && digitAfter < position && isDigit(digitBefore) { return true }
                }
                index -= 1
            }
            return false
        }
        /// Whether only a place set off by punctuation ("ERBIL, ", "أربيل - ") or nothing but
        /// spaces and marks comes before `position`: a place the gazetteer knows, not a label
        /// ("Analysis: 9/11/01, ten years on").
        func opensPiece(_ position: Int) -> Bool {
            var words = 0
            var wordRange = 0..<0
            var punctuatedAfterWord = false
            var index = 0
            while index < position {
                if isLetter(index) {
                    words += 1
                    if words > 1 { return false }
                    let start = index
                    while index < position && isLetter(index) { index += 1 }
                    wordRange = start..<index
                    continue
                }
                if words == 1, [0x2C, 0x3A, 0x2D, 0x2013, 0x2014, 0x7C, 0x060C].contains(scalars[index]) {
                    punctuatedAfterWord = true
                }
                index += 1
            }
            guard words == 1 else { return true }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: raw[wordRange])
            let tokens = TextNormalizer.tokens(String(word))
            return punctuatedAfterWord
                && gazetteer.matches(in: tokens).contains { !$0.id.contains(":") && $0.range == tokens.indices }
        }
        /// Whether "posted", "updated", "published", "release" or "on" ends within a few characters before.
        func announced(_ position: Int) -> Bool {
            var end = position - 1
            while end >= 0 && !isLetter(end) && position - end <= 4 { end -= 1 }
            var start = end
            while start >= 0 && isLetter(start) { start -= 1 }
            guard end > start else { return false }
            let word = Array(scalars[(start + 1)...end])
            return announcingWords.contains(word)
        }
        func date(at start: Int) -> Int64? {
            guard let first = number(at: start, maxDigits: 4) else { return nil }
            for mark: UInt32 in [0x2F, 0x2D, 0x2E] {
                guard let secondStart = separator(mark, after: first.end),
                    let second = number(at: secondStart, maxDigits: 2),
                    let thirdStart = separator(mark, after: second.end),
                    let third = number(at: thirdStart, maxDigits: 4),
                    third.end >= scalars.count
                        || (!isDigit(third.end) && !isLetter(third.end)
                            && (scalars[third.end] != mark
                                // A dotted date may end a sentence ("BERLIN, 08.07.2012. Police said").
                                || (mark == 0x2E && !isDigit(third.end + 1))))
                else { continue }
                // Where a dateline stands: first in the piece, or next to a time of day; a full year
                // may also follow "posted", "updated", … ("Updated 3 / 4 / 65 hours ago" is no date).
                let opens = opensPiece(start)
                let timed = timeFollows(third.end) || timePrecedes(start)
                guard opens || timed || (third.digits == 4 && announced(start)) else { return nil }
                if first.digits == 4 {
                    guard third.digits <= 2 else { continue }
                    return noon(year: first.value, month: second.value, day: third.value)
                }
                // Dashes between day, month and year are too rare to read either way. Dots with a
                // year of two digits are as often a version, a race time or a clock ("2.10.12",
                // "2.01.39", "14.05.30 GMT"): only a four-digit year makes them a date.
                guard mark != 0x2D, first.digits <= 2, third.digits == 4 || (third.digits == 2 && mark == 0x2F)
                else { continue }
                let year = third.digits == 4 ? third.value : (third.value < 70 ? 2000 : 1900) + third.value
                // Dots with a four-digit year are written day first wherever they are used
                // ("08.07.2012", "24. 11. 2013").
                let readsDayFirst =
                    first.value > 12 || ((dayFirst || mark == 0x2E) && second.value <= 12)
                return readsDayFirst
                    ? noon(year: year, month: second.value, day: first.value)
                    : noon(year: year, month: first.value, day: second.value)
            }
            return nil
        }
        var position = 0
        while position < scalars.count {
            // A date starts at a number that does not continue another number, a date or a word.
            guard isDigit(position), !isDigit(position - 1), !isLetter(position - 1),
                position == 0 || ![0x2F, 0x2D, 0x2E].contains(scalars[position - 1])
            else {
                position += 1
                continue
            }
            if let date = date(at: position) { return (date, position) }
            while isDigit(position) { position += 1 }
        }
        return nil
    }
}
