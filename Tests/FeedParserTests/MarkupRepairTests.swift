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
        // `href=http://example.com/2/>`: the slash may end the URL or close the element; for an
        // element that is always empty it does both.
        #expect(feed.entries.map(\.link) == ["http://example.com/1?a=1", "http://example.com/2/"])
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

    @Test func aWellFormedSectionQuotingCDATAInsideAnElementOfTheSameNameIsKept() throws {
        // WordPress writes an inline script's `<![CDATA[` into the body; the document is well-formed.
        let body =
            "<details><summary>Answer</summary>42 <script>/* <![CDATA[ */ f(); /* ]]&gt; */</script></details>"
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><title>A</title>
            <summary type="html"><![CDATA[\(body)]]></summary></entry></feed>
            """)
        #expect(feed.entries.first?.summary?.value == body)
        #expect(feed.warnings.isEmpty)
    }

    @Test func aRepairThatWouldCostFieldsIsNotKept() throws {
        // libxml2 drops the unquoted `<img>` and keeps the link and date; quoting it would leave the
        // `<img>` open around them.
        let feed = try parse(
            """
            <rss version="2.0"><channel><title>T</title><item><title>A</title><description><img src=a.jpg> hi</description>
            <link>https://example.com/a</link><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item></channel></rss>
            """)
        #expect(feed.entries.first?.link == "https://example.com/a")
        #expect(feed.entries.first?.published == Timestamp(year: 2024, month: 1, day: 1))
    }

    @Test func anUnquotedURLEndingInASlashKeepsIt() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><title>One</title><link rel=alternate href=https://example.com/posts/1/><id>1</id></entry>
            </feed>
            """)
        #expect(feed.entries.map(\.link) == ["https://example.com/posts/1/"])
        #expect(feed.entries.map(\.title) == ["One"])
    }

    @Test func aWellFormedFeedIsReadWithoutRepairs() throws {
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>x=y</title><description><![CDATA[a]]></description></item></channel></rss>"
        )
        #expect(feed.warnings.isEmpty)
        #expect(feed.entries.first?.title == "x=y")
    }
}
