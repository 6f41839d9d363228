import Foundation
import Testing

@testable import FeedConfig

/// `../shared/scenarios`, found from this file: `<repo>/Tests/FeedConfigTests/FeedsFileTests.swift`.
let scenariosDirectory: String = {
    let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // FeedConfigTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
    return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/scenarios").path
}()

@Suite struct FeedsFileTests {
    /// A file using every construct: settings, comments, quoting, indentation, bare URLs.
    static let example = """
        # Tidings subscriptions
        database = /var/lib/tidings/tidings.db
        interval=45m   # default poll interval
        user_agent = "Tidings/0.1 (+https://example.org/bot) #1"
        max_body_size = 8MiB
        log_level = DEBUG
        deny_private_networks = yes

        # Kurdistan
        https://www.basnews.com/en/feed name="BasNews English" lang=EN interval=1h30m tags=" Iraq, ,Kurdistan ,iraq"
          https://example.com/rss#latest name="Channel #4 \\"Live\\" \\\\ more" lang=pt-BR   # trailing comment
        HTTP://Example.ORG:8080/atom.xml?x=1
        """

    @Test func parsesFullExample() throws {
        let file = try FeedsFile.parse(Self.example, source: testSource)

        #expect(file.settings.database == "/var/lib/tidings/tidings.db")
        #expect(file.settings.defaultInterval == .minutes(45))
        #expect(file.settings.userAgent == "Tidings/0.1 (+https://example.org/bot) #1")
        #expect(file.settings.maxBodySize == 8 * 1024 * 1024)
        #expect(file.settings.logLevel == "debug")
        #expect(file.settings.denyPrivateNetworks)
        #expect(
            file.settings.explicitKeys
                == ["database", "interval", "user_agent", "max_body_size", "log_level", "deny_private_networks"]
        )
        #expect(file.settings.timeout == .seconds(30), "unset keys keep their default")

        try #require(file.subscriptions.count == 3)
        let basNews = file.subscriptions[0]
        #expect(basNews.url == "https://www.basnews.com/en/feed")
        #expect(basNews.name == "BasNews English")
        #expect(basNews.language == "en")
        #expect(basNews.interval == ConfigDuration(seconds: 5400))
        #expect(basNews.tags == ["iraq", "kurdistan"])
        #expect(basNews.line == 10)
        #expect(basNews.displayName == "BasNews English")

        let channel = file.subscriptions[1]
        #expect(channel.url == "https://example.com/rss#latest")
        #expect(channel.name == #"Channel #4 "Live" \ more"#)
        #expect(channel.language == "pt-br")
        #expect(channel.interval == nil)
        #expect(channel.tags == [])
        #expect(channel.line == 11)

        let bare = file.subscriptions[2]
        #expect(bare.url == "HTTP://Example.ORG:8080/atom.xml?x=1")
        #expect(bare.name == nil)
        #expect(bare.displayName == "example.org")
        #expect(bare.line == 12)
    }

    @Test func emptyAndCommentOnlyFilesGiveDefaults() throws {
        for text in ["", "\n\n", "# only a comment\n   # indented comment\n\t\n"] {
            let file = try FeedsFile.parse(text, source: testSource)
            #expect(file == FeedsFile(settings: Settings(), subscriptions: []))
        }
    }

    @Test func acceptsCRLFAndByteOrderMark() throws {
        let text = "\u{FEFF}interval = 2h\r\n# comment\r\n"
            + "https://a.example/feed name=\"A\"\r\nhttps://b.example/feed\r\n"
        let file = try FeedsFile.parse(text, source: testSource)
        #expect(file.settings.defaultInterval == .hours(2))
        #expect(file.subscriptions.map(\.url) == ["https://a.example/feed", "https://b.example/feed"])
        #expect(file.subscriptions.map(\.name) == ["A", nil])
        #expect(file.subscriptions.map(\.line) == [3, 4])
    }

    @Test func hashOnlyStartsACommentAfterBlankOutsideQuotes() throws {
        let text = """
            https://a.example/feed#frag tags=c#,f# name="x # y" # real comment
            database = data#base.db # comment
            """
        let file = try FeedsFile.parse(text, source: testSource)
        let subscription = try #require(file.subscriptions.first)
        #expect(subscription.url == "https://a.example/feed#frag")
        #expect(subscription.tags == ["c#", "f#"])
        #expect(subscription.name == "x # y")
        #expect(file.settings.database == "data#base.db")
    }

    @Test func displayNameFallsBackToHost() {
        #expect(Subscription(url: "https://user:pw@News.Example.com:8443/feed").displayName == "news.example.com")
        #expect(Subscription(url: "http://[::1]:8080/feed").displayName == "[::1]")
        #expect(Subscription(url: "https://a.example/feed", name: "").displayName == "a.example")
        #expect(Subscription(url: "https://a.example/feed", name: "Outlet").displayName == "Outlet")
    }

    @Test func validateCollectsEveryError() {
        let text = """
            interval = 1h
            interval = 2h
            https://a.example/feed
            hello world
            https://b.example/feed lang=x interval=10s
            ftp://c.example/feed
            https://A.EXAMPLE/feed
            """
        let (file, errors) = FeedsFile.validate(text, source: "test.conf")
        #expect(file == nil)
        #expect(errors.map(\.line) == [2, 4, 5, 5, 6, 7])
        #expect(errors.allSatisfy { $0.source == "test.conf" })
        #expect(errors[2].message == "lang: expected a language tag like en, ckb or pt-BR, got 'x'")
        #expect(errors[3].message == "interval: must be at least 1m, got '10s'")
        #expect(firstError(in: text)?.line == 2, "parse throws the first error in file order")
    }

    @Test func validateReturnsTheFileWhenClean() throws {
        let (file, errors) = FeedsFile.validate(Self.example, source: testSource)
        let parsed = try FeedsFile.parse(Self.example, source: testSource)
        #expect(errors.isEmpty)
        #expect(file == parsed)
    }

    @Test func errorDescriptionIsSourceLineMessage() {
        let error = FeedsFileError(source: "/etc/tidings/feeds.conf", line: 7, message: "boom")
        #expect(error.description == "/etc/tidings/feeds.conf:7: boom")
        #expect(firstError(in: "\n\nnonsense")?.description == "feeds.conf:3: " + FeedsFileErrorTests.notALine)
    }

    // MARK: - Loading

    @Test func loadReadsAFileAndNamesItInErrors() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("feedconfig-\(UUID().uuidString).conf").path
        defer { try? FileManager.default.removeItem(atPath: path) }

        try Data("database = x.db\nhttps://a.example/feed\n".utf8).write(to: URL(fileURLWithPath: path))
        let file = try FeedsFile.load(path: path)
        #expect(file.settings.database == "x.db")
        #expect(file.subscriptions.count == 1)

        try Data("database = x.db\nbogus\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FeedsFileError(source: path, line: 2, message: FeedsFileErrorTests.notALine)) {
            try FeedsFile.load(path: path)
        }
    }

    @Test func loadRefusesInvalidUTF8WithItsLine() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("feedconfig-\(UUID().uuidString).conf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data([0x23, 0x0A, 0x23, 0x0A, 0x68, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))

        #expect(throws: FeedsFileError(source: path, line: 3, message: "not valid UTF-8 text")) {
            try FeedsFile.load(path: path)
        }
    }

    @Test func loadReportsAMissingFileAtLineZero() {
        let path = "/nonexistent-\(UUID().uuidString)/feeds.conf"
        do {
            _ = try FeedsFile.load(path: path)
            Issue.record("loading a missing file succeeded")
        } catch {
            #expect(error.source == path)
            #expect(error.line == 0)
            #expect(error.message == "cannot read: no such file")
        }
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: FeedsFileError(source: directory, line: 0, message: "cannot read: is a directory")) {
            try FeedsFile.load(path: directory)
        }
    }

    // MARK: - Shared scenarios

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: scenariosDirectory),
            "../shared/scenarios is absent: skipped"
        )
    )
    func parsesEveryScenarioFeedsFile() throws {
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: scenariosDirectory).sorted()
        var parsed: [String: FeedsFile] = [:]
        for scenario in scenarios {
            let path = scenariosDirectory + "/" + scenario + "/feeds.conf"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let text = try String(contentsOfFile: path, encoding: .utf8)
                .replacingOccurrences(of: "{BASE}", with: "http://127.0.0.1:8080")
            let (file, errors) = FeedsFile.validate(text, source: path)
            #expect(errors.isEmpty, "\(errors)")
            parsed[scenario] = file
        }

        let iraq = try #require(parsed["iraq-week"], "iraq-week/feeds.conf should exist and parse")
        #expect(iraq.subscriptions.count == 5)
        #expect(iraq.subscriptions.allSatisfy { $0.url.hasPrefix("http://127.0.0.1:8080/") })
        #expect(iraq.subscriptions.allSatisfy { $0.name != nil && $0.language != nil })
        #expect(Set(iraq.subscriptions.compactMap(\.language)) == ["en", "ckb", "ar"])
        #expect(iraq.subscriptions.first?.url == "http://127.0.0.1:8080/basnews-en.xml")
        #expect(iraq.subscriptions.first?.name == "BasNews")
    }
}
