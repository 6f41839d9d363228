import Testing

@testable import FeedConfig

@Suite struct SettingsTests {
    @Test func defaultsMatchTheDocumentation() {
        let settings = Settings()
        #expect(settings.database == "tidings.db")
        #expect(settings.defaultInterval == .minutes(30))
        #expect(settings.userAgent == "Tidings/0.1 (+https://github.com/tidings/tidings)")
        #expect(settings.timeout == .seconds(30))
        #expect(settings.connectTimeout == .seconds(10))
        #expect(settings.maxBodySize == 16 * 1024 * 1024)
        #expect(settings.concurrency == 16)
        #expect(settings.perHostConnections == 1)
        #expect(settings.hostDelay == .seconds(1))
        #expect(settings.minInterval == .minutes(15))
        #expect(settings.maxInterval == .hours(24))
        #expect(settings.denyPrivateNetworks == false)
        #expect(settings.retention == nil)
        #expect(settings.logLevel == "info")
        #expect(settings.clusterThreshold == 0.32)
        #expect(settings.clusterWindow == .hours(96))
        #expect(settings.explicitKeys.isEmpty)
    }

    @Test func everySettingIsReadFromTheFile() throws {
        let text = """
            database = "/srv/tidings/my feeds.db"
            interval = 1h
            user_agent = Tidings-Test/2 (+https://example.org/contact)   # a bare value with blanks
            timeout = 1m
            connect_timeout = 5s
            max_body_size = 512KiB
            concurrency = 4
            per_host_connections = 2
            host_delay = 0s
            min_interval = 5m
            max_interval = 2d
            deny_private_networks = on
            retention = 30d
            log_level = Warning
            cluster_threshold = 0.45
            cluster_window = 1w
            cluster_max_stories = 40000
            """
        let settings = try FeedsFile.parse(text, source: testSource).settings
        #expect(settings.database == "/srv/tidings/my feeds.db")
        #expect(settings.defaultInterval == .hours(1))
        #expect(settings.userAgent == "Tidings-Test/2 (+https://example.org/contact)")
        #expect(settings.timeout == .minutes(1))
        #expect(settings.connectTimeout == .seconds(5))
        #expect(settings.maxBodySize == 512 * 1024)
        #expect(settings.concurrency == 4)
        #expect(settings.perHostConnections == 2)
        #expect(settings.hostDelay == .seconds(0))
        #expect(settings.minInterval == .minutes(5))
        #expect(settings.maxInterval == .days(2))
        #expect(settings.denyPrivateNetworks)
        #expect(settings.retention == .days(30))
        #expect(settings.logLevel == "warning")
        #expect(settings.clusterThreshold == 0.45)
        #expect(settings.clusterWindow == .days(7))
        #expect(settings.clusterMaxStories == 40_000)
        #expect(settings.explicitKeys == Set(Settings.keys))
    }

    @Test(arguments: ["yes", "YES", "true", "on", "1"])
    func trueWords(_ word: String) throws {
        #expect(try settings(from: "deny_private_networks = \(word)").get().denyPrivateNetworks == true)
    }

    @Test(arguments: ["no", "False", "off", "0"])
    func falseWords(_ word: String) throws {
        let text = "deny_private_networks = \(word)"
        let parsed = try settings(from: text).get()
        #expect(parsed.denyPrivateNetworks == false)
        #expect(parsed.explicitKeys == ["deny_private_networks"])
    }

    @Test(arguments: ["0", "off", "forever", "Forever", "0s", "0m"])
    func retentionCanBeTurnedOff(_ word: String) throws {
        let parsed = try settings(from: "retention = \(word)").get()
        #expect(parsed.retention == nil)
        #expect(parsed.explicitKeys == ["retention"])
    }

    @Test func blanksAroundTheEqualsSignAreOptional() throws {
        #expect(try settings(from: "concurrency=3").get().concurrency == 3)
        #expect(try settings(from: "\tconcurrency   =\t3   ").get().concurrency == 3)
        #expect(try settings(from: "user_agent=\"A \\\"B\\\" \\\\ C\" # comment").get().userAgent == #"A "B" \ C"#)
    }

    @Test func clusterThresholdAcceptsTheWholeRange() throws {
        #expect(try settings(from: "cluster_threshold = 0").get().clusterThreshold == 0)
        #expect(try settings(from: "cluster_threshold = 1").get().clusterThreshold == 1)
        #expect(try settings(from: "cluster_threshold = 1.0").get().clusterThreshold == 1)
        #expect(try settings(from: "cluster_threshold = .5").get().clusterThreshold == 0.5)
        #expect(throws: FeedsFileError.self) { try settings(from: "cluster_threshold = .").get() }
        #expect(throws: FeedsFileError.self) { try settings(from: "cluster_threshold = 0.5.1").get() }
    }

    @Test func effectiveListsEverySettingInTableOrder() throws {
        let text = "max_body_size = 1048576\nretention = 2w\ninterval = 90m\n"
        let settings = try FeedsFile.parse(text, source: testSource).settings
        let effective = settings.effective()

        #expect(effective.map(\.key) == Settings.keys)
        #expect(Settings.keys.count == 17)
        #expect(Settings.keys.first == "database")
        #expect(Settings.keys.last == "cluster_max_stories")
        #expect(effective.filter(\.fromFile).map(\.key) == ["interval", "max_body_size", "retention"])

        let values = Dictionary(uniqueKeysWithValues: effective.map { ($0.key, $0.value) })
        #expect(values["interval"] == "1h30m")
        #expect(values["max_body_size"] == "1MiB")
        #expect(values["retention"] == "2w")
        #expect(values["database"] == "tidings.db")
        #expect(values["timeout"] == "30s")
        #expect(values["deny_private_networks"] == "no")
        #expect(values["log_level"] == "info")
        #expect(values["cluster_threshold"] == "0.32")
        #expect(values["cluster_window"] == "4d")
        #expect(values["cluster_max_stories"] == "20000")
        #expect(Settings().effective().first { $0.key == "retention" }?.value == "forever")
    }

    @Test func effectiveValuesParseBackToTheSameSettings() throws {
        let text = "max_body_size = 1000\nhost_delay = 0s\ndeny_private_networks = 1\ncluster_threshold = 0.25\n"
        let original = try FeedsFile.parse(text, source: testSource).settings
        let rewritten = original.effective()
            .map { "\($0.key) = \"\($0.value)\"" }
            .joined(separator: "\n")
        var reparsed = try FeedsFile.parse(rewritten, source: testSource).settings
        #expect(reparsed.explicitKeys == Set(Settings.keys))
        reparsed.explicitKeys = original.explicitKeys
        #expect(reparsed == original)
    }
}
