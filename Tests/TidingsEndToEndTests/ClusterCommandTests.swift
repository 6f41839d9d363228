import Foundation
import Testing

/// `tidings cluster` as a user runs it on an archive.
@Suite struct ClusterCommandTests {
    private static func stories(_ output: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            result[try #require(object["id"] as? String)] = try #require(object["cluster"] as? String)
        }
        return result
    }

    /// An archive in date order whose one undated line carries a dateline (a day, read as noon) and
    /// whose next dated line is earlier that day: `--sorted` takes it as the batch does.
    @Test func sortedArchiveWithADatelineMatchesTheBatch() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-cluster-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = [
            #"{"id": "d1", "title": "Fire breaks out at Kalar clothes market", "text": "A fire broke out in the clothes market of Kalar before dawn on Wednesday, civil defence said. Dozens of shops burned and no one was hurt.", "date": "2030-06-26T03:00:00Z", "lang": "en"}"#,
            #"{"id": "u1", "title": "Blaze guts dozens of shops in Kalar market", "text": "Posted 06/26/2030 7:10 AM. A fire gutted dozens of shops in the clothes market of Kalar before dawn on Wednesday, civil defence said; no one was hurt.", "lang": "en"}"#,
            #"{"id": "d2", "title": "Kalar market fire: 37 shops burned, no injuries", "text": "Thirty-seven shops burned in the fire that broke out in the Kalar clothes market before dawn on Wednesday, civil defence said.", "date": "2030-06-26T09:00:00Z", "lang": "en"}"#,
            #"{"id": "q1", "title": "Magnitude 3.9 quake felt in Darbandikhan", "text": "A light earthquake of magnitude 3.9 was felt in Darbandikhan early on Friday; no damage was reported at the dam.", "date": "2030-06-28T00:42:00Z", "lang": "en"}"#,
        ]
        let file = directory.appendingPathComponent("archive.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)

        let batch = try TidingsProcess.run(["cluster", file.path, "--config", "/dev/null"], in: directory)
        #expect(batch.status == 0, "\(batch.stderr)")
        let sorted = try TidingsProcess.run(["cluster", file.path, "--sorted", "--config", "/dev/null"], in: directory)
        #expect(sorted.status == 0, "\(sorted.stderr)")
        let batchStories = try Self.stories(batch.stdout)
        #expect(try Self.stories(sorted.stdout) == batchStories)
        #expect(batchStories["u1"] == batchStories["d1"])
        #expect(batchStories["d2"] == batchStories["d1"])
        #expect(batchStories["q1"] != batchStories["d1"])
    }
}
