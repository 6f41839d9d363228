import Aggregator
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Tells a running daemon to reread feeds.conf after an edit, or says how to.
enum DaemonReload {
    /// Sends SIGHUP to the daemon holding `database`'s lock, if any, and returns what happened,
    /// in a sentence for the user.
    static func notify(database: String) -> String {
        guard let holder = DaemonLock.holder(ofDatabase: database) else {
            return "No daemon is running on \(database): `tidings run` will read the new feeds.conf "
                + "(under systemd: `sudo systemctl reload tidings`)."
        }
        if holder.mode == "once" {
            return "A one-off refresh (pid \(holder.pid)) is running; the next run reads the new feeds.conf."
        }
        guard holder.pid > 0 else {
            return "A daemon holds \(database) but its pid is unknown: reload it with `sudo systemctl reload tidings`."
        }
        if kill(holder.pid, SIGHUP) == 0 {
            return "Told the daemon (pid \(holder.pid)) to reload feeds.conf."
        }
        return "Could not signal the daemon (pid \(holder.pid)): \(String(cString: strerror(errno))); "
            + "reload it with `sudo systemctl reload tidings` or `kill -HUP \(holder.pid)`."
    }
}
