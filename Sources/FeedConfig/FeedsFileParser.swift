/// The line-by-line reader behind ``FeedsFile/parse(_:source:)`` and ``FeedsFile/validate(_:source:)``.
///
/// It keeps going after a problem so that every error of a file can be reported at once. A line
/// with a syntax error (a missing `=`, an unterminated quote) is abandoned at that point; value
/// errors on a feed line are all reported.
struct FeedsFileParser {
    /// The file name used in errors.
    let source: String
    /// The settings read so far, defaults for the rest.
    private(set) var settings = Settings()
    /// The valid feed lines read so far, in file order.
    private(set) var subscriptions: [Subscription] = []
    /// The problems found so far.
    private(set) var errors: [FeedsFileError] = []
    /// The line on which each setting key was first given.
    private var settingLines: [String: Int] = [:]
    /// The line on which each feed (by ``FeedURL/comparisonKey``) was first given.
    private var feedLines: [String: Int] = [:]

    /// Creates a parser whose errors name `source`.
    init(source: String) {
        self.source = source
    }

    /// Reads all of `text`, then checks the rules that span several lines.
    mutating func parse(_ text: String) {
        for line in SourceLine.split(text) {
            parseLine(line.content, number: line.number)
        }
        checkIntervalBounds()
        errors = errors.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
    }

    /// Classifies one line as blank/comment, setting or feed, and reads it.
    private mutating func parseLine(_ content: Substring, number: Int) {
        var scanner = LineScanner(content)
        if scanner.isAtEndOfContent { return }
        if let key = scanner.readSettingKey() {
            parseSetting(key, &scanner, line: number)
            return
        }
        scanner.skipBlanks()
        let first = scanner.readWord()
        guard let url = FeedURL(first) else {
            fail(number, "expected a feed URL (http:// or https://) or a setting 'key = value'")
            return
        }
        parseFeed(first, url, &scanner, line: number)
    }

    // MARK: - Settings

    /// Reads the value of a `key = value` line; the scanner is just past the `=`.
    private mutating func parseSetting(_ key: String, _ scanner: inout LineScanner, line: Int) {
        guard let spec = SettingSpec.named(key) else {
            fail(line, "unknown setting '\(key)' (known: \(Settings.keys.joined(separator: ", ")))")
            return
        }
        if let first = settingLines[key] {
            fail(line, "setting '\(key)' is already given on line \(first)")
            return
        }
        settingLines[key] = line
        scanner.skipBlanks()
        let value: String
        if scanner.peek == "\"" {
            do {
                value = try scanner.readQuoted()
            } catch {
                fail(line, Self.message(for: error, in: "setting '\(key)'"))
                return
            }
            guard scanner.isAtEndOfContent else {
                fail(line, "unexpected text after the closing quote of setting '\(key)'")
                return
            }
        } else {
            value = scanner.readToEndOfContent()
        }
        if let problem = spec.apply(value, &settings) {
            fail(line, problem.message)
        } else {
            settings.explicitKeys.insert(key)
        }
    }

    /// Refuses a `min_interval` longer than `max_interval`, on the later of the two lines.
    private mutating func checkIntervalBounds() {
        guard settings.minInterval > settings.maxInterval else { return }
        let line = max(settingLines["min_interval"] ?? 0, settingLines["max_interval"] ?? 0)
        fail(
            line,
            "min_interval (\(settings.minInterval)) must not be longer than max_interval (\(settings.maxInterval))"
        )
    }

    // MARK: - Feeds

    /// Reads the options of a feed line; the scanner is just past the URL.
    private mutating func parseFeed(_ text: String, _ url: FeedURL, _ scanner: inout LineScanner, line: Int) {
        var isValid = true
        if let problem = url.problem {
            fail(line, problem)
            isValid = false
        } else if let first = feedLines[url.comparisonKey] {
            fail(line, "duplicate feed URL (first given on line \(first))")
            isValid = false
        } else {
            feedLines[url.comparisonKey] = line
        }
        var subscription = Subscription(url: text, line: line)
        var seen: Set<String> = []
        while !scanner.isAtEndOfContent {
            scanner.skipBlanks()
            let key = scanner.readWord { $0 == "=" }
            guard scanner.peek == "=" else {
                fail(line, "option '\(key)' has no '=': options are written key=value, as in lang=en")
                return
            }
            scanner.advance()
            let value: String
            if scanner.peek == "\"" {
                do {
                    value = try scanner.readQuoted()
                } catch {
                    fail(line, Self.message(for: error, in: "option '\(key)'"))
                    return
                }
                if let next = scanner.peek, !next.isLineBlank {
                    fail(line, "unexpected text after the closing quote of option '\(key)'")
                    return
                }
            } else {
                value = scanner.readWord()
            }
            guard let option = FeedOption(rawValue: key) else {
                fail(line, "unknown option '\(key)' (known: \(FeedOption.knownList))")
                isValid = false
                continue
            }
            guard seen.insert(key).inserted else {
                fail(line, "option '\(key)' is given more than once on this line")
                isValid = false
                continue
            }
            if let problem = option.apply(value, to: &subscription) {
                fail(line, problem.message)
                isValid = false
            }
        }
        if isValid { subscriptions.append(subscription) }
    }

    // MARK: - Errors

    /// Records a problem on `line`.
    private mutating func fail(_ line: Int, _ message: String) {
        errors.append(FeedsFileError(source: source, line: line, message: message))
    }

    /// The message for a quoted value that could not be read.
    private static func message(for failure: LineScanner.QuoteFailure, in place: String) -> String {
        switch failure {
        case .unterminated:
            return "unterminated quoted value of \(place) (missing closing \")"
        case .unknownEscape(let escape):
            return "unknown escape '\(escape)' in the quoted value of \(place) (only \\\" and \\\\ are allowed)"
        }
    }
}
