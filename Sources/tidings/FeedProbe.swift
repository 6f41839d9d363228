import FeedConfig
import FeedFetcher
import FeedModel
import FeedParser
import Foundation

/// Fetches a feed once (as the daemon would) to check that it is a feed and learn its title.
enum FeedProbe {
    /// What the probe learned.
    struct Result {
        /// The feed's own title, sanitised, if it has one.
        var title: String?
        /// The feed's declared language, lower-cased, if any.
        var language: String?
        /// How many entries it serves now.
        var entryCount: Int
        /// Format, e.g. "rss20".
        var format: String
        /// The URL it came from after redirects, when different.
        var redirectedTo: String?
        /// The server's answer, kept so that it can be stored as the feed's first poll.
        var response: FetchResponse
    }

    /// Fetches and parses `url` with the fetch settings of `settings`; throws a one-line error.
    static func probe(_ url: String, settings: Settings) async throws -> Result {
        let fetcher = CurlFeedFetcher(
            configuration: CurlFeedFetcher.Configuration(
                userAgent: settings.userAgent, connectTimeout: Double(settings.connectTimeout.seconds),
                timeout: Double(settings.timeout.seconds), maxBodyBytes: Int(settings.maxBodySize),
                denyPrivateNetworks: settings.denyPrivateNetworks))
        let response: FetchResponse
        do {
            response = try await fetcher.fetch(url, validators: nil)
        } catch {
            throw CLIError("\(url): \(error); not added (--no-fetch adds it without checking)")
        }
        guard response.status == 200 else {
            throw CLIError("\(url): HTTP \(response.status); not added (--no-fetch adds it without checking)")
        }
        let parsed: ParsedFeed
        do {
            parsed = try FeedParser().parse(response.body, url: response.finalURL, contentType: response.contentType)
        } catch {
            throw CLIError("\(url): not a feed: \(error); not added")
        }
        let title = parsed.title.map(TerminalText.sanitize)?.trimmingCharacters(in: .whitespaces)
        return Result(
            title: title?.isEmpty == false ? title : nil, language: parsed.language?.lowercased(),
            entryCount: parsed.entries.count, format: parsed.format.rawValue,
            redirectedTo: response.finalURL == url ? nil : response.finalURL, response: response)
    }
}
