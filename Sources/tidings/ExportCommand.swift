import ArgumentParser
import FeedConfig

/// `tidings export --opml`: feeds.conf as an OPML subscription list.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the feeds of feeds.conf as an OPML 2.0 subscription list (for other feed readers).",
        discussion: """
            Tags become folders (the first tag) and the category attribute (all tags); names, URLs and \
            languages are kept. Poll intervals and global settings are not part of OPML.
            Example: tidings export --opml > feeds.opml
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "OPML 2.0 (the only format, and the default).")
    var opml = false

    func run() throws {
        let file = try global.loadConfig()
        print(OPMLWriter.document(file.subscriptions), terminator: "")
    }
}
