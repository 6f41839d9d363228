import FeedTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The real `tidings run` daemon as a process: reload on SIGHUP, stop on SIGTERM, sd_notify, the writer lock.
///
/// Each test starts the built binary against a loopback HTTP server and a scratch database, and kills it
/// in a `defer` whatever happens. Waits poll with generous deadlines so a loaded machine only slows them down.
@Suite(.serialized)
struct DaemonTests {
    /// How long to wait for the daemon's first cycle (a debug build on a busy 2-core machine starts slowly).
    static let startTimeout = 30.0

    /// The decoded part of `tidings stories --json` the tests read.
    struct StoriesListing: Decodable {
        struct Story: Decodable {
            var id: Int64
            var article_count: Int
            var outlet_count: Int
        }

        var stories: [Story]
    }

    // MARK: - SIGHUP

    @Test(.timeLimit(.minutes(1)))
    func sighupAddsAndRemovesFeeds() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/a.xml": .ok(body: DaemonFixtures.rss("a")),
            "/b.xml": .ok(body: DaemonFixtures.rss("b")),
            "/c.xml": .ok(body: DaemonFixtures.rss("c")),
        ])
        defer { server.stop() }
        let setup = try DaemonSetup(
            config: DaemonFixtures.settings + DaemonFixtures.feedLine(server, "/a.xml", name: "A")
                + DaemonFixtures.feedLine(server, "/b.xml", name: "B")
        )
        defer { setup.cleanUp() }
        let daemon = try setup.startDaemon()
        defer { daemon.kill() }

        let firstCycle = await daemon.waitForStderr(containing: "cycle 1:", timeout: Self.startTimeout)
        try #require(firstCycle, "no first cycle; stderr:\n\(daemon.stderr)")
        #expect(server.requests(forPath: "/a.xml").count == 1)
        #expect(server.requests(forPath: "/b.xml").count == 1)
        #expect(server.requests(forPath: "/c.xml").isEmpty)

        // Every feed due again: after the reload A and C must be polled, and B would be if it were still there.
        try await markAllFeedsDue(setup)
        try DaemonFixtures.write(
            DaemonFixtures.settings + DaemonFixtures.feedLine(server, "/a.xml", name: "A")
                + DaemonFixtures.feedLine(server, "/c.xml", name: "C"),
            to: setup.config
        )
        daemon.send(SIGHUP)

        let polled = await eventually(timeout: 15) {
            !server.requests(forPath: "/c.xml").isEmpty && server.requests(forPath: "/a.xml").count >= 2
        }
        #expect(
            polled,
            "after SIGHUP the added feed C and the due feed A were not both polled; stderr:\n\(daemon.stderr)"
        )
        let reloaded = await daemon.waitForStderr(containing: "reloaded", timeout: 10)
        #expect(reloaded, "no 'reloaded' log line; stderr:\n\(daemon.stderr)")

        // Give the removed (and due) feed every chance to be polled before asserting it was not.
        try await Task.sleep(for: .seconds(2))
        #expect(server.requests(forPath: "/b.xml").count == 1, "the removed feed was polled again")
        #expect(server.requests(forPath: "/c.xml").count == 1)
        #expect(daemon.isRunning, "the daemon died after SIGHUP; stderr:\n\(daemon.stderr)")

        // The removed feed stays in the database (its articles too), marked as no longer configured.
        let listing = try await listFeeds(setup)
        #expect(listing.feed(named: "A")?.configured == true)
        #expect(listing.feed(named: "C")?.configured == true)
        #expect(listing.feed(named: "B")?.configured == false)
        #expect(listing.feed(named: "B")?.article_count == 2)

        daemon.send(SIGTERM)
        let status = await daemon.waitForExit(timeout: 10)
        #expect(status == 0 && daemon.exitedNormally, "exit after SIGTERM: \(String(describing: status))")
    }

    @Test(.timeLimit(.minutes(1)))
    func sighupWithBrokenConfigKeepsRunningConfiguration() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/a.xml": .ok(body: DaemonFixtures.rss("a")),
            "/b.xml": .ok(body: DaemonFixtures.rss("b")),
            "/c.xml": .ok(body: DaemonFixtures.rss("c")),
        ])
        defer { server.stop() }
        let good =
            DaemonFixtures.settings + DaemonFixtures.feedLine(server, "/a.xml", name: "A")
            + DaemonFixtures.feedLine(server, "/b.xml", name: "B")
        let setup = try DaemonSetup(config: good)
        defer { setup.cleanUp() }
        let daemon = try setup.startDaemon()
        defer { daemon.kill() }

        let firstCycle = await daemon.waitForStderr(containing: "cycle 1:", timeout: Self.startTimeout)
        try #require(firstCycle, "no first cycle; stderr:\n\(daemon.stderr)")

        // The new file adds C but has a broken line; none of it may apply.
        let broken = good + DaemonFixtures.feedLine(server, "/c.xml", name: "C") + "this is not a feed line\n"
        let brokenLine = broken.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        try DaemonFixtures.write(broken, to: setup.config)
        daemon.send(SIGHUP)

        let logged = await daemon.waitForStderr(containing: "feeds.conf:\(brokenLine):", timeout: 15)
        #expect(logged, "the reload error does not name feeds.conf:\(brokenLine); stderr:\n\(daemon.stderr)")
        #expect(daemon.stderr.contains("reload failed"), "stderr:\n\(daemon.stderr)")
        try await Task.sleep(for: .seconds(2))
        #expect(daemon.isRunning, "the daemon died on a broken reload; stderr:\n\(daemon.stderr)")
        #expect(server.requests(forPath: "/c.xml").isEmpty, "a feed from the broken file was polled")

        let listing = try await listFeeds(setup)
        #expect(listing.feed(named: "A")?.configured == true)
        #expect(listing.feed(named: "B")?.configured == true)
        #expect(listing.feed(named: "C") == nil)

        // Fixing the file and reloading again applies it: the daemon still listens for SIGHUP.
        try DaemonFixtures.write(good + DaemonFixtures.feedLine(server, "/c.xml", name: "C"), to: setup.config)
        daemon.send(SIGHUP)
        let cPolled = await eventually(timeout: 15) { !server.requests(forPath: "/c.xml").isEmpty }
        #expect(cPolled, "the fixed config was not applied; stderr:\n\(daemon.stderr)")

        daemon.send(SIGTERM)
        let status = await daemon.waitForExit(timeout: 10)
        #expect(status == 0 && daemon.exitedNormally, "exit after SIGTERM: \(String(describing: status))")
    }

    /// `tidings add` signals the daemon that holds the lock, so a SIGHUP can come the moment the lock is
    /// taken, before the reload watcher exists. It must not kill the daemon (SIGHUP's default action).
    ///
    /// A SIGHUP that arrives before the reload watcher is installed must not kill the daemon
    /// (`tidings add` signals whoever holds the lock, possibly right after it was taken).
    @Test(.timeLimit(.minutes(1)))
    func sighupRightAfterTheLockIsTakenDoesNotKill() async throws {
        let server = try LoopbackHTTPServer(routes: ["/a.xml": .ok(body: DaemonFixtures.rss("a"))])
        defer { server.stop() }
        let setup = try DaemonSetup(
            config: DaemonFixtures.settings + DaemonFixtures.feedLine(server, "/a.xml", name: "A")
        )
        defer { setup.cleanUp() }
        let daemon = try setup.startDaemon()
        defer { daemon.kill() }
        let lockPath = setup.database.path + ".lock"
        let marker = "pid=\(daemon.pid)\n"
        let locked = await eventually(timeout: Self.startTimeout, every: 0.001) {
            ((try? String(contentsOfFile: lockPath, encoding: .utf8)) ?? "").hasPrefix(marker)
        }
        try #require(locked, "the daemon never took its lock; stderr:\n\(daemon.stderr)")
        daemon.send(SIGHUP)

        let settled = await eventually(timeout: Self.startTimeout) {
            !daemon.isRunning || daemon.stderr.contains("cycle 1:")
        }
        #expect(settled)
        try await Task.sleep(for: .milliseconds(300))
        #expect(daemon.isRunning, "SIGHUP right after start killed the daemon; stderr:\n\(daemon.stderr)")
        if daemon.isRunning {
            daemon.send(SIGTERM)
            let status = await daemon.waitForExit(timeout: 10)
            #expect(status == 0 && daemon.exitedNormally, "exit after SIGTERM: \(String(describing: status))")
        }
    }

    // MARK: - SIGTERM

    @Test(.timeLimit(.minutes(1)))
    func sigtermDuringSlowTransferExitsZeroWithinFiveSeconds() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/fast.xml": .ok(body: DaemonFixtures.rss("fast")),
            "/slow.xml": .ok(body: DaemonFixtures.rss("slow")).delayed(by: 30),
        ])
        defer { server.stop() }
        let setup = try DaemonSetup(
            config: DaemonFixtures.settings + DaemonFixtures.feedLine(server, "/fast.xml", name: "Fast")
                + DaemonFixtures.feedLine(server, "/slow.xml", name: "Slow")
        )
        defer { setup.cleanUp() }
        let daemon = try setup.startDaemon()
        defer { daemon.kill() }

        let inFlight = await eventually(timeout: Self.startTimeout) {
            !server.requests(forPath: "/slow.xml").isEmpty && !server.requests(forPath: "/fast.xml").isEmpty
        }
        try #require(inFlight, "the slow transfer never started; stderr:\n\(daemon.stderr)")
        // Let the fast feed's results reach the database while the slow one hangs.
        try await Task.sleep(for: .milliseconds(500))

        let start = ContinuousClock.now
        daemon.send(SIGTERM)
        let status = await daemon.waitForExit(timeout: 10)
        let elapsed = ContinuousClock.now - start
        #expect(status != nil, "still running 10 s after SIGTERM; stderr:\n\(daemon.stderr)")
        #expect(elapsed < .seconds(5), "took \(elapsed) to stop")
        #expect(
            status == 0 && daemon.exitedNormally,
            "exit status \(String(describing: status)); stderr:\n\(daemon.stderr)"
        )

        // Nothing half-written: the database opens and the slow feed is simply not polled yet.
        let listing = try await listFeeds(setup)
        #expect(listing.feed(named: "Fast")?.article_count == 2)
        #expect(listing.feed(named: "Slow")?.article_count == 0)
    }

    /// SIGTERM while the daemon reclusters a database of some size: it must still stop within 5 s.
    ///
    /// A SIGTERM during a long clustering pass stops the daemon within 5 s: the pass checks for
    /// cancellation as it goes and writes nothing when interrupted.
    @Test(.timeLimit(.minutes(1)))
    func sigtermDuringClusteringExitsWithinFiveSeconds() async throws {
        let feedCount = 20
        let itemsPerFeed = 150
        var routes: [String: HTTPResponse] = [:]
        var lines = DaemonFixtures.settings
        let server = try LoopbackHTTPServer(routes: [:])
        defer { server.stop() }
        for i in 0..<feedCount {
            let body = DaemonFixtures.variedRSS("o\(i)", items: itemsPerFeed, seed: UInt64(i + 1))
            routes["/o\(i).xml"] = .ok(body: body)
            lines += DaemonFixtures.feedLine(server, "/o\(i).xml", name: "O\(i)")
        }
        for (path, response) in routes { server.setRoute(path, response) }
        let setup = try DaemonSetup(config: lines)
        defer { setup.cleanUp() }
        let daemon = try setup.startDaemon()
        defer { daemon.kill() }

        // Every article stored means the poll phase is over and the recluster has begun.
        var stored = false
        let deadline = ContinuousClock.now + .seconds(Self.startTimeout)
        while !stored && ContinuousClock.now < deadline && daemon.isRunning {
            if daemon.stderr.contains("cycle 1:") { break }
            if let listing = try? await listFeeds(setup) {
                stored = listing.feeds.map(\.article_count).reduce(0, +) == feedCount * itemsPerFeed
            }
            if !stored { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(
            stored,
            "not all articles stored before the cycle ended (running: \(daemon.isRunning)); stderr:\n\(daemon.stderr)"
        )

        let start = ContinuousClock.now
        daemon.send(SIGTERM)
        let status = await daemon.waitForExit(timeout: 5)
        let elapsed = ContinuousClock.now - start
        trace("\(status == nil ? "still running" : "stopped") \(elapsed) after SIGTERM; stderr:\n\(daemon.stderr)")
        #expect(status != nil, "still running 5 s after SIGTERM during clustering")
        if status == nil {
            daemon.kill()
        } else {
            #expect(status == 0 && daemon.exitedNormally, "exit status \(String(describing: status)) after \(elapsed)")
        }
        // Whatever the timing, the database is consistent afterwards.
        let listing = try await listFeeds(setup)
        #expect(listing.feeds.map(\.article_count).reduce(0, +) == feedCount * itemsPerFeed)
    }

    // MARK: - sd_notify

    @Test(.timeLimit(.minutes(1)))
    func notifySocketSeesReadyStatusWatchdogAndStopping() async throws {
        let server = try LoopbackHTTPServer(routes: ["/a.xml": .ok(body: DaemonFixtures.rss("a"))])
        defer { server.stop() }
        let setup = try DaemonSetup(
            config: DaemonFixtures.settings + DaemonFixtures.feedLine(server, "/a.xml", name: "A")
        )
        defer { setup.cleanUp() }
        let notify = try NotifySocket(path: setup.directory.appendingPathComponent("notify").path)
        let daemon = try setup.startDaemon(environment: [
            "NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "1000000",
        ])
        defer { daemon.kill() }

        let ready = await notify.waitForLine(timeout: Self.startTimeout) { $0 == "READY=1" }
        try #require(ready, "no READY=1; got \(notify.messages()); stderr:\n\(daemon.stderr)")
        let cycleStatus = await notify.waitForLine(timeout: 15) { $0.hasPrefix("STATUS=") && $0.contains("last cycle") }
        #expect(cycleStatus, "no STATUS= after a cycle; got \(notify.messages())")
        // WatchdogSec=1s: pings every half second.
        let pings = await eventually(timeout: 10) { notify.lines().filter { $0 == "WATCHDOG=1" }.count >= 2 }
        #expect(pings, "fewer than two WATCHDOG=1; got \(notify.messages())")
        #expect(!notify.lines().contains("STOPPING=1"))

        // READY=1 comes once, before any STATUS of a finished cycle.
        let lines = notify.lines()
        #expect(lines.filter { $0 == "READY=1" }.count == 1)
        if let readyIndex = lines.firstIndex(of: "READY=1"),
            let cycleIndex = lines.firstIndex(where: { $0.hasPrefix("STATUS=") && $0.contains("last cycle") })
        {
            #expect(readyIndex < cycleIndex)
        }

        daemon.send(SIGTERM)
        let status = await daemon.waitForExit(timeout: 10)
        #expect(status == 0 && daemon.exitedNormally, "exit after SIGTERM: \(String(describing: status))")
        let stopping = await notify.waitForLine(timeout: 2) { $0 == "STOPPING=1" }
        #expect(stopping, "no STOPPING=1; got \(notify.messages())")
    }

    // MARK: - The writer lock

    @Test(.timeLimit(.minutes(1)))
    func secondDaemonIsRefusedWhileReadersWork() async throws {
        let server = try LoopbackHTTPServer(routes: ["/a.xml": .ok(body: DaemonFixtures.rss("a", items: 3))])
        defer { server.stop() }
        let setup = try DaemonSetup(
            config: DaemonFixtures.settings + DaemonFixtures.feedLine(server, "/a.xml", name: "A")
        )
        defer { setup.cleanUp() }
        let first = try setup.startDaemon()
        defer { first.kill() }
        let firstCycle = await first.waitForStderr(containing: "cycle 1:", timeout: Self.startTimeout)
        try #require(firstCycle, "no first cycle; stderr:\n\(first.stderr)")

        let running = try await runTidings(["status"] + setup.paths, in: setup.directory)
        #expect(running.status == 0, "status while running: \(running.status)\n\(running.stdout)\(running.stderr)")
        #expect(running.stdout.contains("pid \(first.pid)"), "status does not name the daemon: \(running.stdout)")

        let second = try await runTidings(["run"] + setup.paths, in: setup.directory)
        #expect(second.status == 1, "second daemon exit status \(second.status); stderr:\n\(second.stderr)")
        #expect(second.stderr.contains("another tidings"), "stderr:\n\(second.stderr)")
        #expect(second.stderr.contains("already writing"), "stderr:\n\(second.stderr)")
        #expect(second.stderr.contains("pid \(first.pid)"), "stderr does not name the holder:\n\(second.stderr)")

        let once = try await runTidings(["run", "--once"] + setup.paths, in: setup.directory)
        #expect(once.status == 1, "run --once beside the daemon exit status \(once.status); stderr:\n\(once.stderr)")
        #expect(once.stderr.contains("already writing"), "stderr:\n\(once.stderr)")

        let stories = try await runTidings(["stories", "--json", "--all"] + setup.paths, in: setup.directory)
        #expect(stories.status == 0, "stories beside the daemon: \(stories.status)\n\(stories.stderr)")
        let decoded = try JSONDecoder().decode(StoriesListing.self, from: Data(stories.stdout.utf8))
        #expect(decoded.stories.map(\.article_count).reduce(0, +) == 3)
        #expect(first.isRunning, "the first daemon died; stderr:\n\(first.stderr)")

        first.send(SIGTERM)
        let status = await first.waitForExit(timeout: 10)
        #expect(status == 0 && first.exitedNormally, "exit after SIGTERM: \(String(describing: status))")

        let stopped = try await runTidings(["status"] + setup.paths, in: setup.directory)
        #expect(stopped.status == 3, "status after stop: \(stopped.status)\n\(stopped.stdout)\(stopped.stderr)")
    }
}
