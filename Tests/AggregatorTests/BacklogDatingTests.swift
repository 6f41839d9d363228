import FeedModel
import FeedStore
import FeedTestSupport
import Foundation
import Testing

@testable import Aggregator

/// An undated entry of a feed's first poll is clustered at its neighbours' time; one that appears
/// in a later poll at the time it was first seen.
@Suite struct BacklogDatingTests {
    static let day: Int64 = 86_400

    @Test func anUndatedEntryTakesItsNearestDatedNeighboursTime() {
        let seen = Timestamp(seconds: 1_800_000_000)
        func entry(_ id: String, _ published: Int64?) -> ParsedEntry {
            ParsedEntry(id: id, title: id, published: published.map(Timestamp.init(seconds:)))
        }
        let entries = [
            entry("first-undated", nil), entry("a", 1_700_000_000), entry("between", nil), entry("b", 1_699_990_000),
            entry("c", 1_699_980_000), entry("two-below", nil), entry("later-still", nil), entry("d", 1_699_000_000),
        ]
        let estimates = BacklogDating.estimates(entries, seenAt: seen)
        #expect(estimates["first-undated"] == Timestamp(seconds: 1_700_000_000), "no entry above: the one below")
        #expect(estimates["between"] == Timestamp(seconds: 1_700_000_000), "as near above as below: the one above")
        #expect(estimates["two-below"] == Timestamp(seconds: 1_699_980_000))
        #expect(estimates["later-still"] == Timestamp(seconds: 1_699_000_000))
        #expect(estimates["a"] == nil, "dated entries keep their date")
        // Never later than when it was seen; nothing to estimate from in a feed without dates.
        #expect(BacklogDating.estimates([entry("x", nil), entry("y", 1_900_000_000)], seenAt: seen)["x"] == seen)
        // Nor earlier than the retention cutoff: no kept article is older.
        let cutoff = Timestamp(seconds: 1_699_995_000)
        #expect(BacklogDating.estimates(entries, seenAt: seen, notBefore: cutoff)["two-below"] == cutoff)
        #expect(BacklogDating.estimates([entry("x", nil), entry("y", nil)], seenAt: seen).isEmpty)
    }

    /// Two outlets' backlogs cover one flood of a past week; the second outlet's report has no date.
    /// Dated when first seen (today), it could never join the flood; dated by its neighbours, it does,
    /// though the same pass also clusters an article of today (the clustering clock has moved on).
    /// A report without a date in a later poll is placed at the time it was seen.
    @Test func anUndatedReportInAFeedsBacklogJoinsItsEventButALaterOneIsPlacedWhenSeen() async throws {
        let base = Int64(Date().timeIntervalSince1970) - 60 * Self.day
        func item(_ id: String, _ title: String, _ text: String, _ time: Int64?) -> String {
            "<item><guid>\(id)</guid><title>\(title)</title><description>\(text)</description>"
                + (time.map {
                    "<pubDate>\(LiveClusteringTests.rfc822(Date(timeIntervalSince1970: TimeInterval($0))))</pubDate>"
                } ?? "")
                + "</item>"
        }
        func rss(_ items: [String]) -> String {
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>" + items.joined()
                + "</channel></rss>"
        }
        let wire = rss([
            item(
                "w1", "Child dies as floods hit Zakho",
                "A child died and 300 homes were flooded in Zakho on Tuesday after the Khabur river burst its banks, the civil defence said.",
                base),
            item(
                "w2", "Sulaimani club wins the cup final", "Sulaimani won the cup final 2-1 in front of 12,000 fans.",
                Int64(Date().timeIntervalSince1970) - 7_200),
        ])
        let localItems = [
            item(
                "l1", "Duhok university opens a library", "The University of Duhok opened a library of 40,000 volumes.",
                base + 3_600),
            item(
                "l2", "Zakho floods: child dies, 300 homes flooded",
                "Civil defence teams in Zakho said the Khabur river overflowed and flooded 300 houses; a boy drowned.",
                nil
            ),
            item(
                "l3", "Erbil airport adds flights to Istanbul",
                "Erbil International Airport added four weekly flights.", base - 3_600),
        ]
        let returning = item(
            "l4", "Floods in Zakho: families return home",
            "Families whose homes in Zakho were flooded by the Khabur river began to return home.", nil)
        let (firstPoll, secondPoll) = (rss(localItems), rss([returning] + localItems))
        let polls = Counter()
        let server = try LoopbackHTTPServer { request in
            if request.path == "/wire" { return .ok(body: wire) }
            return .ok(body: polls.next() == 0 ? firstPoll : secondPoll)
        }
        defer { server.stop() }
        let h = try PollingTests.Harness(config: "host_delay = 0s\n\(server.url("/wire"))\n\(server.url("/local"))")
        try await h.pollAll()
        let stories = try h.store.stories(limit: nil, since: nil)
        let floods = try #require(
            stories.first { $0.articles.contains { $0.title == "Child dies as floods hit Zakho" } })
        #expect(
            Set(floods.articles.map(\.title)) == [
                "Child dies as floods hit Zakho", "Zakho floods: child dies, 300 homes flooded",
            ])
        let undated = try #require(floods.articles.first { $0.title.hasPrefix("Zakho floods") })
        #expect(undated.published == nil, "the estimate is for clustering only")

        try await h.pollAll()
        let after = try h.store.stories(limit: nil, since: nil)
        let returnStory = try #require(
            after.first { $0.articles.contains { $0.title == "Floods in Zakho: families return home" } })
        #expect(returnStory.articles.count == 1, "seen two months after the flood, it is not of that week")
    }
}
