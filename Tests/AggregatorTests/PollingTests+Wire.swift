import Aggregator
import FeedModel
import FeedTestSupport
import Foundation
import Testing

/// More polling rules, each asserted on what the loopback server received as well as on the
/// schedule the aggregator stored.
extension PollingTests {
    /// An HTTP date (IMF-fixdate) `seconds` from now.
    static func httpDate(secondsFromNow seconds: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: Date(timeIntervalSinceNow: Double(seconds)))
    }

    /// Seconds from `before` to the feed's stored next poll.
    static func wait(_ state: FeedPollState?, since before: Int64) -> Int64 {
        (state?.nextPoll?.seconds ?? 0) - before
    }

    @Test func anETagFromA304IsSentOnTheNextPoll() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.header("If-None-Match") {
            case "\"e1\"": return HTTPResponse.notModified.addingHeader("ETag", "\"e2\"")
            case "\"e2\"": return .notModified
            default: return HTTPResponse.ok(body: PollingTests.rss).addingHeader("ETag", "\"e1\"")
            }
        }
        defer { server.stop() }
        let url = server.url("/feed")
        let h = try Harness(config: "host_delay = 0s\n\(url)")
        for _ in 0..<3 { try await h.pollAll() }
        let sent = server.requests(forPath: "/feed").map { $0.header("If-None-Match") }
        #expect(sent == [nil, "\"e1\"", "\"e2\""])
    }

    @Test func retryAfterAsAnHTTPDateIsHonouredAndALongOneIsCapped() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/date": HTTPResponse.status(503).addingHeader("Retry-After", Self.httpDate(secondsFromNow: 3 * 3600)),
            "/month": HTTPResponse.status(429).addingHeader("Retry-After", "2592000"),
        ])
        defer { server.stop() }
        let date = server.url("/date")
        let month = server.url("/month")
        let h = try Harness(config: "host_delay = 0s\ninterval = 15m\n\(date)\n\(month)")
        let before = Int64(Date().timeIntervalSince1970)
        try await h.pollAll()
        let slack = Int64(Date().timeIntervalSince1970) - before + 5
        let dated = try h.state(date)
        #expect(dated?.nextPollReason == "Retry-After")
        let dateWait = Self.wait(dated, since: before)
        #expect(dateWait >= 3 * 3600 - 5 && dateWait <= 3 * 3600 + slack, "waits \(dateWait) s")
        let capped = try h.state(month)
        let monthWait = Self.wait(capped, since: before)
        #expect(
            monthWait >= 7 * 86_400 - 5 && monthWait <= 7 * 86_400 + slack, "a 30-day Retry-After waits \(monthWait) s")
        #expect(server.requests(forPath: "/date").count == 1 && server.requests(forPath: "/month").count == 1)
    }

    /// Each failure doubles the wait, from the interval up to two days, and the feed is never
    /// given up (every failure still schedules a next poll).
    @Test func errorsBackOffExponentiallyUpToTwoDays() async throws {
        let server = try LoopbackHTTPServer(routes: ["/broken": .status(500)])
        defer { server.stop() }
        let url = server.url("/broken")
        let h = try Harness(config: "host_delay = 0s\ninterval = 1h\n\(url)")
        var waits: [Int64] = []
        for _ in 0..<8 {
            let before = Int64(Date().timeIntervalSince1970)
            try await h.pollAll()
            let state = try h.state(url)
            #expect(state?.nextPollReason == "backoff")
            waits.append((Self.wait(state, since: before) + 60) / 3600)
        }
        #expect(waits == [1, 2, 4, 8, 16, 32, 48, 48], "hours waited after each failure: \(waits)")
        #expect(server.requests(forPath: "/broken").count == 8)
        #expect(try h.state(url)?.errorCount == 8)
    }

    @Test func a308MovesAFeedButA307Never() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/permanent": .redirect(to: "/new", status: 308),
            "/temporary": .redirect(to: "/new", status: 307),
            "/new": .ok(body: Self.rss),
        ])
        defer { server.stop() }
        let permanent = server.url("/permanent")
        let temporary = server.url("/temporary")
        let h = try Harness(config: "host_delay = 0s\n\(permanent)\n\(temporary)")
        for _ in 0..<3 { try await h.pollAll() }
        #expect(try h.state(permanent)?.movedTo == server.url("/new"))
        #expect(try h.state(temporary)?.movedTo == nil)
        server.clearRequests()
        try await h.pollAll()
        #expect(server.requests(forPath: "/permanent").isEmpty, "a moved feed is polled at its new URL")
        #expect(server.requests(forPath: "/temporary").count == 1, "a 307 never moves a feed")
    }
}
