@testable import Aggregator
import FeedFetcher
import Testing

@Suite("Poll window")
struct PollWindowTests {
    @Test("Twice the transfer concurrency in flight, widened by connection attempts that stalled")
    func windowWidensWithStalledConnections() {
        let window = PollWindow(concurrency: 16)
        #expect(window.admits(inFlight: 31, stalled: 0))
        #expect(!window.admits(inFlight: 32, stalled: 0), "32 polls may hold bodies: the next waits")
        #expect(window.admits(inFlight: 32, stalled: 1), "one dead host's attempt makes room for one more")
        #expect(window.admits(inFlight: 32 + 511, stalled: 600))
        #expect(!window.admits(inFlight: 32 + CurlFeedFetcher.maxStalledConnects, stalled: 600), "at most 512 more")
        #expect(PollWindow(concurrency: 0).admits(inFlight: 1, stalled: 0))
    }

    @Test("A pending recheck ends soon after every poll has started")
    func recheckEndsEarly() async {
        let started = PollWindow.AllStarted()
        started.set()
        let clock = ContinuousClock()
        let elapsed = await clock.measure { await PollWindow.recheckPause(until: started) }
        #expect(elapsed < .milliseconds(200))
    }
}
