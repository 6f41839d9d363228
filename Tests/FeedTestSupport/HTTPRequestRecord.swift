/// One request as the ``LoopbackHTTPServer`` received it.
public struct HTTPRequestRecord: Sendable, Hashable {
    /// The request method, for example `GET` or `HEAD`.
    public var method: String
    /// The request target exactly as sent, including any query string (`/feed.xml?page=2`).
    public var path: String
    /// The protocol version from the request line, for example `HTTP/1.1`.
    public var version: String
    /// The header fields in the order they were sent.
    public var headers: [HTTPHeaderField]
    /// The request body (read using `Content-Length`; empty when there was none).
    public var body: [UInt8]
    /// When the request head was complete, in monotonic seconds (see ``LoopbackHTTPServer/monotonicNow``).
    public var receivedAt: Double
    /// Which TCP connection carried the request: equal values mean a reused keep-alive connection.
    public var connectionID: Int

    /// Creates a record; the server does this for every request it reads.
    ///
    /// - Parameters:
    ///   - method: The request method.
    ///   - path: The request target, query included.
    ///   - version: The protocol version.
    ///   - headers: The header fields in order.
    ///   - body: The request body.
    ///   - receivedAt: Monotonic seconds when the head was read.
    ///   - connectionID: The connection number.
    public init(
        method: String,
        path: String,
        version: String = "HTTP/1.1",
        headers: [HTTPHeaderField] = [],
        body: [UInt8] = [],
        receivedAt: Double = 0,
        connectionID: Int = 0
    ) {
        self.method = method
        self.path = path
        self.version = version
        self.headers = headers
        self.body = body
        self.receivedAt = receivedAt
        self.connectionID = connectionID
    }

    /// The first value of the header called `name`, compared case-insensitively.
    ///
    /// - Parameter name: The field name, for example `if-none-match`.
    /// - Returns: The value as text, or `nil` when the header was not sent.
    public func header(_ name: String) -> String? {
        headers.first { $0.hasName(name) }?.value
    }

    /// Every value of the header called `name`, in order.
    ///
    /// - Parameter name: The field name, compared case-insensitively.
    /// - Returns: The values as text; empty when the header was not sent.
    public func headerValues(_ name: String) -> [String] {
        headers.filter { $0.hasName(name) }.map(\.value)
    }

    /// ``path`` without its query string.
    public var pathWithoutQuery: String {
        guard let mark = path.firstIndex(of: "?") else {
            return path
        }
        return String(path[..<mark])
    }

    /// The query string after `?`, or `nil` when there is none.
    public var query: String? {
        guard let mark = path.firstIndex(of: "?") else {
            return nil
        }
        return String(path[path.index(after: mark)...])
    }
}
