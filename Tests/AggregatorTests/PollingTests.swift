import Aggregator
import FeedConfig
import FeedFetcher
import FeedModel
import FeedStore
import FeedTestSupport
import Foundation
import Logging
import Testing

/// The polling rules, asserted on what a scripted loopback server received.
@Suite struct PollingTests {
    static let rss = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><guid>1</guid><title>One</title><pubDate>Tue, 14 Oct 2025 09:00:00 GMT</pubDate></item>
        <item><guid>2</guid><title>Two</title><pubDate>Mon, 13 Oct 2025 09:00:00 GMT</pubDate></item>
        </channel></rss>
        """

    struct Harness {
        let store: SQLiteFeedStore
        let aggregator: Aggregator

        init(config text: String, store: SQLiteFeedStore? = nil) throws {
            let config = try FeedsFile.parse(text, source: "feeds.conf")
            let s = config.settings
            let fetcher = CurlFeedFetcher(
                configuration: .init(
                    userAgent: s.userAgent, connectTimeout: 5, timeout: Double(s.timeout.seconds),
                    maxConcurrent: s.concurrency,
                    maxPerHost: s.perHostConnections, hostDelay: Double(s.hostDelay.seconds),
                    denyPrivateNetworks: s.denyPrivateNetworks))
            self.store = try store ?? SQLiteFeedStore.inMemory()
            self.aggregator = Aggregator(
                store: self.store, fetcher: fetcher, config: config, logger: Logger(label: "test"))
        }

        /// Polls every configured feed once (as `run --once` does, minus the skip rules).
        @discardableResult
        func pollAll() async throws -> RefreshReport {
            await aggregator.refresh(try aggregator.syncFeeds())
        }

        func state(_ url: String) throws -> FeedPollState? {
            try aggregator.syncFeeds().first { $0.url == url }
        }
    }

    @Test func conditionalGetSendsStoredValidatorsBackExactlyAnd304IsASuccess() async throws {
        let etag = "\"abc-1\""
        let lastModified = "Tue, 14 Oct 2025 09:12:00 GMT"
        let server = try LoopbackHTTPServer { request in
            if request.header("If-None-Match") == etag {
                return HTTPResponse.notModified.addingHeader("ETag", "\"abc-2\"")
            }
            return HTTPResponse.ok(body: PollingTests.rss).addingHeader("ETag", etag).addingHeader(
                "Last-Modified", lastModified)
        }
        defer { server.stop() }
        let url = server.url("/feed")
        let store = try SQLiteFeedStore.inMemory()
        try await Harness(config: "host_delay = 0s\n\(url)", store: store).pollAll()
        // A "restart": a new aggregator on the same store still has the validators.
        let report = try await Harness(config: "host_delay = 0s\n\(url)", store: store).pollAll()
        let requests = server.requests(forPath: "/feed")
        #expect(requests.count == 2, "one GET per poll")
        #expect(requests[0].header("If-None-Match") == nil)
        #expect(requests[0].header("If-Modified-Since") == nil)
        #expect(requests[1].header("If-None-Match") == etag)
        #expect(requests[1].header("If-Modified-Since") == lastModified)
        #expect(report.feeds.first?.status == 304)
        #expect(report.feeds.first?.error == nil)
        // The 304 carried a new ETag: it replaces the stored one; Last-Modified is kept.
        let state = try #require(try Harness(config: "\(url)", store: store).state(url))
        #expect(state.validators == HTTPValidators(etag: "\"abc-2\"", lastModified: lastModified))
        #expect(state.errorCount == 0)
    }

    @Test func aSuccessResetsTheErrorCount() async throws {
        let failures = Counter()
        let server = try LoopbackHTTPServer { _ in
            failures.next() < 2 ? .status(500) : .ok(body: PollingTests.rss)
        }
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try Harness(config: "host_delay = 0s\n\(url)")
        try await h.pollAll()
        try await h.pollAll()
        #expect(try h.state(url)?.errorCount == 2)
        #expect(try h.state(url)?.nextPollReason == "backoff")
        try await h.pollAll()
        #expect(try h.state(url)?.errorCount == 0)
    }

    @Test func maxAgeLongerThanTheIntervalSetsTheNextPoll() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/feed": HTTPResponse.ok(body: Self.rss).addingHeader("Cache-Control", "public, max-age=7200")
        ])
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try Harness(config: "interval = 30m\n\(url)")
        let before = Int64(Date().timeIntervalSince1970)
        try await h.pollAll()
        let elapsed = Int64(Date().timeIntervalSince1970) - before
        let state = try #require(try h.state(url))
        #expect(state.nextPollReason == "max-age")
        let wait = (state.nextPoll?.seconds ?? 0) - before
        #expect(wait >= 7200 && wait <= 7200 + 720 + elapsed + 1, "next poll in \(wait) s, the poll took \(elapsed) s")
    }

    @Test func retryAfterIsHonouredAndRunOnceSkipsTheFeed() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/feed": HTTPResponse.status(429).addingHeader("Retry-After", "3600")
        ])
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try Harness(config: "\(url)")
        let before = Int64(Date().timeIntervalSince1970)
        try await h.pollAll()
        // The answer came somewhere in the poll: allow for the poll's own duration on a loaded machine.
        let elapsed = Int64(Date().timeIntervalSince1970) - before
        let state = try #require(try h.state(url))
        #expect(state.nextPollReason == "Retry-After")
        let wait = (state.nextPoll?.seconds ?? 0) - before
        #expect(wait >= 3599 && wait <= 3600 + elapsed + 1, "next poll in \(wait) s, the poll took \(elapsed) s")
        #expect(Aggregator.serverImposedWait(state, now: Aggregator.now()) != nil)
    }

    @Test func unavailableWithoutRetryAfterDoublesTheInterval() async throws {
        let server = try LoopbackHTTPServer(routes: ["/feed": .status(503)])
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try Harness(config: "interval = 1h\n\(url)")
        let before = Int64(Date().timeIntervalSince1970)
        try await h.pollAll()
        let after = Int64(Date().timeIntervalSince1970)
        let state = try #require(try h.state(url))
        // Two hours from the moment of the poll, which lies between `before` and `after`.
        let next = state.nextPoll?.seconds ?? 0
        #expect(next >= before + 7199 && next <= after + 7201, "next poll \(next - before) s after the start")
    }

    @Test func goneFeedsAreNoLongerPolled() async throws {
        let server = try LoopbackHTTPServer(routes: ["/feed": .status(410)])
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try Harness(config: "\(url)")
        try await h.pollAll()
        let state = try #require(try h.state(url))
        #expect(state.gone)
        #expect(state.nextPoll == nil)
        #expect(Aggregator.serverImposedWait(state, now: Aggregator.now())?.contains("gone") == true)
        let status = try #require(try h.store.feedStatuses().first)
        #expect(status.gone)
    }

    @Test func repeatedPermanentRedirectsMoveTheFeedButTemporaryOnesNever() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/old": .redirect(to: "/new", status: 301),
            "/new": .ok(body: Self.rss),
            "/temp": .redirect(to: "/new", status: 302),
        ])
        defer { server.stop() }
        let old = server.url("/old")
        let temp = server.url("/temp")
        let h = try Harness(config: "host_delay = 0s\n\(old)\n\(temp)")
        for _ in 0..<3 { try await h.pollAll() }
        #expect(try h.state(old)?.movedTo == server.url("/new"))
        #expect(try h.state(temp)?.movedTo == nil)
        server.clearRequests()
        try await h.pollAll()
        #expect(server.requests(forPath: "/old").isEmpty, "a moved feed is polled at its new URL")
        #expect(server.requests(forPath: "/temp").count == 1, "a 302 never moves a feed")
        #expect(try h.store.feedStatuses().first { $0.url == old }?.movedTo == server.url("/new"))
        // Articles are stored once, whatever URL they came through.
        #expect(try h.store.feedStatuses().first { $0.url == old }?.articleCount == 2)
    }

    @Test func requestsToOneHostAreSerialisedAndSpacedOut() async throws {
        let server = try LoopbackHTTPServer { _ in HTTPResponse.ok(body: PollingTests.rss).delayed(by: 0.2) }
        defer { server.stop() }
        let urls = (1...3).map { server.url("/f\($0)") }
        let h = try Harness(config: "host_delay = 1s\nper_host_connections = 1\n" + urls.joined(separator: "\n"))
        try await h.pollAll()
        let times = server.requests.map(\.receivedAt).sorted()
        #expect(times.count == 3)
        for (a, b) in zip(times, times.dropFirst()) {
            #expect(b - a >= 0.95, "requests to one host only \(b - a) s apart")
        }
    }

    @Test func privateNetworksCanBeDenied() async throws {
        let server = try LoopbackHTTPServer(routes: ["/feed": .ok(body: Self.rss)])
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try Harness(config: "deny_private_networks = yes\n\(url)")
        let report = try await h.pollAll()
        #expect(report.feeds.first?.error?.contains("private address 127.0.0.1") == true)
        #expect(server.requests.isEmpty, "no request may reach a private address")
    }
}

/// A thread-safe counter for scripted servers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}

@Suite struct PollSchedulerRulesTests {
    @Test func identicalBodiesAreNotParsedAgain() async throws {
        let server = try LoopbackHTTPServer(routes: ["/feed": .ok(body: PollingTests.rss)])
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try PollingTests.Harness(config: "\(url)")
        let first = try await h.pollAll()
        #expect(first.feeds.first?.counts.inserted == 2)
        let second = try await h.pollAll()
        #expect(second.feeds.first?.status == 200)
        #expect(second.feeds.first?.counts == IngestCounts(), "an identical 200 must not be re-parsed")
        #expect(server.requests(forPath: "/feed").count == 2)
    }

    @Test func ttlAndUpdatePeriodLengthenTheInterval() async throws {
        let feed = """
            <?xml version="1.0"?><rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
            <channel><title>T</title><ttl>180</ttl><sy:updatePeriod>daily</sy:updatePeriod>
            <sy:updateFrequency>4</sy:updateFrequency><item><guid>1</guid><title>x</title></item></channel></rss>
            """
        let server = try LoopbackHTTPServer(routes: ["/feed": .ok(body: feed)])
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try PollingTests.Harness(config: "interval = 30m\n\(url)")
        let before = Int64(Date().timeIntervalSince1970)
        try await h.pollAll()
        let state = try #require(try h.state(url))
        let wait = (state.nextPoll?.seconds ?? 0) - before
        // max(30m, ttl 3h, daily/4 = 6h) = 6h, plus at most 10% jitter.
        #expect(wait >= 6 * 3600 && wait <= 6 * 3600 + 2161, "waited \(wait) s, reason \(state.nextPollReason ?? "-")")
    }

    @Test func intervalsAreClampedToTheConfiguredBounds() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/feed": HTTPResponse.ok(body: PollingTests.rss).addingHeader("Cache-Control", "max-age=604800")
        ])
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try PollingTests.Harness(config: "max_interval = 6h\n\(url)")
        let before = Int64(Date().timeIntervalSince1970)
        try await h.pollAll()
        let state = try #require(try h.state(url))
        let wait = (state.nextPoll?.seconds ?? 0) - before
        #expect(wait <= 6 * 3600 + 2161 + 5)
        #expect(state.nextPollReason?.contains("capped at max_interval") == true)
    }
}

@Suite struct RetentionTests {
    @Test func articlesOlderThanTheRetentionPeriodAreRemovedAndNotStoredAgain() async throws {
        let now = Int64(Date().timeIntervalSince1970)
        func date(_ secondsAgo: Int64) -> String {
            // RFC 3339 in UTC through the model's own formatter.
            Timestamp(seconds: now - secondsAgo).rfc3339
        }
        let feed = """
            <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><id>fresh</id><title>Fresh</title><updated>\(date(3600))</updated></entry>
            <entry><id>old</id><title>Old</title><updated>\(date(40 * 86_400))</updated></entry>
            </feed>
            """
        let server = try LoopbackHTTPServer(routes: ["/feed": .ok(body: feed)])
        defer { server.stop() }
        let url = server.url("/feed")
        let store = try SQLiteFeedStore.inMemory()
        // First without retention: both are stored.
        try await PollingTests.Harness(config: "\(url)", store: store).pollAll()
        #expect(try store.articlesForClustering().count == 2)
        // With retention = 30d the old one goes, and a later poll does not bring it back.
        let h = try PollingTests.Harness(config: "retention = 30d\n\(url)", store: store)
        #expect(h.aggregator.applyRetention() == 1)
        let report = try await h.pollAll()
        #expect(report.feeds.first?.counts.inserted == 0)
        #expect(try store.articlesForClustering().map(\.title) == ["Fresh"])
        #expect(try store.stories(limit: nil, since: nil).map(\.title) == ["Fresh"])
    }
}

@Suite struct FailingFeedsTests {
    @Test func feedsThatHangDoNotHoldUpAHealthyFeed() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path.hasPrefix("/hang")
                ? HTTPResponse.ok(body: PollingTests.rss).delayed(by: 30) : HTTPResponse.ok(body: PollingTests.rss)
        }
        defer { server.stop() }
        let hanging = (1...8).map { server.url("/hang\($0)") }
        let healthy = server.url("/healthy")
        let config =
            "host_delay = 0s\nper_host_connections = 64\nconcurrency = 4\ntimeout = 1s\n"
            + (hanging + [healthy]).joined(separator: "\n")
        let h = try PollingTests.Harness(config: config)
        // First pass: the hanging feeds time out and are marked failing.
        let first = try await h.pollAll()
        #expect(first.failures.count == 8)
        // Second pass: the feeds that failed come after the healthy one, which is not held up.
        let done = Box()
        _ = await h.aggregator.refresh(try h.aggregator.syncFeeds()) { _, _, failures in
            if done.failuresBeforeHealthy == nil, server.requests(forPath: "/healthy").count == 2 {
                done.failuresBeforeHealthy = failures
            }
        }
        // The healthy feed counts as done when the server has its second request. Behind 8 hanging
        // feeds, which fill the refresh's window of 8 polls, it would wait for a timeout: a failure
        // first. (Counted, not timed, so a loaded machine cannot fail it.)
        let failuresBeforeHealthy = try #require(done.failuresBeforeHealthy)
        #expect(failuresBeforeHealthy == 0, "the healthy feed waited for \(failuresBeforeHealthy) hanging feeds")
    }
}

/// A mutable box for a progress callback.
final class Box: @unchecked Sendable {
    var healthyAt: Duration?
    var failuresBeforeHealthy: Int?
}

extension FailingFeedsTests {
    /// On the very first poll nothing is known about any feed: hosts that never answer a
    /// connection attempt must still not keep a healthy feed waiting for their connect timeouts.
    @Test func unansweredHostsDoNotHoldUpAHealthyFeedOnTheFirstPoll() async throws {
        let dead = try (2..<6).map { try UnansweredHost(lastOctet: UInt8($0)) }
        defer { dead.forEach { $0.stop() } }
        let server = try LoopbackHTTPServer(routes: ["/healthy": .ok(body: PollingTests.rss)])
        defer { server.stop() }
        // Four dead hosts listed first, two transfer slots, the harness's 5-second connect
        // timeout: held in order, the healthy feed would wait two full connect timeouts.
        let config =
            "host_delay = 0s\nconcurrency = 2\ntimeout = 8s\n"
            + (dead.map { $0.url() } + [server.url("/healthy")]).joined(separator: "\n")
        let h = try PollingTests.Harness(config: config)
        let done = Box()
        let feeds = try h.aggregator.syncFeeds()
        // Timed on a thread of its own: other suites' computing would otherwise delay the polls.
        let report = await withTaskExecutorPreference(TimingExecutor.shared) {
            let start = ContinuousClock.now
            return await h.aggregator.refresh(feeds) { _, _, _ in
                if done.healthyAt == nil, server.requests(forPath: "/healthy").count == 1 {
                    done.healthyAt = ContinuousClock.now - start
                }
            }
        }
        let healthyAt = try #require(done.healthyAt)
        // About half a second when the machine is idle (two attempts stall every quarter of a
        // second); held in order it would be at least 10 s. The margin is for a loaded machine
        // running the whole suite (4.25 s was seen there).
        #expect(healthyAt < .seconds(8), "the healthy feed waited \(healthyAt), as if held behind the dead hosts")
        #expect(report.failures.count == 4)
    }
}
