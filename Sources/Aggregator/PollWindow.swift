import FeedFetcher
import Synchronization

/// How many polls of a refresh may be in flight at once.
///
/// Every poll in flight may soon hold a body and then its parsed entries while it waits for the
/// single database writer, so the window is small: twice the transfer concurrency. A connection
/// attempt to a host that does not answer holds neither, and the fetcher stops counting it against
/// its transfer slots after a quarter of a second; the window widens by the number of such
/// attempts (at most ``CurlFeedFetcher/maxStalledConnects``), so dead hosts listed first cannot
/// hold up the healthy feeds behind them. Before this, a fixed window wide enough for 512 stalled attempts let a first
/// poll of 10,000 healthy feeds keep about 600 bodies and parsed feeds waiting for the writer.
struct PollWindow: Sendable {
    /// Polls in flight when no connection attempt has stalled.
    let basePolls: Int

    /// The window for `concurrency` simultaneous transfers.
    init(concurrency: Int) {
        basePolls = 2 * max(1, concurrency)
    }

    /// Whether another poll may start while `inFlight` run and `stalled` of their connection
    /// attempts have stalled.
    func admits(inFlight: Int, stalled: Int) -> Bool {
        inFlight < basePolls + min(max(0, stalled), CurlFeedFetcher.maxStalledConnects)
    }

    /// How often a refresh whose window is full looks again at the stalled attempts.
    static let recheckInterval: Duration = .milliseconds(250)

    /// Set once every poll of a refresh has started: a pending recheck then ends early.
    final class AllStarted: Sendable {
        private let value = Atomic<Bool>(false)

        /// Records that every poll has started.
        func set() { value.store(true, ordering: .relaxed) }

        /// Whether every poll has started.
        var isSet: Bool { value.load(ordering: .relaxed) }
    }

    /// Sleeps for ``recheckInterval``, or less once `done` is set (checked every 50 ms), so a
    /// refresh does not wait out a recheck after its last poll. Returns the 50 ms steps slept.
    @discardableResult
    static func recheckPause(until done: AllStarted) async -> Int {
        let step: Duration = .milliseconds(50)
        var steps = 0
        while step * steps < recheckInterval, !done.isSet, !Task.isCancelled {
            try? await Task.sleep(for: step)
            steps += 1
        }
        return steps
    }
}
