import Aggregator
import ArgumentParser
import FeedModel
import FeedStore
import Foundation

/// `tidings status`: is a daemon running on this database, since when, how recent is the data.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say whether a daemon is running on the database, since when, its last poll and the feeds due.",
        discussion: "Exit status 0 when a daemon is running, 3 when none is (as `systemctl status` does)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let path = global.databasePathForReading()
        let now = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        let holder = DaemonLock.holder(ofDatabase: path)
        if let holder {
            let since = Timestamp(seconds: holder.since)
            let what = holder.mode == "once" ? "a one-off refresh (tidings run --once)" : "the daemon"
            print("running: \(what), pid \(holder.pid), since \(since.rfc3339) (\(Age.short(from: since, to: now)))")
        } else {
            print("not running: no tidings daemon holds \(path)")
        }
        if FileManager.default.fileExists(atPath: path) {
            let store = try Stores.openReadOnly(global)
            let feeds = try Stores.run { try store.feedStatuses() }.filter(\.configured)
            let lastPoll = feeds.compactMap(\.lastPoll).max()
            let due = feeds.filter { ($0.nextPoll ?? now) <= now }.count
            let failing = feeds.filter { $0.lastError != nil }.count
            print("database: \(path)")
            print("last poll: " + (lastPoll.map { "\($0.rfc3339) (\(Age.ago(from: $0, to: now)))" } ?? "never"))
            print("feeds: \(feeds.count) configured, \(due) due now, \(failing) failing")
        } else {
            print("database: \(path) does not exist yet")
        }
        if holder == nil { throw ExitCode(3) }
    }
}
