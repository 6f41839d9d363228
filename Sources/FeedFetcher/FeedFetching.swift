public import FeedModel

/// Something that fetches feed documents over HTTP with conditional GET.
public protocol FeedFetching: Sendable {
    /// Fetches `url`, sending `validators` as `If-None-Match` / `If-Modified-Since` when present.
    /// `afterFailure` says the feed's last poll failed: a fetcher may then keep it from holding
    /// more than a small share of its transfer slots (a server that hangs once connected must not
    /// starve healthy feeds).
    ///
    /// - Returns: the server's answer, whatever its status.
    /// - Throws: ``FetchError`` for transport failures (DNS, connect, timeout, TLS, size).
    func fetch(_ url: String, validators: HTTPValidators?, afterFailure: Bool) async throws(FetchError)
        -> FetchResponse

    /// Fetches whose connection attempt has gone unanswered so long that it no longer holds one
    /// of the fetcher's transfer slots (hosts that drop connection attempts).
    var stalledConnections: Int { get }

    /// How many transfers the fetcher runs at once, when it caps them.
    var transferSlots: Int? { get }
}

extension FeedFetching {
    /// Default: a fetcher that does not tell stalled connection attempts apart.
    public var stalledConnections: Int { 0 }

    /// Default: the fetcher does not say.
    public var transferSlots: Int? { nil }

    /// Fetches `url` for a feed whose last poll did not fail.
    public func fetch(_ url: String, validators: HTTPValidators?) async throws(FetchError) -> FetchResponse {
        try await fetch(url, validators: validators, afterFailure: false)
    }
}
