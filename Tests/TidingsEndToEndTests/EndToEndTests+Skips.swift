import FeedTestSupport
import Foundation
import Testing

extension EndToEndTests {
    static let skipsFeed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Fine</title>
        <item><guid>1</guid><title>One report</title><pubDate>Tue, 14 Oct 2025 09:00:00 GMT</pubDate></item>
        </channel></rss>
        """

    /// `run --once` polls every feed now, except those a server asked to wait (Retry-After) and
    /// those it said are gone (410): it sends them no request and says so. `feeds` shows why,
    /// and which feeds have validators and which moved (with the hint to update feeds.conf).
    @Test func runOnceSkipsFeedsUnderAWaitOrGoneAndFeedsSaysWhy() throws {
        let server = try LoopbackHTTPServer(routes: [
            "/fine.xml": HTTPResponse.ok(body: Self.skipsFeed).addingHeader("ETag", "\"f1\""),
            "/old.xml": .redirect(to: "/fine.xml", status: 301),
            "/gone.xml": .status(410),
            "/busy.xml": HTTPResponse.status(429).addingHeader("Retry-After", "7200"),
        ])
        defer { server.stop() }
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = """
            database = "\(dir.path)/news.db"
            host_delay = 0s
            log_level = info
            \(server.url("/fine.xml")) name="Fine"
            \(server.url("/gone.xml")) name="Gone"
            \(server.url("/busy.xml")) name="Busy"
            \(server.url("/old.xml")) name="Old"
            """
        try config.write(to: dir.appendingPathComponent("feeds.conf"), atomically: true, encoding: .utf8)

        _ = try TidingsProcess.run(["run", "--once"], in: dir)
        #expect(server.requests.count == 5, "first run: \(server.requests.map(\.path))")
        server.clearRequests()

        let second = try TidingsProcess.run(["run", "--once"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            server.requests.map(\.path).sorted() == ["/fine.xml", "/fine.xml", "/old.xml"],
            "the second run sent \(server.requests.map(\.path))")
        let skipped = second.stderr.split(separator: "\n").filter { $0.contains("skipped") }
        #expect(skipped.contains { $0.contains("/gone.xml") && $0.contains("gone") }, "\(second.stderr)")
        #expect(skipped.contains { $0.contains("/busy.xml") && $0.contains("Retry-After") }, "\(second.stderr)")

        // A third run: three polls in a row answered through a 301 move the feed.
        _ = try TidingsProcess.run(["run", "--once"], in: dir)
        let feeds = try TidingsProcess.run(["feeds"], in: dir)
        #expect(feeds.status == 0)
        let lines = feeds.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        func block(_ name: String) -> String {
            guard let start = lines.firstIndex(where: { $0.hasPrefix(name) }) else { return "" }
            // The feed's line and its indented detail lines.
            let details = lines[(start + 1)...].prefix { $0.hasPrefix(" ") }
            return ([lines[start]] + details).joined(separator: "\n")
        }
        #expect(block("Gone").contains("410"), "\(feeds.stdout)")
        #expect(block("Gone").lowercased().contains("gone"), "\(feeds.stdout)")
        #expect(block("Busy").contains("Retry-After"), "\(feeds.stdout)")
        #expect(block("Fine").contains("validators: ETag"), "\(feeds.stdout)")
        #expect(block("Fine").contains("next in"), "\(feeds.stdout)")
        #expect(
            block("Old").contains("moved permanently to \(server.url("/fine.xml"))")
                && block("Old").contains("feeds.conf"),
            "\(feeds.stdout)")
    }
}
