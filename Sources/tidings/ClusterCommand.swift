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
            "lang" (optional)}. Articles are processed by date, then file order.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The JSON Lines file to cluster (- for standard input).")
    var file: String

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
        let data: Data?
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: file)
        }
        guard let data else { throw CLIError("\(file): cannot read") }
        // Settings come from feeds.conf when there is one, so the engine matches the daemon's.
        let settings = (try? FeedsFile.load(path: global.configPath))?.settings ?? Settings()
        let decoder = JSONDecoder()
        var documents: [ClusterDocument] = []
        var lineNumber = 0
        for rawLine in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if rawLine.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let line: Line
            do {
                line = try decoder.decode(Line.self, from: Data(rawLine))
            } catch {
                throw CLIError("\(file):\(lineNumber): not a JSON object with an \"id\": \(error)")
            }
            documents.append(
                ClusterDocument(
                    id: line.id, source: line.source ?? "", title: line.title ?? "", text: line.text ?? "",
                    published: line.date.flatMap { FeedDate.parse($0)?.seconds }, language: line.lang,
                    canonicalLink: line.url.map(CanonicalURL.canonicalize)))
        }
        let assignments = Aggregator.clusterer(for: settings).cluster(documents)
        var out = ""
        for a in assignments {
            out += "{\"id\": \(JSONString.quote(a.documentID)), \"cluster\": \(JSONString.quote(a.storyKey))}\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
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
