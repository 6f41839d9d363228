/// A whole feed document after parsing, normalised across RSS, RDF and Atom.
public struct ParsedFeed: Sendable, Hashable, Codable {
    /// The format the document was recognised as.
    public var format: FeedFormat
    /// The feed title as plain text.
    public var title: String?
    /// The feed's home page.
    public var link: String?
    /// The feed's declared language.
    public var language: String?
    /// RSS `ttl` in minutes, a hint for the poller.
    public var ttlMinutes: Int?
    /// The entries in document order.
    public var entries: [ParsedEntry]
    /// Problems recovered from (malformed XML, an unknown encoding, …).
    public var warnings: [String]

    /// Creates a parsed feed.
    public init(
        format: FeedFormat, title: String? = nil, link: String? = nil, language: String? = nil,
        ttlMinutes: Int? = nil, entries: [ParsedEntry] = [], warnings: [String] = []
    ) {
        self.format = format
        self.title = title
        self.link = link
        self.language = language
        self.ttlMinutes = ttlMinutes
        self.entries = entries
        self.warnings = warnings
    }
}
