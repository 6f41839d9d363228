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
