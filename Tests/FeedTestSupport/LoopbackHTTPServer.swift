/// A small HTTP/1.1 server on 127.0.0.1 for tests: scripted answers, a request log, slow and broken replies.
///
/// It binds only the loopback address, on a port the kernel picks. Each connection is served on its own
/// thread, with keep-alive (the HTTP/1.1 default) and `Connection: close` both honoured; a delayed or
/// dripping answer therefore never holds up another connection.
///
/// ```swift
/// let server = try LoopbackHTTPServer(routes: ["/feed.xml": .ok(body: rssBytes)])
/// defer { server.stop() }
/// let result = try await fetcher.fetch(server.url("/feed.xml"), validators: nil)
/// #expect(server.requests(forPath: "/feed.xml").count == 1)
/// ```
///
/// Routes set with ``setRoute(_:_:)`` win over the handler (and over files in ``serving(directory:contentTypes:)``
/// mode). A handler that captures the server itself makes a reference cycle; call ``stop()`` explicitly then.
public final class LoopbackHTTPServer: Sendable {
    private let core: LoopbackServerCore
    private let staticFiles: StaticFileResponder?

    /// Starts a server that answers every request with `handler`, unless a route set with
    /// ``setRoute(_:_:)`` matches.
    ///
    /// - Parameter handler: Called on the connection's thread for each request; may block to simulate a slow
    ///   origin, but prefer ``HTTPResponse/delayBeforeHeaders``.
    /// - Throws: ``LoopbackHTTPServerError`` when the socket cannot be set up.
    public init(handler: @escaping @Sendable (HTTPRequestRecord) -> HTTPResponse) throws {
        core = try LoopbackServerCore(handler: handler)
        staticFiles = nil
    }

    /// Starts a server answering from a fixed table of request targets, and 404 for anything else.
    ///
    /// - Parameter routes: Responses by path (`/feed.xml`); a key with a query matches only that exact
    ///   target, a key without one matches any query.
    /// - Throws: ``LoopbackHTTPServerError`` when the socket cannot be set up.
    public convenience init(routes: [String: HTTPResponse]) throws {
        try self.init { _ in .notFound }
        for (path, response) in routes {
            setRoute(path, response)
        }
    }

    private init(staticFiles: StaticFileResponder) throws {
        core = try LoopbackServerCore { staticFiles.respond(to: $0) }
        self.staticFiles = staticFiles
    }

    deinit {
        core.stop()
    }

    /// Starts a server for the files of `directory`: `/name.xml` serves `directory/name.xml`.
    ///
    /// Each file is re-read on every request, so a test can rewrite it between polls. Answers carry
    /// `Content-Type` by extension (`.xml` `application/xml`, `.rss` `application/rss+xml`, `.atom`
    /// `application/atom+xml`, `.json` `application/feed+json`, `.rdf` `application/rdf+xml`, others
    /// `application/octet-stream`), an `ETag` that is a quoted 64-bit FNV-1a hash of the bytes, and a
    /// `Last-Modified` in 2025 derived from the same hash (fixed per content, not per time).
    /// `If-None-Match` equal to the `ETag` (or listing it, or `*`) gets `304` with no body; without
    /// `If-None-Match`, an `If-Modified-Since` equal byte for byte to `Last-Modified` gets `304` too.
    /// Only `GET` and `HEAD` are allowed; `..` segments get 404.
    ///
    /// - Parameters:
    ///   - directory: The directory to serve, for example a test bundle's `Fixtures` folder.
    ///   - contentTypes: Overrides by extension, with or without the dot: `["xml": "text/xml; charset=utf-8"]`.
    /// - Returns: The running server.
    /// - Throws: ``LoopbackHTTPServerError`` when `directory` is missing or the socket cannot be set up.
    public static func serving(directory: String, contentTypes: [String: String] = [:]) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer(staticFiles: StaticFileResponder(directory: directory, contentTypes: contentTypes))
    }

    /// The port on 127.0.0.1 the server listens on.
    public var port: Int {
        core.port
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    public var baseURL: String {
        "http://127.0.0.1:\(core.port)"
    }

    /// ``baseURL`` followed by `path`.
    ///
    /// - Parameter path: A path starting with `/`, for example `/feed.xml?page=2`.
    /// - Returns: The absolute URL.
    public func url(_ path: String) -> String {
        baseURL + (path.hasPrefix("/") ? path : "/" + path)
    }

    /// The directory served in ``serving(directory:contentTypes:)`` mode, otherwise `nil`.
    public var servedDirectory: String? {
        staticFiles?.directory
    }

    /// Every request received so far, in arrival order (logged before the response is chosen).
    public var requests: [HTTPRequestRecord] {
        core.requests
    }

    /// The requests for `path`: those whose target equals it, or whose target without query equals it.
    ///
    /// - Parameter path: For example `/feed.xml`.
    /// - Returns: The matching requests in arrival order.
    public func requests(forPath path: String) -> [HTTPRequestRecord] {
        core.requests.filter { $0.path == path || $0.pathWithoutQuery == path }
    }

    /// Forgets the request log.
    public func clearRequests() {
        core.clearRequests()
    }

    /// Waits until at least `count` requests have arrived (for `path`, when given).
    ///
    /// - Parameters:
    ///   - count: How many requests to wait for.
    ///   - path: Count only requests for this path (see ``requests(forPath:)``), or all when `nil`.
    ///   - timeout: Seconds to wait at most.
    /// - Returns: `true` when the count was reached in time.
    public func waitForRequests(count: Int, path: String? = nil, timeout: Double = 5) -> Bool {
        let deadline = POSIXSocket.monotonicNow() + timeout
        while true {
            let seen = path.map { requests(forPath: $0).count } ?? core.requests.count
            if seen >= count {
                return true
            }
            if POSIXSocket.monotonicNow() >= deadline {
                return false
            }
            POSIXSocket.sleep(seconds: 0.005)
        }
    }

    /// Serves `response` for `path` from now on, replacing any earlier route; wins over the handler and files.
    ///
    /// - Parameters:
    ///   - path: A path (`/feed.xml`, matching any query) or an exact target with a query.
    ///   - response: What to answer.
    public func setRoute(_ path: String, _ response: HTTPResponse) {
        core.setRoute(path, response)
    }

    /// Removes the route for `path`, so the handler (or the file) answers again.
    ///
    /// - Parameter path: The key given to ``setRoute(_:_:)``.
    public func removeRoute(_ path: String) {
        core.setRoute(path, nil)
    }

    /// Closes the listening socket and every open connection; the port is released when this returns.
    ///
    /// Safe to call more than once; `deinit` calls it too.
    public func stop() {
        core.stop()
    }

    /// The clock used for ``HTTPRequestRecord/receivedAt``: monotonic seconds from an arbitrary origin.
    public static var monotonicNow: Double {
        POSIXSocket.monotonicNow()
    }
}
