/// The weekday an English headline dates its happening by: "Two suspects arrested over Monday's
/// pipeline bombing", "Death toll from Tuesday's road crash rises to five".
///
/// A report of what followed names the happening it follows by its day when that day is within the
/// week; a story of its kind that began on another day is another happening ("…detains two suspects
/// over Tuesday's patrol bombing" is not of Friday's bombing, whose reports recall Tuesday's).
enum HappeningWeekday {
    /// Weekday names in the order of `weekday(ofDay:)`: Sunday is 0.
    private static let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// The weekday (Sunday 0 … Saturday 6) of the first "<weekday>'s" in an English title, or `nil`.
    /// Not one to come or one of every week: "at Sunday's hearing", "before Friday's prayers", "ahead
    /// of Tuesday's vote".
    static func possessive(in title: String, language: String) -> Int8? {
        guard language == "en" else { return nil }
        // Words of letters and apostrophes: "Tuesday’s" is one, "yesterday's" another.
        let words = title.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }
        for (position, word) in words.enumerated() where word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") {
            guard let index = names.firstIndex(of: String(word.dropLast(2))) else { continue }
            let before = position > 0 ? String(words[position - 1]) : ""
            if ahead.contains(before) || before == "of" && position > 1 && words[position - 2] == "ahead" { continue }
            return Int8(index)
        }
        return nil
    }

    /// Words before a weekday that point to a day to come or to every week's.
    private static let ahead: Set<String> = ["at", "before", "until", "till", "for", "on", "by", "next", "this"]

    /// The start (unix seconds, UTC) of the day a report published at `published` dates its
    /// happening to by `weekday`: the latest such weekday on or before the day it was published. A
    /// weekday one day after the publication's UTC day, in its last four hours, is the outlet's own
    /// today (the region runs ahead of UTC), not six days back.
    static func happeningDay(_ weekday: Int8?, published: Int64?) -> Int64? {
        guard let weekday, let published else { return nil }
        let day = published.floorDivided(by: daySeconds)
        var back = (Int64(Self.weekday(ofDay: day)) - Int64(weekday) + 7) % 7
        if back == 6, published - day * daySeconds >= daySeconds - 4 * 3600 { back = -1 }
        return (day - back) * daySeconds
    }

    /// Whether a story whose first report came at `storyStart` cannot be of a happening dated to the
    /// day starting at `happeningDay`: the story began more than a day before that day, or two days
    /// or more after that day began (a first report may come the next morning, and days are counted
    /// in UTC whatever the outlet's zone).
    static func datesApart(happeningDay: Int64?, storyStart: Int64?) -> Bool {
        guard let happeningDay, let storyStart else { return false }
        return storyStart < happeningDay - daySeconds || storyStart >= happeningDay + 2 * daySeconds
    }

    private static let daySeconds: Int64 = 86_400

    /// The weekday (Sunday 0) of a day counted from 1970-01-01, a Thursday.
    private static func weekday(ofDay day: Int64) -> Int8 {
        Int8(((day + 4) % 7 + 7) % 7)
    }
}

extension Int64 {
    /// Division rounding toward negative infinity (days before 1970 stay whole days).
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
