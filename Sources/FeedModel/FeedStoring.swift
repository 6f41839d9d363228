/// The storage the daemon and the CLI use. SQLite implements it today; a PostgreSQL
/// backend can implement the same contract.
///
/// Every method that writes does so in one transaction: a crash leaves either all of a
/// poll's results or none of them.
public protocol FeedStoring: Sendable {
    /// Registers the configured feeds (inserting new ones, updating names, marking the
    /// ones no longer configured) and returns their poll states in the given order.
    func syncSubscriptions(_ subscriptions: [FeedSubscription]) throws -> [FeedPollState]

    /// Records a poll and upserts its entries: an entry with a known id updates in place,
    /// a new one is inserted, entries no longer served are kept.
    func recordPoll(feedID: Int64, _ record: PollRecord) throws -> IngestCounts

    /// Articles to cluster, a page at a time: those whose time (published, else first seen) is at
    /// or after `since`, oldest first (time, then row id), each with the story it belongs to now.
    /// At most `limit` articles that come after `last` in that order, so a pass can stream them
    /// (a page shorter than `limit` is the last one: a backend must fill every other page);
    /// only articles whose row id is above `rowIDAbove` (0 for all), so a pass can take just the
    /// newly stored ones.
    func articlesForClustering(since: Timestamp, after last: StoredArticle?, rowIDAbove: Int64, limit: Int) throws
        -> [StoredArticle]

    /// The stored ``ParsedEntry/fingerprint`` of each of a feed's entries, by entry id
    /// (``ParsedEntry/storageID``); entries stored without one are absent.
    func entryFingerprints(feedID: Int64) throws -> [String: String]

    /// The highest article row id in the store (0 when there are none).
    func maxArticleRowID() throws -> Int64

    /// The earliest time of an article stored since the last clustering pass; nil when the
    /// stories are up to date. (A corrected article keeps its story and does not count.) Kept in the database, so a crash before clustering is caught up.
    func clusteringDirtySince() throws -> Timestamp?

    /// Records that clustering caught up with everything stored up to now.
    func markClustered() throws

    /// The latest article time (published, else first seen), if there are articles.
    func newestArticleTime() throws -> Timestamp?

    /// Replaces the story assignment of the given articles.
    func replaceStories(_ memberships: [StoryMembership]) throws

    /// Removes articles published (and first seen) before `cutoff`, and stories left empty.
    /// Returns how many articles were removed.
    func removeArticles(olderThan cutoff: Timestamp) throws -> Int

    /// How many stories there are.
    func storyCount() throws -> Int

    /// Stories, newest first (by their latest article), optionally only those updated since `since`.
    func stories(limit: Int?, since: Timestamp?) throws -> [StoryView]

    /// One story by id.
    func story(id: Int64) throws -> StoryView?

    /// Health of every feed the store knows, configured ones first.
    func feedStatuses() throws -> [FeedStatus]

    /// Stories matching `filter`, newest first.
    func stories(matching filter: StoryFilter) throws -> [StoryView]

    /// Full-text search over article titles and text, results grouped by story, best first.
    ///
    /// Matching ignores case and diacritics (Latin accents, Arabic tashkeel) and folds Arabic and
    /// Kurdish letter variants; every word of `query` must occur, `word*` matches a prefix.
    func search(_ query: String, limit: Int) throws -> [StorySearchHit]
}

extension FeedStoring {
    /// Every article whose time is at or after `since` (all by default), oldest first: all the
    /// pages of ``articlesForClustering(since:after:rowIDAbove:limit:)`` at once.
    public func articlesForClustering(since: Timestamp = Timestamp(seconds: .min)) throws -> [StoredArticle] {
        let pageSize = 5_000
        var all: [StoredArticle] = []
        var last: StoredArticle?
        while true {
            let page = try articlesForClustering(since: since, after: last, rowIDAbove: 0, limit: pageSize)
            all += page
            guard page.count == pageSize, let end = page.last else { return all }
            last = end
        }
    }

    /// Default: filters ``stories(limit:since:)`` in memory (a store should do better).
    public func stories(matching filter: StoryFilter) throws -> [StoryView] {
        let all = try stories(limit: nil, since: filter.since)
        let matching = all.filter { story in
            if let min = filter.minOutlets, story.outlets.count < min { return false }
            if !filter.languages.isEmpty,
                !story.languages.contains(where: { lang in
                    filter.languages.contains { lang == $0 || lang.hasPrefix($0 + "-") }
                })
            {
                return false
            }
            if !filter.feeds.isEmpty,
                !story.articles.contains(where: {
                    filter.feeds.contains($0.feedURL) || filter.feeds.contains($0.outlet)
                })
            {
                return false
            }
            return true
        }
        return filter.limit.map { Array(matching.prefix($0)) } ?? matching
    }

    /// Default: no full-text index, so nothing is found.
    public func search(_ query: String, limit: Int) throws -> [StorySearchHit] { [] }
}
