import ArgumentParser
import FeedModel
import FeedStore
import Foundation

/// `tidings story ID`: a story's coverage timeline.
struct StoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Show one story's coverage timeline: every article, who reported first, which are copies.",
        discussion: """
            One block per article, oldest first: time (UTC), outlet, [language], title, then its link. \
            "(first)" marks the article that reported first; "(copy of X)" an article whose text copies \
            an earlier one; "also in" lists other feeds that served the same link.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The story id, as listed by `tidings stories`.")
    var id: Int64

    @Flag(help: "Print JSON (the story object of `tidings stories --json`).")
    var json = false

    @Flag(help: "Explain why each article is in the story: similarity and shared terms.")
    var why = false

    func run() throws {
        let store = try Stores.openReadOnly(global)
        guard let story = try Stores.run({ try store.story(id: id) }) else {
            throw CLIError("no story \(id): list stories with `tidings stories --all`")
        }
        if json {
            try JSONOutput.print(StoryJSON.resolvingDuplicates(story))
            return
        }
        print(StoryTimeline.render(story, why: why, color: Terminal.useColor))
    }
}
