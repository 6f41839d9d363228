/// An Atom `link` element (also `atom:link` inside RSS), with `rel` defaulted to `alternate`.
public struct FeedLink: Sendable, Hashable, Codable {
    /// The target, resolved against the base URL.
    public var href: String
    /// The relation: `alternate`, `self`, `enclosure`, `related`, `hub`, …
    public var rel: String
    /// The advertised media type, if given.
    public var type: String?
    /// A human-readable title, if given.
    public var title: String?
    /// The language of the target, if given.
    public var hreflang: String?
    /// The advertised size in bytes, as published.
    public var length: String?

    /// Creates a link.
    public init(
        href: String, rel: String = "alternate", type: String? = nil, title: String? = nil,
        hreflang: String? = nil, length: String? = nil
    ) {
        self.href = href
        self.rel = rel
        self.type = type
        self.title = title
        self.hreflang = hreflang
        self.length = length
    }
}
