/// An article as listed under a story.
public struct ArticleView: Sendable, Hashable, Codable {
    /// The store's key.
    public var rowID: Int64
    /// The entry id (guid / atom:id, else the canonical link).
    public var entryID: String
    /// The feed URL as configured.
    public var feedURL: String
    /// The outlet's name.
    public var outlet: String
    /// Title.
    public var title: String
    /// Link.
    public var link: String?
    /// Publication time.
    public var published: Timestamp?
    /// When Tidings first stored it.
    public var firstSeen: Timestamp
    /// Language.
    public var language: String?
    /// The article this one copies.
    public var duplicateOf: Int64?
    /// Similarity with which it joined its story.
    public var similarity: Double
    /// Shared terms that justified joining.
    public var sharedTerms: [String]
    /// The canonical form of ``link``.
    public var canonicalLink: String?
    /// Other feeds (URLs as configured) that served this same article, by the same canonical link.
    public var alsoIn: [String] = []

    /// Creates an article view.
    public init(
        rowID: Int64, entryID: String, feedURL: String, outlet: String, title: String, link: String?,
        published: Timestamp?, firstSeen: Timestamp, language: String?, duplicateOf: Int64? = nil,
        similarity: Double = 1, sharedTerms: [String] = [], canonicalLink: String? = nil
    ) {
        self.rowID = rowID
        self.entryID = entryID
        self.feedURL = feedURL
        self.outlet = outlet
        self.title = title
        self.link = link
        self.published = published
        self.firstSeen = firstSeen
        self.language = language
        self.duplicateOf = duplicateOf
        self.similarity = similarity
        self.sharedTerms = sharedTerms
        self.canonicalLink = canonicalLink
    }

    /// The time the article is placed at: its publication time, else when it was first seen.
    public var time: Timestamp { published ?? firstSeen }
}

/// A story: one event and every article that covered it.
public struct StoryView: Sendable, Hashable, Codable {
    /// The story id.
    public var id: Int64
    /// The headline.
    public var title: String
    /// Earliest article time.
    public var firstSeen: Timestamp
    /// Latest article time.
    public var updated: Timestamp
    /// Articles, oldest first.
    public var articles: [ArticleView]

    /// Creates a story view.
    public init(id: Int64, title: String, firstSeen: Timestamp, updated: Timestamp, articles: [ArticleView]) {
        self.id = id
        self.title = title
        self.firstSeen = firstSeen
        self.updated = updated
        self.articles = articles
    }

    /// The story with articles that share a canonical link folded into the first of them: one
    /// article reached through a second feed (an aggregator re-serving the wire's own URL with
    /// tracking parameters) is one article, recorded in ``ArticleView/alsoIn``.
    public var foldingSameLinks: StoryView {
        var result = self
        var firstIndex: [String: Int] = [:]
        var kept: [ArticleView] = []
        for article in articles {
            if let link = article.canonicalLink, let index = firstIndex[link] {
                if !kept[index].alsoIn.contains(article.feedURL), kept[index].feedURL != article.feedURL {
                    kept[index].alsoIn.append(article.feedURL)
                }
                continue
            }
            if let link = article.canonicalLink { firstIndex[link] = kept.count }
            kept.append(article)
        }
        result.articles = kept
        return result
    }

    /// Outlet names in order of first coverage, without repeats.
    public var outlets: [String] {
        var seen: Set<String> = []
        return articles.compactMap { seen.insert($0.outlet).inserted ? $0.outlet : nil }
    }
}

/// A feed's health as shown by `tidings feeds`.
public struct FeedStatus: Sendable, Hashable, Codable {
    /// The feed URL as configured.
    public var url: String
    /// Display name.
    public var name: String
    /// The feed's own title.
    public var title: String?
    /// Whether feeds.conf still lists it.
    public var configured: Bool
    /// Last poll time.
    public var lastPoll: Timestamp?
    /// Last HTTP status.
    public var lastStatus: Int?
    /// Last error, nil when the last poll succeeded.
    public var lastError: String?
    /// Consecutive failures.
    public var errorCount: Int
    /// Next poll time.
    public var nextPoll: Timestamp?
    /// Why the next poll is then.
    public var nextPollReason: String?
    /// Stored articles.
    public var articleCount: Int
    /// Validators held.
    public var validators: HTTPValidators
    /// Where the feed permanently moved, if it did.
    public var movedTo: String? = nil
    /// Whether the server said 410 Gone.
    public var gone: Bool = false

    /// Creates a feed status.
    public init(
        url: String, name: String, title: String?, configured: Bool, lastPoll: Timestamp?, lastStatus: Int?,
        lastError: String?, errorCount: Int, nextPoll: Timestamp?, nextPollReason: String?, articleCount: Int,
        validators: HTTPValidators, movedTo: String? = nil, gone: Bool = false
    ) {
        self.movedTo = movedTo
        self.gone = gone
        self.url = url
        self.name = name
        self.title = title
        self.configured = configured
        self.lastPoll = lastPoll
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.errorCount = errorCount
        self.nextPoll = nextPoll
        self.nextPollReason = nextPollReason
        self.articleCount = articleCount
        self.validators = validators
    }
}

extension StoryView {
    /// The articles' languages in order of first coverage, without repeats (articles without one are skipped).
    public var languages: [String] {
        var seen: Set<String> = []
        return articles.compactMap { $0.language }.filter { seen.insert($0).inserted }
    }

    /// The article that reported first (the timeline is oldest first).
    public var firstReport: ArticleView? { articles.first }
}

/// Which stories to list: every condition given must hold; the newest stories come first.
public struct StoryFilter: Sendable, Hashable {
    /// Only stories updated at or after this time.
    public var since: Timestamp?
    /// Only stories covered by at least this many outlets (feeds).
    public var minOutlets: Int?
    /// Only stories with an article in one of these languages (`ar` also matches `ar-iq`).
    public var languages: [String]
    /// Only stories with an article from one of the feeds carrying one of these tags.
    public var tags: [String]
    /// Only stories with an article from one of these feeds, each given by URL or by name.
    public var feeds: [String]
    /// At most this many stories.
    public var limit: Int?

    /// Creates a filter; the default lists every story.
    public init(
        since: Timestamp? = nil, minOutlets: Int? = nil, languages: [String] = [], tags: [String] = [],
        feeds: [String] = [], limit: Int? = nil
    ) {
        self.since = since
        self.minOutlets = minOutlets
        self.languages = languages
        self.tags = tags
        self.feeds = feeds
        self.limit = limit
    }
}

/// A story found by full-text search, with the articles that matched.
public struct StorySearchHit: Sendable, Hashable {
    /// The whole story.
    public var story: StoryView
    /// Store keys (``ArticleView/rowID``) of the articles that matched, best first.
    public var matchingArticles: [Int64]
    /// The story's rank: the best (lowest) bm25 score among its matching articles.
    public var rank: Double

    /// Creates a search hit.
    public init(story: StoryView, matchingArticles: [Int64], rank: Double) {
        self.story = story
        self.matchingArticles = matchingArticles
        self.rank = rank
    }
}
