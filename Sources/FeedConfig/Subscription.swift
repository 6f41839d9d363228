/// One feed line of `feeds.conf`: the feed's URL and its per-feed options.
public struct Subscription: Sendable, Hashable {
    /// The feed URL exactly as written (an absolute `http` or `https` URL with a host).
    public var url: String
    /// The outlet's display name from `name="…"`, if given.
    public var name: String?
    /// The lower-cased language tag from `lang=…` (for example `en`, `ckb`, `pt-br`), if given.
    public var language: String?
    /// The feed's own poll interval from `interval=…`; nil means the `interval` setting applies.
    public var interval: ConfigDuration?
    /// The lower-cased tags from `tags=a,b`, in the order written; empty when none were given.
    public var tags: [String]
    /// The 1-based line of `feeds.conf` this subscription came from (0 when made in code).
    public var line: Int

    /// Creates a subscription; only `url` is required.
    public init(
        url: String,
        name: String? = nil,
        language: String? = nil,
        interval: ConfigDuration? = nil,
        tags: [String] = [],
        line: Int = 0
    ) {
        self.url = url
        self.name = name
        self.language = language
        self.interval = interval
        self.tags = tags
        self.line = line
    }

    /// The name to show for this feed: ``name`` if given, else the URL's host (lower-cased).
    public var displayName: String {
        if let name, !name.isEmpty { return name }
        return FeedURL(url)?.host ?? url
    }
}
