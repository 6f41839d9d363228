import FeedModel
import FeedStore
import Testing

extension SQLiteFeedStoreTests {
    /// The clustering pass reads articles a page at a time; the pages must add up to exactly the
    /// articles of the span, in time order, also when many share one time or have none.
    @Test func clusteringPagesCoverTheSpanInTimeOrder() throws {
        let store = try SQLiteFeedStore.inMemory()
        let feed = try #require(
            try store.syncSubscriptions([FeedSubscription(url: "https://e.org/f", name: "E")]).first)
        // 23 articles: runs that share a time, some undated (they take the poll's time, 5_000).
        let times: [Int64?] = (0..<23).map { (i: Int) -> Int64? in
            if i % 5 == 0 { return nil }
            return Int64(1_000 + (i / 3) * 100)
        }
        let entries = times.enumerated().map { i, t in Self.entry("e\(i)", title: "T\(i)", published: t) }
        _ = try store.recordPoll(feedID: feed.feedID, PollRecord(at: Timestamp(seconds: 5_000), entries: entries))
        let since = Timestamp(seconds: 1_200)
        let whole = try store.articlesForClustering(since: since)
        #expect(whole.count == times.filter { ($0 ?? 5_000) >= 1_200 }.count)
        for limit in [1, 2, 4, 7] {
            var paged: [StoredArticle] = []
            var last: StoredArticle?
            repeat {
                let page = try store.articlesForClustering(since: since, after: last, rowIDAbove: 0, limit: limit)
                #expect(page.count <= limit)
                paged += page
                last = page.count == limit ? page.last : nil
            } while last != nil
            #expect(paged.map(\.rowID) == whole.map(\.rowID), "limit \(limit)")
        }
        // Only the newer rows, still in time order.
        let cut = whole.map(\.rowID).sorted()[whole.count / 2]
        let newer = try store.articlesForClustering(since: since, after: nil, rowIDAbove: cut, limit: 100)
        #expect(newer.map(\.rowID) == whole.map(\.rowID).filter { $0 > cut })
        #expect(try store.maxArticleRowID() == whole.map(\.rowID).max())
        let keys = whole.map { (($0.published ?? $0.firstSeen).seconds, $0.rowID) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    }

    /// A cycle's feeds are polled at once and stored as each poll finishes: articles of one time
    /// reach the clustering pass in the order of their feeds and of their places in them, whichever
    /// feed's poll was stored first, so that the stories do not depend on the network's timing.
    @Test func articlesOfOneTimeComeInFeedOrderWhicheverPollWasStoredFirst() throws {
        func order(storingFirst first: Int) throws -> [String] {
            let store = try SQLiteFeedStore.inMemory()
            let feeds = try store.syncSubscriptions([
                FeedSubscription(url: "https://a.org/f", name: "A"), FeedSubscription(url: "https://b.org/f", name: "B"),
            ])
            let entries = [
                [Self.entry("a1", title: "A1", published: 1_000), Self.entry("a2", title: "A2", published: 2_000)],
                [Self.entry("b1", title: "B1", published: 1_000), Self.entry("b2", title: "B2", published: 1_500)],
            ]
            for index in [first, 1 - first] {
                _ = try store.recordPoll(
                    feedID: feeds[index].feedID, PollRecord(at: Timestamp(seconds: 5_000), entries: entries[index]))
            }
            var titles: [String] = []
            var last: StoredArticle?
            repeat {
                let page = try store.articlesForClustering(since: Timestamp(seconds: 0), after: last, rowIDAbove: 0, limit: 1)
                titles += page.map(\.title)
                last = page.last
            } while last != nil
            return titles
        }
        #expect(try order(storingFirst: 0) == ["A1", "B1", "B2", "A2"])
        #expect(try order(storingFirst: 1) == ["A1", "B1", "B2", "A2"])
    }
}

extension SQLiteFeedStoreTests {
    /// Fingerprints are stored with each entry and read back per feed; an entry stored unchanged
    /// but without one gets it on the next poll.
    @Test func entryFingerprintsAreStoredAndReadBackPerFeed() throws {
        let store = try SQLiteFeedStore.inMemory()
        let feeds = try store.syncSubscriptions([
            FeedSubscription(url: "https://a.org/f", name: "A"), FeedSubscription(url: "https://b.org/f", name: "B"),
        ])
        var a = Self.entry("a", title: "A")
        a.fingerprint = "fa"
        var b = Self.entry("b", title: "B")
        b.fingerprint = nil
        _ = try store.recordPoll(feedID: feeds[0].feedID, PollRecord(at: Timestamp(seconds: 1), entries: [a, b]))
        #expect(try store.entryFingerprints(feedID: feeds[0].feedID) == ["a": "fa"])
        #expect(try store.entryFingerprints(feedID: feeds[1].feedID).isEmpty)
        b.fingerprint = "fb"
        let counts = try store.recordPoll(feedID: feeds[0].feedID, PollRecord(at: Timestamp(seconds: 2), entries: [b]))
        #expect(counts == IngestCounts(unchanged: 1))
        #expect(try store.entryFingerprints(feedID: feeds[0].feedID) == ["a": "fa", "b": "fb"])
        var skipped = PollRecord(at: Timestamp(seconds: 3), entries: [])
        skipped.unchangedEntries = 2
        #expect(try store.recordPoll(feedID: feeds[0].feedID, skipped) == IngestCounts(unchanged: 2))
    }
}
