@testable import StoryClustering

extension CivilDate {
    /// Noon UTC of the day, in unix seconds: the time a dateline gives, and a test's report of that day.
    static func noon(_ year: Int, _ month: Int, _ day: Int) -> Int64 {
        unixTime(year: year, month: month, day: day) + 43_200
    }
}
