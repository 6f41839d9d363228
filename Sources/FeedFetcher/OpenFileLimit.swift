#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's limit on open files, which bounds how many connection attempts to dead hosts
/// may wait out their connect timeout at once (each holds a socket).
public enum OpenFileLimit {
    /// The files a process needs besides waiting connection attempts: the database and its
    /// journal, the transfers holding slots, libraries, logs.
    static let reserved = 256

    /// How many connection attempts may wait out their timeout beside `slots` transfers: half of
    /// what the soft limit leaves beyond ``reserved`` and the slots, at most `cap`.
    static func roomForStalledConnects(besides slots: Int, cap: Int) -> Int {
        max(0, min(cap, (current - reserved - slots) / 2))
    }

    /// The soft limit now (1,024 when it cannot be read).
    public static var current: Int {
        var limit = rlimit()
        guard getrlimit(resourceNumber, &limit) == 0 else { return 1_024 }
        return Int(clamping: limit.rlim_cur)
    }

    /// Raises the soft limit towards `wanted`, within the hard limit (systemd and most shells
    /// start services at 1,024 with a far higher hard limit). Call it before the fetcher starts.
    /// Returns the soft limit in force afterwards.
    @discardableResult
    public static func raise(to wanted: Int = 8_192) -> Int {
        var limit = rlimit()
        guard getrlimit(resourceNumber, &limit) == 0 else { return current }
        let target = min(rlim_t(wanted), limit.rlim_max)
        if limit.rlim_cur < target {
            limit.rlim_cur = target
            _ = setrlimit(resourceNumber, &limit)
        }
        return current
    }

    #if canImport(Glibc)
        private static var resourceNumber: __rlimit_resource_t { __rlimit_resource_t(RLIMIT_NOFILE.rawValue) }
    #else
        private static var resourceNumber: Int32 { RLIMIT_NOFILE }
    #endif
}
