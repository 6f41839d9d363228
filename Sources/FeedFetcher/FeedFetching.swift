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
}

extension FeedFetching {
    /// Fetches `url` for a feed whose last poll did not fail.
    public func fetch(_ url: String, validators: HTTPValidators?) async throws(FetchError) -> FetchResponse {
        try await fetch(url, validators: validators, afterFailure: false)
    }
}
