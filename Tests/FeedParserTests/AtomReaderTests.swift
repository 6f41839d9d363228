import FeedModel
import FeedParser
import Testing

/// Atom 1.0 text constructs, `xml:base` and `xml:lang`.
@Suite struct AtomReaderTests {
    @Test func textConstructsKeepTheirTypeAndReadAsPlainText() throws {
        let feed = try Fixture.parse("atom-text-constructs.xml")
        #expect(feed.format == .atom10)
        // type="text": markup-looking characters are literal text.
        #expect(feed.title == "AP-style <Wire>")
        #expect(feed.titleDetail == FeedText(value: "AP-style <Wire>", isHTML: false))
        #expect(feed.subtitle == FeedText(value: "World news <em>as it happens</em>", isHTML: true))
        // type="xhtml": the wrapping div is dropped, the markup kept.
        #expect(feed.rights?.isHTML == true)
        #expect(feed.rights?.value.contains("<b>Wire</b>") == true)
        #expect(feed.rights?.value.contains("<div") == false)
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Talks in Baghdad & Erbil")
        #expect(entry.summary == FeedText(value: "Plain <summary> text", isHTML: false))
        #expect(entry.text == "First paragraph.\nSecond.")
        #expect(feed.entries.last?.text == "Escaped HTML body")
    }

    @Test func xhtmlContentKeepsEveryChildOfItsDivExactly() throws {
        // The markup inside the div as written (attributes holding `>`, a namespace URI holding
        // one, which libxml2 writes raw, empty elements, text between elements, a nested div), and
        // nothing of the div's own tags.
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>1</id><title>e</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml" xmlns:q="urn:a&gt;b" class="a>b">Lead <b title="x>y">bold</b>\
            <br/><div>inner</div> tail &amp; end</div></content>
            <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"/></summary></entry></feed>
            """
        let entry = try #require(try FeedParser().parse(Array(xml.utf8)).entries.first)
        #expect(
            entry.content?.value
                == #"Lead <b title="x&gt;y">bold</b><br/><div>inner</div> tail &amp; end"#)
        #expect(entry.text == "Lead bold\ninner\ntail & end")
        #expect(entry.summary?.value == "")
    }

    @Test func resolvesRelativeLinksAgainstNestedXMLBase() throws {
        let feed = try Fixture.parse("atom-text-constructs.xml", url: "https://mirror.example.net/feed.atom")
        #expect(feed.link == "https://wire.example.com/world/")
        #expect(feed.links.last?.href == "https://wire.example.com/world/feed.atom")
        #expect(feed.links.last?.type == "application/atom+xml")
        #expect(feed.icon == "https://wire.example.com/favicon.ico")
        let entry = try #require(feed.entries.first)
        #expect(entry.link == "https://wire.example.com/world/stories/talks-2025.html")
        #expect(
            entry.enclosures == [
                FeedEnclosure(url: "https://wire.example.com/audio/talks.mp3", type: "audio/mpeg", length: "999")
            ])
    }

    @Test func languageDatesAndAuthorsFollowTheFeed() throws {
        let feed = try Fixture.parse("atom-text-constructs.xml")
        #expect(feed.language == "en-US")
        let entry = try #require(feed.entries.first)
        #expect(entry.language == "en-US")
        #expect(entry.published == Timestamp(year: 2025, month: 1, day: 21, hour: 4))
        #expect(entry.updated == Timestamp(year: 2025, month: 1, day: 21, hour: 9))
        // RFC 4287 §4.2.1: entries without an author inherit the feed's.
        #expect(entry.authorDetails == [FeedPerson(name: "Wire Staff", email: "staff@wire.example.com")])
        #expect(entry.categories == ["politics"])
        let second = try #require(feed.entries.last)
        #expect(second.updated == nil)
        #expect(second.published == nil)
    }

    @Test func atom03WithBase64AndEscapedModes() throws {
        let xml = """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title mode="base64">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>
              <entry>
                <title type="text/html" mode="escaped">AT&amp;amp;T &lt;b&gt;news&lt;/b&gt;</title>
                <issued>2004-01-01T19:48:21Z</issued>
              </entry>
            </feed>
            """
        let feed = try FeedParser().parse(Array(xml.utf8))
        #expect(feed.format == .atom03)
        #expect(feed.title == "Example <b>Atom</b>")
        #expect(feed.entries.first?.title == "AT&T news")
        #expect(
            feed.entries.first?.published == Timestamp(year: 2004, month: 1, day: 1, hour: 19, minute: 48, second: 21))
    }
}
