import FeedFetcher
import Synchronization

/// Which polls of a refresh may start: a cap on polls in flight, and a smaller cap on those
/// holding a fetched body that is not stored yet.
///
/// Fetching runs ahead of the single database writer. Polls in flight must be many, so that up to
/// ``CurlFeedFetcher/maxStalledConnects`` connection attempts to dead hosts cannot hold up the
/// healthy feeds; but only a poll that has its response holds memory (the body, then its parsed
/// entries), so those are counted apart and capped near the transfer concurrency. Without that cap
/// a first poll of 10,000 feeds kept some 600 parsed feeds waiting for the writer.
final class PollWindow: Sendable {
    /// Polls that may be in flight at once, waiting for a connection or not.
    let maxInFlight: Int
    /// Polls that may hold a response not yet stored.
    let maxHolding: Int
    private let holding = Mutex(0)

    /// The window for `concurrency` simultaneous transfers.
    init(concurrency: Int) {
        let transfers = max(1, concurrency)
        maxInFlight = 2 * transfers + CurlFeedFetcher.maxStalledConnects
        maxHolding = max(8, transfers)
    }

    /// Whether another poll may start while `inFlight` are running.
    func admits(inFlight: Int) -> Bool {
        inFlight < maxInFlight && holding.withLock { $0 } < maxHolding
    }

    /// Called when a poll received its response: it holds it until ``released()``.
    func acquired() {
        holding.withLock { $0 += 1 }
    }

    /// Called when a poll that ``acquired()`` is done with its response (stored or failed).
    func released() {
        holding.withLock { $0 -= 1 }
    }
}
