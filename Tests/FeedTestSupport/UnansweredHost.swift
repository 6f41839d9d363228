internal import Glibc

/// A loopback address where connection attempts are never answered, like a dead server behind a
/// firewall that drops packets: a listener with a full accept queue, so the kernel drops every
/// further SYN and the client waits for its connect timeout.
public final class UnansweredHost: @unchecked Sendable {
    private let listener: Int32
    private var fillers: [Int32] = []
    /// The address, `127.0.0.N`.
    public let address: String
    /// The listening port.
    public let port: Int

    /// Binds `127.0.0.<lastOctet>` (2…254) and fills its accept queue.
    /// - Throws: ``LoopbackHTTPServerError`` naming the failing call.
    public init(lastOctet: UInt8) throws {
        let hostOrder = UInt32(0x7F00_0000) | UInt32(lastOctet)
        (listener, port) = try POSIXSocket.listen(address: hostOrder, backlog: 0)
        address = "127.0.0.\(lastOctet)"
        // Two connections of our own that are never accepted fill a zero-length queue.
        for _ in 0..<2 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
            guard fd >= 0 else { continue }
            var target = sockaddr_in()
            target.sin_family = sa_family_t(AF_INET)
            target.sin_port = UInt16(port).bigEndian
            target.sin_addr.s_addr = hostOrder.bigEndian
            _ = withUnsafePointer(to: &target) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            fillers.append(fd)
        }
        POSIXSocket.sleep(seconds: 0.05)  // let the handshakes of the fillers complete
    }

    /// A URL on this host.
    public func url(_ path: String = "/feed") -> String { "http://\(address):\(port)\(path)" }

    /// Closes the listener and the connections filling it.
    public func stop() {
        for fd in fillers { close(fd) }
        fillers = []
        close(listener)
    }

    deinit { stop() }
}
