import FeedModel
import FeedParser
import Testing

/// Dates in the shapes feeds publish them.
@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Tue, 21 Jan 2025 09:30:00 +0300", "2025-01-21T06:30:00Z"),
        ("21 Jan 25 09:30 EST", "2025-01-21T14:30:00Z"),
        ("Tue, 21 Jan 2025 09:30:00 UT", "2025-01-21T09:30:00Z"),
        ("Tue, 21 January 2025 09:30:00 Z", "2025-01-21T09:30:00Z"),
        ("2025-01-21T09:30:00.123+03:00", "2025-01-21T06:30:00Z"),
        ("2025-01-21", "2025-01-21T00:00:00Z"),
        ("2025-01", "2025-01-01T00:00:00Z"),
        ("Tue Jan 21 09:30:00 2025", "2025-01-21T09:30:00Z"),
        ("Tue, 21 Jan 2025 09:30:00 -0400 (EDT)", "2025-01-21T13:30:00Z"),
        ("January 21, 2025", "2025-01-21T00:00:00Z"),
        // Nested comments with a quoted pair, a comment between two tokens, line breaks inside.
        ("Thu, 09 (nested (comment) Mar)Feb(escaped comment\\) 2005) 2006()23:59:45 +0000", "2006-02-09T23:59:45Z"),
        ("\n Thu,\n 09 Feb 2006\n 23:59:45 +0000\n", "2006-02-09T23:59:45Z"),
    ])
    func readsCommonShapes(_ text: String, _ expected: String) {
        #expect(FeedDate.parse(text)?.rfc3339 == expected)
    }

    @Test(arguments: ["", "now", "yesterday", "2025-13-01", "Sat, 31 Jun 2006 23:08:26 +1000", "31/31/2025"])
    func unreadableDatesAreUnknownNotNow(_ text: String) {
        #expect(FeedDate.parse(text) == nil)
    }
}
