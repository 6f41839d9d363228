internal import CCurl
import FeedModel

/// The state of one transfer, shared with libcurl's callbacks through a user-data pointer.
/// Touched only on the engine thread once submitted.
final class CurlTransfer: @unchecked Sendable {
    let url: String
    let host: String
    let validators: HTTPValidators?
    let maxBodyBytes: Int
    let denyPrivateNetworks: Bool
    /// The feed's last poll failed: it may use only the failing feeds' share of the slots.
    let afterFailure: Bool
    /// The address that was refused by the private-network policy, if any.
    var refusedAddress: String?
    var continuation: CheckedContinuation<Result<FetchResponse, FetchError>, Never>?
    var handle: UnsafeMutableRawPointer?
    var headerList: UnsafeMutablePointer<curl_slist>?
    var body: [UInt8] = []
    var bodyTooLarge = false
    var cancelled = false
    /// When the transfer was handed to libcurl (system uptime seconds).
    var startedAt: Double = 0
    /// Whether a connection to the server was established (libcurl is about to send the request).
    var isConnected = false
    /// Whether the TCP connection is up (a TLS handshake may still be under way): set when a
    /// slow attempt is checked, so that a far server's handshake keeps its transfer slot.
    var isTCPConnected = false
    /// Header blocks, one per response in the redirect chain: (status line, fields).
    var responses: [(status: Int, fields: [(String, String)])] = []

    init(
        url: String, host: String, validators: HTTPValidators?, maxBodyBytes: Int, denyPrivateNetworks: Bool,
        afterFailure: Bool = false
    ) {
        self.denyPrivateNetworks = denyPrivateNetworks
        self.afterFailure = afterFailure
        self.url = url
        self.host = host
        self.validators = validators
        self.maxBodyBytes = maxBodyBytes
    }

    func finish(_ result: Result<FetchResponse, FetchError>) {
        if let headerList { curl_slist_free_all(headerList) }
        headerList = nil
        continuation?.resume(returning: result)
        continuation = nil
    }

    /// Records one raw header line from libcurl.
    func receiveHeader(_ line: String) {
        let trimmed = line.trimmingASCIIWhitespace()
        if trimmed.hasPrefix("HTTP/") {
            let parts = trimmed.split(separator: " ")
            let status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            responses.append((status, []))
            body.removeAll(keepingCapacity: true)
        } else if let colon = trimmed.firstIndex(of: ":"), !responses.isEmpty {
            let name = String(trimmed[..<colon]).lowercased()
            let value = String(trimmed[trimmed.index(after: colon)...]).trimmingASCIIWhitespace()
            responses[responses.count - 1].fields.append((name, value))
        }
    }
}
