/// Why a feed could not be fetched at the transport level.
///
/// HTTP error statuses are not errors here: they arrive as a ``FetchResponse`` so the
/// caller can honour `Retry-After` and friends.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Sendable, Hashable {
        /// The host name did not resolve.
        case dns
        /// The connection was refused or could not be made.
        case connect
        /// A connect, total or low-speed timeout.
        case timeout
        /// TLS handshake or certificate failure.
        case tls
        /// The body exceeded the configured size limit.
        case tooLarge
        /// Too many redirects.
        case tooManyRedirects
        /// The URL or a redirect used a scheme other than http/https, or was refused by policy.
        case refused
        /// The transfer was cancelled (shutdown).
        case cancelled
        /// Anything else libcurl reported.
        case other
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong, in words.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
