import ArgumentParser
import FeedModel
import FeedStore
import Foundation

/// `tidings feeds`: every configured feed's health.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Show every feed's health: last poll, HTTP status, articles, last error, next poll."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let store = try Stores.openReadOnly(global)
        let feeds = try Stores.run { try store.feedStatuses() }
        if json {
            try JSONOutput.print(FeedsDocument(feeds: feeds.map(FeedJSON.init)))
            return
        }
        let now = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        for feed in feeds {
            let name = TerminalText.isolated(feed.name)
            let status = feed.lastStatus.map { "HTTP \($0)" } ?? (feed.lastPoll == nil ? "never polled" : "no response")
            let last = feed.lastPoll.map { Age.ago(from: $0, to: now) } ?? "never"
            let articles = counted(feed.articleCount, "article")
            var line = "\(name)  \(status)  polled \(last)  \(articles)"
            if let next = feed.nextPoll {
                let when = next <= now ? "due now" : "in " + Age.short(from: now, to: next)
                line += "  next \(when)" + (feed.nextPollReason.map { " (\($0))" } ?? "")
            }
            if !feed.configured { line += "  [no longer in feeds.conf]" }
            if feed.gone { line += "  [gone: no longer polled]" }
            print(line)
            print("    \(TerminalText.sanitize(feed.url))")
            if let moved = feed.movedTo {
                print("    moved permanently to \(TerminalText.sanitize(moved)) (polled there; update feeds.conf)")
            }
            let validators = [
                feed.validators.etag.map { _ in "ETag" }, feed.validators.lastModified.map { _ in "Last-Modified" },
            ]
            .compactMap { $0 }
            if !validators.isEmpty { print("    validators: \(validators.joined(separator: ", "))") }
            if let error = feed.lastError {
                print(
                    "    error: \(TerminalText.sanitize(error))"
                        + (feed.errorCount > 1 ? " (\(feed.errorCount) in a row)" : ""))
            }
        }
    }
}

/// `tidings feeds --json`.
struct FeedsDocument: Encodable {
    var feeds: [FeedJSON]
}

/// One feed's health in JSON.
struct FeedJSON: Encodable {
    var url: String
    var name: String
    var title: String?
    var configured: Bool
    var last_poll: String?
    var last_status: Int?
    var last_error: String?
    var error_count: Int
    var next_poll: String?
    var next_poll_reason: String?
    var article_count: Int
    var etag: String?
    var last_modified: String?
    var moved_to: String?
    var gone: Bool

    init(_ f: FeedStatus) {
        url = f.url
        name = f.name
        title = f.title
        configured = f.configured
        last_poll = f.lastPoll?.rfc3339
        last_status = f.lastStatus
        last_error = f.lastError
        error_count = f.errorCount
        next_poll = f.nextPoll?.rfc3339
        next_poll_reason = f.nextPollReason
        article_count = f.articleCount
        etag = f.validators.etag
        last_modified = f.validators.lastModified
        moved_to = f.movedTo
        gone = f.gone
    }
}
