import Aggregator
import FeedConfig
import FeedFetcher
import FeedModel
import FeedStore
import FeedTestSupport
import Logging
import Testing

/// A reload (SIGHUP) applies changed settings to the polls that follow, the fetcher's included.
@Suite struct ReloadTests {
    static let rss = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><guid>1</guid><title>One</title></item></channel></rss>
        """

    static func fetcher(for settings: Settings) -> any FeedFetching {
        CurlFeedFetcher(
            configuration: .init(
                userAgent: settings.userAgent, timeout: Double(settings.timeout.seconds),
                maxConcurrent: settings.concurrency, hostDelay: Double(settings.hostDelay.seconds)))
    }

    @Test("A changed user_agent is sent from the first poll after the reload")
    func reloadedUserAgentIsSent() async throws {
        let server = try LoopbackHTTPServer { _ in HTTPResponse.ok(body: ReloadTests.rss) }
        defer { server.stop() }
        let url = server.url("/feed")
        let first = try FeedsFile.parse("host_delay = 0s\nuser_agent = \"Reader/1\"\n\(url)", source: "feeds.conf")
        let aggregator = Aggregator(
            store: try SQLiteFeedStore.inMemory(), fetcher: Self.fetcher(for: first.settings), config: first,
            logger: Logger(label: "test"), makeFetcher: { ReloadTests.fetcher(for: $0) })
        _ = await aggregator.refresh(try aggregator.syncFeeds())
        let second = try FeedsFile.parse("host_delay = 0s\nuser_agent = \"Reader/2\"\n\(url)", source: "feeds.conf")
        let feeds = try aggregator.reload(second)
        _ = await aggregator.refresh(feeds)
        let agents = server.requests(forPath: "/feed").map { $0.header("User-Agent") }
        #expect(agents == ["Reader/1", "Reader/2"])
    }
}
