import FeedTestSupport
import Foundation
import Testing

/// `../shared/scenarios/iraq-week` polled twice through the real binary and scored with the shared scorer.
@Suite(.serialized)
struct IraqWeekScenarioTests {
    static let scenario: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/scenarios/iraq-week")
    static let scorer: URL = scenario.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tools/score_stories.py")
    static var available: Bool { FileManager.default.fileExists(atPath: scenario.appendingPathComponent("labels.json").path) }

    struct Score: Decodable {
        var coverage: Double
        var stored_twice: [String]
        var english_pairwise_f1: Double?
        var cross_language_recall: Double?
        var mixed_stories: [[String]]
        var pairwise: [String: Double]
    }

    @Test(.enabled(if: available, "../shared/scenarios/iraq-week is absent: skipped"))
    func twoPollsScoreAsSingleStoriesPerEvent() async throws {
        let server = try LoopbackHTTPServer.serving(directory: Self.scenario.path)
        defer { server.stop() }
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let template = try String(contentsOf: Self.scenario.appendingPathComponent("feeds.conf"), encoding: .utf8)
        let config = "host_delay = 0s\n" + template.replacingOccurrences(of: "{BASE}", with: server.baseURL)
        try config.write(to: dir.appendingPathComponent("feeds.conf"), atomically: true, encoding: .utf8)

        let first = try await TidingsProcess.run(["run", "--once"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        let update = try Data(contentsOf: Self.scenario.appendingPathComponent("basnews-en.update.xml"))
        server.setRoute("/basnews-en.xml", .ok(body: Array(update), contentType: "application/rss+xml"))
        let second = try await TidingsProcess.run(["run", "--once"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")

        let listed = try await TidingsProcess.run(["stories", "--json", "--all"], in: dir)
        #expect(listed.status == 0)
        let storiesFile = dir.appendingPathComponent("stories.json")
        try listed.stdoutData.write(to: storiesFile)

        let data = try await Self.score(storiesFile)
        // The scorer prints one JSON object and then a summary line.
        let text = String(decoding: data, as: UTF8.self)
        let jsonEnd = try #require(text.range(of: "\n}", options: .backwards))
        let score = try JSONDecoder().decode(Score.self, from: Data(text[..<jsonEnd.upperBound].utf8))
        print("iraq-week: " + String(text.split(separator: "\n").last ?? "") + " english \(score.english_pairwise_f1 ?? 0)")

        #expect(score.coverage == 1.0)
        #expect(score.stored_twice.isEmpty, "stored twice: \(score.stored_twice)")
        // The clustering issue's four bars (each 1.000 at the thirty-ninth stop).
        #expect((score.english_pairwise_f1 ?? 0) >= 0.95, "English pairwise F1 \(score.english_pairwise_f1 ?? 0)")
        #expect(score.mixed_stories.isEmpty, "stories mixing events: \(score.mixed_stories)")
        #expect((score.cross_language_recall ?? 0) >= 0.6, "cross-language recall \(score.cross_language_recall ?? 0)")
        #expect((score.pairwise["f1"] ?? 0) >= 0.8, "pairwise \(score.pairwise)")
    }

    /// The shared scorer's output for a `tidings stories --json --all` listing, run without holding
    /// one of Swift concurrency's few threads; a scorer that hangs is ended after a minute (it takes
    /// well under a second).
    private static func score(_ storiesFile: URL) async throws -> Data {
        let scored = try await TidingsProcess.run(
            program: "/usr/bin/env",
            ["python3", scorer.path, scenario.appendingPathComponent("labels.json").path, storiesFile.path, "--json"],
            in: storiesFile.deletingLastPathComponent(), timeout: 60)
        guard scored.status == 0 else {
            throw TestFailure("the scorer exited with status \(scored.status): \(scored.stderr.suffix(2000))")
        }
        return scored.stdoutData
    }
}
