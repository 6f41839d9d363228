import Aggregator
import FeedConfig
import FeedFetcher
import FeedModel
import FeedParser
import FeedStore
import FeedTestSupport
import Foundation
import Logging
import Synchronization
import Testing

/// A store that lets another writer (as `tidings add` does, from its own process) store
/// articles once, while the clustering pass reads its first page.
final class MidPassWriterStore: FeedStoring {
    let base: SQLiteFeedStore
    private let pending = Mutex<(@Sendable (SQLiteFeedStore) throws -> Void)?>(nil)

    init(base: SQLiteFeedStore) { self.base = base }

    /// Runs `write` against the base store during the next clustering read.
    func writeDuringNextPass(_ write: @escaping @Sendable (SQLiteFeedStore) throws -> Void) {
        pending.withLock { $0 = write }
    }

    func articlesForClustering(since: Timestamp, after last: StoredArticle?, rowIDAbove: Int64, limit: Int) throws
        -> [StoredArticle]
    {
        let page = try base.articlesForClustering(since: since, after: last, rowIDAbove: rowIDAbove, limit: limit)
        if let write = pending.withLock({ value in
            defer { value = nil }; return value
        }) {
            try write(base)
        }
        return page
    }

    func syncSubscriptions(_ subscriptions: [FeedSubscription]) throws -> [FeedPollState] {
        try base.syncSubscriptions(subscriptions)
    }
    func recordPoll(feedID: Int64, _ record: PollRecord) throws -> IngestCounts {
        try base.recordPoll(feedID: feedID, record)
    }
    func entryFingerprints(feedID: Int64) throws -> [String: String] { try base.entryFingerprints(feedID: feedID) }
    func maxArticleRowID() throws -> Int64 { try base.maxArticleRowID() }
    func clusteringDirtySince() throws -> Timestamp? { try base.clusteringDirtySince() }
    func markClustered() throws { try base.markClustered() }
    func newestArticleTime() throws -> Timestamp? { try base.newestArticleTime() }
    func replaceStories(_ memberships: [StoryMembership]) throws { try base.replaceStories(memberships) }
    func removeArticles(olderThan cutoff: Timestamp) throws -> Int { try base.removeArticles(olderThan: cutoff) }
    func storyCount() throws -> Int { try base.storyCount() }
    func stories(limit: Int?, since: Timestamp?) throws -> [StoryView] { try base.stories(limit: limit, since: since) }
    func story(id: Int64) throws -> StoryView? { try base.story(id: id) }
    func feedStatuses() throws -> [FeedStatus] { try base.feedStatuses() }
    func stories(matching filter: StoryFilter) throws -> [StoryView] { try base.stories(matching: filter) }
    func search(_ query: String, limit: Int) throws -> [StorySearchHit] { try base.search(query, limit: limit) }
}

@Suite struct MidPassWriterTests {
    static func rss(_ items: [(guid: String, title: String, date: String)]) -> String {
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
            + items.map {
                "<item><guid>\($0.guid)</guid><title>\($0.title)</title><pubDate>\($0.date)</pubDate></item>"
            }
            .joined() + "</channel></rss>"
    }

    /// Articles another process stores during a clustering pass, dated before the pages the pass
    /// has read, are still clustered: the pass keeps the dirty mark and the next one rebuilds.
    @Test func articlesStoredDuringAPassAreClusteredByTheNext() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/a.xml": .ok(
                body: Self.rss([
                    ("a1", "Harbour cranes topple in storm at the eastern docks", "Tue, 14 Oct 2025 12:00:00 GMT"),
                    ("a2", "Parliament passes the annual budget after long debate", "Tue, 14 Oct 2025 13:00:00 GMT"),
                ]))
        ])
        defer { server.stop() }
        let store = MidPassWriterStore(base: try SQLiteFeedStore.inMemory())
        let config = try FeedsFile.parse(
            "host_delay = 0s\n\(server.url("/a.xml"))\nhttp://127.0.0.1:9/b.xml", source: "t")
        let aggregator = Aggregator(
            store: store, fetcher: CurlFeedFetcher(), config: config, logger: Logger(label: "test"))
        let feeds = try aggregator.syncFeeds()
        let a = try #require(feeds.first { $0.url.hasSuffix("/a.xml") })
        let b = try #require(feeds.first { $0.url.hasSuffix("/b.xml") })
        let earlier = try FeedParser().parse(
            Array(
                Self.rss([
                    ("b1", "Harbour cranes topple in storm at the eastern docks", "Tue, 14 Oct 2025 11:00:00 GMT")
                ]).utf8))
        let bID = b.feedID
        store.writeDuringNextPass { base in
            _ = try base.recordPoll(
                feedID: bID, PollRecord(at: Aggregator.now(), httpStatus: 200, entries: earlier.entries))
        }

        let report = await aggregator.refresh([a])
        #expect(report.feeds.first?.counts.inserted == 2)
        #expect(try store.maxArticleRowID() == 3, "the mid-pass write did not happen")
        try aggregator.recluster()
        let stories = try store.stories(limit: nil, since: nil)
        // Stored articles always have a story; the one stored mid-pass, the same report from
        // another outlet, must have joined the harbour story rather than stay on its own.
        #expect(stories.count == 2, "stories: \(stories.map(\.title))")
    }
}
