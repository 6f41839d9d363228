import Aggregator
import FeedModel
import FeedTestSupport
import Foundation
import Testing

/// How the next poll is chosen from what the server and the feed say, as stored after a poll.
extension PollingTests {
    /// An RSS feed with `items` items `gap` seconds apart, the newest an hour ago, and `extra`
    /// channel elements.
    static func spacedFeed(items: Int, gap: Int, extra: String = "") -> String {
        let entries = (0..<items).map { index in
            "<item><guid>\(index)</guid><title>Item \(index)</title><pubDate>"
                + httpDate(secondsFromNow: -3600 - index * gap) + "</pubDate></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>\(extra)"
            + entries.joined() + "</channel></rss>"
    }

    /// Serves `response` at one URL, polls it once under `settings`, and returns the seconds
    /// until the stored next poll and the feed's state (with the server's requests checked).
    static func firstWait(_ response: HTTPResponse, settings: String) async throws -> (Int64, FeedPollState?) {
        let server = try LoopbackHTTPServer(routes: ["/feed": response])
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try Harness(config: "host_delay = 0s\n\(settings)\n\(url)")
        let before = Int64(Date().timeIntervalSince1970)
        try await h.pollAll()
        #expect(server.requests(forPath: "/feed").count == 1)
        let state = try h.state(url)
        return (wait(state, since: before), state)
    }

    @Test func expiresSetsTheNextPollLikeMaxAge() async throws {
        let response = HTTPResponse.ok(body: PollingTests.rss)
            .addingHeader("Date", Self.httpDate(secondsFromNow: 0))
            .addingHeader("Expires", Self.httpDate(secondsFromNow: 3 * 3600))
        let (wait, state) = try await Self.firstWait(response, settings: "interval = 30m")
        // Three hours, plus at most 10% jitter.
        #expect(wait >= 3 * 3600 - 5 && wait <= 3 * 3600 + 1110, "waits \(wait) s (\(state?.nextPollReason ?? "-"))")
    }

    /// A feed that posts once a day is polled about twice a day, not every 30 minutes.
    @Test func aFeedThatPostsRarelyIsPolledLessOften() async throws {
        let daily = HTTPResponse.ok(body: Self.spacedFeed(items: 10, gap: 86_400))
        let (wait, state) = try await Self.firstWait(daily, settings: "interval = 30m")
        #expect(state?.nextPollReason == "posting rate")
        #expect(wait >= 43_200 - 5 && wait <= 43_200 + 4350, "waits \(wait) s")
    }

    @Test func aShortIntervalIsRaisedToTheMinimum() async throws {
        let (wait, state) = try await Self.firstWait(
            .ok(body: PollingTests.rss), settings: "min_interval = 20m\ninterval = 5m")
        #expect(wait >= 1200 - 5 && wait <= 1200 + 150, "waits \(wait) s (\(state?.nextPollReason ?? "-"))")
    }

    /// `skipHours` (GMT) is a hint: the next poll moves to the first hour the feed does not skip.
    @Test func skipHoursMoveTheNextPollPastThem() async throws {
        let now = Int64(Date().timeIntervalSince1970)
        let hour = Int(now / 3600 % 24)
        let skipped = (0..<4).map { "<hour>\((hour + $0) % 24)</hour>" }.joined()
        let feed = HTTPResponse.ok(body: Self.spacedFeed(items: 1, gap: 0, extra: "<skipHours>\(skipped)</skipHours>"))
        let (_, state) = try await Self.firstWait(feed, settings: "interval = 30m")
        let next = state?.nextPoll?.seconds ?? 0
        let firstAllowed = (now / 3600 + 4) * 3600
        #expect(next >= firstAllowed && next < firstAllowed + 3600, "next poll \(next - now) s from now")
        #expect(state?.nextPollReason?.contains("skipHours") == true)
    }
}
