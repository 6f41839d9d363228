import FeedModel
import FeedStore
import Foundation
import Testing

@Suite struct SQLiteFeedStoreTests {
    static func entry(_ id: String, title: String, text: String = "body", published: Int64? = 1_700_000_000)
        -> ParsedEntry
    {
        ParsedEntry(
            id: id, title: title, link: "https://example.org/\(id)?utm_source=rss#top", text: text,
            published: published.map(Timestamp.init(seconds:)))
    }

    @Test func rePollingNeverDuplicatesAndUpdatesChangedItemsInPlace() throws {
        let store = try SQLiteFeedStore.inMemory()
        let feeds = try store.syncSubscriptions([FeedSubscription(url: "https://example.org/feed", name: "Example")])
        let feed = try #require(feeds.first)
        let first = try store.recordPoll(
            feedID: feed.feedID,
            PollRecord(
                at: Timestamp(seconds: 100), httpStatus: 200,
                entries: [Self.entry("a", title: "A"), Self.entry("b", title: "B")]))
        #expect(first == IngestCounts(inserted: 2))

        // Same ids again, one with corrected text, one dropped out of the window, one new.
        let second = try store.recordPoll(
            feedID: feed.feedID,
            PollRecord(
                at: Timestamp(seconds: 200), httpStatus: 200,
                entries: [Self.entry("a", title: "A (corrected)", text: "two dead"), Self.entry("c", title: "C")]))
        #expect(second == IngestCounts(inserted: 1, updated: 1))

        let articles = try store.articlesForClustering()
        #expect(articles.count == 3, "the dropped item must be kept")
        let a = try #require(articles.first { $0.title.hasPrefix("A") })
        #expect(a.title == "A (corrected)")
        #expect(a.text == "two dead")
        #expect(a.firstSeen == Timestamp(seconds: 100), "first seen must not move on update")
        #expect(a.canonicalLink == "https://example.org/a")
    }

    @Test func validatorsAndErrorsArePersistedPerFeed() throws {
        let store = try SQLiteFeedStore.inMemory()
        let feed = try #require(
            try store.syncSubscriptions([FeedSubscription(url: "https://e.org/f", name: "E")]).first)
        _ = try store.recordPoll(
            feedID: feed.feedID,
            PollRecord(
                at: Timestamp(seconds: 10), httpStatus: 200,
                validators: HTTPValidators(etag: "W/\"abc\"", lastModified: "Tue, 14 Oct 2025 09:12:00 GMT"),
                nextPoll: Timestamp(seconds: 1810), nextPollReason: "interval"))
        _ = try store.recordPoll(
            feedID: feed.feedID, PollRecord(at: Timestamp(seconds: 20), httpStatus: 503, error: "HTTP 503"))
        let state = try #require(
            try store.syncSubscriptions([FeedSubscription(url: "https://e.org/f", name: "E")]).first)
        #expect(state.validators == HTTPValidators(etag: "W/\"abc\"", lastModified: "Tue, 14 Oct 2025 09:12:00 GMT"))
        #expect(state.errorCount == 1)
        let status = try #require(try store.feedStatuses().first)
        #expect(status.lastStatus == 503)
        #expect(status.lastError == "HTTP 503")
    }

    @Test func feedsRemovedFromTheConfigKeepTheirArticles() throws {
        let store = try SQLiteFeedStore.inMemory()
        let feeds = try store.syncSubscriptions([
            FeedSubscription(url: "https://a.org/f", name: "A"), FeedSubscription(url: "https://b.org/f", name: "B"),
        ])
        _ = try store.recordPoll(
            feedID: feeds[1].feedID, PollRecord(at: Timestamp(seconds: 1), entries: [Self.entry("x", title: "X")]))
        let remaining = try store.syncSubscriptions([FeedSubscription(url: "https://a.org/f", name: "A")])
        #expect(remaining.map(\.url) == ["https://a.org/f"])
        #expect(try store.articlesForClustering().count == 1)
        let statuses = try store.feedStatuses()
        #expect(statuses.first { $0.url == "https://b.org/f" }?.configured == false)
    }

    @Test func storiesListEveryArticleOnceNewestFirst() throws {
        let store = try SQLiteFeedStore.inMemory()
        let feeds = try store.syncSubscriptions([
            FeedSubscription(url: "https://a.org/f", name: "A"), FeedSubscription(url: "https://b.org/f", name: "B"),
        ])
        _ = try store.recordPoll(
            feedID: feeds[0].feedID,
            PollRecord(
                at: Timestamp(seconds: 1),
                entries: [Self.entry("1", title: "Old", published: 100), Self.entry("2", title: "New", published: 500)])
        )
        _ = try store.recordPoll(
            feedID: feeds[1].feedID,
            PollRecord(at: Timestamp(seconds: 1), entries: [Self.entry("3", title: "New too", published: 600)]))
        let ids = try store.articlesForClustering().map(\.rowID)
        try store.replaceStories([
            StoryMembership(articleID: ids[0], storyID: ids[0]),
            StoryMembership(articleID: ids[1], storyID: ids[1]),
            StoryMembership(articleID: ids[2], storyID: ids[1], similarity: 0.5, sharedTerms: ["new"]),
        ])
        let stories = try store.stories(limit: nil, since: nil)
        #expect(stories.map(\.title) == ["New", "Old"])
        #expect(stories[0].outlets == ["A", "B"])
        #expect(stories[0].articles.count == 2)
        #expect(stories[0].articles[1].sharedTerms == ["new"])
        #expect(try store.stories(limit: nil, since: Timestamp(seconds: 400)).count == 1)
    }

    @Test func readOnlyOpeningGivesClearMessages() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("t.db").path
        #expect(throws: StoreError.self) { try SQLiteFeedStore(readOnlyPath: path) }
        do {
            _ = try SQLiteFeedStore(readOnlyPath: path)
        } catch {
            #expect(error.code == .missing)
            #expect(error.message.contains("tidings run --once"))
        }
        // A database written by the daemon reads fine, even while the writer is open (WAL).
        let writer = try SQLiteFeedStore(path: path)
        _ = try writer.syncSubscriptions([FeedSubscription(url: "https://a.org/f", name: "A")])
        let reader = try SQLiteFeedStore(readOnlyPath: path)
        #expect(try reader.feedStatuses().count == 1)
        // A file that is not a Tidings database.
        let other = dir.appendingPathComponent("other.db").path
        try Data("not sqlite at all, just text".utf8).write(to: URL(fileURLWithPath: other))
        #expect(throws: StoreError.self) { try SQLiteFeedStore(readOnlyPath: other) }
    }
}
