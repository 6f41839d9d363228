@testable import Aggregator
import FeedConfig
import FeedFetcher
import FeedModel
import FeedStore
import Foundation
import Logging
import Synchronization
import Testing

@Suite("Poll window")
struct PollWindowTests {
    @Test("Twice the transfer concurrency in flight, widened by connection attempts that stalled")
    func windowWidensWithStalledConnections() {
        let window = PollWindow(concurrency: 16)
        #expect(window.admits(inFlight: 31, stalled: 0))
        #expect(!window.admits(inFlight: 32, stalled: 0), "32 polls may hold bodies: the next waits")
        #expect(window.admits(inFlight: 32, stalled: 1), "one dead host's attempt makes room for one more")
        let most = CurlFeedFetcher.maxStalledConnects
        #expect(window.admits(inFlight: 32 + most - 1, stalled: most + 100))
        #expect(!window.admits(inFlight: 32 + most, stalled: most + 100), "at most \(most) more")
        #expect(PollWindow(concurrency: 0).admits(inFlight: 1, stalled: 0))
    }

    @Test("A recheck pause lasts its interval, and ends early once every poll has started")
    func recheckPause() async {
        let clock = ContinuousClock()
        let waiting = PollWindow.AllStarted()
        var fullSteps = 0
        let full = await clock.measure { fullSteps = await PollWindow.recheckPause(until: waiting) }
        #expect(full >= PollWindow.recheckInterval)
        #expect(fullSteps == 5)
        // Counted in steps slept, not wall time, so that a loaded machine's late timers do not
        // read as a pause that went on.
        let ending = PollWindow.AllStarted()
        async let pause = PollWindow.recheckPause(until: ending)
        ending.set()
        #expect(await pause < fullSteps, "a pause whose polls have all started ends early")
        let started = PollWindow.AllStarted()
        started.set()
        #expect(await PollWindow.recheckPause(until: started) == 0)
    }

    /// A fetcher whose `/dead` URLs never answer until released (connection attempts that stall)
    /// and whose other URLs answer 304 at once; the test says how many attempts have stalled.
    final class ScriptedFetcher: FeedFetching {
        let slots: Int
        let stalled = Mutex(0)
        let started = Mutex<[String]>([])
        private let released = Mutex(false)

        init(slots: Int) { self.slots = slots }

        var stalledConnections: Int { stalled.withLock { $0 } }
        var transferSlots: Int? { slots }

        func release() { released.withLock { $0 = true } }

        func fetch(_ url: String, validators: HTTPValidators?, afterFailure: Bool) async throws(FetchError)
            -> FetchResponse
        {
            started.withLock { $0.append(url) }
            if url.contains("/dead") {
                while !released.withLock({ $0 }) { try? await Task.sleep(for: .milliseconds(20)) }
                throw FetchError(code: .connect, message: "connection timed out")
            }
            return FetchResponse(status: 304, finalURL: url)
        }
    }

    @Test("Dead hosts listed first hold the window only until their attempts are known to have stalled")
    func stalledAttemptsLetHealthyFeedsStart() async throws {
        let fetcher = ScriptedFetcher(slots: 2)  // a window of 4 polls
        let dead = (1...6).map { "http://10.0.0.\($0)/dead" }
        let healthy = "http://127.0.0.1/feed"
        let config = try FeedsFile.parse((dead + [healthy]).joined(separator: "\n"), source: "feeds.conf")
        let aggregator = Aggregator(
            store: try SQLiteFeedStore.inMemory(), fetcher: fetcher, config: config, logger: Logger(label: "test"))
        let refresh = Task { await aggregator.refresh(try aggregator.syncFeeds()) }

        func started() -> [String] { fetcher.started.withLock { $0 } }
        func waitFor(_ condition: () -> Bool) async {
            for _ in 0..<250 where !condition() { try? await Task.sleep(for: .milliseconds(20)) }
        }
        await waitFor { started().count == 4 }
        try await Task.sleep(for: .milliseconds(600))  // two rechecks and more
        #expect(started().count == 4, "four dead hosts fill the window: \(started())")
        #expect(!started().contains(healthy))

        fetcher.stalled.withLock { $0 = 4 }  // the four attempts have stalled
        await waitFor { started().contains(healthy) }
        #expect(started().contains(healthy), "the window widened by the stalled attempts")
        #expect(started().count == 7)

        fetcher.release()
        let report = try await refresh.value
        #expect(report.feeds.count == 7)
        #expect(report.failures.count == 6)
        #expect(report.feeds.first { $0.url == healthy }?.status == 304)
    }
}
