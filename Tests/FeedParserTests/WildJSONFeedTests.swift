import FeedModel
import FeedParser
import Testing

/// JSON Feed behaviours other readers' suites check (gofeed's translator, feed-rs, miniflux).
@Suite struct WildJSONFeedTests {
    private func parse(_ json: String, url: String? = nil) throws -> ParsedFeed {
        try FeedParser().parse(Array(json.utf8), url: url)
    }

    @Test func version11AuthorsAttachmentsAndImages() throws {
        let feed = try parse(
            """
            {"version": "https://jsonfeed.org/version/1.1", "title": "JF", "home_page_url": "https://jf.example.org/",
             "feed_url": "https://jf.example.org/feed.json", "icon": "https://jf.example.org/icon.png",
             "favicon": "https://jf.example.org/favicon.ico", "language": "en-US",
             "authors": [{"name": "Ann", "url": "https://jf.example.org/ann", "avatar": "https://jf.example.org/a.png"}],
             "items": [
              {"id": 1, "url": "https://jf.example.org/1", "title": "One", "content_html": "<p>html</p>",
               "content_text": "text", "summary": "short", "image": "https://jf.example.org/1.png",
               "banner_image": "https://jf.example.org/banner.png",
               "date_published": "2019-10-12T07:20:50.52Z", "date_modified": "2019-10-13T09:20:50+02:00",
               "tags": ["a", "b"],
               "attachments": [{"url": "https://jf.example.org/1.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 100}]},
              {"id": "2", "external_url": "https://elsewhere.example.org/2", "content_text": "plain"}
             ]}
            """)
        #expect(feed.format == .json11)
        #expect(feed.image?.url == "https://jf.example.org/icon.png")
        #expect(feed.icon == "https://jf.example.org/favicon.ico")
        #expect(feed.authors == [FeedPerson(name: "Ann", uri: "https://jf.example.org/ann")])
        // JSON Feed has no feed dates: the first item's stand in.
        #expect(feed.published == Timestamp(year: 2019, month: 10, day: 12, hour: 7, minute: 20, second: 50))
        #expect(feed.updated == Timestamp(year: 2019, month: 10, day: 13, hour: 7, minute: 20, second: 50))
        let first = try #require(feed.entries.first)
        #expect(first.id == "1")
        #expect(first.content == FeedText(value: "<p>html</p>", isHTML: true))
        #expect(first.summary?.value == "short")
        #expect(first.image == "https://jf.example.org/1.png")
        #expect(first.authors == ["Ann"])
        #expect(
            first.enclosures == [FeedEnclosure(url: "https://jf.example.org/1.mp3", type: "audio/mpeg", length: "100")])
        let second = feed.entries[1]
        #expect(second.link == "https://elsewhere.example.org/2")
        #expect(second.content == FeedText(value: "plain", isHTML: false))
    }

    @Test func version1SingleAuthorWithAnAddressInTheName() throws {
        let feed = try parse(
            """
            {"version": "https://jsonfeed.org/version/1", "title": "JF1",
             "author": {"name": "Jane Roe <jane@example.org>", "url": "https://example.org/jane"},
             "items": [{"id": "a", "url": "/a", "content_text": "hello"},
                       {"id": "b", "authors": [{"name": "Smith & Sons (Ltd)"}, {"name": "@jack"}]}]}
            """, url: "https://served.example.net/dir/feed.json")
        #expect(feed.format == .json1)
        #expect(
            feed.authors == [FeedPerson(name: "Jane Roe", email: "jane@example.org", uri: "https://example.org/jane")])
        #expect(feed.entries[0].link == "https://served.example.net/a")
        #expect(feed.entries[0].authors == ["Jane Roe"])
        #expect(feed.entries[1].authors == ["Smith & Sons (Ltd)", "@jack"])
    }
}
