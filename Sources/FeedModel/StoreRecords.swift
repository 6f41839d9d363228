/// A feed as configured, to be registered with a store.
public struct FeedSubscription: Sendable, Hashable, Codable {
    /// The feed URL exactly as configured.
    public var url: String
    /// The outlet's display name.
    public var name: String
    /// The configured language, if any.
    public var language: String?
    /// Configured tags.
    public var tags: [String]

    /// Creates a subscription.
    public init(url: String, name: String, language: String? = nil, tags: [String] = []) {
        self.url = url
        self.name = name
        self.language = language
        self.tags = tags
    }
}

/// What the poller knows about a feed between polls.
public struct FeedPollState: Sendable, Hashable, Codable {
    /// The store's key for the feed.
    public var feedID: Int64
    /// The feed URL as configured.
    public var url: String
    /// Validators from the last 200 or 304.
    public var validators: HTTPValidators
    /// When the feed was last polled.
    public var lastPoll: Timestamp?
    /// When the feed is next due.
    public var nextPoll: Timestamp?
    /// Consecutive failed polls.
    public var errorCount: Int
    /// Why ``nextPoll`` is then (interval, max-age, Retry-After, backoff, …).
    public var nextPollReason: String?
    /// Where the feed has permanently moved (301/308 on several polls in a row); polled instead of ``url``.
    public var movedTo: String?
    /// Consecutive polls that ended in a chain of only permanent redirects.
    public var redirectStreak: Int
    /// The server said 410 Gone: the feed is no longer polled.
    public var gone: Bool
    /// A hash of the last body parsed, to skip re-parsing an identical 200.
    public var bodyHash: String?

    /// The URL to request: ``movedTo`` when the feed has moved, else ``url``.
    public var requestURL: String { movedTo ?? url }

    /// Creates a poll state.
    public init(
        feedID: Int64, url: String, validators: HTTPValidators = .init(), lastPoll: Timestamp? = nil,
        nextPoll: Timestamp? = nil, errorCount: Int = 0, nextPollReason: String? = nil, movedTo: String? = nil,
        redirectStreak: Int = 0, gone: Bool = false, bodyHash: String? = nil
    ) {
        self.bodyHash = bodyHash
        self.nextPollReason = nextPollReason
        self.movedTo = movedTo
        self.redirectStreak = redirectStreak
        self.gone = gone
        self.feedID = feedID
        self.url = url
        self.validators = validators
        self.lastPoll = lastPoll
        self.nextPoll = nextPoll
        self.errorCount = errorCount
    }
}

/// The result of one poll, to be recorded with its entries in one transaction.
public struct PollRecord: Sendable, Hashable {
    /// When the poll finished.
    public var at: Timestamp
    /// The HTTP status, or nil when the transfer failed before one arrived.
    public var httpStatus: Int?
    /// A failure to report, or nil on success.
    public var error: String?
    /// Validators to keep (on 200 and 304); nil keeps the stored ones.
    public var validators: HTTPValidators?
    /// When to poll next.
    public var nextPoll: Timestamp?
    /// Why that time was chosen (interval, max-age, backoff, …).
    public var nextPollReason: String?
    /// The feed's own title, when the body was parsed.
    public var feedTitle: String?
    /// Entries to insert or update.
    public var entries: [ParsedEntry]
    /// The permanent new location to record (nil keeps the stored one).
    public var movedTo: String?
    /// Consecutive permanent-redirect polls, to store.
    public var redirectStreak: Int?
    /// Whether the server said 410 Gone.
    public var gone: Bool = false
    /// The hash of the body parsed (nil keeps the stored one).
    public var bodyHash: String?
    /// Entries recognised by their fingerprint as stored and unchanged, and left out of
    /// ``entries``; counted as unchanged.
    public var unchangedEntries: Int = 0
    /// Clustering times for undated new entries, by storage id, when their first-seen time would
    /// misplace them (the entries of a feed's first poll, its backlog).
    public var estimatedTimes: [String: Timestamp] = [:]

    /// Creates a poll record.
    public init(
        at: Timestamp, httpStatus: Int? = nil, error: String? = nil, validators: HTTPValidators? = nil,
        nextPoll: Timestamp? = nil, nextPollReason: String? = nil, feedTitle: String? = nil,
        entries: [ParsedEntry] = []
    ) {
        self.at = at
        self.httpStatus = httpStatus
        self.error = error
        self.validators = validators
        self.nextPoll = nextPoll
        self.nextPollReason = nextPollReason
        self.feedTitle = feedTitle
        self.entries = entries
    }
}

/// How a poll changed the stored articles.
public struct IngestCounts: Sendable, Hashable, Codable {
    /// Entries seen for the first time.
    public var inserted: Int
    /// Entries already stored whose text or title changed.
    public var updated: Int
    /// Entries already stored and unchanged.
    public var unchanged: Int
    /// Entries skipped because they had neither id nor link.
    public var skipped: Int

    /// Creates counts.
    public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0, skipped: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
        self.skipped = skipped
    }
}

/// A stored article as the clusterer sees it.
public struct StoredArticle: Sendable, Hashable, Codable {
    /// The store's key.
    public var rowID: Int64
    /// The time the article is clustered at: its publication time, else the time estimated for
    /// it, else when it was first seen.
    public var clusteringTime: Timestamp { published ?? estimatedTime ?? firstSeen }
    /// The feed's key.
    public var feedID: Int64
    /// Title, plain text.
    public var title: String
    /// Body, plain text.
    public var text: String
    /// Publication time, when the feed gave one.
    public var published: Timestamp?
    /// The time an undated article was given for clustering when it came in a feed's backlog.
    public var estimatedTime: Timestamp?
    /// When Tidings first stored it.
    public var firstSeen: Timestamp
    /// Language.
    public var language: String?
    /// Canonical link.
    public var canonicalLink: String?
    /// The story it belongs to now, if any.
    public var storyID: Int64?

    /// Creates a stored article.
    public init(
        rowID: Int64, feedID: Int64, title: String, text: String, published: Timestamp?, firstSeen: Timestamp,
        language: String?, canonicalLink: String?, storyID: Int64? = nil, estimatedTime: Timestamp? = nil
    ) {
        self.storyID = storyID
        self.estimatedTime = estimatedTime
        self.rowID = rowID
        self.feedID = feedID
        self.title = title
        self.text = text
        self.published = published
        self.firstSeen = firstSeen
        self.language = language
        self.canonicalLink = canonicalLink
    }
}

/// One article's place in a story, as decided by the clusterer.
public struct StoryMembership: Sendable, Hashable, Codable {
    /// The article.
    public var articleID: Int64
    /// The story: the row id of its founding article.
    public var storyID: Int64
    /// The article this one copies, if it is a (near-)verbatim copy.
    public var duplicateOf: Int64?
    /// The similarity with which it joined (1 for the founder).
    public var similarity: Double
    /// The terms it shares with the story, for `--why`.
    public var sharedTerms: [String]

    /// Creates a membership.
    public init(
        articleID: Int64, storyID: Int64, duplicateOf: Int64? = nil, similarity: Double = 1, sharedTerms: [String] = []
    ) {
        self.articleID = articleID
        self.storyID = storyID
        self.duplicateOf = duplicateOf
        self.similarity = similarity
        self.sharedTerms = sharedTerms
    }
}
