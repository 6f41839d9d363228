import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock beside the database (`<database>.lock`, flock(2)) held by the one process
/// that writes it. A second writer is refused with a clear message; readers never take it.
/// The kernel releases the lock when the holder dies, even on SIGKILL.
public final class DaemonLock: @unchecked Sendable {
    /// Who holds a lock, as written in the lock file.
    public struct Holder: Sendable, Hashable {
        /// The holder's process id.
        public var pid: Int32
        /// When it started, seconds since 1970.
        public var since: Int64
        /// "daemon" or "once".
        public var mode: String
    }

    private let fd: Int32
    /// The lock file's path.
    public let path: String

    /// The lock file path for a database path.
    public static func path(forDatabase database: String) -> String { database + ".lock" }

    /// Takes the lock or throws a message naming the holder.
    public init(database: String, mode: String) throws(DaemonLockError) {
        path = DaemonLock.path(forDatabase: database)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw DaemonLockError(message: "cannot create lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = DaemonLock.readHolder(fd: fd)
            close(fd)
            let who = holder.map { "pid \($0.pid), running since \(Date(timeIntervalSince1970: Double($0.since)).formatted(.iso8601))" } ?? "another process"
            throw DaemonLockError(
                message: "another tidings (\(who)) is already writing \(database); stop it first (CLI readers such as `tidings stories` work alongside it)")
        }
        self.fd = fd
        let text = "pid=\(getpid())\nsince=\(Int64(Date().timeIntervalSince1970))\nmode=\(mode)\n"
        ftruncate(fd, 0)
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Who holds the lock on `database` now, or nil when nobody does.
    public static func holder(ofDatabase database: String) -> Holder? {
        let fd = open(path(forDatabase: database), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return nil
        }
        return readHolder(fd: fd) ?? Holder(pid: 0, since: 0, mode: "unknown")
    }

    private static func readHolder(fd: Int32) -> Holder? {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = pread(fd, &buffer, buffer.count, 0)
        guard n > 0 else { return nil }
        var fields: [String: String] = [:]
        for line in String(decoding: buffer[0..<n], as: UTF8.self).split(separator: "\n") {
            let pair = line.split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        guard let pid = fields["pid"].flatMap(Int32.init) else { return nil }
        return Holder(pid: pid, since: fields["since"].flatMap(Int64.init) ?? 0, mode: fields["mode"] ?? "daemon")
    }
}

/// Why the daemon lock could not be taken.
public struct DaemonLockError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do.
    public var message: String

    public var description: String { message }
}
