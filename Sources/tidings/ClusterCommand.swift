import Aggregator
import ArgumentParser
import FeedConfig
import FeedModel
import FeedParser
import Foundation
import StoryClustering

/// `tidings cluster FILE.jsonl`: run the daemon's clustering engine over an archive.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Cluster a JSON Lines archive with the daemon's engine and settings; prints {\"id\", \"cluster\"} lines.",
        discussion: """
            Each input line is {"id", "title", "text", "date" (optional: RFC 3339 or "YYYY-MM-DD HH:MM:SS"),
            "lang", "source", "url" (optional)}. A line without a date is dated by the dateline at the top of
            its title or text when there is one ("Posted: Apr 02, 2009", "11 / 27 / 2005"), and so is an
            obituary whose date its text gives as the birth of the one who died ("born on April 22, 1923":
            taken from the page, not the article's day). Articles are processed by date, then file order.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The JSON Lines file to cluster (- for standard input).")
    var file: String

    @Flag(
        help: """
            The input is in date order (undated lines last): cluster it as it is read and print each \
            line once its story is final, holding only the window's stories in memory. Output lines \
            then come in that order, not the input's; a date earlier than the one before is an error. \
            A line without a date is dated by its dateline where that fits the order, and otherwise \
            clustered with the undated lines at the end.
            """)
    var sorted = false

    @Flag(
        help: """
            Also print why each article is in its story: "similarity" (the score it joined with; 1 for \
            a story's first article and for copies; for the first article of a story that merged into \
            this one, the score the two merged at), "shared" (the terms and names that decided it) \
            and, for a copy, "duplicate_of" (the article it copies).
            """)
    var why = false

    @Option(help: "Every N articles, print the articles so far, processor seconds and microseconds per article of the last N to standard error.")
    var progress: Int?

    struct Line: Decodable {
        var id: String
        var title: String?
        var text: String?
        var date: String?
        var lang: String?
        var source: String?
        var url: String?
    }

    func run() throws {
        // Settings come from feeds.conf when there is one, so the engine matches the daemon's.
        let settings = (try? FeedsFile.load(path: global.configPath))?.settings ?? Settings()
        let configuration = Aggregator.clusterer(for: settings).configuration
        let clusterer = StoryClusterer(configuration: configuration)
        var reader = try JSONLinesReader(path: file)
        let decoder = JSONDecoder()
        var lineNumber = 0
        func nextDocument() throws -> ClusterDocument? {
            while let rawLine = reader.nextLine() {
                lineNumber += 1
                if rawLine.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
                let line: Line
                do {
                    line = try decoder.decode(Line.self, from: Data(rawLine))
                } catch {
                    throw CLIError("\(file):\(lineNumber): not a JSON object with an \"id\": \(error)")
                }
                var document = ClusterDocument(
                    id: line.id, source: line.source ?? "", title: line.title ?? "", text: line.text ?? "",
                    published: line.date.flatMap { FeedDate.parse($0)?.seconds }, language: line.lang,
                    canonicalLink: line.url.map(CanonicalURL.canonicalize))
                // An obituary dated by the birth it tells: the date came from the page, not its publication.
                if clusterer.datedByABirth(document) { document.published = nil }
                return document
            }
            return nil
        }
        var out = OutputBuffer(why: why)
        if sorted {
            var meter = progress.map { ProgressMeter(every: $0) }
            var session = ClusteringSession(configuration: configuration)
            var undated: [ClusterDocument] = []
            var last = Int64.min
            while var document = try nextDocument() {
                // A line without a date whose dateline fits the order takes its place there, as in
                // the batch; one that does not waits with the undated lines. A dateline gives only a
                // day (at noon): the dated lines' order is checked against their own dates.
                if let published = document.published {
                    guard published >= last else {
                        throw CLIError("\(file):\(lineNumber): dated earlier than the line before (--sorted)")
                    }
                    last = published
                } else if let dateline = clusterer.dateline(of: document), dateline >= last {
                    document.published = dateline
                } else {
                    undated.append(document)
                    continue
                }
                out.write(session.add(document))
                meter?.tick()
            }
            for document in undated {
                out.write(session.add(document))
                meter?.tick()
            }
            out.write(session.finish())
        } else {
            var documents: [ClusterDocument] = []
            while let document = try nextDocument() { documents.append(document) }
            var meter = progress.map { ProgressMeter(every: $0) }  // clustering only, not reading
            var asked = 0  // the engine asks before its 1st, 257th, 513th… article
            let assignments = clusterer.cluster(
                documents,
                shouldStop: {
                    if asked > 0 { meter?.tick(256) }
                    asked += 1
                    return false
                })
            out.write(assignments ?? [])
        }
        out.flush()
    }
}

/// Prints `{"id", "cluster"}` lines (with the reasons, when asked) to standard output in large writes.
private struct OutputBuffer {
    let why: Bool
    private var text = ""

    init(why: Bool) {
        self.why = why
    }

    mutating func write(_ assignments: [StoryAssignment]) {
        for a in assignments {
            text += "{\"id\": \(JSONString.quote(a.documentID)), \"cluster\": \(JSONString.quote(a.storyKey))"
            if why {
                text += ", \"similarity\": \((a.similarity * 1000).rounded() / 1000)"
                text += ", \"shared\": [\(a.sharedTerms.map(JSONString.quote).joined(separator: ", "))]"
                if let original = a.duplicateOf { text += ", \"duplicate_of\": \(JSONString.quote(original))" }
            }
            text += "}\n"
        }
        if text.utf8.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(text.utf8))
        text = ""
    }
}

/// `--progress N`: the processor time of each slice of N articles on standard error. Processor time
/// (user and system, this process only) rather than wall time, so that other work on a shared
/// machine does not show up as clustering cost.
private struct ProgressMeter {
    let every: Int
    private var count = 0
    private var sliceStart = 0
    private var sliceBegan = ProgressMeter.processorSeconds()
    private let began = ProgressMeter.processorSeconds()

    init(every: Int) {
        self.every = max(1, every)
    }

    /// Counts `articles` more, printing a line each time a slice is complete.
    mutating func tick(_ articles: Int = 1) {
        count += articles
        guard count - sliceStart >= every else { return }
        let now = Self.processorSeconds()
        let line = String(
            format: "%d articles  %.2f s  %.1f us/article over the last %d (processor time)\n", count, now - began,
            (now - sliceBegan) * 1e6 / Double(count - sliceStart), count - sliceStart)
        FileHandle.standardError.write(Data(line.utf8))
        sliceStart = count
        sliceBegan = now
    }

    private static func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}

/// Minimal JSON string quoting.
enum JSONString {
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
