/// One article handed to the ``StoryClusterer``.
///
/// The clusterer never reads anything but these fields: build them from whatever the
/// feed layer stores (title and plain-text body, publication time, language, canonical link).
public struct ClusterDocument: Sendable, Hashable {
    /// The unique key of the article.
    public var id: String
    /// The outlet or feed key the article came from; empty when unknown. Documents of an unknown
    /// source are not taken to share one: none of their sentences is learnt as boilerplate and no
    /// story is damped for already holding their source.
    public var source: String
    /// The headline as plain text.
    public var title: String
    /// The plain-text body; empty for headline-only items.
    public var text: String
    /// Publication time in unix seconds (UTC), or `nil` when unknown.
    public var published: Int64?
    /// A BCP 47-ish language code such as `"en"`, `"ar"`, `"ckb"` or `"kmr"`, or `nil`.
    public var language: String?
    /// The already-canonicalised URL; two documents with equal links are the same article.
    public var canonicalLink: String?

    /// Creates a document.
    /// - Parameters:
    ///   - id: The unique key of the article.
    ///   - source: The outlet or feed key, or an empty string when unknown.
    ///   - title: The headline as plain text.
    ///   - text: The plain-text body (may be empty).
    ///   - published: Unix seconds UTC, or `nil` when unknown.
    ///   - language: The language code, or `nil`.
    ///   - canonicalLink: The canonicalised URL, or `nil`.
    public init(
        id: String,
        source: String,
        title: String,
        text: String = "",
        published: Int64? = nil,
        language: String? = nil,
        canonicalLink: String? = nil
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.text = text
        self.published = published
        self.language = language
        self.canonicalLink = canonicalLink
    }
}
