import FeedFetcher
import FeedModel
import FeedTestSupport
import Foundation
import Testing

@Suite struct CurlFeedFetcherTests {
    static let rss = Array("<rss version=\"2.0\"><channel><title>t</title></channel></rss>".utf8)

    @Test func firstFetchSendsNoValidatorsAndAnHonestIdentity() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/feed.xml": HTTPResponse.ok(body: Self.rss).addingHeader("ETag", "\"v1\"")
                .addingHeader("Last-Modified", "Tue, 14 Oct 2025 09:12:00 GMT")
        ])
        defer { server.stop() }
        let fetcher = CurlFeedFetcher(configuration: .init(userAgent: "Tidings/test (+https://example.org)"))
        let response = try await fetcher.fetch(server.url("/feed.xml"), validators: nil)
        #expect(response.status == 200)
        #expect(response.body == Self.rss)
        #expect(response.validators == HTTPValidators(etag: "\"v1\"", lastModified: "Tue, 14 Oct 2025 09:12:00 GMT"))
        let request = try #require(server.requests.first)
        #expect(request.header("If-None-Match") == nil)
        #expect(request.header("If-Modified-Since") == nil)
        #expect(request.header("User-Agent") == "Tidings/test (+https://example.org)")
        #expect(request.header("Accept")?.contains("application/rss+xml") == true)
        #expect(request.header("Accept-Encoding")?.contains("gzip") == true)
        #expect(request.header("Cookie") == nil)
        #expect(request.header("Referer") == nil)
    }

    @Test func validatorsAreSentBackByteForByteAnd304IsReported() async throws {
        let etag = "W/\"5f3-abc; x=\\\"y\\\"\""
        let modified = "Tue, 14 Oct 2025 09:12:00 GMT"
        let server = try LoopbackHTTPServer { request in
            request.header("If-None-Match") == etag ? .notModified : .ok(body: CurlFeedFetcherTests.rss)
        }
        defer { server.stop() }
        let fetcher = CurlFeedFetcher()
        let response = try await fetcher.fetch(
            server.url("/f"), validators: HTTPValidators(etag: etag, lastModified: modified))
        #expect(response.isNotModified)
        #expect(response.body.isEmpty)
        let request = try #require(server.requests.first)
        #expect(request.header("If-None-Match") == etag)
        #expect(request.header("If-Modified-Since") == modified)
    }

    @Test func bodiesOverTheCapAreRefusedWhileStreaming() async throws {
        let big = [UInt8](repeating: 0x41, count: 300_000)
        let server = try LoopbackHTTPServer(routes: ["/big": .ok(body: big)])
        defer { server.stop() }
        let fetcher = CurlFeedFetcher(configuration: .init(maxBodyBytes: 100_000))
        await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/big"), validators: nil) }
        do {
            _ = try await fetcher.fetch(server.url("/big"), validators: nil)
        } catch {
            #expect(error.code == .tooLarge)
        }
    }

    @Test func redirectsAreFollowedAndRecorded() async throws {
        let server = try LoopbackHTTPServer(routes: [
            "/old": .redirect(to: "/new", status: 301),
            "/new": .ok(body: Self.rss),
        ])
        defer { server.stop() }
        let response = try await CurlFeedFetcher().fetch(server.url("/old"), validators: nil)
        #expect(response.status == 200)
        #expect(response.finalURL == server.url("/new"))
        #expect(response.redirects.map(\.status) == [301])
    }

    @Test func onlyHTTPAndHTTPSAreFetched() async throws {
        await #expect(throws: FetchError.self) { try await CurlFeedFetcher().fetch("file:///etc/passwd", validators: nil) }
        let server = try LoopbackHTTPServer(routes: ["/evil": .redirect(to: "file:///etc/passwd", status: 302)])
        defer { server.stop() }
        do {
            _ = try await CurlFeedFetcher().fetch(server.url("/evil"), validators: nil)
            Issue.record("a redirect to file:// was followed")
        } catch {
            #expect(error.code == .refused)
        }
    }

    @Test func aSlowDripCannotHoldATransferPastTheTimeout() async throws {
        let server = try LoopbackHTTPServer(routes: ["/slow": HTTPResponse.ok(body: Self.rss + Self.rss).dripping(bytesPerSecond: 10)])
        defer { server.stop() }
        let fetcher = CurlFeedFetcher(configuration: .init(timeout: 2))
        // Timed on a thread of its own: other suites' computing would otherwise delay the resumption.
        let elapsed = await withTaskExecutorPreference(TimingExecutor.shared) {
            let start = ContinuousClock.now
            do {
                _ = try await fetcher.fetch(server.url("/slow"), validators: nil)
                Issue.record("the slow transfer finished")
            } catch let error as FetchError {
                #expect(error.code == .timeout)
            } catch {
                Issue.record("not a FetchError: \(error)")
            }
            return ContinuousClock.now - start
        }
        #expect(elapsed < .seconds(6))
    }

    @Test func cancellingTheTaskCancelsTheTransferPromptly() async throws {
        let server = try LoopbackHTTPServer(routes: ["/hang": HTTPResponse.ok(body: Self.rss).delayed(by: 20)])
        defer { server.stop() }
        let fetcher = CurlFeedFetcher()
        let start = ContinuousClock.now
        let task = Task { try await fetcher.fetch(server.url("/hang"), validators: nil) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let result = await task.result
        #expect(throws: FetchError.self) { try result.get() }
        #expect(ContinuousClock.now - start < .seconds(10), "the server holds the answer back for 20 s")
    }

    /// Servers that failed last time share a quarter of the slots: with four slots, three
    /// hanging retries leave room for a healthy feed submitted after them.
    @Test func failedFeedsShareAQuarterOfTheSlots() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path.hasPrefix("/hang") ? HTTPResponse.ok(body: Self.rss).delayed(by: 20) : HTTPResponse.ok(body: Self.rss)
        }
        defer { server.stop() }
        let fetcher = CurlFeedFetcher(
            configuration: .init(timeout: 8, maxConcurrent: 4, maxPerHost: 16, hostDelay: 0))
        let retries = (1...6).map { n in
            Task { try? await fetcher.fetch(server.url("/hang\(n)"), validators: nil, afterFailure: true) }
        }
        try await Task.sleep(for: .milliseconds(300))
        let start = ContinuousClock.now
        let healthy = try await fetcher.fetch(server.url("/healthy"), validators: nil)
        #expect(healthy.status == 200)
        // Immediate when the share holds; behind four hanging retries it would wait their 8 s timeout.
        #expect(ContinuousClock.now - start < .seconds(4), "the healthy feed waited behind failing retries")
        for task in retries { task.cancel() }
    }
}
