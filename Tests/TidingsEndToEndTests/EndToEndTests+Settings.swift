import FeedTestSupport
import Foundation
import Testing

extension EndToEndTests {
    /// The fetch settings of feeds.conf reach the wire through the real binary: the configured
    /// User-Agent is what the server sees, and `max_body_size` refuses a larger feed (and says so
    /// in `tidings feeds`) while a small one is stored.
    @Test func feedsConfFetchSettingsReachTheWire() throws {
        let small = Self.skipsFeed
        let padding = String(repeating: "<!-- padding padding padding -->\n", count: 200)
        let large = small.replacingOccurrences(of: "<channel>", with: "<channel>" + padding)
        let server = try LoopbackHTTPServer(routes: ["/small.xml": .ok(body: small), "/large.xml": .ok(body: large)])
        defer { server.stop() }
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let agent = "NewsDesk/2.0 (+https://newsdesk.example/bot)"
        let config = """
            database = "\(dir.path)/news.db"
            host_delay = 0s
            user_agent = "\(agent)"
            max_body_size = 4KiB
            \(server.url("/small.xml")) name="Small"
            \(server.url("/large.xml")) name="Large"
            """
        try config.write(to: dir.appendingPathComponent("feeds.conf"), atomically: true, encoding: .utf8)

        _ = try TidingsProcess.run(["run", "--once"], in: dir)
        #expect(server.requests.count == 2)
        #expect(server.requests.allSatisfy { $0.header("User-Agent") == agent }, "\(server.requests.map(\.headers))")
        let feeds = try TidingsProcess.run(["feeds"], in: dir)
        let lines = feeds.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("Small") && $0.contains("  1 article") }, "\(feeds.stdout)")
        #expect(lines.contains { $0.contains("error:") && $0.contains("4096") }, "\(feeds.stdout)")
    }
}
