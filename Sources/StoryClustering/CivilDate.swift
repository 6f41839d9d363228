/// Proleptic Gregorian calendar arithmetic on unix seconds (Howard Hinnant's algorithms).
enum CivilDate {
    /// Unix seconds at midnight UTC of the given day.
    static func unixTime(year: Int, month: Int, day: Int) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Int64(era * 146_097 + dayOfEra - 719_468) * 86_400
    }

    /// The year (UTC) of the given unix seconds.
    static func year(of time: Int64) -> Int { yearAndMonth(of: time).year }

    /// The year and the month (1–12, UTC) of the given unix seconds.
    static func yearAndMonth(of time: Int64) -> (year: Int, month: Int) {
        let days = Int(time >= 0 ? time / 86_400 : (time - 86_399) / 86_400) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        return (yearOfEra + era * 400 + (monthIndex >= 10 ? 1 : 0), monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
    }
}
