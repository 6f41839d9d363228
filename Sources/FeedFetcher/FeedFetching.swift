public import FeedModel

/// Something that fetches feed documents over HTTP with conditional GET.
public protocol FeedFetching: Sendable {
    /// Fetches `url`, sending `validators` as `If-None-Match` / `If-Modified-Since` when present.
    ///
    /// - Returns: the server's answer, whatever its status.
    /// - Throws: ``FetchError`` for transport failures (DNS, connect, timeout, TLS, size).
    func fetch(_ url: String, validators: HTTPValidators?) async throws(FetchError) -> FetchResponse
}
