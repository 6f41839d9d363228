import Testing

@testable import FeedParser

/// Resolving named references before libxml2's HTML parser must not change the text it gives.
@Suite struct HTMLEntityTableTests {
    static let fragments = [
        "<p>Caf&eacute; &mdash; &ldquo;quoted&rdquo; &hellip;&nbsp;end</p>",
        "<p title=\"a&quot;b &eacute;\">x &amp;eacute; &lt;b&gt; &AElig;&aelig; &thetasym; &unknown; &eacute</p>",
        "<script>var s = '&mdash;';</script><p>&copy; 2025 &trade;</p><!-- &nbsp; --><style>a{}</style>",
        "&Agrave;&#233;&#x41;&euro;&;&#;&eacute&eacute;;<br>&rsquo;s<li>&bull; item</li>",
        "<a href=\"/x?a=1&b=2&copy=3\">link &para;</a> & bare &amp; &AMP; &Eacute; &eacutex;",
    ]

    @Test(arguments: fragments)
    func sameTextAsTheParserAlone(_ html: String) {
        var copy = html
        let direct = copy.withUTF8 { HTMLText.parsedText($0) }
        #expect(HTMLText.plainText(html) == direct)
    }

    @Test func tableHoldsLibxml2sEntities() {
        #expect(HTMLEntityTable.characters.count > 240)
        let key = HTMLEntityTable.pack(Array("mdash".utf8)[...])
        #expect(key.flatMap { HTMLEntityTable.characters[$0] } == Array("\u{2014}".utf8))
        #expect(HTMLEntityTable.pack(Array("amp".utf8)[...]).flatMap { HTMLEntityTable.characters[$0] } == nil)
    }
}
