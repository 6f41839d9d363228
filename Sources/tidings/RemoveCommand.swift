import ArgumentParser
import FeedConfig
import Foundation

/// `tidings remove URL|NAME`: unsubscribe from a feed.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a feed from feeds.conf (by URL or name), then tell the daemon to reload.",
        discussion: """
            Only the feed's line goes; comments, order and every other byte are kept. Its stored \
            articles stay in the database (shown as no longer configured in `tidings feeds`).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The feed's URL, or its name as in feeds.conf.", valueName: "URL|NAME"))
    var feed: String

    func run() throws {
        var config = try ConfigFile.read(global.configPath)
        let file = try config.parsed()
        // By URL, compared as the parser compares duplicates (a one-line file holding just `feed`), else by name.
        let asLine = FeedsFile.line(for: Subscription(url: feed))
        let match =
            file.subscriptions.first { FeedsFile.removingFeed(url: $0.url, from: asLine) != nil }
            ?? file.subscriptions.first { $0.name?.lowercased() == feed.lowercased() }
        guard let match, let updated = FeedsFile.removingFeed(url: match.url, from: config.text) else {
            throw CLIError("no feed in \(config.path) has the URL or name '\(feed)': see `tidings check`")
        }
        config.text = updated
        try config.save()
        let name = TerminalText.isolated(match.displayName)
        print("Removed \(name) (\(TerminalText.sanitize(match.url))) from \(config.path).")
        print(DaemonReload.notify(database: global.databasePath(config: file)))
    }
}
