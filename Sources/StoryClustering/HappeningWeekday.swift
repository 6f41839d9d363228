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
    static func possessive(in title: String, language: String) -> Int8? {
        guard language == "en" else { return nil }
        // Words of letters and apostrophes: "Tuesday’s" is one, "yesterday's" another.
        let words = title.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }
        for word in words where word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") {
            if let index = names.firstIndex(of: String(word.dropLast(2))) { return Int8(index) }
        }
        return nil
    }

    /// Whether a story whose first report came at `storyStart` cannot be of the happening a report
    /// published at `published` dates to the latest `weekday` on or before its day: the story began more
    /// than a day before that day, or two days or more after it began (a first report may come the
    /// next morning, and days are counted in UTC whatever the outlet's zone).
    static func datesApart(_ weekday: Int8?, published: Int64?, storyStart: Int64?) -> Bool {
        guard let weekday, let published, let storyStart else { return false }
        let day = published.floorDivided(by: daySeconds)
        let back = (Int64(Self.weekday(ofDay: day)) - Int64(weekday) + 7) % 7
        let happening = (day - back) * daySeconds
        return storyStart < happening - daySeconds || storyStart >= happening + 2 * daySeconds
    }

    private static let daySeconds: Int64 = 86_400

    /// The weekday (Sunday 0) of a day counted from 1970-01-01, a Thursday.
    private static func weekday(ofDay day: Int64) -> Int8 {
        Int8(((day + 4) % 7 + 7) % 7)
    }
}

extension Int64 {
    /// Division rounding toward negative infinity (days before 1970 stay whole days).
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
