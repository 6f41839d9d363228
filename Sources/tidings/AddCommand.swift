import Aggregator
import ArgumentParser
import FeedConfig
import FeedFetcher
import FeedModel
import FeedStore
import Foundation
import Logging

/// `tidings add URL [name=… lang=… interval=… tags=…]`: subscribe to a feed.
struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a feed to feeds.conf after fetching it once to check it, then tell the daemon to reload.",
        discussion: """
            The feed is fetched and parsed once: a URL that does not serve a feed is refused, and the \
            feed's own title becomes the name unless name=… is given (its declared language becomes \
            lang=… likewise). One line is appended to feeds.conf; comments, order and every other byte \
            are kept. A URL already listed is refused. When the database exists (at the schema of this \
            version), what the fetch brought is stored there as the feed's first poll (its items, \
            validators and next poll time), so the daemon does not fetch it again on reload; otherwise \
            the daemon fetches it. A running daemon on the same database gets SIGHUP; otherwise \
            tidings says how to reload.

            Example: tidings add https://example.org/rss.xml name="Example News" lang=en tags=iraq,kurdistan
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The feed URL (http or https).")
    var url: String

    @Argument(
        help: ArgumentHelp(
            "Options as in feeds.conf: name=\"…\", lang=…, interval=…, tags=a,b.", valueName: "key=value"))
    var options: [String] = []

    @Flag(name: .customLong("no-fetch"), help: "Do not fetch the feed first (for a feed that is down right now).")
    var noFetch = false

    func run() async throws {
        var config = try ConfigFile.read(global.configPath)
        let file = try config.parsed()
        if config.lists(url) { throw CLIError("\(url) is already in \(config.path); nothing changed") }
        var subscription = try Self.subscription(url: url, options: options)
        var note = ""
        var probed: FeedProbe.Result?
        if !noFetch {
            let probe = try await FeedProbe.probe(url, settings: file.settings)
            probed = probe
            if subscription.name == nil { subscription.name = probe.title }
            if subscription.language == nil, let language = probe.language {
                // Only a tag feeds.conf accepts; otherwise leave it to the articles.
                var candidate = subscription
                candidate.language = language
                if FeedsFile.validate(FeedsFile.line(for: candidate), source: "").1.isEmpty { subscription = candidate }
            }
            note =
                " (\(probe.format), \(counted(probe.entryCount, "item"))"
                + (probe.redirectedTo.map { "; redirected to \(TerminalText.sanitize($0))" } ?? "") + ")"
        }
        let updated = FeedsFile.appendingLine(for: subscription, to: config.text)
        let (validated, errors) = FeedsFile.validate(updated, source: config.path)
        guard let updatedFile = validated else {
            throw CLIError("\(errors.first.map { "\($0)" } ?? "invalid"); nothing changed")
        }
        config.text = updated
        try config.save()
        print("Added \(TerminalText.isolated(subscription.displayName))\(note) to \(config.path):")
        print("  \(TerminalText.sanitize(FeedsFile.line(for: subscription)))")
        if let probed { print(await recordFirstPoll(probed, url: url, config: updatedFile)) }
        print(DaemonReload.notify(database: global.databasePath(config: file)))
    }

    /// Stores the probe's answer as the feed's first poll in the configured database, so that
    /// adding a feed costs its server one GET; returns the line that says so (or why not, in
    /// which case the daemon fetches the feed when it reloads).
    private func recordFirstPoll(_ probe: FeedProbe.Result, url: String, config file: FeedsFile) async -> String {
        do {
            let database = global.databasePath(config: file)
            // Only into the daemon's existing database at the current schema: never create one
            // (a relative path may name another directory than the daemon's) or migrate one an
            // older daemon still uses. The read-only open checks both.
            _ = try SQLiteFeedStore(readOnlyPath: database)
            let store = try SQLiteFeedStore(path: database)
            var logger = Logger(label: "tidings")
            logger.logLevel = .critical
            let aggregator = Aggregator(store: store, fetcher: NoFetching(), config: file, logger: logger)
            let outcome = try await aggregator.recordFirstFetch(of: url, response: probe.response)
            if let error = outcome.error { throw CLIError(error) }
            return
                "Stored its \(counted(outcome.counts.inserted, "item")) in \(database): the daemon polls it when next due."
        } catch {
            return "Not stored yet (\(TerminalText.sanitize("\(error)"))): the daemon fetches it."
        }
    }

    /// The aggregator that stores the probe's answer fetches nothing itself.
    private struct NoFetching: FeedFetching {
        func fetch(_ url: String, validators: HTTPValidators?, afterFailure: Bool) async throws(FetchError)
            -> FetchResponse
        {
            throw FetchError(code: .other, message: "tidings add fetches only once")
        }
    }

    /// A subscription from `key=value` arguments (values may be quoted as in feeds.conf).
    static func subscription(url: String, options: [String]) throws -> Subscription {
        var subscription = Subscription(url: url)
        for option in options {
            guard let equals = option.firstIndex(of: "=") else {
                throw CLIError("'\(option)': expected key=value (name, lang, interval or tags)")
            }
            let key = option[..<equals].lowercased()
            var value = String(option[option.index(after: equals)...])
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            switch key {
            case "name":
                subscription.name = value
            case "lang":
                subscription.language = value.lowercased()
            case "interval":
                guard let interval = ConfigDuration(value) else {
                    throw CLIError("interval=\(value): expected a duration such as 30m, 2h or 1d")
                }
                subscription.interval = interval
            case "tags":
                subscription.tags = value.split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces).lowercased()
                }
                .filter { !$0.isEmpty }
            default:
                throw CLIError("unknown option '\(key)': use name, lang, interval or tags")
            }
        }
        return subscription
    }
}
