import ArgumentParser
import FeedModel
import FeedStore
import Foundation

/// `tidings search QUERY`: full-text search, results grouped by story.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search article titles and text; results grouped by story, best first.",
        discussion: """
            Every word must occur (in the title or the text); end a word with * to match a prefix. \
            Matching ignores case and diacritics: Latin accents, Arabic tashkeel and tatweel; Arabic \
            and Kurdish letter variants are folded (أ إ آ ٱ → ا, ؤ → و, ئ ى ی → ي, ة → ه, ک → ك) and \
            Arabic-Indic digits read as 0–9. Ranked by bm25, the title counting five times the text.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The words to search for (quote several words or pass them as separate arguments).")
    var words: [String]

    @Flag(
        help: "Print JSON: {\"query\", \"stories\": [story objects of `stories --json` with rank, matching_articles]}.")
    var json = false

    @Option(help: ArgumentHelp("Show at most N stories.", valueName: "N"))
    var limit = 20

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if words.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("give at least one word to search for")
        }
    }

    func run() throws {
        let query = words.joined(separator: " ")
        let store = try Stores.openReadOnly(global)
        let hits = try Stores.run { try store.search(query, limit: limit) }
        if json {
            let stories = hits.map { hit -> StoryJSON in
                var story = StoryJSON.resolvingDuplicates(hit.story)
                let entryIDs = Dictionary(
                    hit.story.articles.map { ($0.rowID, $0.entryID) }, uniquingKeysWith: { a, _ in a })
                story.rank = (hit.rank * 1000).rounded() / 1000
                story.matching_articles = hit.matchingArticles.compactMap { entryIDs[$0] }
                return story
            }
            try JSONOutput.print(SearchDocument(query: query, stories: stories))
            return
        }
        if hits.isEmpty {
            print("No article matches \(TerminalText.isolated(query)).")
            return
        }
        let now = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        let columns = Terminal.tableWidth ?? Int.max / 4
        let color = Terminal.useColor
        for hit in hits {
            print(StoryLine.render(hit.story, now: now, columns: columns, color: color))
            let byRow = Dictionary(hit.story.articles.map { ($0.rowID, $0) }, uniquingKeysWith: { a, _ in a })
            for article in hit.matchingArticles.prefix(3).compactMap({ byRow[$0] }) {
                let line =
                    "       \(Age.short(from: article.time, to: now))  "
                    + "\(TerminalText.isolated(article.outlet)): \(TerminalText.isolated(article.title))"
                print(TerminalText.truncated(line, to: columns))
            }
            if hit.matchingArticles.count > 3 { print("       … \(hit.matchingArticles.count - 3) more") }
        }
    }
}

/// `tidings search --json`.
struct SearchDocument: Encodable {
    var query: String
    var stories: [StoryJSON]
}
