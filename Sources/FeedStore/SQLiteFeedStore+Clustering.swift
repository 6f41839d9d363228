public import FeedModel
import GRDB

extension SQLiteFeedStore {
    /// One page of the articles to cluster: at most `limit` articles with a row id above
    /// `rowIDAbove` that come after `last` in its order (clustering time, then feed, then id), each
    /// page read in a short transaction of its own. Articles of one time are ordered by their feed
    /// and then by their place in it, not by when their feed's poll happened to finish: a cycle's
    /// feeds are fetched concurrently, and the clustering must not depend on which came back first.
    public func articlesForClustering(since: Timestamp, after last: StoredArticle?, rowIDAbove: Int64, limit: Int)
        throws -> [StoredArticle]
    {
        let lastTime = last.map { $0.clusteringTime.seconds } ?? Int64.min
        let lastFeed = last?.feedID ?? Int64.min
        let lastID = last?.rowID ?? Int64.min
        return try reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.feed_id, a.title, a.text, a.published, a.first_seen, a.lang, a.canonical_link,
                        s.story_id, a.estimated_time
                    FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id
                    WHERE COALESCE(a.published, a.estimated_time, a.first_seen) >= ?
                        AND (COALESCE(a.published, a.estimated_time, a.first_seen), a.feed_id, a.id) > (?, ?, ?)
                        AND a.id > ?
                    ORDER BY COALESCE(a.published, a.estimated_time, a.first_seen), a.feed_id, a.id
                    LIMIT ?
                    """,
                arguments: [since.seconds, lastTime, lastFeed, lastID, rowIDAbove, limit]
            ).map { row in
                StoredArticle(
                    rowID: row["id"], feedID: row["feed_id"], title: row["title"], text: row["text"],
                    published: (row["published"] as Int64?).map(Timestamp.init(seconds:)),
                    firstSeen: Timestamp(seconds: row["first_seen"]), language: row["lang"],
                    canonicalLink: row["canonical_link"], storyID: row["story_id"],
                    estimatedTime: (row["estimated_time"] as Int64?).map(Timestamp.init(seconds:)))
            }
        }
    }

    /// The stored fingerprint of each of a feed's entries that has one, by entry id.
    public func entryFingerprints(feedID: Int64) throws -> [String: String] {
        try reader.read { db in
            var result: [String: String] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT entry_id, fingerprint FROM articles WHERE feed_id = ? AND fingerprint IS NOT NULL",
                arguments: [feedID])
            while let row = try rows.next() { result[row["entry_id"]] = row["fingerprint"] as String }
            return result
        }
    }

    /// The highest article row id (0 when there are none).
    public func maxArticleRowID() throws -> Int64 {
        try reader.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM articles") ?? 0 }
    }

    /// Records, in the poll's transaction, that an article at `time` needs clustering.
    static func markDirty(_ db: Database, time: Int64) throws {
        try db.execute(
            sql: "UPDATE cluster_state SET dirty_since = MIN(COALESCE(dirty_since, ?), ?) WHERE id = 1",
            arguments: [time, time])
    }

    /// The earliest time of an article stored since the last clustering pass; nil when the
    /// stories are up to date.
    public func clusteringDirtySince() throws -> Timestamp? {
        try reader.read { db in
            try Int64.fetchOne(db, sql: "SELECT dirty_since FROM cluster_state WHERE id = 1").map(
                Timestamp.init(seconds:))
        }
    }

    /// Records that clustering caught up with everything stored up to now.
    public func markClustered() throws {
        try write { db in try db.execute(sql: "UPDATE cluster_state SET dirty_since = NULL WHERE id = 1") }
    }

    /// The latest article time (published, else first seen), if there are articles.
    public func newestArticleTime() throws -> Timestamp? {
        try reader.read { db in
            try Int64.fetchOne(db, sql: "SELECT MAX(COALESCE(published, first_seen)) FROM articles")
                .map(Timestamp.init(seconds:))
        }
    }
}
