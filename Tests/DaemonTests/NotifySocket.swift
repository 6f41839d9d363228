import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A stand-in for systemd's notify socket: a Unix datagram socket bound to a path, read without blocking.
///
/// Run the daemon with `NOTIFY_SOCKET=<path>`; every sd_notify message it sends arrives here as one datagram.
final class NotifySocket: @unchecked Sendable {
    /// The socket's path, the value for `$NOTIFY_SOCKET`.
    let path: String
    private let fd: Int32
    private let lock = NSLock()
    private var received: [String] = []

    /// Creates and binds the socket at `path` (which must not exist and be shorter than 108 bytes).
    init(path: String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw DaemonTestError("socket(AF_UNIX, SOCK_DGRAM): \(String(cString: strerror(errno)))") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            throw DaemonTestError("socket path too long: \(path)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in bytes.enumerated() { raw[i] = byte }
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + 1)
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw DaemonTestError("bind(\(path)): \(message)")
        }
        self.fd = fd
        self.path = path
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// Reads every datagram waiting now, without blocking, and returns all messages received so far.
    func messages() -> [String] {
        lock.withLock {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
                if n <= 0 { break }
                received.append(String(decoding: buffer[0..<n], as: UTF8.self))
            }
            return received
        }
    }

    /// Every `KEY=value` line of every message so far, in order (a message may carry several).
    func lines() -> [String] {
        messages().flatMap { $0.split(separator: "\n").map(String.init) }
    }

    /// Waits at most `timeout` seconds until some line satisfies `predicate`.
    func waitForLine(timeout: Double, where predicate: @escaping @Sendable (String) -> Bool) async -> Bool {
        await eventually(timeout: timeout) { self.lines().contains(where: predicate) }
    }
}
