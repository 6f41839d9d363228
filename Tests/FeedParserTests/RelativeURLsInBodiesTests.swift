import FeedModel
import FeedParser
import Testing

/// Links and pictures inside an entry's HTML work wherever the body is shown: relative URLs are
/// made absolute against the base in scope, as feedparser, Miniflux and FreshRSS do.
@Suite struct RelativeURLsInBodiesTests {
    private func parse(_ xml: String, url: String? = "http://example.com/blog/feed.xml") throws -> ParsedFeed {
        try FeedParser().parse(Array(xml.utf8), url: url)
    }

    @Test func rssDescriptionLinksAndPicturesResolveAgainstTheFeedURL() throws {
        let feed = try parse(
            """
            <rss version="2.0"><channel><title>T</title><item><title>I</title>
            <description>&lt;p&gt;See &lt;a href="/about"&gt;this&lt;/a&gt; &lt;img src="img/a.png" alt="x"&gt;&lt;/p&gt;</description>
            </item></channel></rss>
            """)
        let summary = try #require(feed.entries.first?.summary)
        #expect(
            summary.value
                == #"<p>See <a href="http://example.com/about">this</a> <img src="http://example.com/blog/img/a.png" alt="x"></p>"#
        )
        // The text is unchanged by it.
        #expect(feed.entries.first?.text == "See this")
    }

    @Test func atomContentResolvesAgainstItsOwnXMLBase() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/"><title>T</title>
            <entry><id>1</id><title>I</title><updated>2024-01-01T00:00:00Z</updated>
            <content type="html" xml:base="/posts/1/">&lt;img src='pic.jpg'&gt; &lt;a href=notes.html&gt;n&lt;/a&gt;</content>
            </entry></feed>
            """)
        let content = try #require(feed.entries.first?.content)
        #expect(
            content.value
                == "<img src='http://example.org/posts/1/pic.jpg'> <a href=http://example.org/posts/1/notes.html>n</a>")
    }

    @Test func absoluteSchemedAndFragmentReferencesAreLeftAsPublished() throws {
        let html =
            ##"<a href="https://other.org/x">a</a> <a href="mailto:me@example.com">m</a> <a href="#fn1">1</a> <img src="data:image/gif;base64,R0lGOD"> <a href="javascript:void(0)">j</a>"##
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description><![CDATA[\(html)]]></description></item></channel></rss>"
        )
        #expect(feed.entries.first?.summary?.value == html)
    }

    @Test func srcsetCandidatesProtocolRelativeURLsAndEscapesResolve() throws {
        let html =
            #"<img srcset="a.jpg 1x, /b.jpg 2x" src="//cdn.example.net/c.jpg"><a href="../AC%2FDC?x=1&amp;y=2">q</a>"#
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description><![CDATA[\(html)]]></description></item></channel></rss>"
        )
        #expect(
            feed.entries.first?.summary?.value
                == #"<img srcset="http://example.com/blog/a.jpg 1x, http://example.com/b.jpg 2x" src="http://cdn.example.net/c.jpg"><a href="http://example.com/AC%2FDC?x=1&amp;y=2">q</a>"#
        )
    }

    @Test func commentsAndAttributesThatAreNoURLsAreLeftAlone() throws {
        let html = #"<!-- <a href="x.html"> --><p class="a/b" title="c.html">t</p>"#
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description><![CDATA[\(html)]]></description></item></channel></rss>"
        )
        #expect(feed.entries.first?.summary?.value == html)
    }

    @Test func jsonFeedContentHTMLResolvesAgainstTheFeedURL() throws {
        let json =
            #"{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","content_html":"<img src=\"/i.png\">"}]}"#
        let feed = try parse(json, url: "https://example.com/feed.json")
        #expect(feed.entries.first?.content?.value == #"<img src="https://example.com/i.png">"#)
    }

    @Test func withoutAnyBaseRelativeURLsStayRelative() throws {
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description>&lt;a href=\"/x\"&gt;x&lt;/a&gt;</description></item></channel></rss>",
            url: nil)
        #expect(feed.entries.first?.summary?.value == #"<a href="/x">x</a>"#)
    }

    @Test func srcsetURLsWithCommasAndDataURLsStayWhole() throws {
        let html =
            #"<img srcset="data:image/gif;base64,R0lGOD"><img srcset="/img/c_fill,w_300/a.jpg 300w, /img/c_fill,w_600/a.jpg 600w">"#
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description><![CDATA[\(html)]]></description></item></channel></rss>"
        )
        #expect(
            feed.entries.first?.summary?.value
                == #"<img srcset="data:image/gif;base64,R0lGOD"><img srcset="http://example.com/img/c_fill,w_300/a.jpg 300w, http://example.com/img/c_fill,w_600/a.jpg 600w">"#
        )
    }

    @Test func referencesInAValueAreDecodedBeforeResolvingAndTheResultIsEscaped() throws {
        let html =
            #"<a href="&#x2f;posts&#x2f;1">a</a> <a href="https&#x3a;&#x2f;&#x2f;other.org/p">b</a> <a href='x.html'>c</a> <a href="/a"#
            + "\n" + #"b">d</a>"#
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description><![CDATA[\(html)]]></description></item></channel></rss>",
            url: "http://example.com/tag/o'neill/feed")
        #expect(
            feed.entries.first?.summary?.value
                == #"<a href="http://example.com/posts/1">a</a> <a href="https&#x3a;&#x2f;&#x2f;other.org/p">b</a> <a href='http://example.com/tag/o&#39;neill/x.html'>c</a> <a href="http://example.com/ab">d</a>"#
        )
    }

    @Test func scriptsAndStyleSheetsAreNotRewritten() throws {
        let html = #"<script>var s = "<a href='/s'>";</script><style>a[href="/x"] {}</style><a href="/after">a</a>"#
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description><![CDATA[\(html)]]></description></item></channel></rss>"
        )
        #expect(
            feed.entries.first?.summary?.value
                == #"<script>var s = "<a href='/s'>";</script><style>a[href="/x"] {}</style><a href="http://example.com/after">a</a>"#
        )
    }
}
