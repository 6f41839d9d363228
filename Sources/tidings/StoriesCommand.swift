import ArgumentParser
import FeedModel
import FeedStore
import Foundation

/// `tidings stories`: one line per event, every outlet that covered it.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List clustered stories, newest first: one line per event with every outlet that covered it."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON (schema in README.md).")
    var json = false

    @Flag(help: "List every story whatever its age (default: updated in the last 7 days).")
    var all = false

    @Option(help: "Only stories updated within this long, e.g. 24h, 3d.")
    var since: String?

    @Option(help: "Show at most this many stories (default: 50 on a terminal, all with --json).")
    var limit: Int?

    func run() throws {
        let store = try Stores.openReadOnly(global)
        var sinceTime: Timestamp?
        if let since {
            guard let seconds = DurationText.seconds(since) else {
                throw CLIError("--since: expected a duration like 24h, 3d or 90m, got '\(since)'")
            }
            sinceTime = Timestamp(seconds: Int64(Date().timeIntervalSince1970) - seconds)
        } else if !all {
            sinceTime = Timestamp(seconds: Int64(Date().timeIntervalSince1970) - 7 * 86_400)
        }
        let effectiveLimit = limit ?? (json || all ? nil : 50)
        let stories = try Stores.run { try store.stories(limit: effectiveLimit, since: sinceTime) }
        if json {
            try JSONOutput.print(StoriesDocument(stories: stories.map(StoryJSON.resolvingDuplicates)))
            return
        }
        if stories.isEmpty {
            print(all ? "No stories yet: run `tidings run --once` to poll the feeds." : "No stories in this period; try --all.")
            return
        }
        let now = Timestamp(seconds: Int64(Date().timeIntervalSince1970))
        let columns = Terminal.columns
        let color = Terminal.useColor
        for story in stories {
            print(StoryLine.render(story, now: now, columns: columns, color: color))
        }
    }
}

/// Renders one story as one terminal line: id, age, outlet count, headline, outlets.
enum StoryLine {
    static func render(_ story: StoryView, now: Timestamp, columns: Int, color: Bool) -> String {
        let id = TerminalText.padded(String(story.id), to: 6)
        let age = TerminalText.padded(Age.short(from: story.updated, to: now), to: 4)
        let outlets = story.outlets.map { TerminalText.isolated($0) }
        let count = TerminalText.padded("\(outlets.count)/\(story.articles.count)", to: 5)
        let outletText = outlets.joined(separator: ", ")
        let fixed = TerminalText.width(id) + 1 + TerminalText.width(age) + 1 + TerminalText.width(count) + 1
        let available = max(20, columns - fixed)
        let outletBudget = min(TerminalText.width(outletText) + 3, available / 3)
        let headline = TerminalText.truncated(TerminalText.isolated(story.title), to: max(10, available - outletBudget))
        let outletsShown = TerminalText.truncated(outletText, to: max(5, available - TerminalText.width(headline) - 3))
        let title = color ? "\u{1B}[1m\(headline)\u{1B}[0m" : headline
        let tail = color ? "\u{1B}[2m\(outletsShown)\u{1B}[0m" : outletsShown
        return "\(id) \(age) \(count) \(title) — \(tail)"
    }
}

/// Short human ages: "now", "5m", "3h", "2d", "6w".
enum Age {
    /// "just now" or "5m ago".
    static func ago(from then: Timestamp, to now: Timestamp) -> String {
        let age = short(from: then, to: now)
        return age == "now" ? "just now" : age + " ago"
    }

    static func short(from then: Timestamp, to now: Timestamp) -> String {
        let s = max(0, now.seconds - then.seconds)
        switch s {
        case ..<60: return "now"
        case ..<3600: return "\(s / 60)m"
        case ..<86_400: return "\(s / 3600)h"
        case ..<(14 * 86_400): return "\(s / 86_400)d"
        default: return "\(s / (7 * 86_400))w"
        }
    }
}

/// Parses `90m`, `24h`, `3d`, `2w`, `1h30m` into seconds.
enum DurationText {
    static func seconds(_ text: String) -> Int64? {
        var total: Int64 = 0
        var number: Int64?
        for c in text.lowercased() {
            if let d = c.wholeNumberValue, c.isASCII {
                number = (number ?? 0) * 10 + Int64(d)
                continue
            }
            guard let n = number else { return nil }
            switch c {
            case "s": total += n
            case "m": total += n * 60
            case "h": total += n * 3600
            case "d": total += n * 86_400
            case "w": total += n * 7 * 86_400
            default: return nil
            }
            number = nil
        }
        return number == nil && !text.isEmpty ? total : nil
    }
}
