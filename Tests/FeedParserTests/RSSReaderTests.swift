import FeedModel
import FeedParser
import Testing

/// RSS 2.0 with the namespaces real publishers use, and RSS 1.0 (RDF).
@Suite struct RSSReaderTests {
    @Test func readsChannelMetadataThePollerAndCLIShow() throws {
        let feed = try Fixture.parse("rss20-namespaces.xml")
        #expect(feed.format == .rss20)
        #expect(feed.title == "Erbil Daily – News")
        #expect(feed.subtitle?.value == "Kurdistan region news & analysis")
        #expect(feed.language == "en-GB")
        #expect(feed.rights?.value == "© 2025 Erbil Daily")
        #expect(feed.authors.first == FeedPerson(name: "News Desk", email: "desk@news.example.org"))
        #expect(feed.updated == Timestamp(year: 2025, month: 1, day: 21, hour: 6, minute: 30))
        #expect(feed.ttlMinutes == 30)
        #expect(feed.updatePeriod == "hourly")
        #expect(feed.updateFrequency == 2)
        #expect(feed.skipHours == [1, 2, 3])
        #expect(feed.skipDays == ["Sunday"])
        // ttl (30 min) is longer than hourly/2 (30 min), so the poller waits 30 minutes.
        #expect(feed.suggestedPollInterval == 1800)
        // The channel's own <link> comes first (as in feedparser and gofeed), then the atom:links.
        #expect(feed.links.map(\.rel) == ["alternate", "self", "hub"])
        #expect(feed.links.first { $0.rel == "self" }?.href == "https://news.example.org/feed/")
        #expect(feed.image?.url == "https://news.example.org/erbil/logo.png")
        #expect(feed.categories == ["News", "Politics"])
    }

    @Test func readsAnItemWithContentMediaAndRelativeLinks() throws {
        let feed = try Fixture.parse("rss20-namespaces.xml")
        let item = try #require(feed.entries.first)
        #expect(item.title == "KRG’s budget talks resume in Baghdad")
        #expect(item.link == "https://news.example.org/erbil/2025/01/21/budget-talks")
        #expect(item.id == "erbil-daily-4711")
        #expect(item.authors == ["Shwan Ahmed"])
        #expect(item.published == Timestamp(year: 2025, month: 1, day: 21, hour: 5, minute: 15))
        #expect(item.categories == ["Politics", "Economy"])
        #expect(item.summary?.value == "Negotiators\u{A0}met again on Monday — the café was full.")
        #expect(item.content?.value.contains("<b>again</b>") == true)
        #expect(item.text == "Negotiators met again on Monday.\nSalaries are the first item.")
        #expect(item.comments == "https://news.example.org/erbil/2025/01/21/budget-talks#comments")
        #expect(item.commentCount == 12)
        #expect(
            item.enclosures.map(\.url) == [
                "https://news.example.org/erbil/audio/budget.mp3", "https://cdn.example.org/budget.jpg",
            ])
        #expect(item.enclosures.first?.length == "123456")
        #expect(
            item.thumbnails == [
                FeedMediaThumbnail(url: "https://cdn.example.org/budget-thumb.jpg", width: 120, height: 80)
            ])
        #expect(item.language == "en-GB")
    }

    @Test func anItemWithoutADateHasNoDateRatherThanNow() throws {
        let feed = try Fixture.parse("rss20-namespaces.xml")
        let undated = try #require(feed.entries.last)
        #expect(undated.title == "Undated notice")
        #expect(undated.published == nil)
        #expect(undated.updated == nil)
    }

    @Test func readsRSS10ItemsBesideTheChannel() throws {
        let feed = try Fixture.parse("rdf.xml")
        #expect(feed.format == .rss10)
        #expect(feed.title == "Regional Aggregator")
        #expect(feed.language == "ar")
        let item = try #require(feed.entries.first)
        #expect(feed.entries.count == 1)
        #expect(item.id == "https://aggregator.example.net/a/1")
        #expect(item.updated == Timestamp(year: 2025, month: 1, day: 20, hour: 15, minute: 45))
        #expect(item.published == item.updated)
        #expect(item.authors == ["Agency Desk"])
        #expect(item.categories == ["Environment"])
        #expect(item.language == "ar")
    }

    @Test func itemsWithoutAChannelAndUnknownVersionsStillRead() throws {
        let xml = "<rss><item><title>Loose</title><link>http://a.example/1</link></item></rss>"
        let feed = try FeedParser().parse(Array(xml.utf8))
        #expect(feed.format == .rss)
        #expect(feed.entries.map(\.title) == ["Loose"])
    }
}
