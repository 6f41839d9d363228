public import FeedConfig
import FeedModel
public import Logging
public import ServiceLifecycle
import UnixSignals
import Foundation

/// The long-running daemon: polls each feed when it is due, reloads feeds.conf on SIGHUP,
/// and stops promptly on graceful shutdown (SIGTERM/SIGINT), letting the write in progress finish.
public struct AggregatorService: Service {
    private let aggregator: Aggregator
    private let configPath: String
    private let logger: Logger
    private let notifier: SystemdNotifier
    /// Re-reads the configuration file; injected so the executable decides where it comes from.
    private let loadConfig: @Sendable () throws -> FeedsFile

    /// Creates the service.
    public init(
        aggregator: Aggregator, configPath: String, logger: Logger, notifier: SystemdNotifier = SystemdNotifier(),
        loadConfig: @escaping @Sendable () throws -> FeedsFile
    ) {
        self.aggregator = aggregator
        self.configPath = configPath
        self.logger = logger
        self.notifier = notifier
        self.loadConfig = loadConfig
    }

    public func run() async throws {
        let reload = ReloadFlag()
        let initialFeeds = try aggregator.syncFeeds()
        for warning in aggregator.configurationWarnings() { logger.warning("\(warning)") }
        notifier.notify("READY=1\nSTATUS=polling \(counted(initialFeeds.count, "feed"))")
        logger.info("tidings running: \(counted(initialFeeds.count, "feed")) from \(configPath)")

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in await UnixSignalsSequence(trapping: .sighup) { reload.set() }
            }
            if let watchdog = SystemdNotifier.watchdogInterval() {
                group.addTask {
                    while !Task.isCancelled {
                        notifier.notify("WATCHDOG=1")
                        try await Task.sleep(for: watchdog / 2)
                    }
                }
            }
            group.addTask {
                var feeds = initialFeeds
                var cycles = 0
                while !Task.isShuttingDownGracefully && !Task.isCancelled {
                    if reload.take() {
                        feeds = self.reloadConfig(current: feeds)
                        // `tidings add` stores a new feed's first poll and then sends SIGHUP: its
                        // articles join their stories now, not when some feed is next due.
                        await self.clusterStoredArticles()
                    }
                    let now = Aggregator.now()
                    let due = feeds.filter { !$0.gone && ($0.nextPoll ?? now) <= now }
                    if !due.isEmpty {
                        self.aggregator.applyRetention()
                        let report = await cancelWhenGracefulShutdown { await self.aggregator.refresh(due) }
                        if Task.isShuttingDownGracefully { break }
                        cycles += 1
                        feeds = (try? self.aggregator.syncFeeds()) ?? feeds
                        let failed = report.failures.count
                        let status =
                            "\(counted(feeds.count, "feed")); last cycle polled \(due.count), \(failed) failed; "
                            + (report.storyCount.map { counted($0, "story", plural: "stories") }
                                ?? "clustering did not finish")
                        if let pass = report.clustering, pass.articles > 0 {
                            self.logger.debug(
                                "clustering: \(pass.articles) articles\(pass.rebuilt ? " (recent span rebuilt)" : " (new only)"), \(pass.membershipsWritten) memberships written"
                            )
                        }
                        self.notifier.notify("STATUS=\(status)")
                        self.logger.info("cycle \(cycles): \(status)")
                    }
                    // Wake at least every second to notice SIGHUP; sleeps end at once on shutdown.
                    try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(1)) }
                }
                self.notifier.notify("STOPPING=1")
                self.logger.info("tidings stopping")
            }
            // The poll loop ending (graceful shutdown) ends the service; the signal watchers are cancelled.
            try await group.next()
            group.cancelAll()
        }
    }

    /// Clusters articles stored since the last pass (by another process), if there are any.
    private func clusterStoredArticles() async {
        do {
            let pass = try await cancelWhenGracefulShutdown { try self.aggregator.recluster() }
            if pass.articles > 0 {
                let stories = counted(pass.storyCount, "story", plural: "stories")
                logger.info("clustering: \(counted(pass.articles, "article")) stored since the last pass; \(stories)")
            }
        } catch is CancellationError {
            logger.info("clustering interrupted by shutdown; it resumes on the next pass")
        } catch {
            logger.error("clustering failed: \(error)")
        }
    }

    private func reloadConfig(current: [FeedPollState]) -> [FeedPollState] {
        do {
            let config = try loadConfig()
            let feeds = try aggregator.reload(config)
            for warning in aggregator.configurationWarnings() { logger.warning("\(warning)") }
            logger.info("reloaded \(configPath): \(counted(feeds.count, "feed"))")
            notifier.notify("STATUS=reloaded: \(counted(feeds.count, "feed"))")
            return feeds
        } catch {
            logger.error("reload failed, keeping the running configuration: \(error)")
            return current
        }
    }
}

/// A flag set by the SIGHUP watcher and taken by the poll loop.
final class ReloadFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }

    func take() -> Bool {
        lock.withLock {
            defer { value = false }
            return value
        }
    }
}
