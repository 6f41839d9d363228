import FeedTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension DaemonTests {
    /// `tidings add` fetches the feed once to check it and stores that answer as its first poll:
    /// the running daemon, told to reload, takes the feed up without fetching it again and clusters
    /// its articles at once.
    @Test(.timeLimit(.minutes(1)))
    func addingAFeedCostsItsServerOneGet() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/a.xml": .ok(body: DaemonFixtures.rss("a")),
            "/new.xml": HTTPResponse.ok(body: DaemonFixtures.rss("new")).addingHeader("ETag", "\"n1\""),
        ])
        defer { server.stop() }
        let setup = try DaemonSetup(
            config: DaemonFixtures.settings + DaemonFixtures.feedLine(server, "/a.xml", name: "A"))
        defer { setup.cleanUp() }
        let daemon = try setup.startDaemon()
        defer { daemon.kill() }
        let firstCycle = await daemon.waitForStderr(containing: "cycle 1:", timeout: Self.startTimeout)
        try #require(firstCycle, "no first cycle; stderr:\n\(daemon.stderr)")

        let add = try await runTidings(["add", server.url("/new.xml"), "name=New"] + setup.paths, in: setup.directory)
        #expect(add.status == 0, "add failed: \(add.stderr)")
        #expect(add.stdout.contains("Stored its 2 items"), "\(add.stdout)")
        let reloaded = await daemon.waitForStderr(containing: "reloaded", timeout: 10)
        #expect(reloaded, "no 'reloaded' log line; stderr:\n\(daemon.stderr)")
        // Give the daemon every chance to fetch the new feed before asserting it did not.
        try await Task.sleep(for: .seconds(2))
        #expect(server.requests(forPath: "/new.xml").count == 1, "the feed was fetched again after it was added")
        let listing = try await listFeeds(setup)
        #expect(listing.feed(named: "New")?.article_count == 2)
        #expect(listing.feed(named: "New")?.configured == true)
        // Its articles joined their story at once (the same event as A's), although no feed is due for 30
        // minutes: until a clustering pass, each stored article sits in a story of its own.
        let clustered = await daemon.waitForStderr(containing: "stored since the last pass", timeout: 10)
        #expect(clustered, "no clustering pass after the reload; stderr:\n\(daemon.stderr)")
        let stories = try await runTidings(["stories", "--json", "--all"] + setup.paths, in: setup.directory)
        #expect(stories.status == 0, "stories: \(stories.stderr)")
        let listed = try JSONDecoder().decode(StoriesListing.self, from: Data(stories.stdout.utf8))
        #expect(listed.stories.map(\.article_count).reduce(0, +) == 4)
        #expect(listed.stories.contains { $0.outlet_count == 2 }, "no story joins the two outlets: \(stories.stdout)")
        #expect(daemon.isRunning, "the daemon died; stderr:\n\(daemon.stderr)")
    }
}
