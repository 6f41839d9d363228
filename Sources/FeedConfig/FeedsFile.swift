// The `feeds.conf` format
// =======================
//
// UTF-8 text, read line by line. CRLF line endings and a leading UTF-8 byte order mark are
// accepted. Leading and trailing blanks are ignored, and so are blank lines.
//
// Comments: `#` starts a comment that runs to the end of the line when it is the first
// character of the line or follows a blank, and is not inside double quotes. So the `#` in
// `https://example.com/feed#top` or `name="Channel #4"` is not a comment.
//
// Feed lines start with a URL (the first token contains `://`), followed by zero or more
// `key=value` options separated by blanks:
//
//     https://www.basnews.com/en/feed name="BasNews English" lang=en interval=30m tags=iraq,kurdistan
//
//   - The scheme must be http or https (any case), and the URL must have a host.
//   - `name`      display name (outlet name).
//   - `lang`      language tag matching `[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*`; stored lower-cased.
//   - `interval`  the feed's own poll interval, a duration of at least 1m.
//   - `tags`      comma-separated tags; trimmed, lower-cased, empty parts dropped.
//   A value is either bare (no blanks) or double-quoted with the escapes \" and \\. An option
//   may appear once per line. The same feed may be listed only once; URLs are compared with
//   scheme and host lower-cased, the `#fragment` and a default port dropped, and an empty path
//   read as `/`.
//
// Setting lines are `key = value` (blanks around `=` optional). The value is double-quoted as
// above, or bare: then it runs to the end of the line or to a comment, trimmed. Each key may be
// given once:
//
//     database              path                  tidings.db
//     interval              duration >= 1m        30m    poll interval of feeds without their own
//     user_agent            text                  Tidings/0.1 (+https://github.com/tidings/tidings)
//     timeout               duration >= 1s        30s    total transfer time
//     connect_timeout       duration >= 1s        10s
//     max_body_size         byte size             16MiB  (16MiB, 512KiB, 1MB, 1000; KiB = 1024, kB = 1000)
//     concurrency           whole number >= 1     16     transfers in flight over all hosts
//     per_host_connections  whole number >= 1     1
//     host_delay            duration >= 0s        1s     minimum gap between requests to one host
//     min_interval          duration >= 1m        15m    no more than max_interval
//     max_interval          duration >= 1m        24h
//     deny_private_networks yes/no, true/false, on/off, 1/0                no
//     retention             duration, or 0/off/forever                     forever
//     log_level             trace, debug, info, notice, warning, error, critical   info
//     cluster_threshold     decimal from 0 to 1   0.32   content similarity for a full-text join
//     cluster_window        duration >= 1s        96h    how long a story stays open after its last article
//     cluster_max_stories   whole number >= 1     20000  open stories held in memory (~2.7 KB each)
//
// Durations are one or more `<integer><unit>` groups with units s, m, h, d and w: `90s`, `30m`,
// `1h30m`, `2d`. A bare number is refused: a unit is required.
//
// Any other line is an error. Placeholders such as `{BASE}` are not expanded here.

/// A parsed `feeds.conf`: global settings and the list of subscribed feeds.
///
/// The file format is described in the comment at the top of this file. Parsing is pure: it
/// takes the text and a name for error messages; ``load(path:)`` reads a file from disk.
public struct FeedsFile: Sendable, Hashable {
    /// The global settings, defaults for the keys the file does not set.
    public var settings: Settings
    /// The feeds, in file order.
    public var subscriptions: [Subscription]

    /// Creates a file model from its parts.
    public init(settings: Settings = Settings(), subscriptions: [Subscription] = []) {
        self.settings = settings
        self.subscriptions = subscriptions
    }

    /// Parses the text of a `feeds.conf`, stopping at the first problem.
    ///
    /// - Parameters:
    ///   - text: the whole file.
    ///   - source: the file name to put in errors, such as `feeds.conf`.
    /// - Returns: the settings and subscriptions.
    /// - Throws: ``FeedsFileError`` for the first line (in file order) that is not valid.
    public static func parse(_ text: String, source: String) throws(FeedsFileError) -> FeedsFile {
        let (file, errors) = validate(text, source: source)
        if let first = errors.first { throw first }
        guard let file else { throw FeedsFileError(source: source, line: 0, message: "internal error") }
        return file
    }

    /// Parses the text of a `feeds.conf`, collecting every problem instead of stopping at the first.
    ///
    /// - Parameters:
    ///   - text: the whole file.
    ///   - source: the file name to put in errors.
    /// - Returns: the file when there is no problem (nil otherwise), and all problems sorted by line.
    public static func validate(_ text: String, source: String) -> (FeedsFile?, [FeedsFileError]) {
        var parser = FeedsFileParser(source: source)
        parser.parse(text)
        guard parser.errors.isEmpty else { return (nil, parser.errors) }
        return (FeedsFile(settings: parser.settings, subscriptions: parser.subscriptions), [])
    }
}
