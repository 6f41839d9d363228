import ArgumentParser
import FeedModel
import FeedStore
import Foundation

/// `tidings story ID`: a story's coverage timeline.
struct StoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Show one story's coverage timeline: every article, who reported first, which are copies."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The story id, as listed by `tidings stories`.")
    var id: Int64

    @Flag(help: "Print JSON.")
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
        let color = Terminal.useColor
        let title = TerminalText.isolated(story.title)
        print(color ? "\u{1B}[1m\(title)\u{1B}[0m" : title)
        print("story \(story.id) · \(story.outlets.count) outlets · \(story.articles.count) articles · "
            + "\(story.firstSeen.rfc3339) – \(story.updated.rfc3339)")
        let byRow = Dictionary(story.articles.map { ($0.rowID, $0) }, uniquingKeysWith: { a, _ in a })
        for (index, article) in story.articles.enumerated() {
            var line = "  \(article.time.rfc3339)  \(TerminalText.isolated(article.outlet))"
            if let lang = article.language { line += " [\(TerminalText.sanitize(lang))]" }
            line += "  \(TerminalText.isolated(article.title))"
            if index == 0 { line += "  (first)" }
            if let original = article.duplicateOf.flatMap({ byRow[$0] }) {
                line += "  (copy of \(TerminalText.isolated(original.outlet)))"
            }
            print(line)
            if let link = article.link { print("      \(TerminalText.sanitize(link))") }
            if why && index > 0 {
                let terms = article.sharedTerms.map(TerminalText.isolated).joined(separator: ", ")
                print("      similarity \(String(format: "%.2f", article.similarity)); shared: \(terms)")
            }
        }
    }
}
