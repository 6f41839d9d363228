@testable import Aggregator
import FeedFetcher
import Testing

@Suite("Poll window")
struct PollWindowTests {
    @Test("Polls holding a response cap new polls; waiting connections only count against the larger cap")
    func holdingCapsNewPolls() {
        let window = PollWindow(concurrency: 16)
        #expect(window.maxHolding == 16)
        #expect(window.maxInFlight == 32 + CurlFeedFetcher.maxStalledConnects)
        // Hundreds of polls still waiting for a connection do not stop new ones.
        #expect(window.admits(inFlight: 500))
        #expect(!window.admits(inFlight: window.maxInFlight))
        for _ in 0..<16 { window.acquired() }
        #expect(!window.admits(inFlight: 16), "16 unstored responses: the next poll waits")
        window.released()
        #expect(window.admits(inFlight: 16), "one stored: the next poll starts")
    }

    @Test("A tiny concurrency still lets a few responses wait for the writer")
    func smallConcurrency() {
        let window = PollWindow(concurrency: 1)
        for _ in 0..<7 { window.acquired() }
        #expect(window.admits(inFlight: 7))
        window.acquired()
        #expect(!window.admits(inFlight: 8))
    }
}
