import Aggregator
import FeedModel
import FeedParser
import FeedTestSupport
import Foundation
import Testing

@testable import Aggregator

/// A feed stamped with its generation time on every request is not re-parsed; any change to an
/// item is.
@Suite struct BodyFingerprintTests {
    static func rss(build: String, itemDate: String = "Tue, 14 Oct 2025 09:00:00 GMT", title: String = "T") -> String {
        """
        <?xml version="1.0"?><rss version="2.0"><channel><title>\(title)</title>
        <lastBuildDate>\(build)</lastBuildDate><pubDate>\(build)</pubDate>
        <item><guid>1</guid><title>One</title><pubDate>\(itemDate)</pubDate></item>
        <item><guid>2</guid><title>Two</title><pubDate>Mon, 13 Oct 2025 09:00:00 GMT</pubDate></item>
        </channel></rss>
        """
    }

    static func fingerprint(_ text: String) -> String { BodyFingerprint.of(Array(text.utf8)) }

    @Test func generationTimesInTheChannelAreIgnored() {
        #expect(
            Self.fingerprint(Self.rss(build: "Mon, 24 Nov 2025 10:00:00 GMT"))
                == Self.fingerprint(Self.rss(build: "Mon, 24 Nov 2025 10:15:07 GMT")))
        let atomA =
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><updated>2025-11-24T10:00:00Z</updated><entry><id>1</id><updated>2025-11-01T00:00:00Z</updated></entry></feed>"
        let atomB = atomA.replacingOccurrences(of: "2025-11-24T10:00:00Z", with: "2025-11-24T10:30:00Z")
        #expect(Self.fingerprint(atomA) == Self.fingerprint(atomB))
    }

    @Test func anyOtherChangeCounts() {
        let base = Self.fingerprint(Self.rss(build: "X"))
        #expect(
            Self.fingerprint(Self.rss(build: "X", itemDate: "Wed, 15 Oct 2025 09:00:00 GMT")) != base, "an item's date")
        #expect(Self.fingerprint(Self.rss(build: "X", title: "T2")) != base, "the channel title")
        let atomA = "<feed><updated>A</updated><entry><id>1</id><updated>2025-11-01T00:00:00Z</updated></entry></feed>"
        let atomB = atomA.replacingOccurrences(of: "2025-11-01", with: "2025-11-02")
        #expect(Self.fingerprint(atomA) != Self.fingerprint(atomB), "an entry's updated")
        // Without a recognisable item, a date element anywhere may belong to an item: all bytes count.
        let prefixed = "<a:feed><updated>1</updated><a:entry><updated>2</updated></a:entry></a:feed>"
        #expect(Self.fingerprint(prefixed) != Self.fingerprint(prefixed.replacingOccurrences(of: ">2<", with: ">3<")))
        #expect(Self.fingerprint("{\"items\":[1]}") != Self.fingerprint("{\"items\":[2]}"))
    }

    @Test func theHashDoesNotDependOnHowTheBytesArrive() {
        let bytes = Array(Self.rss(build: "Y").utf8)
        var whole = StableHasher()
        bytes.withUnsafeBufferPointer { whole.add($0) }
        for split in [1, 3, 7, 8, 13, 64] {
            var pieces = StableHasher()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + split)
                bytes[start..<end].withUnsafeBufferPointer { pieces.add($0) }
                start = end
            }
            var copy = whole
            #expect(pieces.finish() == copy.finish(), "split \(split)")
        }
    }

    @Test func aTaggedBodyHashesAsTheJoinedStringSoStoredEntriesStillMatch() {
        // Entry fingerprints are stored: hashing "h" and a body apart must give what "h" + body gave.
        for body in [
            "", "a", "seven b", "eight by", "nine byte", "Kurdistan — هەولێر " + String(repeating: "x", count: 70),
        ] {
            var joined = StableHasher()
            joined.add("h" + body)
            var tagged = StableHasher()
            tagged.add(UInt8(ascii: "h"), followedBy: body)
            #expect(tagged.finish() == joined.finish(), "\(body.utf8.count) bytes")
            var other = StableHasher()
            other.add(UInt8(ascii: "t"), followedBy: body)
            var copy = joined
            #expect(other.finish() != copy.finish())
        }
    }

    @Test func aFeedStampedOnEveryRequestIsNotParsedAgain() async throws {
        let polls = Counter()
        let server = try LoopbackHTTPServer { _ in
            let n = polls.next()
            // Polls 0 and 1 differ only in the build time; poll 2 also edits an item.
            let body = BodyFingerprintTests.rss(
                build: "Mon, 24 Nov 2025 10:0\(n):00 GMT",
                itemDate: n < 2 ? "Tue, 14 Oct 2025 09:00:00 GMT" : "Tue, 14 Oct 2025 09:30:00 GMT")
            return .ok(body: body)
        }
        defer { server.stop() }
        let h = try PollingTests.Harness(config: "\(server.url("/feed"))")
        #expect(try await h.pollAll().feeds.first?.counts.inserted == 2)
        let second = try await h.pollAll()
        #expect(second.feeds.first?.status == 200)
        #expect(second.feeds.first?.counts == IngestCounts(), "only the build time changed: not parsed")
        let third = try await h.pollAll()
        #expect(third.feeds.first?.counts == IngestCounts(updated: 1, unchanged: 1))
    }
}
