import FeedModel
import FeedParser
import Testing

/// Atom behaviours other readers' suites check (gofeed, feed-rs, miniflux): which link is the page,
/// whose authors an entry has, text construct types, xml:base on single elements, icons.
@Suite struct WildAtomTests {
    private func parse(_ xml: String, url: String? = nil) throws -> ParsedFeed {
        try FeedParser().parse(Array(xml.utf8), url: url)
    }

    @Test func theHTMLAlternateIsThePageAndElementXMLBaseResolvesItsLink() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Links</title>
             <link rel="self" href="https://edge.example.org/feed.atom"/>
             <link rel="alternate" type="application/atom+xml" href="https://edge.example.org/other.atom"/>
             <link href="https://edge.example.org/"/>
             <entry><title>One</title>
              <link rel="self" href="https://edge.example.org/e/1.atom"/>
              <link xml:base="https://edge.example.org/posts/" href="1.html"/>
             </entry>
             <entry><title>Only self</title><link rel="self" href="https://edge.example.org/e/2.atom"/></entry>
            </feed>
            """)
        #expect(feed.link == "https://edge.example.org/")
        #expect(feed.entries[0].link == "https://edge.example.org/posts/1.html")
        #expect(feed.entries[0].links.map(\.rel) == ["self", "alternate"])
        // A self link is the entry document, not its page.
        #expect(feed.entries[1].link == nil)
    }

    @Test func entryAuthorsComeFromTheEntryThenItsSourceThenTheFeed() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>People</title>
             <author><name>Feed Owner</name></author>
             <entry><title>Copied</title>
              <source><id>urn:src</id><title>Origin</title><author><name>Source Writer</name></author></source>
             </entry>
             <entry><title>Two</title><author><name>A</name></author>
              <author><name>B</name><email>b@example.org</email><uri>/b</uri></author></entry>
             <entry><title>Owned</title></entry>
            </feed>
            """, url: "https://people.example.org/feed")
        #expect(feed.entries[0].authors == ["Source Writer"])
        #expect(
            feed.entries[1].authorDetails == [
                FeedPerson(name: "A"),
                FeedPerson(name: "B", email: "b@example.org", uri: "https://people.example.org/b"),
            ])
        #expect(feed.entries[2].authors == ["Feed Owner"])
    }

    @Test func textConstructTypesWithoutADefaultNamespace() throws {
        // Given Atom written with a prefix and an escaped-HTML title, a text content and an xhtml summary
        let feed = try parse(
            """
            <a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Prefixed</a:title>
             <a:entry>
              <a:title type="html">&lt;em&gt;Escaped&lt;/em&gt; &amp;amp; title</a:title>
              <a:content type="text">Plain &lt;b&gt;not bold&lt;/b&gt;</a:content>
              <a:summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Sum <b>bold</b></div></a:summary>
             </a:entry>
            </a:feed>
            """)
        #expect(feed.format == .atom10)
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Escaped & title")
        #expect(entry.content == FeedText(value: "Plain <b>not bold</b>", isHTML: false))
        #expect(entry.summary == FeedText(value: "Sum <b>bold</b>", isHTML: true))
        #expect(entry.text == "Plain <b>not bold</b>")
    }

    @Test func theIconIsTheImageWhenThereIsNoLogo() throws {
        let iconOnly = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://icons.example.org/">
             <title>Icon</title><icon>/favicon.png</icon></feed>
            """)
        #expect(iconOnly.image?.url == "https://icons.example.org/favicon.png")
        let both = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Both</title>
             <icon>https://icons.example.org/i.png</icon><logo>https://icons.example.org/l.png</logo></feed>
            """)
        #expect(both.image?.url == "https://icons.example.org/l.png")
        #expect(both.icon == "https://icons.example.org/i.png")
    }

    @Test func anEnclosureLinkAndAnInlinePictureInXHTMLContent() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Media</title>
             <entry xml:base="https://media.example.org/posts/"><title>Ep</title>
              <link rel="enclosure" type="audio/mpeg" length="1234" href="ep.mp3"/>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p><img src="ep.jpg"/></p></div></content>
             </entry>
            </feed>
            """)
        let entry = try #require(feed.entries.first)
        #expect(
            entry.enclosures == [
                FeedEnclosure(url: "https://media.example.org/posts/ep.mp3", type: "audio/mpeg", length: "1234")
            ])
        #expect(entry.image == "https://media.example.org/posts/ep.jpg")
    }
}
