public import FeedModel

/// What a server answered to one feed request (after following redirects).
public struct FetchResponse: Sendable, Hashable {
    /// The final HTTP status (200, 304, 404 …).
    public var status: Int
    /// The URL the body came from after redirects.
    public var finalURL: String
    /// The decoded (decompressed) body; empty for 304.
    public var body: [UInt8]
    /// The `Content-Type` header, if any.
    public var contentType: String?
    /// `ETag` / `Last-Modified` of the final response, byte for byte.
    public var validators: HTTPValidators
    /// Headers of the final response; names lower-cased, the last value of a repeated header wins.
    public var headers: [String: String]
    /// Every redirect followed, in order: the status and the `Location` it pointed to.
    public var redirects: [Redirect]

    /// One redirect hop.
    public struct Redirect: Sendable, Hashable {
        /// 301, 302, 303, 307 or 308.
        public var status: Int
        /// The absolute URL redirected to.
        public var location: String

        /// Creates a redirect hop.
        public init(status: Int, location: String) {
            self.status = status
            self.location = location
        }
    }

    /// Creates a response.
    public init(
        status: Int, finalURL: String, body: [UInt8] = [], contentType: String? = nil,
        validators: HTTPValidators = .init(), headers: [String: String] = [:], redirects: [Redirect] = []
    ) {
        self.status = status
        self.finalURL = finalURL
        self.body = body
        self.contentType = contentType
        self.validators = validators
        self.headers = headers
        self.redirects = redirects
    }

    /// Whether the server said the feed has not changed (304).
    public var isNotModified: Bool { status == 304 }
}
