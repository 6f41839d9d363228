import FeedModel
import FeedParser
import Testing

/// Two mistakes that cost whole items in libxml2's recover mode, repaired on a second reading.
@Suite struct MarkupRepairTests {
    private func parse(_ xml: String) throws -> ParsedFeed {
        try FeedParser().parse(Array(xml.utf8), url: "http://example.com/feed.xml")
    }

    @Test func aCDATASectionLeftOpenLosesNeitherItsBodyNorTheItemsAfterIt() throws {
        let feed = try parse(
            """
            <rss version="2.0"><channel><title>T</title>
            <item><title>One</title><description><![CDATA[<p>first body</p></description></item>
            <item><title>Two</title><description><![CDATA[<p>second</p>]]></description></item>
            <item><title>Three</title><description>third</description></item>
            </channel></rss>
            """)
        #expect(feed.entries.map(\.title) == ["One", "Two", "Three"])
        #expect(feed.entries.map(\.text) == ["first body", "second", "third"])
        #expect(feed.warnings.contains { $0.contains("CDATA") && $0.contains("<description>") })
    }

    @Test func aSectionQuotingCDATAInItsTextIsNotCut() throws {
        // Malformed elsewhere (a bare `<` in a title), so the repair pass runs over it.
        let feed = try parse(
            """
            <rss version="2.0"><channel><title>a < b</title>
            <item><title>One</title><description><![CDATA[write <![CDATA[ to quote]]></description></item>
            </channel></rss>
            """)
        #expect(feed.entries.first?.text == "write <![CDATA[ to quote")
    }

    @Test func unquotedAttributeValuesKeepAtomLinksAndTheElementsAfterThem() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link href=http://example.com/ rel=alternate/>
            <entry><title>One</title><link href=http://example.com/1?a=1 /><id>1</id><updated>2024-01-01T00:00:00Z</updated></entry>
            <entry><title>Two</title><link rel=alternate href=http://example.com/2/><id>2</id><updated>2024-01-02T00:00:00Z</updated></entry>
            </feed>
            """)
        #expect(feed.link == "http://example.com/")
        #expect(feed.entries.map(\.link) == ["http://example.com/1?a=1", "http://example.com/2"])
        #expect(
            feed.entries.map(\.published) == [
                Timestamp(year: 2024, month: 1, day: 1), Timestamp(year: 2024, month: 1, day: 2),
            ])
        #expect(feed.warnings.contains { $0.contains("without quotes") && $0.contains("<link>") })
    }

    @Test func aLessThanSignThatStartsNoTagIsText() throws {
        let feed = try parse(
            """
            <rss version="2.0"><channel><title>I <3 RSS</title>
            <item><title>Price < $5 & more</title><description>if a < b then</description></item>
            <item><title>Two</title></item>
            </channel></rss>
            """)
        #expect(feed.title == "I <3 RSS")
        #expect(feed.entries.map(\.title) == ["Price < $5 & more", "Two"])
        #expect(feed.entries.first?.text == "if a < b then")
        #expect(feed.warnings.contains { $0.contains("'<'") })
    }

    @Test func aWellFormedFeedIsReadWithoutRepairs() throws {
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>x=y</title><description><![CDATA[a]]></description></item></channel></rss>"
        )
        #expect(feed.warnings.isEmpty)
        #expect(feed.entries.first?.title == "x=y")
    }
}
