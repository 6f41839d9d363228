public import FeedModel

/// Something that fetches feed documents over HTTP with conditional GET.
public protocol FeedFetching: Sendable {
    /// Fetches `url`, sending `validators` as `If-None-Match` / `If-Modified-Since` when present.
    ///
    /// - Returns: the server's answer, whatever its status.
    /// - Throws: ``FetchError`` for transport failures (DNS, connect, timeout, TLS, size).
    func fetch(_ url: String, validators: HTTPValidators?) async throws(FetchError) -> FetchResponse

    /// Fetches `url` like ``fetch(_:validators:)``; `afterFailure` says the feed's last poll
    /// failed, and a fetcher may then keep it from holding more than a small share of its
    /// transfer slots (a server that hangs once connected must not starve healthy feeds).
    func fetch(_ url: String, validators: HTTPValidators?, afterFailure: Bool) async throws(FetchError)
        -> FetchResponse
}

extension FeedFetching {
    /// Default: failing feeds are fetched like any other.
    public func fetch(_ url: String, validators: HTTPValidators?, afterFailure: Bool) async throws(FetchError)
        -> FetchResponse
    {
        try await fetch(url, validators: validators)
    }
}
