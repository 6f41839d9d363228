import FeedTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension DaemonTests {
    /// Each feed's next poll time lives in the database: a daemon restarted a moment after its
    /// first cycle polls nothing until the feeds are due, instead of re-polling every feed at once.
    @Test(.timeLimit(.minutes(1)))
    func aRestartDoesNotRepollFeedsThatAreNotDue() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/a.xml": .ok(body: DaemonFixtures.rss("a")),
            "/b.xml": .ok(body: DaemonFixtures.rss("b")),
        ])
        defer { server.stop() }
        let setup = try DaemonSetup(
            config: DaemonFixtures.settings + DaemonFixtures.feedLine(server, "/a.xml", name: "A")
                + DaemonFixtures.feedLine(server, "/b.xml", name: "B"))
        defer { setup.cleanUp() }

        let first = try setup.startDaemon()
        defer { first.kill() }
        let cycle = await first.waitForStderr(containing: "cycle 1:", timeout: Self.startTimeout)
        try #require(cycle, "no first cycle; stderr:\n\(first.stderr)")
        first.send(SIGTERM)
        let stopped = await first.waitForExit(timeout: 10)
        try #require(stopped == 0, "the first daemon did not stop cleanly; stderr:\n\(first.stderr)")
        #expect(server.requests.count == 2)

        let second = try setup.startDaemon()
        defer { second.kill() }
        let running = await second.waitForStderr(containing: "tidings running", timeout: Self.startTimeout)
        try #require(running, "the second daemon did not start; stderr:\n\(second.stderr)")
        // Give it every chance to poll before asserting it did not.
        try await Task.sleep(for: .seconds(3))
        #expect(server.requests.count == 2, "the restarted daemon polled \(server.requests.map(\.path)) again")
        #expect(!second.stderr.contains("cycle 1:"), "\(second.stderr)")
        #expect(second.isRunning)
    }
}
