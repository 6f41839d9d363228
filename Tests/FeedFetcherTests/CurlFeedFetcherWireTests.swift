import FeedFetcher
import FeedModel
import FeedTestSupport
import Foundation
import Testing

/// What the fetcher puts on the wire and accepts from it, asserted on what a loopback server received.
@Suite struct CurlFeedFetcherWireTests {
    static let rss = Array("<rss version=\"2.0\"><channel><title>t</title></channel></rss>".utf8)

    /// `bytes` compressed by gzip(1) (always present on Debian).
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c", "-n"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Written from another thread: gzip's output pipe must be drained while it reads.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("gzip exited \(process.terminationStatus)") }
        return [UInt8](compressed)
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @Test func acceptHeadersNameEveryFeedTypeAndEveryCompression() async throws {
        let server = try LoopbackHTTPServer(routes: ["/feed": .ok(body: Self.rss)])
        defer { server.stop() }
        _ = try await CurlFeedFetcher().fetch(server.url("/feed"), validators: nil)
        let request = try #require(server.requests.first)
        let accept = try #require(request.header("Accept"))
        for type in [
            "application/rss+xml", "application/atom+xml", "application/feed+json", "application/xml", "text/xml",
        ] {
            #expect(accept.contains(type), "Accept lacks \(type): \(accept)")
        }
        let encodings = Set(
            (request.header("Accept-Encoding") ?? "").split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            })
        // gzip and deflate from any libcurl; br and zstd where it was built with them (Debian's is).
        #expect(encodings.isSuperset(of: ["gzip", "deflate"]), "Accept-Encoding: \(encodings)")
        let agent = try #require(request.header("User-Agent"))
        #expect(
            agent.contains("Tidings") && agent.contains("https://"), "the default User-Agent names no URL: \(agent)")
    }

    @Test func compressedBodiesAreDecoded() async throws {
        let body = Array(String(repeating: "<!-- padding -->", count: 200).utf8) + Self.rss
        let server = try LoopbackHTTPServer(routes: [
            "/feed": HTTPResponse.ok(body: try Self.gzip(body)).addingHeader("Content-Encoding", "gzip")
        ])
        defer { server.stop() }
        let response = try await CurlFeedFetcher().fetch(server.url("/feed"), validators: nil)
        #expect(response.status == 200)
        #expect(response.body == body)
    }

    /// 8 MiB of zeros compress to ~8 KB: the cap applies to what the body decompresses to.
    @Test func aGzipBombStopsAtTheBodyCap() async throws {
        let bomb = try Self.gzip([UInt8](repeating: 0, count: 8 << 20))
        #expect(bomb.count < 100_000)
        let server = try LoopbackHTTPServer(routes: [
            "/bomb": HTTPResponse.ok(body: bomb).addingHeader("Content-Encoding", "gzip")
        ])
        defer { server.stop() }
        let fetcher = CurlFeedFetcher(configuration: .init(maxBodyBytes: 1 << 20))
        do {
            _ = try await fetcher.fetch(server.url("/bomb"), validators: nil)
            Issue.record("a body decompressing to 8 MiB passed a cap of 1 MiB")
        } catch {
            #expect(error.code == .tooLarge)
        }
        #expect(server.requests(forPath: "/bomb").count == 1, "the transfer was retried")
    }

    @Test func cookiesAndReferersAreNeverSent() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/start": HTTPResponse.redirect(to: "/feed", status: 302).addingHeader("Set-Cookie", "session=abc; Path=/"),
            "/feed": HTTPResponse.ok(body: Self.rss).addingHeader("Set-Cookie", "seen=1; Path=/"),
        ])
        defer { server.stop() }
        let fetcher = CurlFeedFetcher()
        for _ in 0..<2 { _ = try await fetcher.fetch(server.url("/start"), validators: nil) }
        let requests = server.requests
        #expect(requests.map(\.path) == ["/start", "/feed", "/start", "/feed"])
        for request in requests {
            #expect(request.header("Cookie") == nil, "\(request.path) carried a cookie")
            #expect(request.header("Referer") == nil, "\(request.path) carried a Referer")
        }
    }

    /// Validators go back as raw headers, whatever their form: curl's own time condition would
    /// rewrite a date into its canonical form (or drop one it cannot read).
    @Test func validatorsAreSentRawAndOnlyOnce() async throws {
        let server = try LoopbackHTTPServer { _ in .notModified }
        defer { server.stop() }
        let fetcher = CurlFeedFetcher()
        let odd = "Tuesday, 14-Oct-25 09:12:00 GMT"
        _ = try await fetcher.fetch(server.url("/a"), validators: HTTPValidators(etag: nil, lastModified: odd))
        _ = try await fetcher.fetch(server.url("/b"), validators: HTTPValidators(etag: "\"e\"", lastModified: nil))
        let a = try #require(server.requests(forPath: "/a").first)
        #expect(a.headerValues("If-Modified-Since") == [odd])
        #expect(a.header("If-None-Match") == nil)
        let b = try #require(server.requests(forPath: "/b").first)
        #expect(b.headerValues("If-None-Match") == ["\"e\""])
        #expect(b.header("If-Modified-Since") == nil)
    }

    @Test func redirectChainsStopAfterFiveHops() async throws {
        let server = try LoopbackHTTPServer { request in
            let hop = Int(request.path.dropFirst(2)) ?? 0
            return .redirect(to: "/r\(hop + 1)", status: 301)
        }
        defer { server.stop() }
        do {
            _ = try await CurlFeedFetcher().fetch(server.url("/r0"), validators: nil)
            Issue.record("an endless redirect chain was followed to its end")
        } catch {
            #expect(error.code == .tooManyRedirects)
        }
        #expect(server.requests.map(\.path) == (0...5).map { "/r\($0)" }, "the request and five hops, no more")
    }

    /// The global cap holds across hosts' own limits: with two transfer slots, six feeds that each
    /// take half a second reach the server two at a time.
    @Test func theGlobalCapBoundsTransfersInFlight() async throws {
        let server = try LoopbackHTTPServer { _ in HTTPResponse.ok(body: Self.rss).delayed(by: 0.5) }
        defer { server.stop() }
        let fetcher = CurlFeedFetcher(configuration: .init(maxConcurrent: 2, maxPerHost: 16, hostDelay: 0))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<6 {
                group.addTask { _ = try await fetcher.fetch(server.url("/f\(index)"), validators: nil) }
            }
            try await group.waitForAll()
        }
        let arrivals = server.requests.map(\.receivedAt).sorted()
        #expect(arrivals.count == 6)
        // Any three arrivals span at least one answer's delay: never three in flight at once.
        for index in 2..<arrivals.count {
            #expect(arrivals[index] - arrivals[index - 2] >= 0.45, "three transfers in flight: \(arrivals)")
        }
    }

    /// A host that drops connection attempts costs the connect timeout, not the whole timeout.
    @Test func anUnansweredConnectionAttemptEndsAtTheConnectTimeout() async throws {
        let dead = try UnansweredHost(lastOctet: 9)
        defer { dead.stop() }
        let fetcher = CurlFeedFetcher(configuration: .init(connectTimeout: 1, timeout: 20))
        let start = ContinuousClock.now
        do {
            _ = try await fetcher.fetch(dead.url(), validators: nil)
            Issue.record("a host that never answers was fetched")
        } catch {
            #expect(error.code == .timeout || error.code == .connect, "\(error)")
        }
        // Well under the 20-second timeout; the margin allows for a loaded machine (5.2 s was seen
        // while the whole suite ran on two cores).
        #expect(ContinuousClock.now - start < .seconds(10), "waited past a one-second connect timeout")
    }

    /// A server that accepts the request and then sends nothing is cut off by the low-speed limit
    /// (no byte for half the timeout), before the total timeout.
    @Test func aServerThatGoesSilentIsCutOffBeforeTheTotalTimeout() async throws {
        let server = try LoopbackHTTPServer(routes: ["/silent": HTTPResponse.ok(body: Self.rss).delayed(by: 30)])
        defer { server.stop() }
        let fetcher = CurlFeedFetcher(configuration: .init(timeout: 12))
        let start = ContinuousClock.now
        do {
            _ = try await fetcher.fetch(server.url("/silent"), validators: nil)
            Issue.record("the silent server's answer arrived")
        } catch {
            #expect(error.code == .timeout, "\(error)")
        }
        let waited = ContinuousClock.now - start
        #expect(waited >= .seconds(5) && waited < .seconds(11), "cut off after \(waited); low-speed time is 6 s")
    }
}
