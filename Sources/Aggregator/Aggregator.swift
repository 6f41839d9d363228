public import FeedConfig
public import FeedFetcher
public import FeedModel
import FeedParser
public import Logging
public import StoryClustering
import Foundation

/// Composes fetcher, parser, store and clusterer: polls feeds, stores what they serve,
/// and keeps the story clustering up to date.
public final class Aggregator: Sendable {
    private let store: any FeedStoring
    private let makeFetcher: (@Sendable (Settings) -> any FeedFetching)?
    private let parser: FeedParser
    private let logger: Logger
    private let state: AggregatorState

    /// Creates an aggregator over `store`, fetching with `fetcher`, configured by `config`.
    ///
    /// - Parameter makeFetcher: makes a fetcher for new settings; given it, a reload whose
    ///   settings differ replaces the fetcher, so a changed `user_agent`, timeout, concurrency or
    ///   `deny_private_networks` applies from the next poll. Without it the first fetcher stays.
    public init(
        store: any FeedStoring, fetcher: any FeedFetching, config: FeedsFile, logger: Logger,
        makeFetcher: (@Sendable (Settings) -> any FeedFetching)? = nil
    ) {
        self.store = store
        self.makeFetcher = makeFetcher
        // HTML bodies are converted only for entries not already stored unchanged (see `poll`).
        self.parser = FeedParser(
            configuration: .init(maxDocumentBytes: Int(config.settings.maxBodySize), defersPlainText: true))
        self.logger = logger
        self.state = AggregatorState(config: config, fetcher: fetcher)
    }

    /// The configuration in force.
    public var config: FeedsFile { state.config }

    /// Replaces the configuration (SIGHUP): new feeds start polling, removed feeds stop.
    public func reload(_ config: FeedsFile) throws -> [FeedPollState] {
        if let makeFetcher, config.settings != state.config.settings {
            state.fetcher = makeFetcher(config.settings)
            logger.info("settings changed: new polls use them")
        }
        state.config = config
        return try store.syncSubscriptions(Aggregator.subscriptions(of: config))
    }

    /// Things in the configuration worth a warning: intervals below `min_interval` (raised to it).
    public func configurationWarnings() -> [String] {
        let settings = state.config.settings
        return state.config.subscriptions.compactMap { sub in
            guard let interval = sub.interval, interval.seconds < settings.minInterval.seconds else { return nil }
            return "feeds.conf:\(sub.line): interval=\(interval) is below min_interval=\(settings.minInterval); "
                + "polling every \(settings.minInterval)"
        }
    }

    /// Registers the configured feeds with the store and returns their poll states.
    public func syncFeeds() throws -> [FeedPollState] {
        try store.syncSubscriptions(Aggregator.subscriptions(of: state.config))
    }

    /// Stores `response`, fetched a moment ago from the configured feed `url` without
    /// validators, as that feed's poll — articles, validators and the next poll time as if the
    /// daemon had polled it — so that the daemon does not fetch a feed just added a second time.
    /// Clustering is left to the daemon's next pass (the articles are marked for it).
    ///
    /// - Returns: the poll's outcome; its `error` says why nothing was stored (not a feed, a
    ///   server error, or a URL that is not in the configuration).
    public func recordFirstFetch(of url: String, response: FetchResponse) async throws -> RefreshReport.FeedOutcome {
        guard let feed = try syncFeeds().first(where: { $0.url == url }) else {
            return RefreshReport.FeedOutcome(
                url: url, name: url, status: nil, error: "not in the configuration", warnings: [],
                counts: IngestCounts())
        }
        let subscription = state.config.subscriptions.first { $0.url == url }
        let replay = ReplayedFetch(url: feed.requestURL, response: response)
        return await poll(feed, subscription: subscription, fetcher: replay)
    }

    static func subscriptions(of config: FeedsFile) -> [FeedSubscription] {
        config.subscriptions.map {
            FeedSubscription(url: $0.url, name: $0.displayName, language: $0.language, tags: $0.tags)
        }
    }

    /// Polls the given feeds concurrently (the fetcher enforces global and per-host limits),
    /// stores each feed's results in its own transaction as soon as it arrives, then reclusters.
    ///
    /// - Parameter progress: called after each feed with (done, total, failures so far).
    public func refresh(
        _ feeds: [FeedPollState], progress: (@Sendable (Int, Int, Int) -> Void)? = nil
    ) async -> RefreshReport {
        let subscriptions = Dictionary(state.config.subscriptions.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a })
        let passStart = ContinuousClock.now
        var report = RefreshReport()
        var outcomes: [Int: RefreshReport.FeedOutcome] = [:]
        // Feeds that failed last time (dead hosts, servers that hang until the timeout) come after
        // the healthy ones, and the fetcher lets them hold at most a quarter of the transfer slots
        // once connected, so they can never hold up the healthy feeds.
        let order =
            feeds.indices.filter { feeds[$0].errorCount == 0 } + feeds.indices.filter { feeds[$0].errorCount > 0 }
        // The fetcher's own transfer cap: the fetcher this refresh uses throughout.
        let fetcher = state.fetcher
        let window = PollWindow(concurrency: fetcher.transferSlots ?? state.config.settings.concurrency)
        let allStarted = PollWindow.AllStarted()
        // A child task yields either a poll's outcome or nil: a recheck of the window.
        await withTaskGroup(of: (Int, RefreshReport.FeedOutcome)?.self) { group in
            var pending = order[...]
            var inFlight = 0
            var rechecking = false
            func startAdmitted() {
                if Task.isCancelled {
                    // Shutting down: polls not started yet are not started at all.
                    pending = []
                    allStarted.set()
                    return
                }
                while window.admits(inFlight: inFlight, stalled: fetcher.stalledConnections),
                    let index = pending.popFirst()
                {
                    let feed = feeds[index]
                    let subscription = subscriptions[feed.url]
                    group.addTask { (index, await self.poll(feed, subscription: subscription, fetcher: fetcher)) }
                    inFlight += 1
                }
                if pending.isEmpty {
                    allStarted.set()
                } else if !rechecking {
                    // Polls wait for room: connection attempts that stall meanwhile widen the
                    // window even if no poll finishes.
                    rechecking = true
                    group.addTask {
                        await PollWindow.recheckPause(until: allStarted)
                        return nil
                    }
                }
            }
            startAdmitted()
            var failures = 0
            for await result in group {
                guard let (index, outcome) = result else {
                    rechecking = false
                    startAdmitted()
                    continue
                }
                inFlight -= 1
                startAdmitted()
                outcomes[index] = outcome
                if outcome.error != nil { failures += 1 }
                progress?(outcomes.count, feeds.count, failures)
            }
        }
        report.feeds = (0..<feeds.count).compactMap { outcomes[$0] }
        if Task.isCancelled {
            report.totalSeconds = Aggregator.seconds(since: passStart)
            return report
        }
        do {
            let clusterStart = ContinuousClock.now
            let pass = try recluster()
            report.clustering = pass
            report.clusterSeconds = Aggregator.seconds(since: clusterStart)
        } catch is CancellationError {
            logger.info("clustering interrupted by shutdown; it resumes on the next pass")
        } catch {
            logger.error("clustering failed: \(error)")
            report.clusteringError = "\(error)"
        }
        report.totalSeconds = Aggregator.seconds(since: passStart)
        HeapHousekeeping.releaseFreePages()
        return report
    }

    private func poll(
        _ feed: FeedPollState, subscription: Subscription?, fetcher: any FeedFetching
    ) async -> RefreshReport.FeedOutcome {
        let name = subscription?.displayName ?? feed.url
        var outcome = RefreshReport.FeedOutcome(
            url: feed.url, name: name, status: nil, error: nil, warnings: [], counts: IngestCounts())
        let interval = effectiveInterval(subscription)
        let scheduler = scheduler()
        var record = PollRecord(at: Aggregator.now())
        func fail(_ message: String, status: Int? = nil, headers: [String: String] = [:]) {
            record.error = message
            outcome.error = message
            let plan = scheduler.afterFailure(
                now: record.at, interval: interval, status: status, headers: headers, errorCount: feed.errorCount)
            (record.nextPoll, record.nextPollReason) = (plan.next, plan.reason)
        }
        do {
            let response = try await fetcher.fetch(
                feed.requestURL, validators: feed.validators.isEmpty ? nil : feed.validators,
                afterFailure: feed.errorCount > 0)
            record.at = Aggregator.now()
            record.httpStatus = response.status
            outcome.status = response.status
            trackRedirects(response, feed: feed, into: &record)
            switch response.status {
            case 304:
                record.validators = mergedValidators(response.validators, previous: feed.validators)
                let plan = scheduler.afterSuccess(
                    now: record.at, interval: interval, headers: response.headers, ttlMinutes: nil,
                    updatePeriodSeconds: nil, entryDates: [], jitterKey: feed.url)
                (record.nextPoll, record.nextPollReason) = (plan.next, plan.reason)
            case 200...299:
                record.validators = response.validators
                let hash = BodyFingerprint.of(response.body)
                if hash == feed.bodyHash {
                    // The same items as last time (only a generation time in the channel may differ):
                    // nothing to parse or store (validators still updated).
                    let plan = scheduler.afterSuccess(
                        now: record.at, interval: interval, headers: response.headers, ttlMinutes: nil,
                        updatePeriodSeconds: nil, entryDates: [], jitterKey: feed.url)
                    (record.nextPoll, record.nextPollReason) = (plan.next, plan.reason)
                    break
                }
                let parseStart = ContinuousClock.now
                let parsed = try parser.parse(response.body, url: response.finalURL, contentType: response.contentType)
                outcome.parseSeconds = Aggregator.seconds(since: parseStart)
                record.bodyHash = hash
                outcome.warnings = parsed.warnings
                record.validators = response.validators
                record.feedTitle = parsed.title
                // Entries older than the retention period would be removed again at once and come
                // back as "new" on the next poll: they are not stored at all.
                let cutoff = retentionCutoff()
                // Entries stored before with the same fingerprint are unchanged: counted, not
                // converted to text nor compared again. The rest get their text now.
                let known = try store.entryFingerprints(feedID: feed.feedID)
                record.entries = parsed.entries.compactMap { entry in
                    if let cutoff, let published = entry.published, published < cutoff { return nil }
                    if let id = entry.storageID, let fingerprint = entry.fingerprint, known[id] == fingerprint {
                        record.unchangedEntries += 1
                        return nil
                    }
                    var e = entry
                    FeedParser.completeText(&e)
                    // The administrator's lang= wins over what the feed claims.
                    if let lang = subscription?.language { e.language = lang }
                    return e
                }
                // A feed's first parsed body with nothing stored yet is its backlog.
                if feed.bodyHash == nil, known.isEmpty {
                    let kept = parsed.entries.filter { entry in
                        guard let cutoff, let published = entry.published else { return true }
                        return published >= cutoff
                    }
                    record.estimatedTimes = BacklogDating.estimates(kept, seenAt: record.at, notBefore: cutoff)
                }
                let plan = scheduler.afterSuccess(
                    now: record.at, interval: interval, headers: response.headers, ttlMinutes: nil,
                    updatePeriodSeconds: parsed.suggestedPollInterval.map(Int64.init),
                    entryDates: parsed.entries.compactMap(\.published), jitterKey: feed.url,
                    skipHours: parsed.skipHours, skipDays: parsed.skipDays)
                (record.nextPoll, record.nextPollReason) = (plan.next, plan.reason)
            case 410:
                record.gone = true
                record.error = "HTTP 410 Gone: the server says this feed is gone for good; no longer polled"
                outcome.error = record.error
                (record.nextPoll, record.nextPollReason) = (nil, "gone (410): remove it from feeds.conf")
            default:
                fail(
                    "HTTP \(response.status)\(Aggregator.reason(response.status))", status: response.status,
                    headers: response.headers)
            }
        } catch let error as FetchError {
            if error.code == .cancelled {
                outcome.error = "cancelled"
                return outcome
            }
            record.at = Aggregator.now()
            fail(error.message)
        } catch let error as FeedParseError {
            fail("not a feed: \(error.description)")
        } catch {
            fail("\(error)")
        }
        do {
            let storeStart = ContinuousClock.now
            outcome.counts = try store.recordPoll(feedID: feed.feedID, record)
            outcome.storeSeconds = Aggregator.seconds(since: storeStart)
        } catch {
            outcome.error = "could not store: \(error)"
        }
        if let error = outcome.error {
            logger.warning("feed \"\(name)\" <\(feed.url)>: \(error)")
        } else {
            for warning in outcome.warnings { logger.notice("feed \"\(name)\" <\(feed.url)>: \(warning)") }
            if let moved = record.movedTo, moved != feed.movedTo {
                logger.notice(
                    "feed \"\(name)\" <\(feed.url)> moved permanently to <\(moved)>: polling it there; update feeds.conf"
                )
            }
            logger.debug(
                "feed \"\(name)\": HTTP \(outcome.status ?? 0), \(outcome.counts.inserted) new, \(outcome.counts.updated) updated"
            )
        }
        return outcome
    }

    /// Permanent moves: a chain of only 301/308 on `permanentRedirectPolls` polls in a row makes the
    /// final URL the one polled from then on. A 302/307 anywhere in the chain resets the count.
    private func trackRedirects(_ response: FetchResponse, feed: FeedPollState, into record: inout PollRecord) {
        guard !response.redirects.isEmpty else {
            if feed.movedTo == nil && feed.redirectStreak != 0 { record.redirectStreak = 0 }
            return
        }
        let permanent = response.redirects.allSatisfy { $0.status == 301 || $0.status == 308 }
        guard permanent, (200...399).contains(response.status) else {
            record.redirectStreak = 0
            return
        }
        let streak = feed.redirectStreak + 1
        record.redirectStreak = streak
        if streak >= Aggregator.permanentRedirectPolls { record.movedTo = response.finalURL }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Polls in a row that must end in only permanent redirects before Tidings follows a move.
    static let permanentRedirectPolls = 3

    private func scheduler() -> PollScheduler {
        let settings = state.config.settings
        return PollScheduler(minimum: settings.minInterval.seconds, maximum: settings.maxInterval.seconds)
    }

    private func mergedValidators(_ new: HTTPValidators, previous: HTTPValidators) -> HTTPValidators {
        HTTPValidators(etag: new.etag ?? previous.etag, lastModified: new.lastModified ?? previous.lastModified)
    }

    private func effectiveInterval(_ subscription: Subscription?) -> Int64 {
        subscription?.interval?.seconds ?? state.config.settings.defaultInterval.seconds
    }

    /// Why a feed is not polled now even when asked to poll everything (`run --once`): the server
    /// asked us to wait (Retry-After) or said the feed is gone. Nil when it may be polled.
    public static func serverImposedWait(_ feed: FeedPollState, now: Timestamp) -> String? {
        if feed.gone { return "gone (HTTP 410); remove it from feeds.conf" }
        if feed.nextPollReason == "Retry-After", let next = feed.nextPoll, next > now {
            return "the server asked to wait until \(next.rfc3339) (Retry-After)"
        }
        return nil
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 401: return " Unauthorized"
        case 403: return " Forbidden"
        case 404: return " Not Found"
        case 410: return " Gone"
        case 429: return " Too Many Requests"
        case 500: return " Internal Server Error"
        case 502: return " Bad Gateway"
        case 503: return " Service Unavailable"
        default: return ""
        }
    }

    /// The time before which articles are not kept (`retention`), or nil to keep everything.
    private func retentionCutoff() -> Timestamp? {
        guard let retention = state.config.settings.retention, retention.seconds > 0 else { return nil }
        return Aggregator.now().adding(seconds: -retention.seconds)
    }

    /// Applies the `retention` setting: removes articles older than it. Returns how many went.
    @discardableResult
    public func applyRetention() -> Int {
        guard let retention = state.config.settings.retention, let cutoff = retentionCutoff() else { return 0 }
        do {
            let removed = try store.removeArticles(olderThan: cutoff)
            checkLiveClustering(afterRemoving: removed)
            if removed > 0 { logger.info("retention: removed \(removed) articles older than \(retention)") }
            return removed
        } catch {
            logger.error("retention failed: \(error)")
            return 0
        }
    }

    /// Clusters the articles stored since the last pass.
    ///
    /// A running daemon keeps the engine's state between passes (``LiveClustering``): new
    /// articles inside its window are simply added, each compared only with the candidate
    /// stories the index finds. Otherwise — the first pass after a start, changed clustering
    /// settings, new articles older than the window, a session spanning four windows — the
    /// articles from twice the window before the earliest new one are clustered again in one
    /// streamed pass; older articles keep their stories, which can no longer gain members.
    /// Only memberships that changed are written, and story ids stay stable: a story keeps the
    /// id its earliest member already had; memberships whose story the window closed are written
    /// in batches as the pass goes. Returns what the pass did, or throws `CancellationError` when
    /// the task is cancelled mid-pass (the batches written stay — each is a consistent set of
    /// final stories — and the next pass starts afresh from the same dirty mark).
    @discardableResult
    public func recluster() throws -> ClusteringPass {
        let clusterer = Aggregator.clusterer(for: state.config.settings)
        guard let dirty = try store.clusteringDirtySince() else {
            return ClusteringPass(storyCount: try store.storyCount())
        }
        let kept = state.takeLiveClustering()
        // The highest article row now: `tidings add` may store a feed's first poll from another
        // process while this pass runs (see the end of the pass).
        let maxRowIDAtStart = try store.maxArticleRowID()
        let live: LiveClustering
        let since: Timestamp
        let rowIDAbove: Int64
        if let kept, kept.configuration == clusterer.configuration, kept.canExtend(earliest: dirty.seconds) {
            (live, since, rowIDAbove) = (kept, dirty, kept.maxRowID)
        } else {
            live = LiveClustering(configuration: clusterer.configuration)
            (since, rowIDAbove) = (dirty.adding(seconds: -2 * clusterer.configuration.windowSeconds), 0)
        }
        // Articles stream through the engine a page at a time: only the engine's window and a
        // few numbers per article stay in memory, not every text of the span.
        var last: StoredArticle?
        var added = 0
        var written = 0
        repeat {
            if Task.isCancelled { throw CancellationError() }
            let page = try store.articlesForClustering(
                since: since, after: last, rowIDAbove: rowIDAbove, limit: Aggregator.clusteringPageSize)
            for article in page {
                if added & 255 == 0, Task.isCancelled { throw CancellationError() }
                live.add(article)
                added += 1
            }
            if live.pendingChanges >= Aggregator.membershipBatch {
                let final = live.takeFinalChanges()
                written += final.count
                try store.replaceStories(final)
            }
            last = page.count == Aggregator.clusteringPageSize ? page.last : nil
            // The page's articles are gone; their pages go back rather than wait for the window.
            HeapHousekeeping.releaseFreePages()
        } while last != nil
        let changed = live.changedMemberships()
        written += changed.count
        if !changed.isEmpty { try store.replaceStories(changed) }
        if try store.maxArticleRowID() > maxRowIDAtStart {
            // Another process stored articles during the pass (`tidings add`): some may lie
            // behind the pages already read. The mark stays, and the next pass rebuilds the
            // recent span from the database instead of extending this state past their row ids.
            logger.info("articles were stored during the clustering pass; the next pass rebuilds the recent span")
        } else {
            try store.markClustered()
            state.putLiveClustering(live)
        }
        return ClusteringPass(
            storyCount: try store.storyCount(), articles: added, rebuilt: rowIDAbove == 0, membershipsWritten: written)
    }

    /// Forgets the clustering state kept between passes when retention removed the newest rows
    /// (a later article could then reuse a row id the state has already seen).
    private func checkLiveClustering(afterRemoving removed: Int) {
        guard removed > 0, let live = state.takeLiveClustering() else { return }
        if let maxRowID = try? store.maxArticleRowID(), maxRowID >= live.maxRowID {
            state.putLiveClustering(live)
        }
    }

    /// Articles read per page by ``recluster()``.
    static let clusteringPageSize = 2_000

    /// Final memberships ``recluster()`` collects before writing them (in their own transaction).
    static let membershipBatch = 10_000

    /// The engine's view of a stored article.
    static func clusterDocument(_ a: StoredArticle) -> ClusterDocument {
        ClusterDocument(
            id: String(a.rowID), source: String(a.feedID), title: a.title, text: a.text,
            published: a.clusteringTime.seconds, language: a.language, canonicalLink: a.canonicalLink)
    }

    /// The clusterer configured from feeds.conf (only settings the file sets override the engine's defaults).
    public static func clusterer(for settings: Settings) -> StoryClusterer {
        var configuration = StoryClusterer.Configuration()
        if settings.explicitKeys.contains("cluster_threshold") { configuration.threshold = settings.clusterThreshold }
        if settings.explicitKeys.contains("cluster_window") {
            configuration.windowSeconds = settings.clusterWindow.seconds
        }
        if settings.explicitKeys.contains("cluster_max_stories") {
            configuration.maxOpenStories = settings.clusterMaxStories
        }
        return StoryClusterer(configuration: configuration)
    }

    /// Wall-clock now, as a ``Timestamp``.
    public static func now() -> Timestamp {
        Timestamp(seconds: Int64(Date().timeIntervalSince1970))
    }
}

/// The mutable part of an aggregator: the configuration, swapped on reload, and the clustering
/// state kept between passes.
final class AggregatorState: @unchecked Sendable {
    private let lock = NSLock()
    private var _config: FeedsFile
    private var _fetcher: any FeedFetching
    private var _live: LiveClustering?

    init(config: FeedsFile, fetcher: any FeedFetching) {
        _config = config
        _fetcher = fetcher
    }

    var config: FeedsFile {
        get { lock.withLock { _config } }
        set { lock.withLock { _config = newValue } }
    }

    /// The fetcher new refreshes use.
    var fetcher: any FeedFetching {
        get { lock.withLock { _fetcher } }
        set { lock.withLock { _fetcher = newValue } }
    }

    /// Takes the live clustering state out (a pass owns it until it puts it back).
    func takeLiveClustering() -> LiveClustering? {
        lock.withLock {
            defer { _live = nil }
            return _live
        }
    }

    /// Puts the live clustering state back after a pass that completed.
    func putLiveClustering(_ live: LiveClustering?) {
        lock.withLock { _live = live }
    }
}
