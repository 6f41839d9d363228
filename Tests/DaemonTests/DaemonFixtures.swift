import FeedTestSupport
import Foundation

/// Small RSS documents and feeds.conf files for the daemon tests.
enum DaemonFixtures {
    /// An RSS 2.0 document called `name` with `count` items whose guids are `name-1` … `name-count`.
    static func rss(_ name: String, items count: Int = 2) -> String {
        var items = ""
        for i in 1...max(count, 1) {
            items += """
                <item><title>\(name) reports event number \(i) in the valley</title>
                <link>http://example.org/\(name)/\(i)</link><guid>\(name)-\(i)</guid>
                <pubDate>Mon, 02 Nov 2026 1\(i % 10):00:00 GMT</pubDate>
                <description>Story \(i) from outlet \(name): details about event \(i).</description></item>

                """
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Outlet \(name)</title><link>http://example.org/\(name)</link>
            <description>Test outlet \(name)</description>
            \(items)</channel></rss>

            """
    }

    /// An RSS document with `count` items on varied made-up topics (so clustering has real work), guids
    /// `name-1` … `name-count`; deterministic for a given `seed`.
    static func variedRSS(_ name: String, items count: Int, seed: UInt64) -> String {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let syllables = ["ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "da", "pe", "zu", "ho", "ga", "ri", "se"]
        let common = ["minister", "council", "budget", "river", "election", "court", "border", "talks", "market"]
        func topicWord(_ topic: Int, _ index: Int) -> String {
            let a = syllables[(topic * 7 + index * 3) % syllables.count]
            let b = syllables[(topic * 11 + index * 5 + 1) % syllables.count]
            let c = syllables[(topic / 15 + index) % syllables.count]
            return (a + b + c).capitalized
        }
        func words(_ topic: Int, _ n: Int) -> String {
            (0..<n).map { _ in next(10) < 6 ? topicWord(topic, next(6)) : common[next(common.count)] }
                .joined(separator: " ")
        }
        var items = ""
        for i in 1...max(count, 1) {
            let topic = next(300)
            items += "<item><title>\(words(topic, 8))</title><guid>\(name)-\(i)</guid>"
            items += "<pubDate>Mon, \(10 + next(18)) Nov 2026 \(10 + next(12)):00:00 GMT</pubDate>"
            items += "<description>\(words(topic, 40))</description></item>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Outlet \(name)</title><link>http://example.org/\(name)</link>
            \(items)</channel></rss>

            """
    }

    /// Settings every test config starts with: no gap between requests to the loopback host, several at once.
    static let settings = """
        host_delay = 0s
        per_host_connections = 4
        timeout = 60s
        min_interval = 1m
        interval = 30m

        """

    /// A feed line for `path` on `server`, named `name`.
    static func feedLine(_ server: LoopbackHTTPServer, _ path: String, name: String) -> String {
        "\(server.url(path)) name=\"\(name)\" lang=en\n"
    }

    /// Writes `text` to `url` atomically (a reload never sees half a file).
    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}

/// One scratch directory with a feeds.conf and a database path, and the `tidings run` arguments for them.
struct DaemonSetup {
    /// The scratch directory (removed by ``cleanUp()``).
    let directory: URL
    /// `directory/feeds.conf`.
    let config: URL
    /// `directory/tidings.db`.
    let database: URL

    /// Creates the directory and writes `config` text into feeds.conf.
    init(config text: String) throws {
        directory = try makeScratchDirectory()
        config = directory.appendingPathComponent("feeds.conf")
        database = directory.appendingPathComponent("tidings.db")
        try DaemonFixtures.write(text, to: config)
    }

    /// `--config … --database …`, for any subcommand.
    var paths: [String] { ["--config", config.path, "--database", database.path] }

    /// Starts `tidings run` (the daemon) on this setup.
    func startDaemon(environment: [String: String] = [:]) throws -> DaemonProcess {
        try DaemonProcess(["run"] + paths, in: directory, environment: environment)
    }

    /// Removes the scratch directory.
    func cleanUp() { removeDirectory(directory) }
}

/// The part of `tidings feeds --json` the tests read.
struct FeedsListing: Decodable {
    struct Feed: Decodable {
        var url: String
        var name: String
        var configured: Bool
        var article_count: Int
    }

    var feeds: [Feed]

    /// The feed with display name `name`, if listed.
    func feed(named name: String) -> Feed? { feeds.first { $0.name == name } }
}

/// Runs `tidings feeds --json` on `setup` and decodes it.
func listFeeds(_ setup: DaemonSetup) async throws -> FeedsListing {
    let result = try await runTidings(["feeds", "--json"] + setup.paths, in: setup.directory)
    guard result.status == 0 else {
        throw DaemonTestError("tidings feeds --json exited \(result.status): \(result.stderr)")
    }
    return try JSONDecoder().decode(FeedsListing.self, from: Data(result.stdout.utf8))
}

/// Marks every feed in `setup`'s database as due now (next_poll = NULL), through python3's sqlite3 module.
///
/// The daemon reads these states back on its next reload, so a test can tell "not polled because it was
/// removed" from "not polled because it was not due yet" without waiting for a poll interval (at least 1m).
func markAllFeedsDue(_ setup: DaemonSetup) async throws {
    let script = """
        import sqlite3, sys
        db = sqlite3.connect(sys.argv[1], timeout=10)
        db.execute("UPDATE feeds SET next_poll = NULL")
        db.commit()
        db.close()
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, setup.database.path]
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let finished = await eventually(timeout: 30) { !process.isRunning }
    guard finished, process.terminationStatus == 0 else {
        if process.isRunning { process.terminate() }
        throw DaemonTestError("python3 could not mark the feeds due in \(setup.database.path)")
    }
}
