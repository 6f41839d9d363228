import ArgumentParser
import FeedConfig
import Foundation

/// `tidings import FILE.opml`: add an OPML subscription list to feeds.conf.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the feeds of an OPML file to feeds.conf (folders and categories become tags).",
        discussion: """
            Feeds already in feeds.conf, or listed twice in the file, are skipped and reported, and so \
            are outlines feeds.conf cannot take (not http or https, say). New lines are appended at the \
            end; comments, order and every other byte of feeds.conf are kept. The feeds are not \
            fetched: `tidings run --once` or `tidings feeds` shows their health. A running daemon is \
            told to reload.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The OPML file (export from another feed reader).", completion: .file(extensions: ["opml", "xml"]))
    var file: String

    @Flag(name: .customLong("dry-run"), help: "Say what would be added and skipped without changing feeds.conf.")
    var dryRun = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("\(file): cannot read (no such file or permission denied)")
        }
        let feeds = OPMLReader.feeds(in: String(decoding: data, as: UTF8.self))
        guard !feeds.isEmpty else { throw CLIError("\(file): no <outline xmlUrl=…> feed found; is it OPML?") }
        var config = try ConfigFile.read(global.configPath)
        let parsed = try config.parsed()
        let original = config.text
        var added = 0
        var skipped = 0
        for feed in feeds {
            let subscription = Subscription(
                url: feed.url, name: feed.name.map(TerminalText.sanitize), language: feed.language?.lowercased(),
                tags: feed.tags)
            let shown = TerminalText.sanitize(feed.url)
            if config.lists(feed.url) {
                let listedBefore = FeedsFile.removingFeed(url: feed.url, from: original) != nil
                print("skipped (\(listedBefore ? "already in feeds.conf" : "listed twice in the file")): \(shown)")
                skipped += 1
                continue
            }
            var updated = FeedsFile.appendingLine(for: subscription, to: config.text)
            var (_, errors) = FeedsFile.validate(updated, source: config.path)
            if !errors.isEmpty, subscription.language != nil {
                // An OPML language feeds.conf does not accept (e.g. "en_US") is dropped, not the feed.
                var withoutLanguage = subscription
                withoutLanguage.language = nil
                updated = FeedsFile.appendingLine(for: withoutLanguage, to: config.text)
                (_, errors) = FeedsFile.validate(updated, source: config.path)
            }
            if let error = errors.first {
                print("skipped (\(TerminalText.sanitize(error.message))): \(shown)")
                skipped += 1
                continue
            }
            config.text = updated
            added += 1
            print("added: \(shown)" + (feed.tags.isEmpty ? "" : "  tags=\(feed.tags.joined(separator: ","))"))
        }
        let summary = "\(added) feed\(added == 1 ? "" : "s") added, \(skipped) skipped"
        if dryRun {
            print("\(summary) (dry run: \(config.path) unchanged)")
            return
        }
        if added > 0 { try config.save() }
        print("\(summary); \(config.path) " + (added > 0 ? "updated." : "unchanged."))
        if added > 0 { print(DaemonReload.notify(database: global.databasePath(config: parsed))) }
    }
}
