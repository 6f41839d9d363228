internal import Dispatch
internal import Foundation

/// The shared state of one ``LoopbackHTTPServer``: listening socket, routes, request log and open connections.
///
/// The accept thread and the connection threads hold this object, never the public server, so the server's
/// `deinit` can run and call ``stop()``.
final class LoopbackServerCore: @unchecked Sendable {
    /// The listening descriptor; shut down by ``stop()``, closed by the accept thread on exit.
    let listener: Int32
    /// The port the kernel chose.
    let port: Int

    private let handler: @Sendable (HTTPRequestRecord) -> HTTPResponse
    private let acceptLoopFinished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    // Everything below is guarded by `lock`.
    private var routes: [String: HTTPResponse] = [:]
    private var records: [HTTPRequestRecord] = []
    private var connections: Set<Int32> = []
    private var nextConnectionID = 1
    private var stopped = false
    private var acceptLoopRunning = true

    init(handler: @escaping @Sendable (HTTPRequestRecord) -> HTTPResponse) throws {
        (listener, port) = try POSIXSocket.listenOnLoopback()
        self.handler = handler
        let thread = Thread { [self] in
            acceptLoop()
        }
        thread.name = "LoopbackHTTPServer.accept:\(port)"
        thread.start()
    }

    // MARK: - Routes and records

    /// Replaces (or with `nil` removes) the response for `path`.
    func setRoute(_ path: String, _ response: HTTPResponse?) {
        lock.withLock { routes[path] = response }
    }

    /// Every request received so far, in arrival order.
    var requests: [HTTPRequestRecord] {
        lock.withLock { records }
    }

    /// Forgets the request log.
    func clearRequests() {
        lock.withLock { records.removeAll() }
    }

    /// Whether ``stop()`` has been called.
    var isStopped: Bool {
        lock.withLock { stopped }
    }

    /// Logs `record` and picks its response: a route for the exact target, then for the path without query,
    /// then the handler.
    func respond(to record: HTTPRequestRecord) -> HTTPResponse {
        let route: HTTPResponse? = lock.withLock {
            records.append(record)
            return routes[record.path] ?? routes[record.pathWithoutQuery]
        }
        return route ?? handler(record)
    }

    /// Sleeps up to `seconds`, waking early when the server stops.
    ///
    /// - Returns: `false` when the server stopped meanwhile.
    func sleep(seconds: Double) -> Bool {
        let deadline = POSIXSocket.monotonicNow() + seconds
        while true {
            if isStopped {
                return false
            }
            let remaining = deadline - POSIXSocket.monotonicNow()
            if remaining <= 0 {
                return true
            }
            POSIXSocket.sleep(seconds: min(remaining, 0.01))
        }
    }

    // MARK: - Lifecycle

    /// Stops accepting, wakes every connection thread, and waits (up to 2 s) for the accept thread to exit.
    func stop() {
        let first: Bool = lock.withLock {
            if stopped {
                return false
            }
            stopped = true
            if acceptLoopRunning {
                POSIXSocket.shutdownBoth(listener)
            }
            for connection in connections {
                POSIXSocket.shutdownBoth(connection)
            }
            return true
        }
        if first {
            _ = acceptLoopFinished.wait(timeout: .now() + 2)
        }
    }

    private func acceptLoop() {
        while true {
            switch POSIXSocket.accept(listener) {
            case .success(let fd):
                guard let connectionID = register(fd) else {
                    POSIXSocket.close(fd)
                    finishAcceptLoop()
                    return
                }
                let thread = Thread { [self] in
                    LoopbackConnection(core: self, fd: fd, connectionID: connectionID).run()
                    unregisterAndClose(fd)
                }
                thread.name = "LoopbackHTTPServer.connection:\(connectionID)"
                thread.start()
            case .failure(.retry):
                continue
            case .failure(.backOff):
                POSIXSocket.sleep(seconds: 0.01)
            case .failure(.fatal):
                finishAcceptLoop()
                return
            }
            if isStopped {
                finishAcceptLoop()
                return
            }
        }
    }

    private func finishAcceptLoop() {
        lock.withLock {
            acceptLoopRunning = false
            POSIXSocket.close(listener)
        }
        acceptLoopFinished.signal()
    }

    private func register(_ fd: Int32) -> Int? {
        lock.withLock {
            if stopped {
                return nil
            }
            connections.insert(fd)
            defer { nextConnectionID += 1 }
            return nextConnectionID
        }
    }

    private func unregisterAndClose(_ fd: Int32) {
        lock.withLock {
            _ = connections.remove(fd)
        }
        POSIXSocket.close(fd)
    }
}
