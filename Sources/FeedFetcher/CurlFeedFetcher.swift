internal import CCurl
public import FeedModel
import Foundation

/// Fetches feeds with libcurl's multi interface: one dedicated thread drives every
/// transfer, so the Swift cooperative pool is never blocked.
///
/// Politeness is enforced here: a global cap on transfers in flight, a per-host cap,
/// a minimum gap between requests to one host, http/https only on every hop, no cookies,
/// no Referer, an honest User-Agent, and a body cap enforced while streaming (after
/// decompression).
public final class CurlFeedFetcher: FeedFetching, @unchecked Sendable {
    /// Connection attempts still unanswered after a quarter of a second stop holding a transfer
    /// slot; once this many wait out their connect timeout (each is only a socket), no new attempt
    /// starts, though attempts already under way may still stall after them. A caller that queues
    /// fetches should keep one more in flight for each stalled attempt (``stalledConnections``).
    /// At most 1,024, and at most half of what the open-file limit leaves beyond
    /// ``OpenFileLimit`` `.reserved` when the fetcher is first used (`tidings run` raises the
    /// limit first): 384 under a limit of 1,024. Each fetcher also leaves room for its transfer
    /// slots, so a large `concurrency` under a low limit allows fewer.
    public static let maxStalledConnects = OpenFileLimit.roomForStalledConnects(besides: 0, cap: 1_024)

    /// Transport settings.
    public struct Configuration: Sendable, Hashable {
        /// Sent as `User-Agent`.
        public var userAgent: String
        /// Limit on connection set-up, in seconds.
        public var connectTimeout: Double
        /// Limit on the whole transfer, in seconds.
        public var timeout: Double
        /// Bodies larger than this (after decompression) are refused.
        public var maxBodyBytes: Int
        /// Redirect hops followed at most.
        public var maxRedirects: Int
        /// Transfers in flight at once, over all hosts.
        public var maxConcurrent: Int
        /// Transfers in flight at once to one host.
        public var maxPerHost: Int
        /// Minimum seconds between the starts of two requests to the same host.
        public var hostDelay: Double
        /// Refuse private, loopback and link-local addresses, checked on the address actually
        /// connected to, on every redirect hop.
        public var denyPrivateNetworks: Bool

        /// Creates a configuration.
        public init(
            userAgent: String = "Tidings/0.1 (+https://github.com/tidings/tidings)", connectTimeout: Double = 10,
            timeout: Double = 30,
            maxBodyBytes: Int = 16 << 20, maxRedirects: Int = 5, maxConcurrent: Int = 16, maxPerHost: Int = 1,
            hostDelay: Double = 0, denyPrivateNetworks: Bool = false
        ) {
            self.userAgent = userAgent
            self.connectTimeout = connectTimeout
            self.timeout = timeout
            self.maxBodyBytes = maxBodyBytes
            self.maxRedirects = maxRedirects
            self.maxConcurrent = maxConcurrent
            self.maxPerHost = maxPerHost
            self.hostDelay = hostDelay
            self.denyPrivateNetworks = denyPrivateNetworks
        }
    }

    /// The settings in force.
    public let configuration: Configuration
    private let engine: CurlMultiEngine

    /// Creates a fetcher and starts its transfer thread.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
        self.engine = CurlMultiEngine(configuration: configuration)
    }

    deinit { engine.shutdown() }

    public var stalledConnections: Int { engine.stalledConnections }

    public var transferSlots: Int? { configuration.maxConcurrent }

    /// Fetches `url`; when `afterFailure`, the transfer counts against a quarter of
    /// ``Configuration/maxConcurrent`` once connected (at least one), so servers that failed
    /// last time share a small part of the slots and healthy feeds keep the rest.
    public func fetch(_ url: String, validators: HTTPValidators?, afterFailure: Bool) async throws(FetchError)
        -> FetchResponse
    {
        guard let host = CurlFeedFetcher.httpHost(of: url) else {
            throw FetchError(code: .refused, message: "unsupported URL \(url) (only http and https)")
        }
        let transfer = CurlTransfer(
            url: url, host: host, validators: validators, maxBodyBytes: configuration.maxBodyBytes,
            denyPrivateNetworks: configuration.denyPrivateNetworks, afterFailure: afterFailure)
        let result: Result<FetchResponse, FetchError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.continuation = continuation
                engine.submit(transfer)
            }
        } onCancel: {
            engine.cancel(transfer)
        }
        return try result.get()
    }

    /// The lower-cased host of an http(s) URL, or nil for any other scheme.
    static func httpHost(of url: String) -> String? {
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("http://") {
            rest = lower.dropFirst(7)
        } else if lower.hasPrefix("https://") {
            rest = lower.dropFirst(8)
        } else {
            return nil
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? authority
        let host = hostPort.hasPrefix("[") ? hostPort.prefix { $0 != "]" } + "]" : hostPort.prefix { $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }
}
