import FeedTestSupport
import Foundation
import Testing

/// The whole path with the real binary: feeds.conf → libcurl over loopback → libxml2 → SQLite → stories.
@Suite(.serialized)
struct EndToEndTests {
    struct ManifestItem: Decodable, Hashable {
        var file: String
        var id: String
    }

    struct Manifest: Decodable {
        var shared_event: [ManifestItem]
        var unrelated: [ManifestItem]
    }

    static var fixtures: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw TestFailure("Fixtures missing from the test bundle")
            }
            return url
        }
    }

    @Test func oneEventCoveredByThreeOutletsBecomesOneStory() throws {
        let fixtures = try Self.fixtures
        let server = try LoopbackHTTPServer.serving(directory: fixtures.path)
        defer { server.stop() }
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = """
            # three outlets, three formats
            database = "\(dir.path)/news.db"
            host_delay = 0s
            \(server.url("/harbor-times.xml")) name="Harbor Times" lang=en
            \(server.url("/valley-wire.atom")) name="Valley Wire" lang=en tags=wire
            \(server.url("/al-manara-ar.xml")) name="Al-Manara" lang=ar
            """
        try config.write(to: dir.appendingPathComponent("feeds.conf"), atomically: true, encoding: .utf8)

        let run = try TidingsProcess.run(["run", "--once"], in: dir)
        #expect(run.status == 0, "run --once failed: \(run.stderr)")

        let listed = try TidingsProcess.run(["stories", "--json", "--all"], in: dir)
        #expect(listed.status == 0, "stories failed: \(listed.stderr)")
        let output = try JSONDecoder().decode(StoriesOutput.self, from: listed.stdoutData)
        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: fixtures.appendingPathComponent("manifest.json")))

        func key(_ article: StoriesOutput.Article) -> ManifestItem {
            ManifestItem(file: URL(string: article.feed)?.lastPathComponent ?? article.feed, id: article.id)
        }
        let all = output.stories.flatMap(\.articles).map(key)
        // Every item stored exactly once, in exactly one story.
        #expect(all.count == Set(all).count)
        #expect(Set(all) == Set(manifest.shared_event + manifest.unrelated))

        let shared = Set(manifest.shared_event)
        let storiesWithShared = output.stories.filter { $0.articles.contains { shared.contains(key($0)) } }
        #expect(storiesWithShared.count == 1, "the shared event is split over \(storiesWithShared.count) stories")
        if let story = storiesWithShared.first {
            #expect(Set(story.articles.map(key)) == shared, "the shared story holds other items too")
            #expect(Set(story.outlets) == ["Harbor Times", "Valley Wire", "Al-Manara"])
        }

        // The windows-1256 feed came out as correct Arabic.
        let arabic = output.stories.flatMap(\.articles).filter { $0.outlet == "Al-Manara" }
        #expect(arabic.count == 3)
        #expect(arabic.allSatisfy { $0.lang == "ar" })
        #expect(arabic.contains { $0.title.unicodeScalars.contains { (0x0621...0x064A).contains($0.value) } })
        #expect(!arabic.contains { $0.title.contains("\u{FFFD}") || $0.title.contains("Ã") })

        // The human listing shows the shared story on one line with all three outlets.
        let human = try TidingsProcess.run(["stories", "--all"], in: dir)
        #expect(human.status == 0)
        let line = human.stdout.split(separator: "\n").first { $0.contains("Harbor Times") && $0.contains("Valley Wire") }
        #expect(line?.contains("Al-Manara") == true, "no line lists all three outlets:\n\(human.stdout)")
    }

    @Test func aSecondPollDuplicatesNothingAndKeepsValidators() throws {
        let fixtures = try Self.fixtures
        let server = try LoopbackHTTPServer.serving(directory: fixtures.path)
        defer { server.stop() }
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        host_delay = 0s
        \(server.url("/harbor-times.xml")) name="Harbor Times"
        """.write(to: dir.appendingPathComponent("feeds.conf"), atomically: true, encoding: .utf8)

        #expect(try TidingsProcess.run(["run", "--once"], in: dir).status == 0)
        #expect(try TidingsProcess.run(["run", "--once"], in: dir).status == 0)
        let requests = server.requests(forPath: "/harbor-times.xml")
        #expect(requests.count == 2)
        #expect(requests.first?.header("If-None-Match") == nil, "validators sent on the first fetch")
        let etag = try #require(requests.last?.header("If-None-Match"))
        #expect(etag.hasPrefix("\""))

        let listed = try TidingsProcess.run(["stories", "--json", "--all"], in: dir)
        let output = try JSONDecoder().decode(StoriesOutput.self, from: listed.stdoutData)
        #expect(output.stories.flatMap(\.articles).count == 4)
    }

    @Test func badInputIsReportedByNameAndDisturbsNothingElse() throws {
        let fixtures = try Self.fixtures
        let server = try LoopbackHTTPServer.serving(directory: fixtures.path)
        defer { server.stop() }
        // A port with nothing listening: bind a server, note its port, stop it.
        let closed = try LoopbackHTTPServer(routes: [:])
        let deadURL = closed.url("/feed.xml")
        closed.stop()
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        host_delay = 0s
        timeout = 10s
        \(server.url("/harbor-times.xml")) name="Harbor Times"
        \(deadURL) name="Dead Host"
        \(server.url("/missing.xml")) name="Missing Feed"
        \(server.url("/broken-not-xml.xml")) name="Error Page"
        \(server.url("/broken-truncated.xml")) name="Truncated Feed"
        """.write(to: dir.appendingPathComponent("feeds.conf"), atomically: true, encoding: .utf8)

        let run = try TidingsProcess.run(["run", "--once"], in: dir)
        #expect(run.status == 0, "a failing feed must not fail the run: \(run.stderr)")
        #expect(run.stderr.contains("Dead Host") && run.stderr.contains("connection refused"))
        #expect(run.stderr.contains("Missing Feed") && run.stderr.contains("404"))
        #expect(run.stderr.contains("Error Page") && run.stderr.contains("not a feed"))
        #expect(!run.stderr.contains("\"Harbor Times\""), "the healthy feed was reported as failing")

        let feeds = try TidingsProcess.run(["feeds", "--json"], in: dir)
        struct Feeds: Decodable {
            struct Feed: Decodable {
                var name: String
                var last_status: Int?
                var last_error: String?
                var article_count: Int
            }
            var feeds: [Feed]
        }
        let status = try JSONDecoder().decode(Feeds.self, from: feeds.stdoutData)
        let byName = Dictionary(uniqueKeysWithValues: status.feeds.map { ($0.name, $0) })
        #expect(byName["Harbor Times"]?.article_count == 4)
        #expect(byName["Harbor Times"]?.last_error == nil)
        #expect(byName["Dead Host"]?.last_error?.contains("connection refused") == true)
        #expect(byName["Missing Feed"]?.last_status == 404)
        #expect(byName["Error Page"]?.last_error != nil)
        // A truncated feed is recovered: its complete items are stored (libxml2 may also keep the cut one).
        #expect((byName["Truncated Feed"]?.article_count ?? 0) >= 2)
        #expect(byName["Truncated Feed"]?.last_error == nil)

        // A malformed config line: a clear file:line error, exit non-zero, the database untouched.
        let before = try Data(contentsOf: dir.appendingPathComponent("tidings.db"))
        try """
        \(server.url("/harbor-times.xml")) name="Harbor Times"
        this is not a feed line
        """.write(to: dir.appendingPathComponent("feeds.conf"), atomically: true, encoding: .utf8)
        let bad = try TidingsProcess.run(["run", "--once"], in: dir)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("feeds.conf:2:"), "error does not name the line: \(bad.stderr)")
        let after = try Data(contentsOf: dir.appendingPathComponent("tidings.db"))
        #expect(before == after)
        let still = try TidingsProcess.run(["stories", "--json", "--all", "--database", "tidings.db"], in: dir)
        #expect(still.status == 0)
    }
}
