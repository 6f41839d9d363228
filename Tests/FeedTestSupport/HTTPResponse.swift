/// What the ``LoopbackHTTPServer`` sends back for one request, including how badly to behave.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code, for example `200` or `304`.
    public var status: Int
    /// Header fields to send, in order.
    ///
    /// `Content-Length` is added when absent (except for 1xx, 204 and 304 answers, which must not carry
    /// one). A `Content-Length` given here is sent as is, so a test can make the server lie about it.
    public var headers: [HTTPHeaderField]
    /// The body; never sent for `HEAD` requests or 1xx, 204 and 304 answers.
    public var body: [UInt8]
    /// Seconds to wait before sending anything (blocks only this connection).
    public var delayBeforeHeaders: Double
    /// When set, the body is sent in small pieces at about this many bytes per second.
    public var dripBytesPerSecond: Int?
    /// When `true`, the connection is closed (after ``delayBeforeHeaders``) without sending a byte.
    public var closeWithoutResponse: Bool

    /// Creates a response.
    ///
    /// - Parameters:
    ///   - status: The status code.
    ///   - headers: Header fields in order.
    ///   - body: The body bytes.
    ///   - delayBeforeHeaders: Seconds to wait before answering.
    ///   - dripBytesPerSecond: Send the body slowly at this rate, or `nil` for all at once.
    ///   - closeWithoutResponse: Close the connection instead of answering.
    public init(
        status: Int = 200,
        headers: [HTTPHeaderField] = [],
        body: [UInt8] = [],
        delayBeforeHeaders: Double = 0,
        dripBytesPerSecond: Int? = nil,
        closeWithoutResponse: Bool = false
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delayBeforeHeaders = delayBeforeHeaders
        self.dripBytesPerSecond = dripBytesPerSecond
        self.closeWithoutResponse = closeWithoutResponse
    }

    /// A `200 OK` carrying `body`.
    ///
    /// - Parameters:
    ///   - body: The body bytes.
    ///   - contentType: The `Content-Type` value.
    /// - Returns: The response.
    public static func ok(body: [UInt8], contentType: String = "application/xml") -> HTTPResponse {
        HTTPResponse(status: 200, headers: [HTTPHeaderField(name: "Content-Type", value: contentType)], body: body)
    }

    /// A `200 OK` carrying the UTF-8 bytes of `body`.
    ///
    /// - Parameters:
    ///   - body: The body text.
    ///   - contentType: The `Content-Type` value.
    /// - Returns: The response.
    public static func ok(body: String, contentType: String = "application/xml") -> HTTPResponse {
        ok(body: Array(body.utf8), contentType: contentType)
    }

    /// A `404 Not Found` with a short plain-text body.
    public static var notFound: HTTPResponse {
        HTTPResponse(
            status: 404,
            headers: [HTTPHeaderField(name: "Content-Type", value: "text/plain; charset=utf-8")],
            body: Array("Not Found\n".utf8)
        )
    }

    /// A `304 Not Modified` with no body.
    public static var notModified: HTTPResponse {
        HTTPResponse(status: 304)
    }

    /// A response with the given status, no headers and an empty body.
    ///
    /// - Parameter code: The status code, for example `500` or `503`.
    /// - Returns: The response.
    public static func status(_ code: Int) -> HTTPResponse {
        HTTPResponse(status: code)
    }

    /// A redirect to `location`.
    ///
    /// - Parameters:
    ///   - location: The `Location` value, absolute (``LoopbackHTTPServer/url(_:)``) or a path.
    ///   - status: `301`, `302`, `307` or `308`.
    /// - Returns: The response.
    public static func redirect(to location: String, status: Int = 301) -> HTTPResponse {
        HTTPResponse(status: status, headers: [HTTPHeaderField(name: "Location", value: location)])
    }

    /// Closes the connection without answering.
    public static var dropConnection: HTTPResponse {
        HTTPResponse(closeWithoutResponse: true)
    }

    /// The first value of the header called `name`, compared case-insensitively.
    ///
    /// - Parameter name: The field name.
    /// - Returns: The value as text, or `nil`.
    public func header(_ name: String) -> String? {
        headers.first { $0.hasName(name) }?.value
    }

    /// A copy with one more header field appended.
    ///
    /// - Parameters:
    ///   - name: The field name.
    ///   - value: The field value.
    /// - Returns: The changed response.
    public func addingHeader(_ name: String, _ value: String) -> HTTPResponse {
        var copy = self
        copy.headers.append(HTTPHeaderField(name: name, value: value))
        return copy
    }

    /// A copy that waits `seconds` before answering.
    ///
    /// - Parameter seconds: The delay.
    /// - Returns: The changed response.
    public func delayed(by seconds: Double) -> HTTPResponse {
        var copy = self
        copy.delayBeforeHeaders = seconds
        return copy
    }

    /// A copy that sends its body at about `bytesPerSecond`.
    ///
    /// - Parameter bytesPerSecond: The rate; values below 1 count as 1.
    /// - Returns: The changed response.
    public func dripping(bytesPerSecond: Int) -> HTTPResponse {
        var copy = self
        copy.dripBytesPerSecond = bytesPerSecond
        return copy
    }
}
