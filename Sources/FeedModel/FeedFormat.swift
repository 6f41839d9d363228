/// The syndication format a document was recognised as.
///
/// Raw values follow Python feedparser's version codes (`rss20`, `atom10`, …).
public enum FeedFormat: String, Sendable, Hashable, Codable {
    case rss090, rss091, rss092, rss093, rss094, rss20, rss10, rss
    case atom03, atom10, atom
    case json1 = "json1", json11 = "json11"
    /// RSS 0.91 with the Netscape DTD (`rss091n`) or Userland's (`rss091u`).
    case rss091n, rss091u
    /// Microsoft's Channel Definition Format (`<CHANNEL>`), read like RSS.
    case cdf
    case unknown = ""
}
