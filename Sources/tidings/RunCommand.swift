import Aggregator
import ArgumentParser
import FeedConfig
import FeedFetcher
import FeedModel
import FeedStore
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// `tidings run`: the daemon, or one refresh pass with `--once`.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Poll the configured feeds: as a daemon, or once with --once.",
        discussion: """
            Without --once, polls each feed when it is due until SIGTERM or SIGINT; SIGHUP re-reads
            feeds.conf. With --once, polls every feed now, stores, clusters and exits; a failing feed
            is reported on stderr and never stops the others.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Poll every feed now, cluster, and exit.")
    var once = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (default: the config's log_level).")
    var logLevel: String?

    func run() async throws {
        // A SIGHUP that arrives before the reload watcher is installed would kill the process
        // (its default action): ignore it from the first instruction; the watcher takes it over.
        signal(SIGHUP, SIG_IGN)
        HeapHousekeeping.limitArenas()
        // Sockets of connection attempts to dead hosts wait out their timeout beside the transfers.
        OpenFileLimit.raise()
        let config = try global.loadConfig()
        let levelName = logLevel ?? config.settings.logLevel
        guard let level = Logger.Level(rawValue: levelName) else {
            throw CLIError("unknown log level '\(levelName)' (trace, debug, info, notice, warning, error, critical)")
        }
        LogSetup.bootstrap(level: level)
        let logger = Logger(label: "tidings")
        let databasePath = global.databasePath(config: config)
        let lock: DaemonLock
        let store: SQLiteFeedStore
        do {
            lock = try DaemonLock(database: databasePath, mode: once ? "once" : "daemon")
            store = try SQLiteFeedStore(path: databasePath)
        } catch {
            throw CLIError("\(error)")
        }
        defer { withExtendedLifetime(lock) {} }
        let fetcher = CurlFeedFetcher(configuration: FetcherSettings.configuration(from: config.settings))
        let aggregator = Aggregator(
            store: store, fetcher: fetcher, config: config, logger: logger,
            makeFetcher: { CurlFeedFetcher(configuration: FetcherSettings.configuration(from: $0)) })

        if once {
            try await runOnce(aggregator, logger: logger)
            return
        }
        let configPath = global.configPath
        let service = AggregatorService(aggregator: aggregator, configPath: configPath, logger: logger) {
            try FeedsFile.load(path: configPath)
        }
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: service)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }

    private func runOnce(_ aggregator: Aggregator, logger: Logger) async throws {
        let feeds: [FeedPollState]
        do {
            feeds = try aggregator.syncFeeds()
        } catch {
            throw CLIError("cannot use the database: \(error)")
        }
        for warning in aggregator.configurationWarnings() { logger.warning("\(warning)") }
        let now = Aggregator.now()
        var pollable: [FeedPollState] = []
        for feed in feeds {
            if let wait = Aggregator.serverImposedWait(feed, now: now) {
                logger.notice("feed <\(feed.url)> skipped: \(wait)")
            } else {
                pollable.append(feed)
            }
        }
        let showProgress = Terminal.stderrIsTTY
        aggregator.applyRetention()
        let report = await aggregator.refresh(pollable) { done, total, failed in
            if showProgress {
                FileHandle.standardError.write(Data("\r\u{1B}[2Kpolled \(done)/\(total), \(failed) failed".utf8))
            }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        var inserted = 0
        var updated = 0
        // Each failing feed was already logged once, by name, as it failed.
        for feed in report.feeds {
            inserted += feed.counts.inserted
            updated += feed.counts.updated
        }
        let parse = report.feeds.reduce(0) { $0 + $1.parseSeconds }
        let storing = report.feeds.reduce(0) { $0 + $1.storeSeconds }
        if let clusteringError = report.clusteringError {
            throw CLIError("the database is unusable: \(clusteringError)")
        }
        Terminal.error(
            "polled \(counted(report.feeds.count, "feed")) (\(report.failures.count) failed, \(feeds.count - pollable.count) skipped): "
                + "\(counted(inserted, "new article")), "
                + "\(updated) updated, \(report.storyCount.map { counted($0, "story", plural: "stories") } ?? "? stories"); "
                + "phase seconds: parse \(Self.format(parse)), "
                + "store \(Self.format(storing)), cluster \(Self.format(report.clusterSeconds)), "
                + "total \(Self.format(report.totalSeconds))")
    }
}

extension RunCommand {
    static func format(_ seconds: Double) -> String { String(format: "%.2f", seconds) }
}

/// Maps feeds.conf settings onto the fetcher's configuration.
enum FetcherSettings {
    static func configuration(from s: Settings) -> CurlFeedFetcher.Configuration {
        CurlFeedFetcher.Configuration(
            userAgent: s.userAgent, connectTimeout: Double(s.connectTimeout.seconds),
            timeout: Double(s.timeout.seconds),
            maxBodyBytes: Int(s.maxBodySize), maxRedirects: 5, maxConcurrent: s.concurrency,
            maxPerHost: s.perHostConnections, hostDelay: Double(s.hostDelay.seconds),
            denyPrivateNetworks: s.denyPrivateNetworks)
    }
}
