import Foundation
import Testing

@testable import StoryClustering

/// The calendar arithmetic that dates datelines and reads a headline's past year or month
/// ("Erbil road deaths fell 9 percent in 2029"), checked against Foundation's Gregorian calendar.
@Suite struct CivilDateTests {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// Foundation's year and month of `time`.
    private static func expected(_ time: Int64) -> (Int, Int) {
        let parts = calendar.dateComponents([.year, .month], from: Date(timeIntervalSince1970: TimeInterval(time)))
        return (parts.year ?? 0, parts.month ?? 0)
    }

    @Test func everyDayFrom1899To2101HasFoundationsYearAndMonth() {
        var time = CivilDate.unixTime(year: 1899, month: 12, day: 31)
        let end = CivilDate.unixTime(year: 2101, month: 1, day: 2)
        var checked = 0
        while time < end {
            // The first and the last second of the day, and noon.
            for second in [time, time + 43_200, time + 86_399] {
                let (year, month) = Self.expected(second)
                let found = CivilDate.yearAndMonth(of: second)
                #expect(found.year == year && found.month == month, "\(second)")
                if found.year != year || found.month != month { return }
            }
            time += 86_400
            checked += 1
        }
        #expect(checked > 73_000)
    }

    @Test func unixTimeIsMidnightOfTheDayFoundationGives() {
        for (year, month, day) in [(1900, 3, 1), (1969, 12, 31), (1970, 1, 1), (2000, 2, 29), (2024, 2, 29), (2030, 12, 31)] {
            let components = DateComponents(year: year, month: month, day: day)
            let date = Self.calendar.date(from: components)
            #expect(date.map { Int64($0.timeIntervalSince1970) } == CivilDate.unixTime(year: year, month: month, day: day))
        }
    }
}
