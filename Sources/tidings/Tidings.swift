import ArgumentParser

/// `tidings`: an RSS/Atom aggregator daemon that clusters coverage of the same event across outlets.
@main
struct Tidings: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tidings",
        abstract: "Follow the news across outlets: one line per event, every outlet that covered it.",
        discussion: """
            Tidings polls the feeds listed in feeds.conf, stores their articles in SQLite and groups \
            articles about the same event into stories. The reading commands (stories, story, search, \
            feeds, status) open the database read-only and can run while the daemon writes.

            Output: colour only on a terminal and never when NO_COLOR is set; --json and pipes get \
            plain text. Feed text is stripped of control characters and escape sequences, and \
            right-to-left text is isolated (U+2068 … U+2069).

            Exit codes:
              0   success
              1   failure, with one line on stderr saying what went wrong and what to do
                  (invalid feeds.conf, missing or older database, feed not added)
              3   `tidings status` only: no daemon is running
              64  usage error: unknown option, bad value, missing argument
            """,
        version: "0.1.0",
        subcommands: [
            RunCommand.self, StoriesCommand.self, StoryCommand.self, SearchCommand.self, FeedsCommand.self,
            StatusCommand.self, CheckCommand.self, AddCommand.self, RemoveCommand.self, ImportCommand.self,
            ExportCommand.self, ParseCommand.self, ClusterCommand.self,
        ]
    )
}
