import ArgumentParser
import FeedModel
import FeedParser
import Foundation

/// `tidings parse FILE`: parse one document as if served from a URL with a Content-Type.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one feed file and print the normalised feed (no network, no database)."
    )

    @Argument(help: "The feed document to parse.")
    var file: String

    @Flag(help: "Print the neutral JSON model (see README.md).")
    var json = false

    @Option(help: "Parse as if served from this URL (relative links resolve against it).")
    var url: String?

    @Option(help: "Parse as if served with this Content-Type (its charset wins over the XML declaration).")
    var contentType: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("\(file): cannot read")
        }
        let feed: ParsedFeed
        do {
            feed = try FeedParser().parse(Array(data), url: url, contentType: contentType)
        } catch {
            throw CLIError("\(file): \(error)")
        }
        for warning in feed.warnings { Terminal.error("\(file): warning: \(warning)") }
        if json {
            try JSONOutput.print(NeutralFeedJSON(feed))
            return
        }
        print("\(feed.format.rawValue): \(TerminalText.isolated(feed.title ?? "(untitled)")) — \(feed.entries.count) entries")
        for entry in feed.entries {
            let date = entry.published?.rfc3339 ?? "date unknown"
            print("  \(date)  \(TerminalText.isolated(entry.title ?? "(untitled)"))")
            if let link = entry.link { print("      \(TerminalText.sanitize(link))") }
        }
    }
}

/// The neutral feed model of ../shared/feedsuite/check.py (a superset of it).
struct NeutralFeedJSON: Encodable {
    struct Feed: Encodable {
        var title: String?
        var link: String?
        var language: String?
        var ttl: String?
    }

    struct Author: Encodable {
        var name: String
    }

    struct Entry: Encodable {
        var id: String?
        var title: String?
        var title_type = "text"
        var link: String?
        var published: String?
        var updated: String?
        var summary: String?
        var summary_type: String?
        var content: String?
        var content_type: String?
        var text: String
        var language: String?
        var author: Author?
        var authors: [Author]
        var categories: [String]
    }

    var format: String
    var feed: Feed
    var entries: [Entry]
    var warnings: [String]

    init(_ parsed: ParsedFeed) {
        format = parsed.format.rawValue
        feed = Feed(title: parsed.title, link: parsed.link, language: parsed.language, ttl: parsed.ttlMinutes.map(String.init))
        warnings = parsed.warnings
        entries = parsed.entries.map { e in
            Entry(
                id: e.id, title: e.title, link: e.link, published: e.published?.rfc3339, updated: e.updated?.rfc3339,
                summary: e.summary?.value, summary_type: e.summary.map { $0.isHTML ? "html" : "text" },
                content: e.content?.value, content_type: e.content.map { $0.isHTML ? "html" : "text" }, text: e.text,
                language: e.language, author: e.authors.first.map(Author.init), authors: e.authors.map(Author.init),
                categories: e.categories)
        }
    }
}
