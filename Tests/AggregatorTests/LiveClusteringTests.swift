import FeedModel
import FeedStore
import FeedTestSupport
import Foundation
import StoryClustering
import Testing

@testable import Aggregator

/// A running daemon clusters only the articles that arrived since its last pass, and ends up with
/// the stories a full pass over everything would give.
@Suite struct LiveClusteringTests {
    /// Items in publication order: two events covered several times, and unrelated ones.
    static let items: [(title: String, text: String)] = [
        ("Floods displace 2,000 families in Erbil",
         "Heavy flooding in Erbil displaced 2,000 families on Monday, the Erbil governor said, as the Greater Zab river burst its banks."),
        ("Kirkuk oil exports resume through Ceyhan pipeline",
         "Oil exports from Kirkuk resumed through the Ceyhan pipeline on Monday after a six-month halt, the oil ministry said."),
        ("Erbil governor: 2,000 families displaced by floods",
         "The Erbil governor said 2,000 families were displaced by flooding on Monday after the Greater Zab river burst its banks in Erbil."),
        ("University of Duhok opens new library",
         "The University of Duhok opened a library of 40,000 volumes on its main campus, the university president announced."),
        ("Oil ministry: Kirkuk exports via Ceyhan pipeline restart",
         "The oil ministry said exports of Kirkuk oil through the Ceyhan pipeline restarted on Monday after a six-month halt."),
        ("Greater Zab floods in Erbil: families displaced",
         "Floodwaters of the Greater Zab river displaced 2,000 families in Erbil on Monday, the governor of Erbil said."),
        ("Sulaimani football club wins cup final",
         "Sulaimani football club won the cup final 2-1 on Friday in front of 12,000 fans at the city stadium."),
    ]

    /// A feed that publishes `count` of the items, newest first, an hour apart.
    static func feed(count: Int, base: Int64, olderItem: Bool = false) -> String {
        var out = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        for i in (0..<count).reversed() {
            let date = Date(timeIntervalSince1970: TimeInterval(base + Int64(i) * 3600))
            out += "<item><guid>item-\(i)</guid><title>\(items[i].title)</title><description>\(items[i].text)</description>"
            out += "<pubDate>\(rfc822(date))</pubDate></item>"
        }
        if olderItem {
            let date = Date(timeIntervalSince1970: TimeInterval(base - 20 * 86_400))
            out += "<item><guid>old</guid><title>Archive: dam inspection in Duhok</title><description>Engineers inspected the Duhok dam.</description>"
            out += "<pubDate>\(rfc822(date))</pubDate></item>"
        }
        return out + "</channel></rss>"
    }

    static func rfc822(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return f.string(from: date)
    }

    /// The stored stories as sets of article titles.
    static func storedPartition(_ store: SQLiteFeedStore) throws -> Set<Set<String>> {
        Set(try store.stories(limit: nil, since: nil).map { Set($0.articles.map(\.title)) })
    }

    @Test func newArticlesExtendTheKeptStateAndMatchAFullPass() async throws {
        let base = Int64(Date().timeIntervalSince1970) - 3 * 86_400
        let polls = Counter()
        let counts = [3, 5, 7]
        let server = try LoopbackHTTPServer { _ in
            .ok(body: LiveClusteringTests.feed(count: counts[min(polls.next(), counts.count - 1)], base: base))
        }
        defer { server.stop() }
        let h = try PollingTests.Harness(config: "host_delay = 0s\n\(server.url("/feed"))")

        let first = try await h.pollAll()
        #expect(first.clustering?.rebuilt == true, "nothing kept yet: the span is clustered from the store")
        #expect(first.clustering?.articles == 3)
        let founder = try #require(try h.store.stories(limit: nil, since: nil).first { $0.title.contains("Floods") })

        let second = try await h.pollAll()
        #expect(second.clustering?.rebuilt == false, "new articles inside the window extend the kept state")
        #expect(second.clustering?.articles == 2, "only the new articles are clustered")
        let third = try await h.pollAll()
        #expect(third.clustering?.rebuilt == false)
        #expect(third.clustering?.articles == 2)

        // What one full pass over every article gives.
        let articles = try h.store.articlesForClustering()
        let assignments = StoryClusterer().cluster(articles.map(Aggregator.clusterDocument))
        var full: [String: Set<String>] = [:]
        for (article, assignment) in zip(articles, assignments) { full[assignment.storyKey, default: []].insert(article.title) }
        let stored = try Self.storedPartition(h.store)
        #expect(stored == Set(full.values))
        #expect(stored.contains { $0.count >= 3 }, "the flood story gathers its reports")
        let floods = try #require(try h.store.stories(limit: nil, since: nil).first { $0.articles.count >= 3 })
        #expect(floods.id == founder.id, "the story keeps the id it had before it grew")
    }

    @Test func anArticleOlderThanTheWindowRebuildsTheSpan() async throws {
        let base = Int64(Date().timeIntervalSince1970) - 3 * 86_400
        let polls = Counter()
        let server = try LoopbackHTTPServer { _ in
            let n = polls.next()
            return .ok(body: LiveClusteringTests.feed(count: 4, base: base, olderItem: n > 0))
        }
        defer { server.stop() }
        let h = try PollingTests.Harness(config: "host_delay = 0s\n\(server.url("/feed"))")
        try await h.pollAll()
        let second = try await h.pollAll()
        #expect(second.clustering?.rebuilt == true, "an article from before the window is clustered in its place in time")
        #expect(try h.store.articlesForClustering().count == 5)
        let stored = try Self.storedPartition(h.store)
        #expect(stored.reduce(0) { $0 + $1.count } == 5, "every article in exactly one story")
    }

    @Test func membershipsOfClosedStoriesCanBeWrittenAsThePassGoesAndEachArticleIsWrittenOnce() throws {
        // A short window and no closed stories kept: stories become final while the pass goes on.
        let configuration = StoryClusterer.Configuration(windowSeconds: 86_400, retainedClosedStories: 0)
        func articles() -> [StoredArticle] {
            (0..<(Self.items.count * 4)).map { index in
                let item = Self.items[index % Self.items.count]
                let time = Timestamp(seconds: 1_760_000_000 + Int64(index / Self.items.count) * 3 * 86_400 + Int64(index) * 600)
                return StoredArticle(
                    rowID: Int64(index + 1), feedID: Int64(index % 3 + 1), title: item.title, text: item.text,
                    published: time, firstSeen: time, language: "en", canonicalLink: nil)
            }
        }
        let streamed = LiveClustering(configuration: configuration)
        var written: [StoryMembership] = []
        var batches = 0
        for article in articles() {
            streamed.add(article)
            if streamed.pendingChanges > 0 {
                written += streamed.takeFinalChanges()
                batches += 1
            }
        }
        written += streamed.changedMemberships()
        let whole = LiveClustering(configuration: configuration)
        for article in articles() { whole.add(article) }
        let atOnce = whole.changedMemberships()

        #expect(batches > 1, "stories closed by the window were final before the pass ended")
        #expect(written.count == articles().count && Set(written.map(\.articleID)).count == written.count)
        #expect(Set(written) == Set(atOnce), "the same memberships as writing everything at the end")
    }
}
