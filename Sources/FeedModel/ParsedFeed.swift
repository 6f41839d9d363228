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
    /// The title as published, with its type (HTML or plain text).
    public var titleDetail: FeedText?
    /// RSS `description`, Atom `subtitle` / `tagline`, `itunes:subtitle`.
    public var subtitle: FeedText?
    /// RSS `copyright`, Atom `rights`, `dc:rights`.
    public var rights: FeedText?
    /// Atom `id`.
    public var id: String?
    /// Atom `updated`, RSS `lastBuildDate`, `dc:date`.
    public var updated: Timestamp?
    /// RSS `pubDate`, Atom `published`, `dcterms:issued`.
    public var published: Timestamp?
    /// Authors of the feed.
    public var authors: [FeedPerson]
    /// Category terms (RSS `category`, Atom `category@term`, `itunes:category`, `itunes:keywords`).
    public var categories: [String]
    /// Atom `link` elements in document order (also `atom:link` inside RSS).
    public var links: [FeedLink]
    /// RSS `image` or `itunes:image`.
    public var image: FeedImage?
    /// Atom `icon`, resolved.
    public var icon: String?
    /// Atom `logo`, resolved.
    public var logo: String?
    /// The generator named by the feed, if any.
    public var generator: String?
    /// RSS `skipHours`: hours of the day (0–23, GMT) when the poller may skip the feed.
    public var skipHours: [Int]
    /// RSS `skipDays`: English weekday names when the poller may skip the feed.
    public var skipDays: [String]
    /// `sy:updatePeriod` (`hourly`, `daily`, `weekly`, `monthly`, `yearly`), lowercased.
    public var updatePeriod: String?
    /// `sy:updateFrequency`: how many updates per ``updatePeriod``.
    public var updateFrequency: Int?

    /// Creates a parsed feed.
    public init(
        format: FeedFormat, title: String? = nil, link: String? = nil, language: String? = nil,
        ttlMinutes: Int? = nil, entries: [ParsedEntry] = [], warnings: [String] = [],
        titleDetail: FeedText? = nil, subtitle: FeedText? = nil, rights: FeedText? = nil, id: String? = nil,
        updated: Timestamp? = nil, published: Timestamp? = nil, authors: [FeedPerson] = [],
        categories: [String] = [], links: [FeedLink] = [], image: FeedImage? = nil, icon: String? = nil,
        logo: String? = nil, generator: String? = nil, skipHours: [Int] = [], skipDays: [String] = [],
        updatePeriod: String? = nil, updateFrequency: Int? = nil
    ) {
        self.format = format
        self.title = title
        self.link = link
        self.language = language
        self.ttlMinutes = ttlMinutes
        self.entries = entries
        self.warnings = warnings
        self.titleDetail = titleDetail
        self.subtitle = subtitle
        self.rights = rights
        self.id = id
        self.updated = updated
        self.published = published
        self.authors = authors
        self.categories = categories
        self.links = links
        self.image = image
        self.icon = icon
        self.logo = logo
        self.generator = generator
        self.skipHours = skipHours
        self.skipDays = skipDays
        self.updatePeriod = updatePeriod
        self.updateFrequency = updateFrequency
    }

    /// The shortest interval between polls the feed asks for, in seconds: the larger of RSS `ttl`
    /// and the `sy:updatePeriod` / `sy:updateFrequency` pair, or nil when the feed says nothing.
    public var suggestedPollInterval: Int? {
        var candidates: [Int] = []
        if let ttlMinutes, ttlMinutes > 0 { candidates.append(min(ttlMinutes, 5_256_000) * 60) }
        if let updatePeriod {
            let periods = [
                "hourly": 3600, "daily": 86_400, "weekly": 604_800, "monthly": 2_592_000, "yearly": 31_536_000,
            ]
            if let seconds = periods[updatePeriod] {
                candidates.append(seconds / max(1, updateFrequency ?? 1))
            }
        }
        return candidates.max()
    }
}
