import FeedModel
import FeedParser
import Foundation
import Testing

/// Hostile documents: entity expansion, external entities, deep nesting, size limits.
@Suite struct SafetyTests {
    @Test func billionLaughsFailsFastWithoutExpanding() throws {
        var dtd = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [\(dtd)]><rss><channel><title>&lol9;</title></channel></rss>"
        let clock = ContinuousClock()
        let start = clock.now
        let result = Result { try FeedParser().parse(Array(xml.utf8)) }
        #expect(clock.now - start < .seconds(2))
        // Either refused or parsed with the reference unexpanded: never a billion "lol"s.
        if case .success(let feed) = result {
            #expect((feed.title ?? "").utf8.count < 10_000)
        }
    }

    @Test func externalEntitiesNeverReadLocalFiles() throws {
        let secret = "TIDINGS-SECRET-\(UInt64.random(in: 0...UInt64.max))"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-xxe-\(secret).txt").path
        try Data(secret.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://\(path)"><!ENTITY % p SYSTEM "file://\(path)"> %p;]>
            <rss version="2.0"><channel><title>t &xxe;</title>
            <item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
            """
        let outcome = Result { try FeedParser().parse(Array(xml.utf8)) }
        if case .success(let feed) = outcome {
            let everything =
                [feed.title ?? ""] + feed.entries.flatMap { [$0.title ?? "", $0.text, $0.summary?.value ?? ""] }
            #expect(!everything.joined().contains("TIDINGS-SECRET"))
        }
    }

    @Test func deepNestingDoesNotCrash() throws {
        let depth = 100_000
        let xml =
            "<rss><channel><title>deep</title><item><description>" + String(repeating: "<a>", count: depth)
            + String(repeating: "</a>", count: depth) + "</description></item></channel></rss>"
        let outcome = Result { try FeedParser().parse(Array(xml.utf8)) }
        if case .success(let feed) = outcome { #expect(feed.title == "deep") }
        let html =
            "<rss><channel><item><description>" + String(repeating: "&lt;div&gt;", count: depth)
            + "x</description></item></channel></rss>"
        #expect(try FeedParser().parse(Array(html.utf8)).entries.count == 1)
    }

    @Test func oversizedAndEmptyDocumentsAreRefused() {
        let parser = FeedParser(configuration: .init(maxDocumentBytes: 1024))
        let big = Array(("<rss>" + String(repeating: " ", count: 2000) + "</rss>").utf8)
        #expect(throws: FeedParseError.self) { try parser.parse(big) }
        #expect(throws: FeedParseError.self) { try FeedParser().parse(Array("   \n".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedParser().parse(Array("<html><body>404</body></html>".utf8)) }
    }

    @Test func malformedXMLIsRecoveredWithAWarning() throws {
        let xml = "<rss><channel><title>Broken</title><item><title>One</title></item><item><title>Two</title>"
        let feed = try FeedParser().parse(Array(xml.utf8))
        #expect(feed.entries.map(\.title) == ["One", "Two"])
        #expect(!feed.warnings.isEmpty)
    }
}
