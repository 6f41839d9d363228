import FeedModel
@testable import FeedStore
import Foundation
import Testing

/// Full-text search, filtered story listing and the v2 migration.
extension SQLiteFeedStoreTests {
    @Test func searchTextFoldsArabicKurdishAndLatinVariants() {
        #expect(SearchText.normalize("مُؤْتَمَرٌ صَحَفِيٌّ") == "موتمر صحفي", "hamza dropped with the tashkeel")
        #expect(SearchText.normalize("أحمد إبراهيم آمال ٱلله") == "احمد ابراهيم امال الله")
        #expect(SearchText.normalize("مدرسة مستشفى") == "مدرسه مستشفي")
        #expect(SearchText.normalize("کوردستانی ھەولێر") == "كوردستاني هەولێر")
        #expect(SearchText.normalize("جـــميل") == "جميل")
        #expect(SearchText.normalize("١٢٣ ۴۵۶") == "123 456")
        #expect(SearchText.normalize("Café ÉRBIL Dengbêj Straße") == "cafe erbil dengbej straße")
        // Presentation forms (PDF copy), ligatures and full-width letters are the letters they show.
        #expect(SearchText.normalize("ﺑﻐﺪﺍﺩ ﬁnance ＫＤＰ") == "بغداد finance kdp")
        // Digits and symbols keep their forms: no number or word is made up.
        #expect(SearchText.normalize("2½ CO₂ Asiacell™") == "2½ co₂ asiacell™")
        #expect(SearchText.matchExpression("Erbil caf* \"quoted\"") == "\"erbil\" \"caf\"* \"quoted\"")
        #expect(SearchText.matchExpression("  -- ") == nil)
    }

    @Test func searchIsKeptInSyncWithInsertsUpdatesAndRetention() throws {
        let store = try SQLiteFeedStore.inMemory()
        let feed = try #require(
            try store.syncSubscriptions([FeedSubscription(url: "https://e.org/f", name: "E")]).first)
        _ = try store.recordPoll(
            feedID: feed.feedID,
            PollRecord(
                at: Timestamp(seconds: 100), httpStatus: 200,
                entries: [
                    Self.entry("a", title: "مُؤْتَمَرٌ فِي بَغْدَادَ", text: "الموازنة العامة", published: 1_000),
                    Self.entry("b", title: "Harbour cranes stop", text: "Dock workers walked out", published: 2_000),
                ]))
        #expect(try store.search("مؤتمر", limit: 10).map(\.story.title) == ["مُؤْتَمَرٌ فِي بَغْدَادَ"])
        #expect(try store.search("بَغْدَاد الموازنه", limit: 10).count == 1)
        #expect(try store.search("dock", limit: 10).map(\.story.title) == ["Harbour cranes stop"])

        // Updated in place: the index follows.
        _ = try store.recordPoll(
            feedID: feed.feedID,
            PollRecord(
                at: Timestamp(seconds: 200), httpStatus: 200,
                entries: [Self.entry("b", title: "Harbour cranes restart", text: "Strike over", published: 2_000)]))
        #expect(try store.search("dock", limit: 10).isEmpty)
        #expect(try store.search("restart strike", limit: 10).count == 1)

        // Retention removes the article from the index too.
        #expect(try store.removeArticles(olderThan: Timestamp(seconds: 1_500)) == 1)
        #expect(try store.search("مؤتمر", limit: 10).isEmpty)
    }

    @Test func storiesAreFilteredBySummaryColumnsAndGetARepresentativeHeadline() throws {
        let store = try SQLiteFeedStore.inMemory()
        let feeds = try store.syncSubscriptions([
            FeedSubscription(url: "https://a.org/f", name: "Alpha", language: "en", tags: ["iraq", "world"]),
            FeedSubscription(url: "https://b.org/f", name: "Beta", language: "en"),
            FeedSubscription(url: "https://c.org/f", name: "Gamma", language: "ar", tags: ["iraq"]),
        ])
        func poll(_ index: Int, _ entries: [ParsedEntry], language: String) throws {
            var entries = entries
            for i in entries.indices { entries[i].language = language }
            _ = try store.recordPoll(
                feedID: feeds[index].feedID, PollRecord(at: Timestamp(seconds: 10), entries: entries))
        }
        try poll(2, [Self.entry("g1", title: "عنوان عربي", published: 100)], language: "ar")
        try poll(0, [Self.entry("a1", title: "English headline", published: 200)], language: "en")
        try poll(1, [Self.entry("b1", title: "English copy", published: 300)], language: "en-gb")
        try poll(1, [Self.entry("b2", title: "Alone", published: 400)], language: "en")
        let ids = try store.articlesForClustering().map(\.rowID)
        // The Arabic article founded the story, but two of its three articles are English.
        try store.replaceStories([
            StoryMembership(articleID: ids[0], storyID: ids[0]),
            StoryMembership(articleID: ids[1], storyID: ids[0], similarity: 0.6),
            StoryMembership(articleID: ids[2], storyID: ids[0], duplicateOf: ids[1], similarity: 0.9),
            StoryMembership(articleID: ids[3], storyID: ids[3]),
        ])
        let all = try store.stories(matching: StoryFilter())
        #expect(all.map(\.title) == ["Alone", "English headline"])
        #expect(all[1].languages == ["ar", "en", "en-gb"])
        #expect(try store.stories(matching: StoryFilter(minOutlets: 2)).map(\.title) == ["English headline"])
        #expect(try store.stories(matching: StoryFilter(minOutlets: 4)).isEmpty)
        #expect(try store.stories(matching: StoryFilter(languages: ["ar"])).count == 1)
        #expect(try store.stories(matching: StoryFilter(languages: ["en"])).count == 2, "en matches en-gb")
        #expect(try store.stories(matching: StoryFilter(languages: ["e"])).isEmpty)
        #expect(try store.stories(matching: StoryFilter(tags: ["IRAQ"])).map(\.title) == ["English headline"])
        #expect(try store.stories(matching: StoryFilter(feeds: ["beta"])).count == 2)
        #expect(try store.stories(matching: StoryFilter(feeds: ["https://c.org/f"])).count == 1)
        #expect(try store.stories(matching: StoryFilter(since: Timestamp(seconds: 350))).map(\.title) == ["Alone"])
        #expect(try store.stories(matching: StoryFilter(limit: 1)).map(\.title) == ["Alone"])
        #expect(throws: StoreError.self) { try store.stories(matching: StoryFilter(feeds: ["Nowhere"])) }
        #expect(throws: StoreError.self) { try store.stories(matching: StoryFilter(tags: ["nope"])) }

        // A later pass that moves one article: only the stories it leaves and joins are summarised again.
        try store.replaceStories([StoryMembership(articleID: ids[3], storyID: ids[0], similarity: 0.4)])
        let merged = try store.stories(matching: StoryFilter())
        #expect(merged.map(\.title) == ["English headline"])
        #expect(merged.first?.articles.count == 4)
        #expect(merged.first?.updated == Timestamp(seconds: 400))
        #expect(try store.stories(matching: StoryFilter(minOutlets: 3)).count == 1)
    }

    @Test func aVersion1DatabaseIsReportedThenUpgradedWithItsSearchIndexFilled() throws {
        guard
            let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { return }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("t.db").path
        do {
            let store = try SQLiteFeedStore(path: path)
            let feed = try #require(
                try store.syncSubscriptions([FeedSubscription(url: "https://e.org/f", name: "E")]).first)
            _ = try store.recordPoll(
                feedID: feed.feedID,
                PollRecord(at: Timestamp(seconds: 1), entries: [Self.entry("a", title: "Café in Érbil", published: 5)]))
        }
        // Take it back to exactly the v1 schema, as an older Tidings left it.
        let downgrade = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.executescript('''
                DROP TRIGGER article_search_delete; DROP TABLE article_search; DROP INDEX stories_updated_id;
                ALTER TABLE stories DROP COLUMN outlet_count; ALTER TABLE stories DROP COLUMN languages;
                ALTER TABLE stories DROP COLUMN feeds; DELETE FROM grdb_migrations WHERE identifier = 'v2';
            ''')
            db.commit()
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", downgrade, path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)

        do {
            _ = try SQLiteFeedStore(readOnlyPath: path)
            Issue.record("a v1 database opened read-only")
        } catch {
            #expect(error.code == .schema)
            #expect(error.message.contains("older schema") && error.message.contains("tidings run --once"))
        }
        _ = try SQLiteFeedStore(path: path)
        let reader = try SQLiteFeedStore(readOnlyPath: path)
        #expect(try reader.search("cafe erbil", limit: 5).map(\.story.title) == ["Café in Érbil"])
        #expect(try reader.stories(matching: StoryFilter(feeds: ["E"])).count == 1)
    }
}

@Suite struct SearchTextShortcutTests {
    @Test(arguments: [
        "Kirkuk Oil Exports RESUME, 2 May.", "already lower case", "", "Tabs\tand\nLines", "ZZ top {}[]~",
    ])
    func asciiShortcutFoldsLikeTheGeneralPath(_ text: String) {
        #expect(SearchText.lowercasedASCII(text) == SearchText.foldedInGeneral(text))
    }

    @Test func nonASCIITakesTheGeneralPath() {
        #expect(SearchText.lowercasedASCII("Café") == nil)
        #expect(SearchText.normalize("Café Ünïcode") == "cafe unicode")
    }
}
