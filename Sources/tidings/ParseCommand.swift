import ArgumentParser
import FeedModel
import FeedParser
import Foundation

/// `tidings parse FILE…`: parse documents as if served from a URL with a Content-Type.
///
/// With one file it prints the normalised feed (or the neutral JSON model with `--json`); with
/// several files or a directory it parses them all in one process and prints a throughput summary,
/// which is what `scripts/bench-parser.sh` measures.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse feed files and print the normalised feed (no network, no database).",
        discussion: """
            One FILE prints the feed; several FILEs or a directory parse everything and print one
            summary line (files, bytes, entries, seconds, MB/s).
            """
    )

    @Argument(help: "The feed document(s) to parse, or a directory of them.")
    var files: [String]

    @Flag(help: "Print the neutral JSON model (see ../shared/feedsuite/check.py).")
    var json = false

    @Option(help: "Parse as if served from this URL (relative links resolve against it).")
    var url: String?

    @Option(help: "Parse as if served with this Content-Type (its charset wins over the XML declaration).")
    var contentType: String?

    @Option(help: "Worker threads when parsing many files.")
    var jobs = 1

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one FILE.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        var isDirectory: ObjCBool = false
        if files.count == 1, FileManager.default.fileExists(atPath: files[0], isDirectory: &isDirectory),
            !isDirectory.boolValue
        {
            try parseOne(files[0])
            return
        }
        try ParseBench(paths: expandedPaths(), jobs: jobs, url: url, contentType: contentType).run()
    }

    private func expandedPaths() throws -> [String] {
        var paths: [String] = []
        for path in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file or directory")
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                paths += names.map { path + "/" + $0 }
            } else {
                paths.append(path)
            }
        }
        return paths
    }

    private func parseOne(_ file: String) throws {
        guard let data = fileBytes(atPath: file) else {
            throw CLIError("\(file): cannot read")
        }
        let feed: ParsedFeed
        do {
            feed = try FeedParser().parse(data, url: url, contentType: contentType)
        } catch {
            throw CLIError("\(file): \(error)")
        }
        for warning in feed.warnings { Terminal.error("\(file): warning: \(warning)") }
        if json {
            try JSONOutput.print(NeutralFeedJSON(feed))
            return
        }
        let title = TerminalText.isolated(feed.title ?? "(untitled)")
        print("\(feed.format.rawValue): \(title) — \(counted(feed.entries.count, "entry", plural: "entries"))")
        for entry in feed.entries {
            let date = entry.published?.rfc3339 ?? "date unknown"
            print("  \(date)  \(TerminalText.isolated(entry.title ?? "(untitled)"))")
            if let link = entry.link { print("      \(TerminalText.sanitize(link))") }
        }
    }
}

/// Parses many files in one process for the parser benchmark and prints one summary line.
private struct ParseBench {
    let paths: [String]
    let jobs: Int
    let url: String?
    let contentType: String?

    /// Totals of one worker.
    private struct Totals: Sendable {
        var bytes = 0
        var entries = 0
        var textBytes = 0
        var failures = 0
    }

    func run() throws {
        let start = ContinuousClock.now
        let totals = Self.parseAll(paths, jobs: jobs, url: url, contentType: contentType)
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(totals.bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        print(
            "parsed \(paths.count) files, \(totals.bytes) bytes, \(totals.entries) entries, "
                + "\(totals.textBytes) bytes of text, \(totals.failures) failures in "
                + String(format: "%.3f s (%.1f MB/s, %d jobs)", seconds, rate, jobs))
    }

    /// Reads and parses the files on `jobs` threads, one file at a time per thread (as `xmllint` does).
    private static func parseAll(_ paths: [String], jobs: Int, url: String?, contentType: String?) -> Totals {
        let parser = FeedParser()
        let lock = NSLock()
        nonisolated(unsafe) var next = 0
        nonisolated(unsafe) var combined = Totals()
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            var mine = Totals()
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < paths.count else { break }
                guard let data = fileBytes(atPath: paths[index]) else {
                    mine.failures += 1
                    continue
                }
                mine.bytes += data.count
                do {
                    let feed = try parser.parse(data, url: url, contentType: contentType)
                    mine.entries += feed.entries.count
                    for entry in feed.entries { mine.textBytes += entry.text.utf8.count }
                } catch {
                    mine.failures += 1
                }
            }
            lock.lock()
            combined.bytes += mine.bytes
            combined.entries += mine.entries
            combined.textBytes += mine.textBytes
            combined.failures += mine.failures
            lock.unlock()
        }
        return combined
    }
}

/// The neutral feed model of ../shared/feedsuite/check.py (a superset of it).
struct NeutralFeedJSON: Encodable {
    struct Person: Encodable {
        var name: String?
        var email: String?
        var href: String?

        init(_ person: FeedPerson) {
            name = person.name
            email = person.email
            href = person.uri
        }
    }

    struct Link: Encodable {
        var href: String
        var rel: String
        var type: String?
        var title: String?
        var hreflang: String?
        var length: String?

        init(_ link: FeedLink) {
            href = link.href
            rel = link.rel
            type = link.type
            title = link.title
            hreflang = link.hreflang
            length = link.length
        }
    }

    struct Image: Encodable {
        var url: String?
        var title: String?
        var link: String?
    }

    struct Enclosure: Encodable {
        var url: String
        var type: String?
        var length: String?
    }

    struct Thumbnail: Encodable {
        var url: String
        var width: Int?
        var height: Int?
    }

    struct Feed: Encodable {
        var title: String?
        var title_type: String?
        var subtitle: String?
        var subtitle_type: String?
        var rights: String?
        var rights_type: String?
        var link: String?
        var id: String?
        var language: String?
        var icon: String?
        var logo: String?
        var ttl: String?
        var author: Person?
        var authors: [Person]
        var updated: String?
        var published: String?
        var categories: [String]
        var links: [Link]
        var image: Image?
        var generator: String?
        var skip_hours: [Int]
        var skip_days: [String]
        var update_period: String?
        var update_frequency: Int?
        var suggested_poll_interval: Int?
    }

    struct Entry: Encodable {
        var id: String?
        var title: String?
        var title_type: String?
        var link: String?
        var author: Person?
        var authors: [Person]
        var published: String?
        var updated: String?
        var summary: String?
        var summary_type: String?
        var content: String?
        var content_type: String?
        var rights: String?
        var rights_type: String?
        var categories: [String]
        var links: [Link]
        var image: Image?
        var comments: String?
        var comment_count: Int?
        var enclosures: [Enclosure]
        var thumbnails: [Thumbnail]
        var text: String
        var language: String?
    }

    var format: String
    var feed: Feed
    var entries: [Entry]
    var warnings: [String]

    init(_ parsed: ParsedFeed) {
        format = parsed.format.rawValue
        let title = Self.text(parsed.titleDetail, plain: parsed.title)
        let subtitle = Self.text(parsed.subtitle, plain: nil)
        let rights = Self.text(parsed.rights, plain: nil)
        feed = Feed(
            title: title.value, title_type: title.type, subtitle: subtitle.value, subtitle_type: subtitle.type,
            rights: rights.value, rights_type: rights.type, link: parsed.link, id: parsed.id,
            language: parsed.language, icon: parsed.icon, logo: parsed.logo, ttl: parsed.ttlMinutes.map(String.init),
            author: parsed.authors.first.map(Person.init), authors: parsed.authors.map(Person.init),
            updated: parsed.updated?.rfc3339, published: parsed.published?.rfc3339, categories: parsed.categories,
            links: parsed.links.map(Link.init),
            image: parsed.image.map { Image(url: $0.url, title: $0.title, link: $0.link) },
            generator: parsed.generator, skip_hours: parsed.skipHours, skip_days: parsed.skipDays,
            update_period: parsed.updatePeriod, update_frequency: parsed.updateFrequency,
            suggested_poll_interval: parsed.suggestedPollInterval)
        warnings = parsed.warnings
        entries = parsed.entries.map(Self.entry)
    }

    private static func entry(_ e: ParsedEntry) -> Entry {
        let title = text(e.titleDetail, plain: e.title)
        let summary = text(e.summary, plain: nil)
        let content = text(e.content, plain: nil)
        let rights = text(e.rights, plain: nil)
        return Entry(
            id: e.id, title: title.value, title_type: title.type, link: e.link,
            author: e.authorDetails.first.map(Person.init), authors: e.authorDetails.map(Person.init),
            published: e.published?.rfc3339, updated: e.updated?.rfc3339, summary: summary.value,
            summary_type: summary.type, content: content.value, content_type: content.type, rights: rights.value,
            rights_type: rights.type, categories: e.categories, links: e.links.map(Link.init),
            image: e.image.map { Image(url: $0) }, comments: e.comments, comment_count: e.commentCount,
            enclosures: e.enclosures.map { Enclosure(url: $0.url, type: $0.type, length: $0.length) },
            thumbnails: e.thumbnails.map { Thumbnail(url: $0.url, width: $0.width, height: $0.height) },
            text: e.text, language: e.language)
    }

    /// A text field as published with its type, else the plain form typed `text`.
    private static func text(_ detail: FeedText?, plain: String?) -> (value: String?, type: String?) {
        if let detail { return (detail.value, detail.isHTML ? "html" : "text") }
        return (plain, plain == nil ? nil : "text")
    }
}
