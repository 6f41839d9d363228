import FeedModel
import FeedParser
import Testing

/// Character encodings: BOM > HTTP charset > XML declaration, legacy code pages, mislabelled UTF-8.
@Suite struct EncodingTests {
    private static let arabicTitle = "مفاوضات الميزانية في بغداد"

    @Test func windows1256ByDeclaration() throws {
        let feed = try Fixture.parse("windows-1256-declared.xml")
        #expect(feed.title == Self.arabicTitle)
        #expect(feed.entries.first?.text == "استؤنفت المحادثات يوم الاثنين")
    }

    @Test func httpCharsetOverridesAWrongDeclaration() throws {
        let served = try Fixture.parse("windows-1256-http-charset.xml", contentType: "text/xml; charset=windows-1256")
        #expect(served.title == Self.arabicTitle)
        // Without the header the (wrong) ISO-8859-1 declaration is all there is to go on.
        let bare = try Fixture.parse("windows-1256-http-charset.xml")
        #expect(bare.title != Self.arabicTitle)
    }

    @Test func byteOrderMarksWin() throws {
        #expect(try Fixture.parse("utf8-bom.xml").title == "Café in Erbil")
        #expect(try Fixture.parse("utf16le-bom.xml").title == "Café in Erbil")
        // A BOM beats a contradicting HTTP charset (RFC 7303 §3.3 gives the BOM precedence).
        #expect(try Fixture.parse("utf8-bom.xml", contentType: "text/xml; charset=iso-8859-1").title == "Café in Erbil")
    }

    @Test func misdeclaredUTF8IsRecoveredAsWindows1252WithAWarning() throws {
        let feed = try Fixture.parse("misdeclared-utf8.xml")
        #expect(feed.title == "Café – “quoted”")
        #expect(feed.entries.first?.text == "déjà vu")
        #expect(feed.warnings.contains { $0.contains("not valid UTF-8") })
    }

    @Test(arguments: [
        ("koi8-r.xml", "Новости Москвы"), ("shift_jis.xml", "東京のニュース"), ("gb2312.xml", "北京新闻"),
        ("iso-8859-7.xml", "Ειδήσεις Αθήνα"),
    ])
    func legacyEncodings(_ file: String, _ title: String) throws {
        #expect(try Fixture.parse(file).title == title)
    }

    @Test func labelsAreReadAsTheSupersetBrowsersUse() throws {
        // GBK characters in a document labelled GB2312; windows-1252 quotes under an ISO-8859-1 label.
        #expect(try Fixture.parse("gbk-labelled-gb2312.xml").title == "朱镕基 访问 北京")
        #expect(try Fixture.parse("iso-8859-1-with-cp1252-quotes.xml").title == "Kurdistan’s “budget” – update")
    }

    @Test func anUnknownLabelFallsBackWithAWarning() throws {
        let feed = try Fixture.parse("unknown-encoding-label.xml")
        #expect(feed.title == "Café Erbil")
        #expect(feed.warnings.contains { $0.contains("x-made-up") })
    }

    @Test func blankLinesBeforeTheDeclarationDoNotHideTheEncoding() throws {
        var bytes = Array("\n\n<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><title>Caf".utf8)
        bytes += [0xE9] + Array("</title></channel></rss>".utf8)
        #expect(try FeedParser().parse(bytes).title == "Café")
    }

    @Test func bytesWindows1252LeavesUndefinedDoNotCutTheFeedShort() throws {
        var bytes = Array(#"<?xml version="1.0" encoding="utf-8"?><rss><channel><title>A"#.utf8)
        bytes += [0x9D, 0x81, 0xE9]
        bytes += Array("</title><item><title>Still here</title></item></channel></rss>".utf8)
        let feed = try FeedParser().parse(bytes)
        #expect(feed.title?.hasSuffix("é") == true)
        #expect(feed.entries.map(\.title) == ["Still here"])
    }

    @Test func invalidBytesNeverCrash() throws {
        var bytes = Array(#"<?xml version="1.0" encoding="utf-8"?><rss><channel><title>A"#.utf8)
        bytes += [0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0x00, 0x80]
        bytes += Array("B</title></channel></rss>".utf8)
        let feed = try FeedParser().parse(bytes)
        #expect(feed.title?.hasPrefix("A") == true)
    }
}
