extension FeedsFile {
    /// The `feeds.conf` line for `subscription`: `URL name="…" lang=… interval=… tags=a,b`.
    ///
    /// Options that are nil or empty are left out. The name is always quoted; other values are
    /// quoted only when they need it. Line breaks in values become spaces, since a value cannot
    /// span lines. The result has no line terminator.
    public static func line(for subscription: Subscription) -> String {
        var parts = [subscription.url]
        if let name = subscription.name { parts.append("name=" + quoted(name)) }
        if let language = subscription.language { parts.append("lang=" + valueText(language)) }
        if let interval = subscription.interval { parts.append("interval=\(interval)") }
        if !subscription.tags.isEmpty { parts.append("tags=" + valueText(subscription.tags.joined(separator: ","))) }
        return parts.joined(separator: " ")
    }

    /// Returns `text` with a feed line for `subscription` appended at the end.
    ///
    /// Everything already in `text` is kept byte for byte; when it does not end with a line break,
    /// one is added first. The new line ends with a line break of the file's style (CRLF when the
    /// file's first line ends with CRLF, LF otherwise).
    public static func appendingLine(for subscription: Subscription, to text: String) -> String {
        let newline = usesCRLF(text) ? "\r\n" : "\n"
        var result = text
        if let last = text.unicodeScalars.last, last != "\n" { result += newline }
        result += line(for: subscription) + newline
        return result
    }

    /// Returns `text` without the feed line(s) for `url`, or nil when no feed line lists it.
    ///
    /// URLs are compared as the parser compares duplicates (scheme and host in any case, without
    /// fragment). The whole line goes, with its line break; every other byte is kept, including
    /// comments and blank lines.
    public static func removingFeed(url: String, from text: String) -> String? {
        guard let target = FeedURL(url)?.comparisonKey else { return nil }
        var result = ""
        var cursor = text.startIndex
        for line in SourceLine.split(text) where feedURL(on: line.content)?.comparisonKey == target {
            result += text[cursor..<line.range.lowerBound]
            cursor = line.range.upperBound
        }
        guard cursor != text.startIndex else { return nil }
        result += text[cursor...]
        return result
    }

    /// The URL of a feed line, or nil for comments, blank lines, settings and anything else.
    private static func feedURL(on content: Substring) -> FeedURL? {
        var scanner = LineScanner(content)
        guard !scanner.isAtEndOfContent, scanner.readSettingKey() == nil else { return nil }
        scanner.skipBlanks()
        return FeedURL(scanner.readWord())
    }

    /// Whether the first line break of `text` is CRLF.
    private static func usesCRLF(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let newline = scalars.firstIndex(of: "\n"), newline > scalars.startIndex else { return false }
        return scalars[scalars.index(before: newline)] == "\r"
    }

    /// `value` bare when that reads back the same, else quoted.
    private static func valueText(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.unicodeScalars.contains {
            $0.isLineBlank || $0 == "\"" || $0 == "\\" || $0 == "\n"
        }
        return needsQuotes ? quoted(value) : value
    }

    /// `value` in double quotes with `"` and `\` escaped and line breaks turned into spaces.
    private static func quoted(_ value: String) -> String {
        var text = String.UnicodeScalarView()
        text.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"", "\\":
                text.append("\\")
                text.append(scalar)
            case "\n", "\r":
                text.append(" ")
            default:
                text.append(scalar)
            }
        }
        text.append("\"")
        return String(text)
    }
}
