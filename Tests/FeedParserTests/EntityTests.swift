import FeedModel
import FeedParser
import Testing

/// HTML entities XML does not define, double-escaped titles and bare ampersands.
@Suite struct EntityTests {
    private func title(_ markup: String) throws -> String? {
        try FeedParser().parse(Array("<rss><channel><title>\(markup)</title></channel></rss>".utf8)).title
    }

    @Test(arguments: [
        ("caf&eacute;", "café"), ("a&nbsp;b", "a b"), ("&ldquo;quoted&rdquo;", "“quoted”"),
        ("&Omega; &euro; &hellip;", "Ω € …"), ("KRG&amp;amp;#8217;s", "KRG’s"), ("don&#146;t", "don’t"),
        ("&#X41;", "A"), ("&doesnotexist;", "&doesnotexist;"), ("AT&T", "AT&T"),
    ])
    func entitiesResolve(_ markup: String, _ expected: String) throws {
        #expect(try title(markup) == expected)
    }

    @Test func bareAmpersandsInLinksSurvive() throws {
        let xml = "<rss><channel><item><link>http://example/?a=1&b=2&c</link></item></channel></rss>"
        let feed = try FeedParser().parse(Array(xml.utf8))
        #expect(feed.entries.first?.link == "http://example/?a=1&b=2&c")
    }

    @Test func entitiesInsideCDATAStayAsWritten() throws {
        let xml =
            "<rss><channel><item><description><![CDATA[caf&eacute; <b>x</b>]]></description></item></channel></rss>"
        let feed = try FeedParser().parse(Array(xml.utf8))
        #expect(feed.entries.first?.summary?.value == "caf&eacute; <b>x</b>")
        #expect(feed.entries.first?.text == "café x")
    }
}
