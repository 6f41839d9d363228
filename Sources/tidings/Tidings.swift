import ArgumentParser

/// `tidings`: an RSS/Atom aggregator daemon that clusters coverage of the same event across outlets.
@main
struct Tidings: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tidings",
        abstract: "Follow the news across outlets: one line per event, every outlet that covered it.",
        discussion: """
            Tidings polls the feeds listed in feeds.conf, stores their articles in SQLite and groups
            articles about the same event into stories.

            Exit codes: 0 success; 1 failure (bad config, unusable database, invalid input);
            64 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            RunCommand.self, StoriesCommand.self, StoryCommand.self, FeedsCommand.self, StatusCommand.self, CheckCommand.self,
            ParseCommand.self, ClusterCommand.self,
        ]
    )
}
