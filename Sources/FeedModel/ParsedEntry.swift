/// One item of a feed (`rss/channel/item`, `rdf:RDF/item`, `atom:entry`), normalised.
public struct ParsedEntry: Sendable, Hashable, Codable {
    /// `guid`, `atom:id`, `rdf:about` or the JSON Feed `id`, as published.
    public var id: String?
    /// The title as plain text (entities decoded, markup removed).
    public var title: String?
    /// The entry's main (alternate) link, resolved against the feed's base URL.
    public var link: String?
    /// The short description or Atom `summary`, as published.
    public var summary: FeedText?
    /// The full content (`content:encoded`, Atom `content`), as published.
    public var content: FeedText?
    /// The best plain-text body: content, else summary, converted from HTML.
    public var text: String
    /// When the entry was first published, if the feed says and the date could be read.
    public var published: Timestamp?
    /// When the entry was last updated, if given.
    public var updated: Timestamp?
    /// The entry's language (`xml:lang`, else the feed's), if known.
    public var language: String?
    /// Author names.
    public var authors: [String]
    /// Category terms.
    public var categories: [String]
    /// The title as published, with its type (HTML or plain text).
    public var titleDetail: FeedText?
    /// Atom `rights`, `dc:rights`.
    public var rights: FeedText?
    /// Authors with e-mail and URI where given (``authors`` holds their names).
    public var authorDetails: [FeedPerson]
    /// Atom `link` elements in document order (also `atom:link` inside RSS).
    public var links: [FeedLink]
    /// RSS `enclosure`, Atom `link rel="enclosure"` and `media:content`.
    public var enclosures: [FeedEnclosure]
    /// `media:thumbnail` pictures.
    public var thumbnails: [FeedMediaThumbnail]
    /// RSS `comments`: the URL of the comments page, resolved.
    public var comments: String?
    /// `slash:comments`: how many comments the entry has.
    public var commentCount: Int?
    /// `itunes:image` of the entry, resolved.
    public var image: String?
    /// True while ``text`` is still to be made from HTML: a parser asked to defer that step leaves
    /// it to whoever needs the text (see `FeedParser.completeText(_:)`).
    public var textIsPending: Bool = false
    /// A digest of the entry as published (identity, title, link, dates, body), by which an entry
    /// already stored is recognised unchanged without converting its HTML again.
    public var fingerprint: String?

    /// Creates an entry.
    public init(
        id: String? = nil, title: String? = nil, link: String? = nil,
        summary: FeedText? = nil, content: FeedText? = nil, text: String = "",
        published: Timestamp? = nil, updated: Timestamp? = nil, language: String? = nil,
        authors: [String] = [], categories: [String] = [], titleDetail: FeedText? = nil,
        rights: FeedText? = nil, authorDetails: [FeedPerson] = [], links: [FeedLink] = [],
        enclosures: [FeedEnclosure] = [], thumbnails: [FeedMediaThumbnail] = [], comments: String? = nil,
        commentCount: Int? = nil, image: String? = nil
    ) {
        self.id = id
        self.title = title
        self.link = link
        self.summary = summary
        self.content = content
        self.text = text
        self.published = published
        self.updated = updated
        self.language = language
        self.authors = authors
        self.categories = categories
        self.titleDetail = titleDetail
        self.rights = rights
        self.authorDetails = authorDetails
        self.links = links
        self.enclosures = enclosures
        self.thumbnails = thumbnails
        self.comments = comments
        self.commentCount = commentCount
        self.image = image
    }

    /// The identity Tidings stores the entry under: the id, else the canonical link.
    public var storageID: String? {
        if let id, !id.isEmpty { return id }
        if let link, !link.isEmpty { return CanonicalURL.canonicalize(link) }
        return nil
    }
}
