import Foundation
import Testing

@testable import StoryClustering

/// Scores the clusterer on the shared ECB+ development corpus when it is present beside the
/// repository (`../shared`); a fresh clone has no such folder and skips.
@Suite struct CorpusTests {
    /// `../shared/clustering/ecbplus-dev.jsonl`, found from this file: the repository root is
    /// three levels up.
    static let ecbPlusPath: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.deletingLastPathComponent()
            .appendingPathComponent("shared/clustering/ecbplus-dev.jsonl").path
    }()

    static let hasECBPlus = FileManager.default.fileExists(atPath: ecbPlusPath)

    @Test(.enabled(if: CorpusTests.hasECBPlus, "../shared/clustering/ecbplus-dev.jsonl absent: skipped"))
    func ecbPlusShuffledReachesPairwiseF1() async throws {
        let text = try String(contentsOfFile: Self.ecbPlusPath, encoding: .utf8)
        var documents: [ClusterDocument] = []
        var gold: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.isEmpty {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            gold[id] = try #require(object["cluster"] as? String)
            documents.append(
                ClusterDocument(
                    id: id, source: "ecb:" + id, title: object["title"] as? String ?? "",
                    text: object["text"] as? String ?? "",
                    published: (object["date"] as? String).flatMap(Self.parseDate),
                    language: object["lang"] as? String))
        }
        var generator = SplitMix64(seed: 20_251_129)
        documents.shuffle(using: &generator)
        let result = await onOwnThread { [documents] in StoryClusterer().cluster(documents) }
        let predicted = Dictionary(uniqueKeysWithValues: result.map { ($0.documentID, $0.storyKey) })
        let f1 = Self.pairwiseF1(gold: gold, predicted: predicted)
        // Regression floor: what the clusterer reaches today on this shuffled copy (0.896 at the
        // thirty-ninth stop; 0.864 at the eighteenth, 0.800 before undated articles were dated by their
        // datelines) less 0.016, room for changes that move this one shuffle (the shuffle is fixed and
        // the engine deterministic: the margin is for changes, not noise).
        #expect(f1 >= 0.88, "pairwise F1 \(f1)")
        // The issue's goal. Not reached yet: most of what is missed is events split in two or
        // three (recall ~0.86 at precision ~0.93 over the CLI's shuffles), a few gold events span
        // months.
        // Not intermittent: the shuffle is fixed, so the day this shuffle reaches 0.90 the known issue
        // goes unrecorded and the test fails, asking for a plain expectation.
        withKnownIssue("ECB+ pairwise F1 goal 0.90 not reached yet") {
            #expect(f1 >= 0.90, "pairwise F1 \(f1)")
        }
    }

    /// Pairwise F1 over document pairs (same gold cluster vs same predicted cluster).
    static func pairwiseF1(gold: [String: String], predicted: [String: String]) -> Double {
        func pairs(_ counts: [String: Int]) -> Double {
            counts.values.reduce(0) { $0 + Double($1 * ($1 - 1) / 2) }
        }
        var goldCounts: [String: Int] = [:]
        var predictedCounts: [String: Int] = [:]
        var jointCounts: [String: Int] = [:]
        for (id, cluster) in gold {
            let guess = predicted[id] ?? "singleton:" + id
            goldCounts[cluster, default: 0] += 1
            predictedCounts[guess, default: 0] += 1
            jointCounts[cluster + "\u{1}" + guess, default: 0] += 1
        }
        let truePositives = pairs(jointCounts)
        let precision = truePositives / max(1, pairs(predictedCounts))
        let recall = truePositives / max(1, pairs(goldCounts))
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// Parses "June 13, 2013", "May. 3, 2013" or "2013-06-13…" as midnight UTC.
    static func parseDate(_ text: String) -> Int64? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let parts = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var year: Int?
        var month: Int?
        var day: Int?
        for part in parts {
            if let number = Int(part) {
                if number > 31 {
                    year = number
                } else if day == nil {
                    day = number
                } else if month == nil {
                    month = day
                    day = number
                }
            } else if let index = months.firstIndex(where: { part.hasPrefix($0) }) {
                month = index + 1
            }
        }
        guard let year, let month, let day else { return nil }
        // Days from civil (Howard Hinnant).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int64(era * 146_097 + doe - 719_468) * 86_400
    }
}

/// A small seeded generator for deterministic shuffles in tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
