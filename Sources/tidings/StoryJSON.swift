import FeedModel

/// `tidings stories --json`: `{"stories": [...]}`. Fields are only ever added, never renamed.
struct StoriesDocument: Encodable {
    var stories: [StoryJSON]
}

/// One story in JSON output.
struct StoryJSON: Encodable {
    var id: Int64
    var title: String
    var first_seen: String
    var updated: String
    var outlets: [String]
    var article_count: Int
    var articles: [ArticleJSON]
    /// Added in issue 6: the languages of the articles, in order of first coverage.
    var languages: [String]
    /// Added in issue 6: the number of outlets (`outlets.count`).
    var outlet_count: Int
    /// Added in issue 6: the entry id of the article that reported first.
    var first_report: String?
    /// `tidings search --json` only: the story's rank (best bm25 of its articles; lower is better).
    var rank: Double?
    /// `tidings search --json` only: entry ids of the articles that matched, best first.
    var matching_articles: [String]?

    init(_ story: StoryView) {
        id = story.id
        title = story.title
        first_seen = story.firstSeen.rfc3339
        updated = story.updated.rfc3339
        outlets = story.outlets
        article_count = story.articles.count
        articles = story.articles.map(ArticleJSON.init)
        languages = story.languages
        outlet_count = story.outlets.count
        first_report = story.firstReport?.entryID
    }
}

/// One article in JSON output; `id` is the entry id (guid / atom:id, else the canonical link).
struct ArticleJSON: Encodable {
    var id: String
    var feed: String
    var outlet: String
    var title: String
    var link: String?
    var published: String?
    var first_seen: String
    var lang: String?
    var duplicate_of: String?
    var similarity: Double
    var shared_terms: [String]
    var also_in: [String]

    init(_ a: ArticleView) {
        id = a.entryID
        feed = a.feedURL
        outlet = a.outlet
        title = a.title
        link = a.link
        published = a.published?.rfc3339
        first_seen = a.firstSeen.rfc3339
        lang = a.language
        duplicate_of = nil
        similarity = (a.similarity * 1000).rounded() / 1000
        shared_terms = a.sharedTerms
        also_in = a.alsoIn
    }

    enum CodingKeys: String, CodingKey {
        case id, feed, outlet, title, link, published, first_seen, lang, duplicate_of, similarity, shared_terms, also_in
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(feed, forKey: .feed)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(title, forKey: .title)
        try c.encode(link, forKey: .link)
        try c.encode(published, forKey: .published)
        try c.encode(first_seen, forKey: .first_seen)
        try c.encode(lang, forKey: .lang)
        try c.encode(duplicate_of, forKey: .duplicate_of)
        try c.encode(similarity, forKey: .similarity)
        try c.encode(shared_terms, forKey: .shared_terms)
        try c.encode(also_in, forKey: .also_in)
    }
}

extension StoryJSON {
    /// Fills `duplicate_of` with the entry id of the copied article.
    static func resolvingDuplicates(_ story: StoryView) -> StoryJSON {
        var json = StoryJSON(story)
        let entryIDs = Dictionary(story.articles.map { ($0.rowID, $0.entryID) }, uniquingKeysWith: { a, _ in a })
        for (i, article) in story.articles.enumerated() {
            json.articles[i].duplicate_of = article.duplicateOf.flatMap { entryIDs[$0] }
        }
        return json
    }
}
