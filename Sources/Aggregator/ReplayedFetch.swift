import FeedFetcher
import FeedModel

/// A fetcher that answers one URL with a response already fetched (by `tidings add`, which
/// fetched the feed to check it): storing that answer as the feed's first poll means adding a
/// feed costs its server one GET, not a second one when the daemon picks the feed up.
struct ReplayedFetch: FeedFetching {
    /// The URL the response answers.
    let url: String
    /// The response fetched earlier.
    let response: FetchResponse

    func fetch(_ url: String, validators: HTTPValidators?, afterFailure: Bool) async throws(FetchError)
        -> FetchResponse
    {
        guard url == self.url else {
            throw FetchError(code: .other, message: "no recorded response for \(url)")
        }
        return response
    }
}
