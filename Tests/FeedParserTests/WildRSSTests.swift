import FeedModel
import FeedParser
import Testing

/// RSS behaviours other readers' suites check (gofeed's translator, miniflux's adapter, feed-rs):
/// which element becomes the title, link, author, image and categories when the core one is missing.
@Suite struct WildRSSTests {
    private func parse(_ xml: String, url: String? = nil) throws -> ParsedFeed {
        try FeedParser().parse(Array(xml.utf8), url: url)
    }

    @Test func itemFieldsFallBackToDublinCoreITunesAndAtom() throws {
        // Given items that only use extension elements (the itunes namespace in its old capitalised form)
        let feed = try parse(
            """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:itunes="http://www.itunes.com/DTDs/PodCast-1.0.dtd"
                 xmlns:atom="http://www.w3.org/2005/Atom">
             <channel><title>Extensions</title>
              <item>
               <dc:title>Title from DC</dc:title>
               <dc:description>Body from DC</dc:description>
               <dc:date>2024-05-06T07:08:09Z</dc:date>
               <dc:author>Lina Hart (lina@radio.example.net)</dc:author>
              </item>
              <item>
               <itunes:summary>Podcast summary</itunes:summary>
               <itunes:keywords>red, green</itunes:keywords>
               <dc:subject>Subject</dc:subject>
               <atom:category term="atomic" label="Atomic things"/>
               <atom:author><atom:name>Ann Atom</atom:name><atom:email>ann@example.org</atom:email></atom:author>
              </item>
              <item><itunes:author>This American Life (WBEZ)</itunes:author></item>
             </channel>
            </rss>
            """)
        // Then the universal fields are filled from them
        let dc = try #require(feed.entries.first)
        #expect(dc.title == "Title from DC")
        #expect(dc.summary?.value == "Body from DC")
        #expect(dc.published == Timestamp(year: 2024, month: 5, day: 6, hour: 7, minute: 8, second: 9))
        #expect(dc.authorDetails == [FeedPerson(name: "Lina Hart", email: "lina@radio.example.net")])
        let itunes = feed.entries[1]
        #expect(itunes.summary?.value == "Podcast summary")
        #expect(itunes.categories == ["red", "green", "Subject", "atomic"])
        #expect(itunes.authorDetails == [FeedPerson(name: "Ann Atom", email: "ann@example.org")])
        // A name in parentheses without an e-mail address is kept whole.
        #expect(feed.entries[2].authors == ["This American Life (WBEZ)"])
    }

    @Test func authorStringsInTheirUsualForms() throws {
        // (as written in the XML, the person it names)
        let forms: [(String, FeedPerson)] = [
            ("editor@example.com (Jane Roe)", FeedPerson(name: "Jane Roe", email: "editor@example.com")),
            ("Jane Roe &lt;editor@example.com&gt;", FeedPerson(name: "Jane Roe", email: "editor@example.com")),
            ("Jane Roe (mailto:editor@example.com)", FeedPerson(name: "Jane Roe", email: "editor@example.com")),
            ("editor@example.com", FeedPerson(email: "editor@example.com")),
            ("Jane Roe", FeedPerson(name: "Jane Roe")),
        ]
        for (raw, person) in forms {
            let feed = try parse(
                "<rss version=\"2.0\"><channel><managingEditor>\(raw)</managingEditor>"
                    + "<item><author>\(raw)</author></item></channel></rss>")
            #expect(feed.authors == [person], "channel \(raw)")
            #expect(feed.entries.first?.authorDetails == [person], "item \(raw)")
        }
    }

    @Test func anItemWithoutAuthorInheritsTheChannelAuthor() throws {
        let feed = try parse(
            """
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
             <itunes:author>Radio Crew</itunes:author>
             <item><title>Crew episode</title></item>
             <item><title>Guest episode</title><author>guest@example.org (Guest)</author></item>
            </channel></rss>
            """)
        #expect(feed.entries.map(\.authors) == [["Radio Crew"], ["Guest"]])
    }

    @Test func entryImageFallsBackToMediaEnclosureAndFirstInlinePicture() throws {
        let feed = try parse(
            """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
             <link>https://pics.example.net/</link>
             <item><media:content url="https://cdn.example.net/photo.jpg" medium="image"/></item>
             <item><enclosure url="https://cdn.example.net/a.mp3" type="audio/mpeg" length="10"/>
                   <enclosure url="https://cdn.example.net/cover.png" type="image/png" length="20"/></item>
             <item><description>&lt;p&gt;Look &lt;IMG alt='x' SRC="/img/a.png?w=1&amp;amp;h=2"&gt;&lt;/p&gt;</description></item>
             <item><description>no picture</description>
                   <content:encoded><![CDATA[<p><img class="lead" src='inline.jpg'></p>]]></content:encoded></item>
             <item><description>&lt;img alt="no source"&gt; text</description></item>
            </channel></rss>
            """)
        #expect(
            feed.entries.map(\.image) == [
                "https://cdn.example.net/photo.jpg", "https://cdn.example.net/cover.png",
                "https://pics.example.net/img/a.png?w=1&h=2", "https://pics.example.net/inline.jpg", nil,
            ])
    }

    @Test func feedImageFallsBackToChannelMediaAndDescriptionPicture() throws {
        let media = try parse(
            """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
             <media:content url="https://cdn.example.net/channel.jpg" type="image/jpeg"/>
            </channel></rss>
            """)
        #expect(media.image?.url == "https://cdn.example.net/channel.jpg")
        let description = try parse(
            """
            <rss version="0.91"><channel>
             <description><![CDATA[<img src="https://cdn.example.net/description.png">]]></description>
            </channel></rss>
            """)
        #expect(description.image?.url == "https://cdn.example.net/description.png")
    }

    @Test func relativeItemURLsResolveAgainstTheChannelLinkWhenServedWithoutOne() throws {
        let xml = """
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
             <link>https://site.example.org/blog/</link>
             <item><link>posts/1.html</link><comments>posts/1.html#c</comments>
                   <enclosure url="/audio/1.mp3" type="audio/mpeg"/><itunes:image href="covers/1.jpg"/></item>
            </channel></rss>
            """
        let item = try #require(try parse(xml).entries.first)
        #expect(item.link == "https://site.example.org/blog/posts/1.html")
        #expect(item.comments == "https://site.example.org/blog/posts/1.html#c")
        #expect(item.enclosures.first?.url == "https://site.example.org/audio/1.mp3")
        #expect(item.image == "https://site.example.org/blog/covers/1.jpg")
        // The URL the document was served from still wins when there is one.
        let served = try #require(try parse(xml, url: "https://feeds.example.com/x/rss").entries.first)
        #expect(served.link == "https://feeds.example.com/x/posts/1.html")
    }

    @Test func theFirstOfSeveralItemLinksIsTheEntryPage() throws {
        let feed = try parse(
            """
            <rss version="2.0"><channel><item>
             <link>https://one.example.org/</link>
             <link>https://two.example.org/</link>
             <link href="https://three.example.org/"/>
            </item></channel></rss>
            """)
        let item = try #require(feed.entries.first)
        #expect(item.link == "https://one.example.org/")
        #expect(
            item.links.map(\.href) == [
                "https://one.example.org/", "https://two.example.org/", "https://three.example.org/",
            ])
    }

    @Test func anEnclosureRepeatedAsMediaContentIsListedOnce() throws {
        let feed = try parse(
            """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item>
             <enclosure url="https://cdn.example.net/ep.mp3" length="1234" type="audio/mpeg"/>
             <media:content url="https://cdn.example.net/ep.mp3" fileSize="1234" type="audio/mpeg"/>
             <media:content url="https://cdn.example.net/ep.ogg" type="audio/ogg"/>
            </item></channel></rss>
            """)
        #expect(
            feed.entries.first?.enclosures == [
                FeedEnclosure(url: "https://cdn.example.net/ep.mp3", type: "audio/mpeg", length: "1234"),
                FeedEnclosure(url: "https://cdn.example.net/ep.ogg", type: "audio/ogg"),
            ])
    }

    @Test func rdfImageAndPrefixedRSSElements() throws {
        // Given RSS 1.0 written with an `rss:` prefix instead of a default namespace
        let feed = try parse(
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/">
             <rss:channel rdf:about="https://rdf.example.org/">
              <rss:title>Prefixed</rss:title><rss:link>https://rdf.example.org/</rss:link>
              <rss:image rdf:resource="https://rdf.example.org/logo.png"/>
             </rss:channel>
             <rss:image rdf:about="https://rdf.example.org/logo.png">
              <rss:url>https://rdf.example.org/logo.png</rss:url><rss:title>Logo</rss:title>
              <rss:link>https://rdf.example.org/</rss:link>
             </rss:image>
             <rss:item rdf:about="https://rdf.example.org/a"><rss:title>A</rss:title></rss:item>
            </rdf:RDF>
            """)
        #expect(feed.format == .rss10)
        #expect(feed.title == "Prefixed")
        #expect(
            feed.image
                == FeedImage(url: "https://rdf.example.org/logo.png", title: "Logo", link: "https://rdf.example.org/"))
        #expect(feed.entries.first?.link == "https://rdf.example.org/a")
    }

    @Test func feedBurnerOriginalLinkAndGooglePlayAuthor() throws {
        let feed = try parse(
            """
            <rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"
                 xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel>
             <googleplay:author>Play Author</googleplay:author>
             <item><link>https://feedproxy.example.com/~r/x/1</link>
                   <feedburner:origLink>https://publisher.example.org/1</feedburner:origLink></item>
            </channel></rss>
            """)
        #expect(feed.authors == [FeedPerson(name: "Play Author")])
        #expect(feed.entries.first?.link == "https://publisher.example.org/1")
    }
}
