import Testing

@testable import FeedConfig

/// One invalid input with the exact error it must produce.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    /// The whole file.
    let text: String
    /// The expected line of the first error.
    let line: Int
    /// The expected message.
    let message: String

    var testDescription: String { "line \(line): \(message)" }
}

@Suite struct FeedsFileErrorTests {
    static let notALine = "expected a feed URL (http:// or https://) or a setting 'key = value'"
    static let knownSettings = "database, interval, user_agent, timeout, connect_timeout, max_body_size, "
        + "concurrency, per_host_connections, host_delay, min_interval, max_interval, deny_private_networks, "
        + "retention, log_level, cluster_threshold, cluster_window, cluster_max_stories"

    static let cases: [ErrorCase] = [
        // Lines that are neither feed nor setting.
        ErrorCase(text: "hello world", line: 1, message: notALine),
        ErrorCase(text: "# ok\n\nexample.com/feed name=x", line: 3, message: notALine),
        ErrorCase(text: "= 5", line: 1, message: notALine),
        // URL problems.
        ErrorCase(
            text: "https://a.example/\nfile:///etc/passwd",
            line: 2,
            message: "unsupported URL scheme 'file' (only http and https)"
        ),
        ErrorCase(text: "ftp://a.example/feed", line: 1, message: "unsupported URL scheme 'ftp' (only http and https)"),
        ErrorCase(text: "\n  http:///feed.xml", line: 2, message: "URL has no host"),
        ErrorCase(text: "https://user@:8080/feed.xml", line: 1, message: "URL has no host"),
        ErrorCase(text: "http://a.example:8o/feed", line: 1, message: "URL has an invalid port '8o'"),
        ErrorCase(
            text: "# feeds\n\nhttps://Example.COM/feed name=A\nhttps://example.com/feed#top name=B",
            line: 4,
            message: "duplicate feed URL (first given on line 3)"
        ),
        ErrorCase(
            text: "http://example.com\nHTTP://EXAMPLE.COM:80/",
            line: 2,
            message: "duplicate feed URL (first given on line 1)"
        ),
        // Feed options.
        ErrorCase(
            text: "https://a.example/ foo=bar",
            line: 1,
            message: "unknown option 'foo' (known: name, lang, interval, tags)"
        ),
        ErrorCase(
            text: "https://a.example/ \"BasNews\"",
            line: 1,
            message: "option '\"BasNews\"' has no '=': options are written key=value, as in lang=en"
        ),
        ErrorCase(
            text: "https://a.example/ lang=en lang=ar",
            line: 1,
            message: "option 'lang' is given more than once on this line"
        ),
        ErrorCase(
            text: "\n\nhttps://a.example/ name=\"BasNews English lang=en",
            line: 3,
            message: "unterminated quoted value of option 'name' (missing closing \")"
        ),
        ErrorCase(
            text: #"https://a.example/ name="a\nb""#,
            line: 1,
            message: #"unknown escape '\n' in the quoted value of option 'name' (only \" and \\ are allowed)"#
        ),
        ErrorCase(
            text: #"https://a.example/ name="a"b"#,
            line: 1,
            message: "unexpected text after the closing quote of option 'name'"
        ),
        ErrorCase(
            text: "https://a.example/ lang=english",
            line: 1,
            message: "lang: expected a language tag like en, ckb or pt-BR, got 'english'"
        ),
        ErrorCase(
            text: "https://a.example/ lang=en-",
            line: 1,
            message: "lang: expected a language tag like en, ckb or pt-BR, got 'en-'"
        ),
        ErrorCase(text: "https://a.example/ name=", line: 1, message: "name: expected a non-empty name"),
        ErrorCase(
            text: "https://a.example/ interval=30s",
            line: 1,
            message: "interval: must be at least 1m, got '30s'"
        ),
        ErrorCase(
            text: "https://a.example/ interval=30",
            line: 1,
            message: "interval: a unit is required (s, m, h, d or w), as in 30m; got '30'"
        ),
        ErrorCase(
            text: "https://a.example/ interval=soon",
            line: 1,
            message: "interval: expected a duration like 30m, 2h or 1d, got 'soon'"
        ),
        // Settings.
        ErrorCase(text: "foo = 1", line: 1, message: "unknown setting 'foo' (known: \(knownSettings))"),
        ErrorCase(text: "user-agent = x", line: 1, message: "unknown setting 'user-agent' (known: \(knownSettings))"),
        ErrorCase(
            text: "interval = soon",
            line: 1,
            message: "interval: expected a duration like 30m, 2h or 1d, got 'soon'"
        ),
        ErrorCase(
            text: "# settings\ninterval = 1h\n\ninterval = 2h",
            line: 4,
            message: "setting 'interval' is already given on line 2"
        ),
        ErrorCase(
            text: "user_agent = \"Tidings",
            line: 1,
            message: "unterminated quoted value of setting 'user_agent' (missing closing \")"
        ),
        ErrorCase(
            text: "database = \"a.db\" b",
            line: 1,
            message: "unexpected text after the closing quote of setting 'database'"
        ),
        ErrorCase(text: "database =   # nothing", line: 1, message: "database: expected a non-empty value"),
        ErrorCase(text: "database = \"\"", line: 1, message: "database: expected a non-empty value"),
        ErrorCase(text: "timeout = 0s", line: 1, message: "timeout: must be at least 1s, got '0s'"),
        ErrorCase(
            text: "timeout = 99999999999999999999w",
            line: 1,
            message: "timeout: duration '99999999999999999999w' is too large"
        ),
        ErrorCase(text: "concurrency = 0", line: 1, message: "concurrency: expected a positive whole number, got '0'"),
        ErrorCase(
            text: "per_host_connections = -1",
            line: 1,
            message: "per_host_connections: expected a positive whole number, got '-1'"
        ),
        ErrorCase(
            text: "max_body_size = 16XB",
            line: 1,
            message: "max_body_size: expected a positive byte size like 16MiB, 512KiB, 1MB or 1000, got '16XB'"
        ),
        ErrorCase(
            text: "deny_private_networks = maybe",
            line: 1,
            message: "deny_private_networks: expected yes or no (or true/false, on/off, 1/0), got 'maybe'"
        ),
        ErrorCase(
            text: "retention = sometimes",
            line: 1,
            message: "retention: expected a duration like 30m, 2h or 1d, or 0, off or forever, got 'sometimes'"
        ),
        ErrorCase(
            text: "log_level = loud",
            line: 1,
            message: "log_level: expected one of trace, debug, info, notice, warning, error, critical, got 'loud'"
        ),
        ErrorCase(
            text: "cluster_threshold = 1.5",
            line: 1,
            message: "cluster_threshold: expected a decimal number from 0 to 1 like 0.3, got '1.5'"
        ),
        ErrorCase(
            text: "cluster_threshold = 1e-1",
            line: 1,
            message: "cluster_threshold: expected a decimal number from 0 to 1 like 0.3, got '1e-1'"
        ),
        ErrorCase(
            text: "min_interval = 2d\nmax_interval = 1d",
            line: 2,
            message: "min_interval (2d) must not be longer than max_interval (1d)"
        ),
        ErrorCase(
            text: "min_interval = 2d",
            line: 1,
            message: "min_interval (2d) must not be longer than max_interval (1d)"
        ),
    ]

    @Test(arguments: cases)
    func reportsTheExactLineAndMessage(_ errorCase: ErrorCase) throws {
        let error = try #require(firstError(in: errorCase.text))
        #expect(error == FeedsFileError(source: testSource, line: errorCase.line, message: errorCase.message))
        let (file, errors) = FeedsFile.validate(errorCase.text, source: testSource)
        #expect(file == nil)
        #expect(errors.first == error)
    }

    @Test func anUnterminatedQuoteAbandonsOnlyItsLine() {
        let text = "https://a.example/ name=\"open\nhttps://b.example/ name=\"closed\"\nbogus"
        let (_, errors) = FeedsFile.validate(text, source: testSource)
        #expect(errors.map(\.line) == [1, 3])
    }
}
