import ArgumentParser
import FeedModel
import FeedStore
import Foundation

/// `tidings stories`: one line per event, every outlet that covered it.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List clustered stories, newest first: one line per event with every outlet that covered it.",
        discussion: """
            Columns: story id, age of the latest article, outlets/articles, languages, headline, outlets. \
            The headline is the title of the story's most representative article: an original (not a \
            copy) in the story's most common language, preferring the article that founded the story. \
            Filters combine (all must hold) and run in SQL.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON (schema in README.md); no colour, no truncation.")
    var json = false

    @Flag(help: "List every story whatever its age (default: updated in the last 7 days).")
    var all = false

    @Option(help: ArgumentHelp("Only stories updated within this long: 90m, 24h, 3d, 2w.", valueName: "duration"))
    var since: String?

    @Option(
        name: .customLong("min-outlets"),
        help: ArgumentHelp("Only stories covered by at least N outlets.", valueName: "N"))
    var minOutlets: Int?

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Only stories with an article in this language (repeatable; ar also matches ar-iq).", valueName: "tag"))
    var languages: [String] = []

    @Option(
        name: .customLong("tag"),
        help: ArgumentHelp(
            "Only stories with an article from a feed with this tag in feeds.conf (repeatable).", valueName: "tag"))
    var tags: [String] = []

    @Option(
        name: .customLong("feed"),
        help: ArgumentHelp(
            "Only stories with an article from this feed, by URL or name (repeatable).", valueName: "URL|NAME"))
    var feeds: [String] = []

    @Option(
        help: ArgumentHelp(
            "Show at most N stories (default 50; no limit with --json or --all).", valueName: "N"))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if let minOutlets, minOutlets < 1 { throw ValidationError("--min-outlets must be at least 1") }
        if let since, DurationText.seconds(since) == nil {
            throw ValidationError("--since: expected a duration like 24h, 3d or 90m, got '\(since)'")
        }
        if all && since != nil { throw ValidationError("--all and --since contradict each other; give one") }
    }

    func run() throws {
        let store = try Stores.openReadOnly(global)
        let now = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        var filter = StoryFilter(minOutlets: minOutlets, languages: languages, tags: tags, feeds: feeds)
        if let since, let seconds = DurationText.seconds(since) {
            filter.since = now.adding(seconds: -seconds)
        } else if !all {
            filter.since = now.adding(seconds: -7 * 86_400)
        }
        filter.limit = limit ?? (json || all ? nil : 50)
        let stories = try Stores.run { try store.stories(matching: filter) }
        if json {
            try JSONOutput.print(StoriesDocument(stories: stories.map(StoryJSON.resolvingDuplicates)))
            return
        }
        if stories.isEmpty {
            let filtered = minOutlets != nil || !languages.isEmpty || !tags.isEmpty || !feeds.isEmpty
            if filtered {
                print("No stories match these filters" + (all ? "." : " in the last 7 days; try --all."))
            } else {
                print(
                    all
                        ? "No stories yet: run `tidings run --once` to poll the feeds."
                        : "No stories in this period; try --all.")
            }
            return
        }
        let columns = Terminal.tableWidth ?? Int.max / 4
        let color = Terminal.useColor
        if Terminal.stdoutIsTTY { print(StoryLine.header(columns: columns, color: color)) }
        for story in stories {
            print(StoryLine.render(story, now: now, columns: columns, color: color))
        }
    }
}
