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

    /// `tidings cluster` over an archive of `lines`, in a batch and with `--sorted`; both must succeed.
    private static func clusterBothWays(_ lines: [String]) throws -> (batch: String, sorted: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-cluster-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("archive.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let batch = try TidingsProcess.run(["cluster", file.path, "--config", "/dev/null"], in: directory)
        #expect(batch.status == 0, "\(batch.stderr)")
        let sorted = try TidingsProcess.run(["cluster", file.path, "--sorted", "--config", "/dev/null"], in: directory)
        #expect(sorted.status == 0, "\(sorted.stderr)")
        return (batch.stdout, sorted.stdout)
    }

    /// An archive in date order whose one undated line carries a dateline (a day, read as noon) and
    /// whose next dated line is earlier that day: `--sorted` takes it as the batch does.
    @Test func sortedArchiveWithADatelineMatchesTheBatch() throws {
        let lines = [
            #"{"id": "d1", "title": "Fire breaks out at Kalar clothes market", "text": "A fire broke out in the clothes market of Kalar before dawn on Wednesday, civil defence said. Dozens of shops burned and no one was hurt.", "date": "2030-06-26T03:00:00Z", "lang": "en"}"#,
            #"{"id": "u1", "title": "Blaze guts dozens of shops in Kalar market", "text": "Posted 06/26/2030 7:10 AM. A fire gutted dozens of shops in the clothes market of Kalar before dawn on Wednesday, civil defence said; no one was hurt.", "lang": "en"}"#,
            #"{"id": "d2", "title": "Kalar market fire: 37 shops burned, no injuries", "text": "Thirty-seven shops burned in the fire that broke out in the Kalar clothes market before dawn on Wednesday, civil defence said.", "date": "2030-06-26T09:00:00Z", "lang": "en"}"#,
            #"{"id": "q1", "title": "Magnitude 3.9 quake felt in Darbandikhan", "text": "A light earthquake of magnitude 3.9 was felt in Darbandikhan early on Friday; no damage was reported at the dam.", "date": "2030-06-28T00:42:00Z", "lang": "en"}"#,
        ]
        let (batch, sorted) = try Self.clusterBothWays(lines)
        let batchStories = try Self.stories(batch)
        #expect(try Self.stories(sorted) == batchStories)
        #expect(batchStories["u1"] == batchStories["d1"])
        #expect(batchStories["d2"] == batchStories["d1"])
        #expect(batchStories["q1"] != batchStories["d1"])
    }

    /// An archive of obituaries whose extractor filled one line's date from the page's birth line
    /// ("Page was born on April 22, 1923"): that line is read as undated (its story is the other
    /// obituaries', not one 85 years older), and `--sorted` does not stop at it as out of order.
    @Test func aDateTheTextGivesAsABirthIsNoPublicationDate() throws {
        let lines = [
            #"{"id": "o1", "title": "Pin-up icon Bettie Page dies at 85", "text": "Bettie Page, the 1950s pin-up model, died Thursday at a Los Angeles hospital after a heart attack, her agent Mark Roesler said. She was 85.", "date": "2008-12-12T09:00:00Z", "lang": "en"}"#,
            #"{"id": "o2", "title": "Bettie Page, 1950s pin-up queen, dead at 85", "text": "Bettie Page, the pin-up queen of the 1950s, died Thursday in a Los Angeles hospital, agent Mark Roesler said. She had suffered a heart attack.", "date": "2008-12-12T11:00:00Z", "lang": "en"}"#,
            #"{"id": "b1", "title": "Pin-up queen Bettie Page dies in Los Angeles", "text": "Bettie Page died Thursday evening at a Los Angeles hospital, her agent Mark Roesler said. Page was born on April 22, 1923, in Nashville, Tenn., and posed for Playboy in 1955.", "date": "April 22, 1923", "lang": "en"}"#,
            #"{"id": "o3", "title": "Bettie Page remembered as pin-up legend", "text": "Fans remembered Bettie Page, the 1950s pin-up model who died Thursday in Los Angeles at 85, agent Mark Roesler said.", "date": "2008-12-12T15:00:00Z", "lang": "en"}"#,
        ]
        let (batch, sorted) = try Self.clusterBothWays(lines)
        for output in [batch, sorted] {
            let stories = try Self.stories(output)
            #expect(stories.count == 4)
            #expect(stories["b1"] == stories["o1"])
            #expect(Set(stories.values).count == 1)
        }
    }
}
