import FeedModel
import FeedParser
import Testing

/// JSON Feed 1.0 / 1.1.
@Suite struct JSONFeedReaderTests {
    @Test func readsAJSONFeed() throws {
        let feed = try Fixture.parse("feed.json")
        #expect(feed.format == .json11)
        #expect(feed.title == "Sorani Notes")
        #expect(feed.link == "https://notes.example.krd/")
        #expect(feed.language == "ckb")
        let first = try #require(feed.entries.first)
        #expect(first.id == "42")
        #expect(first.link == "https://notes.example.krd/posts/42")
        #expect(first.text == "Snow closed the Azmar road.")
        #expect(first.published == Timestamp(year: 2025, month: 1, day: 19, hour: 3, minute: 30))
        #expect(first.categories == ["weather", "roads"])
        #expect(first.authors == ["Hêvî Kurdî"])
        #expect(
            first.enclosures == [
                FeedEnclosure(url: "https://notes.example.krd/media/snow.jpg", type: "image/jpeg", length: "5120")
            ])
        let second = try #require(feed.entries.last)
        #expect(second.title == "Undated 😀 note")
        #expect(second.published == nil)
    }

    @Test func rejectsJSONThatIsNotAFeedAndBrokenJSON() {
        #expect(throws: FeedParseError.self) { try FeedParser().parse(Array(#"{"hello": "world"}"#.utf8)) }
        #expect(throws: FeedParseError.self) { try FeedParser().parse(Array(#"{"version": "#.utf8)) }
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: FeedParseError.self) { try FeedParser().parse(Array(("{\"a\":" + deep).utf8)) }
    }
}
