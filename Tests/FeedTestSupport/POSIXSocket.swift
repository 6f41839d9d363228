internal import Glibc

/// Thin wrappers over the socket calls the loopback server needs (Linux).
enum POSIXSocket {
    /// Monotonic seconds from `CLOCK_MONOTONIC`.
    static func monotonicNow() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1_000_000_000
    }

    /// Creates a TCP socket bound to 127.0.0.1 on an ephemeral port and listening.
    ///
    /// - Returns: The descriptor and the port the kernel chose.
    /// - Throws: ``LoopbackHTTPServerError`` naming the failing call.
    static func listenOnLoopback() throws -> (fd: Int32, port: Int) {
        try listen(address: 0x7F00_0001, backlog: 128)
    }

    /// Creates a TCP socket bound to the IPv4 `address` (host order) on an ephemeral port,
    /// listening with `backlog`.
    static func listen(address hostOrderAddress: UInt32, backlog: Int32) throws -> (fd: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else {
            throw LoopbackHTTPServerError(code: .socket, systemError: errno)
        }
        do {
            var one: Int32 = 1
            guard setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
                throw LoopbackHTTPServerError(code: .socketOption, systemError: errno, detail: "SO_REUSEADDR")
            }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = hostOrderAddress.bigEndian
            let bound = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else {
                throw LoopbackHTTPServerError(code: .bind, systemError: errno, detail: "\(hostOrderAddress):0")
            }
            guard Glibc.listen(fd, backlog) == 0 else {
                throw LoopbackHTTPServerError(code: .listen, systemError: errno)
            }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    getsockname(fd, $0, &length)
                }
            }
            guard named == 0 else {
                throw LoopbackHTTPServerError(code: .localAddress, systemError: errno)
            }
            return (fd, Int(UInt16(bigEndian: address.sin_port)))
        } catch {
            close(fd)
            throw error
        }
    }

    /// Accepts one connection.
    ///
    /// - Returns: The new descriptor, or the `errno` value on failure.
    static func accept(_ listener: Int32) -> Result<Int32, AcceptError> {
        let fd = Glibc.accept(listener, nil, nil)
        if fd >= 0 {
            // Keep the descriptor out of child processes (end-to-end tests spawn the daemon).
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            var one: Int32 = 1
            _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            return .success(fd)
        }
        let code = errno
        switch code {
        case EINTR, ECONNABORTED, EAGAIN, EPROTO:
            return .failure(.retry)
        case EMFILE, ENFILE, ENOBUFS, ENOMEM:
            return .failure(.backOff)
        default:
            return .failure(.fatal)
        }
    }

    /// How a failed `accept` should be treated.
    enum AcceptError: Error {
        /// Try again at once.
        case retry
        /// Out of resources: wait a little, then try again.
        case backOff
        /// The listening socket is unusable (for example shut down by `stop()`).
        case fatal
    }

    /// Reads up to `capacity` bytes.
    ///
    /// - Returns: The bytes read; empty at end of stream or on error.
    static func receive(_ fd: Int32, capacity: Int = 16_384) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: capacity)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, capacity, 0) }
            if count > 0 {
                return Array(chunk[0..<count])
            }
            if count < 0 && errno == EINTR {
                continue
            }
            return []
        }
    }

    /// Sends all of `bytes` with `MSG_NOSIGNAL`, so a vanished peer never raises SIGPIPE.
    ///
    /// - Returns: `false` when the peer is gone.
    static func sendAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) -> Bool {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let sent = bytes[offset...].withUnsafeBytes {
                send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 {
                if errno == EINTR {
                    continue
                }
                return false
            }
            offset += sent
        }
        return true
    }

    /// Shuts down both directions of `fd`, waking any thread blocked on it.
    static func shutdownBoth(_ fd: Int32) {
        _ = shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Shuts down the sending direction of `fd`, so the peer sees a clean end of stream.
    static func shutdownWrite(_ fd: Int32) {
        _ = shutdown(fd, Int32(SHUT_WR))
    }

    /// Closes `fd`.
    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }

    /// Sleeps for `seconds` (at most).
    static func sleep(seconds: Double) {
        guard seconds > 0 else {
            return
        }
        usleep(useconds_t(min(seconds, 1) * 1_000_000))
    }
}
