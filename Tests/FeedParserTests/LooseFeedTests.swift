import FeedModel
import FeedParser
import Testing

/// Feeds as real publishers write them, from cases other readers' suites keep (gofeed, rss-parser):
/// namespaces declared loosely, images named oddly, pixels, whitespace, dates and JSON Feed variants.
@Suite struct LooseFeedTests {
    private func parse(_ xml: String, url: String? = nil) throws -> ParsedFeed {
        try FeedParser().parse(Array(xml.utf8), url: url)
    }

    private func item(_ body: String, namespaces: String = "", channel: String = "") throws -> ParsedEntry {
        let feed = try parse(
            "<rss version=\"2.0\" \(namespaces)><channel><title>T</title>\(channel)<item><title>I</title>\(body)</item></channel></rss>"
        )
        return try #require(feed.entries.first)
    }

    @Test func wellKnownNamespacesWrittenLooselyStillCount() throws {
        // No trailing slash, https, padding: the author, date and full text must not be lost.
        let entry = try item(
            """
            <dc:creator>Jane Doe</dc:creator><dc:date>2015-11-07T12:00:00Z</dc:date>
            <content:encoded><![CDATA[<p>Full body</p>]]></content:encoded>
            <media:thumbnail url="http://example.com/t.jpg"/><itunes:author>Host</itunes:author>
            """,
            namespaces: """
                xmlns:dc="http://purl.org/dc/elements/1.1" xmlns:content="https://purl.org/rss/1.0/modules/content/"
                xmlns:media="https://search.yahoo.com/mrss/" xmlns:itunes=" http://www.itunes.com/DTDs/PodCast-1.0.dtd"
                """)
        #expect(entry.authors == ["Jane Doe", "Host"])
        #expect(entry.published == Timestamp(year: 2015, month: 11, day: 7, hour: 12))
        #expect(entry.content?.value == "<p>Full body</p>")
        #expect(entry.thumbnails.map(\.url) == ["http://example.com/t.jpg"])
    }

    @Test func anUnknownNamespaceBoundToAWellKnownPrefixIsReadByItsPrefix() throws {
        let entry = try item(
            "<dc:creator>Old DC</dc:creator>", namespaces: "xmlns:dc=\"http://purl.org/dc/elements/1.0/\"")
        #expect(entry.authors == ["Old DC"])
    }

    @Test func anRSSDocumentInAnUnknownDefaultNamespaceIsStillRSS() throws {
        let feed = try parse(
            """
            <rss xmlns="https://cyber.harvard.edu/rss/rss.html" version="2.0"><channel><title>T</title>
            <item><title>I</title><link>http://example.com/i</link></item></channel></rss>
            """)
        #expect(feed.title == "T")
        #expect(feed.entries.map(\.link) == ["http://example.com/i"])
    }

    @Test func anITunesImageWithoutAURLNamesNoPicture() throws {
        let feed = try parse(
            """
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title>
            <image><url>http://example.com/logo.png</url><title>T</title><link>http://example.com/</link></image>
            <itunes:image>href=http://example.com/logo.png"&gt;</itunes:image>
            <item><title>I</title><itunes:image>n/a</itunes:image></item>
            <item><title>J</title><itunes:image>https://example.com/j.jpg</itunes:image></item>
            </channel></rss>
            """, url: "http://example.com/feed")
        #expect(feed.image?.url == "http://example.com/logo.png")
        #expect(feed.entries[0].image == nil)
        #expect(feed.entries[1].image == "https://example.com/j.jpg")
    }

    @Test func anUntypedMediaContentWithDimensionsIsAPictureAndTheWidestWins() throws {
        let entry = try item(
            """
            <media:content width="140" url="https://i.example.com/x.jpg?w=140"/>
            <media:content width="460" url="https://i.example.com/x.jpg?w=460"/>
            """, namespaces: "xmlns:media=\"http://search.yahoo.com/mrss/\"")
        #expect(entry.image == "https://i.example.com/x.jpg?w=460")
    }

    @Test func aTrackingPixelIsNotTheEntryPicture() throws {
        let pixel = try item(
            "<description>Text.&lt;img src=\"http://feeds.example.com/~r/X/~4/abc\" height=\"1\" width=\"1\" alt=\"\"/&gt;</description>"
        )
        #expect(pixel.image == nil)
        let photo = try item(
            """
            <description>&lt;img src="http://feeds.example.com/~4/p" width="1" height="1"/&gt;
            &lt;img src="http://example.com/photo.jpg" width="600"/&gt;</description>
            """)
        #expect(photo.image == "http://example.com/photo.jpg")
    }

    @Test func textTitlesLoseTheWhiteSpaceAroundThem() throws {
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>\n  <![CDATA[ Feed Name ]]>\n</title><item><title>\nItem title\n</title></item></channel></rss>"
        )
        #expect(feed.titleDetail?.value == "Feed Name")
        #expect(feed.entries[0].titleDetail?.value == "Item title")
    }

    @Test func theWebmasterIsNotEveryItemsAuthorButTheEditorIs() throws {
        let webmaster = try item("", channel: "<webMaster>webmaster@example.com (Webmaster Folha Online)</webMaster>")
        #expect(webmaster.authors.isEmpty)
        let editor = try item("", channel: "<managingEditor>ed@example.com (Ed Itor)</managingEditor>")
        #expect(editor.authors == ["Ed Itor"])
    }

    @Test func aQuotedDisplayNameLosesItsQuotes() throws {
        let entry = try item("<author>\"Doe, John\" &lt;john@example.com&gt;</author>")
        #expect(entry.authorDetails.first?.name == "Doe, John")
        #expect(entry.authorDetails.first?.email == "john@example.com")
    }

    @Test func rss10ModEnclosureIsAnEnclosureAndThePicture() throws {
        let feed = try parse(
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
             xmlns:enc="http://purl.oclc.org/net/rss_2.0/enc#">
            <channel rdf:about="http://example.com/"><title>T</title></channel>
            <item rdf:about="http://example.com/1"><title>I</title>
             <enc:enclosure rdf:resource="http://example.com/1.jpg" enc:type="image/jpeg"/></item></rdf:RDF>
            """)
        let entry = try #require(feed.entries.first)
        #expect(entry.enclosures.map(\.url) == ["http://example.com/1.jpg"])
        #expect(entry.enclosures.first?.type == "image/jpeg")
        #expect(entry.image == "http://example.com/1.jpg")
    }

    @Test(arguments: [
        ("Sun, 14 Mar 2021 16:07:08 +0000 GMT", "2021-03-14T16:07:08Z"),
        ("2021-03-14 16:07:08 -0500 EST", "2021-03-14T21:07:08Z"),  // Go's time.String()
        ("Sun, 14 Mar 2021 16:07:08 EST -0500", "2021-03-14T21:07:08Z"),
        ("03 Apr 02 1500 GMT", "2002-04-03T15:00:00Z"),  // the RSS 0.92 spec's sample
        ("14/03/2021", "2021-03-14T00:00:00Z"),
        ("03/04/2021", "2021-03-04T00:00:00Z"),  // US order when either could be the month
        ("14.03.2021 16:07:08", "2021-03-14T16:07:08Z"),
        ("2021-3-14 16:07:08", "2021-03-14T16:07:08Z"),
        ("Sun, 14 Mar 2021 16:7:8 GMT", "2021-03-14T16:07:08Z"),
        ("Mar 14 2021 04:07:08PM", "2021-03-14T16:07:08Z"),
        // Weekdays and months in other languages.
        ("Vendredi, 05 Nov 94 13:15:30 GMT", "1994-11-05T13:15:30Z"),
        ("Wed, 31 Ago 2016 11:08:22 GMT", "2016-08-31T11:08:22Z"),
        ("Di, 04 Okt 2016 10:00:00 +0200", "2016-10-04T08:00:00Z"),
        ("mar, 15 nov 2022 00:38:15 +0100", "2022-11-14T23:38:15Z"),  // Italian Tuesday, not March
        ("Mar 14, 2021 10:00 GMT", "2021-03-14T10:00:00Z"),
        ("mer., 16 févr. 2022 10:00:00 +0100", "2022-02-16T09:00:00Z"),
        ("Sáb, 31 Ago 2016 11:08:22 GMT", "2016-08-31T11:08:22Z"),
        // CMS templates (Drupal) and two-digit years.
        ("10/30/23 21:55:58", "2023-10-30T21:55:58Z"),  // not the year 23
        ("30.10.23", "2023-10-30T00:00:00Z"),
        ("Friday, December 22, 2017 - 3:09pm", "2017-12-22T15:09:00Z"),  // Drupal
        ("Mon, 03/30/2020 - 19:19", "2020-03-30T19:19:00Z"),
        ("June 22, 2023 at 01:11 PM EDT", "2023-06-22T17:11:00Z"),
        ("16th Nov 2023 10:00 GMT", "2023-11-16T10:00:00Z"),
        ("Lundi, 16. Novembre 2020 - 15:54", "2020-11-16T15:54:00Z"),
        ("Dec, 25 2022 10:00:00 GMT", "2022-12-25T10:00:00Z"),  // a month before the comma, no other
    ])
    func datesFromTheWildAreRead(_ written: String, _ expected: String) throws {
        let entry = try item("<pubDate>\(written)</pubDate>")
        #expect(entry.published?.rfc3339 == expected)
    }

    @Test(arguments: [
        "Sun, 14 Mar 2021 16:07:08 +0000 -0500",  // two offsets that disagree
        "Sun, 14 Mar 2021 16:07:08 GMT EST",
        "03-14-2021",  // month first with dashes: not a form anyone writes unambiguously
    ])
    func contradictoryOrAmbiguousDatesStayUnknown(_ written: String) throws {
        let entry = try item("<pubDate>\(written)</pubDate>")
        #expect(entry.published == nil)
    }

    @Test func unixTimesInSecondsOrMillisecondsAreDates() throws {
        // 2023-11-14T22:13:20Z; eight digits stay a compact calendar date.
        let expected = Timestamp(year: 2023, month: 11, day: 14, hour: 22, minute: 13, second: 20)
        #expect(try item("<pubDate>1700000000</pubDate>").published == expected)
        #expect(try item("<pubDate> 1700000000000 </pubDate>").published == expected)
        #expect(try item("<pubDate>20240105</pubDate>").published == Timestamp(year: 2024, month: 1, day: 5))
        #expect(try item("<pubDate>0700000000</pubDate>").published == nil)
        #expect(try item("<pubDate>17000000000</pubDate>").published == nil)
        // YYYYMMDDHH, not a time in 2034.
        #expect(try item("<pubDate>2024010512</pubDate>").published == nil)
    }

    @Test func unpaddedMonthsAndDaysAfterAFourDigitYearAreDates() throws {
        #expect(
            try item("<pubDate>2024-1-5T3:04:05Z</pubDate>").published
                == Timestamp(year: 2024, month: 1, day: 5, hour: 3, minute: 4, second: 5))
        #expect(try item("<pubDate>2024-11-5</pubDate>").published == Timestamp(year: 2024, month: 11, day: 5))
        #expect(try item("<pubDate>24-1-5</pubDate>").published == nil)
    }

    @Test func aJSONFeedWithABareVersionIsReadAndNullItemsAreSkipped() throws {
        let json = """
            {"version": "1.1", "title": "J", "items": [null, {"id": "1", "content_text": "x",
             "attachments": [{"url": "http://example.com/a.mp3", "size_in_bytes": 9223372036854775807},
                             {"url": "http://example.com/b.mp3", "size_in_bytes": 5000000}]}]}
            """
        let feed = try parse(json)
        #expect(feed.title == "J")
        #expect(feed.entries.count == 1)
        #expect(feed.entries[0].enclosures.map(\.length) == [nil, "5000000"])
        #expect(throws: FeedParseError.self) { try parse("{\"version\": \"7\", \"name\": \"not a feed\"}") }
    }

    @Test func titlesAboutCodeKeepTheirAngleBrackets() throws {
        let feed = try parse(
            """
            <rss version="2.0"><channel><title>I &lt;3 RSS</title>
            <item><title>Vector&lt;T&gt; in C++</title></item><item><title>A&lt;B</title></item>
            <item><title>Use &lt;script&gt; tags safely</title></item>
            <item><title>&lt;b&gt;Bold&lt;/b&gt; news</title></item><item><title>Line&lt;br&gt;break</title></item>
            </channel></rss>
            """)
        #expect(feed.title == "I <3 RSS")
        #expect(
            feed.entries.map(\.title) == [
                "Vector<T> in C++", "A<B", "Use <script> tags safely", "Bold news", "Line break",
            ])
    }

    @Test func anEmptyContentElementLeavesTheDescriptionAsTheText() throws {
        let blank = try item(
            "<description>item description</description><content:encoded><![CDATA[ ]]></content:encoded>",
            namespaces: "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
        #expect(blank.text == "item description")
        let scriptOnly = try item(
            "<description>item description</description><content:encoded><![CDATA[<script>x()</script>]]></content:encoded>",
            namespaces: "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
        #expect(scriptOnly.text == "item description")
    }

    @Test func enclosuresWithoutAURLAreDroppedAndAMediaPlayerStandsInForOne() throws {
        let feed = try parse(
            """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
            <item><title>A</title><enclosure type="audio/mpeg" length="10"/></item>
            <item><title>B</title><enclosure url=" " type="audio/mpeg" length="10"/></item>
            <item><title>C</title><media:content medium="video"><media:player url="https://player.example/v/1"/></media:content></item>
            </channel></rss>
            """, url: "https://site.example/feed.xml")
        #expect(feed.entries.map(\.enclosures.count) == [0, 0, 1])
        #expect(feed.entries[2].enclosures.first?.url == "https://player.example/v/1")
    }

    @Test func aJSONFeedsEmptyURLsNameNothingAndItsTitlesDecodeEntities() throws {
        let feed = try parse(
            """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Blog &#8211; Data", "icon": "", "favicon": " ",
             "items": [{"id": "1", "url": "", "image": "", "title": "Tom &amp; Jerry", "content_text": "x",
                        "attachments": [{"url": "", "mime_type": "audio/mpeg"}]}]}
            """, url: "https://site.example/feed.json")
        #expect(feed.title == "Blog – Data")
        #expect(feed.titleDetail?.value == "Blog – Data")
        #expect(feed.logo == nil && feed.icon == nil)
        #expect(feed.entries[0].link == nil && feed.entries[0].image == nil)
        #expect(feed.entries[0].enclosures.isEmpty)
        #expect(feed.entries[0].title == "Tom & Jerry")
    }

    @Test func googleAlertsLinksLeadToTheArticle() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Google Alert - kirkuk</title>
            <entry><title type="html">Kirkuk news</title><id>tag:google.com,2013:googlealerts/feed:1</id>
            <link href="https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://news.example.com/kirkuk%3Fa%3D1&amp;ct=ga&amp;cd=x"/>
            </entry></feed>
            """)
        #expect(feed.entries[0].link == "https://news.example.com/kirkuk?a=1")
    }

    @Test func atomRelationsWrittenAsIANAURIsAreTheirShortNames() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <link rel="http://www.iana.org/assignments/relation/alternate" href="http://example.com/"/>
            <entry><title>a</title><link rel="http://www.iana.org/assignments/relation/alternate" href="http://example.com/a"/></entry>
            </feed>
            """)
        #expect(feed.link == "http://example.com/")
        #expect(feed.entries[0].link == "http://example.com/a")
    }

    @Test func dcIdentifierIsTheIdOfLastResortAndAChannelUpdatedCounts() throws {
        let feed = try parse(
            """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>
            <updated>2023-05-01T10:00:00Z</updated>
            <item><title>I</title><dc:identifier>doi:10.1000/182</dc:identifier></item>
            <item><title>J</title><guid>g-1</guid><dc:identifier>doi:10.1000/183</dc:identifier></item>
            </channel></rss>
            """)
        #expect(feed.updated == Timestamp(year: 2023, month: 5, day: 1, hour: 10))
        #expect(feed.entries.map(\.id) == ["doi:10.1000/182", "g-1"])
        let linked = try item(
            "<link>http://j.example/a</link><dc:identifier>ISSN 1234-5678</dc:identifier>",
            namespaces: "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        #expect(linked.id == nil, "an entry stored by its link keeps that identity")
    }

    @Test func anAuthorsAvatarIsNotTheStorysPicture() throws {
        let entry = try item(
            """
            <media:content url="https://0.gravatar.com/avatar/ce74?s=96" medium="image"/>
            <description>&lt;p&gt;Text&lt;img src="https://blog.example/photo.jpg"/&gt;&lt;/p&gt;</description>
            """, namespaces: "xmlns:media=\"http://search.yahoo.com/mrss/\"")
        #expect(entry.image == "https://blog.example/photo.jpg")
    }

    @Test func relativeLinksWithSpacesOrAccentsAndDotSegmentsResolve() throws {
        let feed = try parse(
            """
            <rss version="2.0"><channel><title>T</title>
            <item><title>a</title><link>/école/été</link></item><item><title>b</title><link>/search?q=a b</link></item>
            <item><title>c</title><link>/../g</link></item></channel></rss>
            """, url: "https://site.example/feed.xml")
        #expect(
            feed.entries.map(\.link) == [
                "https://site.example/%C3%A9cole/%C3%A9t%C3%A9", "https://site.example/search?q=a%20b",
                "https://site.example/g",
            ])
    }

    @Test func xmlBaseOnTheContentItselfResolvesItsFirstPicture() throws {
        let feed = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><title>one</title><id>urn:1</id>
            <content type="xhtml" xml:base="http://diveintomark.org/"><div xmlns="http://www.w3.org/1999/xhtml">
            <p>hi <img src="images/pic.png"/></p></div></content></entry></feed>
            """, url: "https://site.example/feed.xml")
        #expect(feed.entries[0].image == "http://diveintomark.org/images/pic.png")
    }

    @Test func anAtomEntryDocumentIsAFeedOfThatEntry() throws {
        let feed = try parse(
            """
            <entry xmlns="http://www.w3.org/2005/Atom"><title>Solo</title><id>urn:solo</id>
            <link href="http://example.com/solo"/><updated>2024-01-02T03:04:05Z</updated></entry>
            """)
        #expect(feed.format == .atom10)
        #expect(feed.entries.map(\.title) == ["Solo"])
        #expect(feed.entries[0].link == "http://example.com/solo")
    }

    @Test func utf16WithoutAByteOrderMarkIsRecognisedByItsFirstBytes() throws {
        let xml =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Café</title><item><title>Grüße</title></item></channel></rss>"
        for bigEndian in [false, true] {
            var bytes: [UInt8] = []
            for unit in xml.utf16 {
                let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                bytes += bigEndian ? [high, low] : [low, high]
            }
            let feed = try FeedParser().parse(bytes, url: nil)
            #expect(feed.title == "Café")
            #expect(feed.entries.map(\.title) == ["Grüße"])
        }
    }

    @Test func atomElementsInAnRSSChannelFillWhatRSSLeavesOut() throws {
        let feed = try parse(
            """
            <rss version="2.0" xmlns:a="http://www.w3.org/2005/Atom"><channel><a:title>Atom-titled</a:title>
            <a:subtitle>About</a:subtitle><a:rights>CC BY</a:rights><a:logo>http://example.com/logo.png</a:logo>
            <item><a:title>Entry</a:title><a:issued>2004-01-02T03:04:05Z</a:issued></item></channel></rss>
            """)
        #expect(feed.title == "Atom-titled")
        #expect(feed.rights?.value == "CC BY")
        #expect(feed.image?.url == "http://example.com/logo.png")
        #expect(feed.entries[0].title == "Entry")
        #expect(feed.entries[0].published == Timestamp(year: 2004, month: 1, day: 2, hour: 3, minute: 4, second: 5))
    }

    @Test func aTitleAboutAnEndTagKeepsIt() throws {
        let feed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>&lt;/example&gt;</title></item><item><title>Fixing &lt;/div&gt; leaks</title></item></channel></rss>"
        )
        #expect(feed.entries.map(\.title) == ["</example>", "Fixing </div> leaks"])
    }

    @Test func authorsAreNamesNotMarkupAndEachPersonComesOnce() throws {
        let feed = try parse(
            """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel><title>T</title>
            <item><title>a</title><author><name>Foo Bar</name><title>VP</title></author></item>
            <item><title>b</title><dc:creator>&lt;a href="https://example.org/ann"&gt;Ann Lee&lt;/a&gt;</dc:creator></item>
            <item><title>c</title><atom:author><name>Cy</name></atom:author></item>
            </channel></rss>
            """)
        #expect(feed.entries.map(\.authors) == [["Foo Bar"], ["Ann Lee"], ["Cy"]])
        let atom = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>e</title>
            <author><name>Alice</name></author><author><name>Bob</name></author><author><name>Bob</name><uri>http://bob.example</uri></author>
            </entry></feed>
            """)
        #expect(atom.entries[0].authors == ["Alice", "Bob"])
    }

    @Test func commentsAreLinksRepliesPagesCountAndBlankPicturesAreNone() throws {
        let atom = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><title>e</title><link href="http://example.org/e"/>
            <link rel="replies" type="text/html" href="http://example.org/e#comments"/></entry>
            <entry><title>f</title><id>http://example.org/f</id>
            <link rel="replies" type="application/atom+xml" href="http://example.org/f/comments.xml"/></entry></feed>
            """)
        #expect(atom.entries.map(\.comments) == ["http://example.org/e#comments", nil])
        #expect(atom.entries[1].link == "http://example.org/f")  // an http id is the page of last resort
        let rss = try parse(
            """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
            <channel><title>T</title><item><title>a</title><comments>Some text</comments>
            <media:thumbnail url=" "/><itunes:image href=" "/><itunes:subtitle>Episode Subtitle</itunes:subtitle></item></channel></rss>
            """, url: "https://example.org/feed.xml")
        #expect(rss.entries[0].comments == nil)
        #expect(rss.entries[0].image == nil && rss.entries[0].thumbnails.isEmpty)
        #expect(rss.entries[0].text == "Episode Subtitle")
    }

    @Test func anUnclosedLinkDoesNotSwallowTheItemsAfterIt() throws {
        let rss = try parse(
            """
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title>
            <atom:link href="http://e.com/feed" rel="self" type="application/rss+xml">
            <item><title>first</title><link>http://e.com/1</link></item>
            <item><title>second</title><link>http://e.com/2</link></item></channel></rss>
            """)
        #expect(rss.entries.map(\.title) == ["first", "second"])
        let atom = try parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><link href="http://e.com/">
            <entry><title>e</title><link href="http://e.com/1"/></entry></feed>
            """)
        #expect(atom.entries.map(\.link) == ["http://e.com/1"])
    }

    @Test func aPHPNoticeBeforeTheFeedIsIgnoredWithAWarning() throws {
        let feed = try parse(
            """
            <br />
            <b>Deprecated</b>:  Function create_function() is deprecated in <b>/var/www/x.php</b> on line <b>7</b><br />
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title><item><title>E1</title></item></channel></rss>
            """)
        #expect(feed.title == "T")
        #expect(feed.entries.map(\.title) == ["E1"])
        #expect(feed.warnings.contains { $0.contains("before the XML declaration") })
    }

    @Test func relativeLinksKeepTheirEscapes() throws {
        let feed = try parse(
            """
            <rss version="2.0"><channel><title>t</title>
            <item><title>x</title><link>/wiki/AC%2FDC</link></item>
            <item><title>y</title><link>news/a-%26-b%21</link></item></channel></rss>
            """, url: "http://e.com/feeds/rss.xml")
        #expect(feed.entries.map(\.link) == ["http://e.com/wiki/AC%2FDC", "http://e.com/feeds/news/a-%26-b%21"])
    }

    @Test func aMailtoQueryIsNoPartOfTheName() throws {
        let entry = try item("<author>mailto:news@example.com?subject=Feedback (Jane Doe)</author>")
        #expect(entry.authorDetails.first?.name == "Jane Doe")
        #expect(entry.authorDetails.first?.email == "news@example.com")
    }

    @Test func shareButtonsAndFeedFlaresAreNotTheStorysPicture() throws {
        let entry = try item(
            "<description>Story.&lt;a href=\"x\"&gt;&lt;img src=\"http://feeds.feedburner.com/~ff/b?d=yIl2\"/&gt;&lt;/a&gt;</description>"
        )
        #expect(entry.image == nil)
    }

    @Test func anUndeclaredRSSPrefixIsRSSAndALineBreakInAPictureURLIsDropped() throws {
        let feed = try parse(
            """
            <rss version="2.0"><rss:channel><rss:title>T</rss:title><rss:item><rss:title>E1</rss:title>
            <rss:link>https://example.com/1</rss:link></rss:item></rss:channel></rss>
            """)
        #expect(feed.title == "T")
        #expect(feed.entries.map(\.link) == ["https://example.com/1"])
        let entry = try item("<description>&lt;img src=\"http://e.com/thumb-120x80-280\n.jpg\"/&gt;text</description>")
        #expect(entry.image == "http://e.com/thumb-120x80-280.jpg")
    }

    @Test func reviewedEdgesStayRight() throws {
        // `<?xml` quoted inside a JSON Feed is no XML declaration after noise.
        let json = try parse(
            #"{"version":"https://jsonfeed.org/version/1.1","title":"Dev","items":[{"id":"1","content_text":"Start with <?xml version=\"1.0\"?>"}]}"#
        )
        #expect(json.entries.count == 1)
        // An entity in the name does not cost the address in angle brackets.
        let author = try item("<author><![CDATA[Tom &amp; Jerry <tj@example.com>]]></author>")
        #expect(author.authorDetails.first?.email == "tj@example.com")
        #expect(author.authorDetails.first?.name == "Tom & Jerry")
        // An element declaring another default namespace is not RSS's own.
        let foreign = try item("<description xmlns=\"http://example.com/other\">Other</description>")
        #expect(foreign.summary == nil)
        // Unclosed `<link href>` in every item: libxml2 nests the next items inside the first.
        let nested = try parse(
            """
            <rss version="2.0"><channel><title>T</title><link href="http://example.com/">
            <item><title>One</title><link href="http://example.com/1"><guid>1</guid></item>
            <item><title>Two</title><link href="http://example.com/2"><guid>2</guid></item>
            </channel></rss>
            """)
        #expect(nested.link == "http://example.com/")
        #expect(nested.entries.map(\.link) == ["http://example.com/1", "http://example.com/2"])
    }
}
