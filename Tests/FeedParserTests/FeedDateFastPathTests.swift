import FeedModel
import Testing

@testable import FeedParser

/// The byte-level reader of the two common date forms must agree with the general reader on
/// every input it accepts, and must accept the forms nearly every feed publishes.
@Suite struct FeedDateFastPathTests {
    /// Variations around the common forms: valid, out of range, impossible days, odd zones, case.
    static let samples: [String] = {
        var out: [String] = []
        let days = ["1", "01", "09", "28", "29", "30", "31", "32", "0", "00", "123"]
        let months = ["Jan", "Feb", "feb", "FEB", "Apr", "Jun", "Dec", "Foo", "June"]
        let years = ["2024", "2025", "1999", "0000", "25", "99999"]
        let times = ["00:00:00", "23:59:59", "23:59:60", "24:00:00", "09:30", "9:30:00", "12:60:00", "12:00:0"]
        let zones = ["GMT", "UT", "UTC", "Z", "+0000", "+0530", "-1200", "+1500", "+0060", "EST", "gmt", "+05:30", ""]
        let weekdays = ["", "Tue, ", "tue, ", "Tuesday, ", "Foo, ", "Tue "]
        for w in weekdays {
            for d in days {
                for m in months {
                    for y in years { out.append("\(w)\(d) \(m) \(y) 10:00:00 GMT") }
                }
            }
        }
        for t in times {
            for z in zones { out.append("Tue, 29 Feb 2024 \(t) \(z)") }
        }
        let isoDates = [
            "2024-02-29", "2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-12-31", "0000-01-01",
        ]
        let isoTimes = [
            "T00:00:00", "T23:59:59", "T23:59:60", "T24:00:00", "t10:00:00", " 10:00:00", "T10:00", "T10:00:00.5",
            "T10:00:00.123456", "T10:00:00.", "T10:00:00,5",
        ]
        let isoZones = ["Z", "z", "+00:00", "+05:30", "-12:00", "+15:00", "+05:60", "+0530", "+05", " Z", "", "EST"]
        for d in isoDates {
            for t in isoTimes {
                for z in isoZones { out.append("\(d)\(t)\(z)") }
            }
        }
        out += [
            "  Tue, 21 Jan 2025 09:30:00 GMT  ", "\tTue, 21 Jan 2025 09:30:00 GMT\n", "Tue, 21 Jan 2025 09:30:00 GMT x",
            "2025-01-21T09:30:00Z trailing", "Tue,  21 Jan 2025 09:30:00 GMT",
        ]
        return out
    }()

    @Test func fastPathAgreesWithTheGeneralReader() {
        var accepted = 0
        for text in Self.samples {
            guard let fast = FeedDate.parseCommonForm(text) else { continue }
            accepted += 1
            #expect(fast == FeedDate.parseGeneral(text), "\(text)")
        }
        // Many samples are of the common shapes; if none were taken the fast path would be dead code.
        #expect(accepted > 400)
    }

    @Test(arguments: [
        "Tue, 21 Jan 2025 09:30:00 GMT", "21 Jan 2025 09:30 +0300", "2025-01-21T09:30:00Z",
        "2025-01-21T09:30:00.250-05:00",
    ])
    func commonFormsTakeTheFastPath(_ text: String) {
        #expect(FeedDate.parseCommonForm(text) != nil)
        #expect(FeedDate.parseCommonForm(text) == FeedDate.parseGeneral(text))
    }
}
