import FeedModel
import FeedParser
import Foundation
import Testing

/// Runs ``FeedDate`` over the date tables of ../shared/feedsuite (feedparser's and feedvalidator's).
@Suite struct DateTableTests {
    private struct FeedparserTable: Decodable {
        struct Row: Decodable {
            var parser: String
            var input: String
            var expected: String?
        }

        var rows: [Row]
    }

    private struct ValidatorTable: Decodable {
        struct Row: Decodable {
            var input: String
            var format: String
            var valid: Bool
        }

        var rows: [Row]
    }

    /// `2004-07-11T17:00:00Z` (or `99-12-31T…`, a year with fewer digits) as a timestamp.
    private static func instant(_ text: String) -> Timestamp? {
        let fields = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard fields.count == 6 else { return nil }
        return Timestamp(
            year: fields[0], month: fields[1], day: fields[2], hour: fields[3], minute: fields[4], second: fields[5])
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: SharedCorpus.feedparserDates), "../shared is absent: skipped"))
    func feedparserTable() throws {
        let data = try #require(FileManager.default.contents(atPath: SharedCorpus.feedparserDates))
        let table = try JSONDecoder().decode(FeedparserTable.self, from: data)
        var misses: [String] = []
        for row in table.rows {
            let got = FeedDate.parse(row.input)
            let want = row.expected.flatMap(Self.instant)
            if got != want {
                misses.append("\(row.parser) \(row.input.debugDescription): got \(got?.rfc3339 ?? "nil")")
            }
        }
        let right = table.rows.count - misses.count
        #expect(Double(right) >= 0.95 * Double(table.rows.count), "wrong: \(misses)")
        print("feedparser dates: \(right)/\(table.rows.count) right; wrong: \(misses)")
    }

    /// Whether an ISO 8601 or RFC 822 date names fields out of range (month 13, June 31, 25 o'clock, …).
    private static func namesImpossibleFields(_ text: String) -> Bool {
        let fields = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        var year = 0
        var month = 0
        var day = 0
        var clock: [Int] = []
        if let first = fields.first, first > 9999 { return false }  // `20021231T…`: compact, not checked
        if let first = fields.first, first > 999, fields.count >= 3 {
            (year, month, day) = (first, fields[1], fields[2])
            clock = Array(fields.dropFirst(3).prefix(3))
        } else if let name = months.firstIndex(where: { text.lowercased().contains(" \($0) ") }), fields.count >= 2 {
            (day, month, year) = (fields[0], name + 1, fields[1])
            clock = Array(fields.dropFirst(2).prefix(3))
        } else {
            return !text.contains(where: \.isNumber)
        }
        if !(1...12).contains(month) || Timestamp(year: year, month: month, day: day) == nil { return true }
        if clock.contains(where: { $0 > 99 }) { return false }  // `192030`: a compact clock, not checked
        if clock.count >= 1, clock[0] > 23 { return true }
        return clock.dropFirst().contains { $0 > 59 }
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: SharedCorpus.feedvalidatorDates), "../shared is absent: skipped")
    )
    func feedvalidatorTable() throws {
        let data = try #require(FileManager.default.contents(atPath: SharedCorpus.feedvalidatorDates))
        let table = try JSONDecoder().decode(ValidatorTable.self, from: data)
        var misses: [String] = []
        for row in table.rows {
            let got = FeedDate.parse(row.input)
            // Valid dates must be read. Invalid ones are only wrong to accept when they name an
            // impossible date or none at all: a lenient reader may accept `2003-07-01 01:55:07-05:00`.
            let right = row.valid ? got != nil : (got == nil || !Self.namesImpossibleFields(row.input))
            if !right {
                misses.append("\(row.input.debugDescription) valid=\(row.valid): got \(got?.rfc3339 ?? "nil")")
            }
        }
        let right = table.rows.count - misses.count
        #expect(Double(right) >= 0.95 * Double(table.rows.count), "wrong: \(misses)")
        print("feedvalidator dates: \(right)/\(table.rows.count) right; wrong: \(misses)")
    }
}
