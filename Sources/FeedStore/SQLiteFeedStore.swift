public import FeedModel
import Foundation
import GRDB

/// The SQLite implementation of ``FeedStoring`` (GRDB, WAL mode).
///
/// The daemon opens it read-write; the CLI opens it read-only and can read while the
/// daemon writes, thanks to WAL and a busy timeout.
public final class SQLiteFeedStore: FeedStoring, Sendable {
    let reader: any DatabaseReader
    private let writer: (any DatabaseWriter)?

    /// Opens (creating if needed) and migrates the database at `path` for writing.
    public init(path: String) throws(StoreError) {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Takes effect on a new database only: retention frees pages without a blocking VACUUM.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL") }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteFeedStore.migrator.migrate(pool)
            self.reader = pool
            self.writer = pool
        } catch {
            throw StoreError(code: .sqlite, message: "cannot open database \(path): \(SQLiteFeedStore.describe(error))")
        }
    }

    /// Opens an existing database read-only (for the CLI).
    ///
    /// - Throws: ``StoreError`` with `.missing` when there is no database yet and `.schema`
    ///   when it was written by another version of Tidings.
    public init(readOnlyPath path: String) throws(StoreError) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(
                code: .missing,
                message: "no database at \(path): run `tidings run --once` first, or pass --database")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let known = Set(SQLiteFeedStore.migrator.migrations)
            let applied = try queue.read { db -> Set<String> in
                guard try db.tableExists("grdb_migrations") else { return [] }
                return Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
            }
            if applied.isEmpty {
                throw StoreError(code: .schema, message: "\(path) is not a Tidings database")
            }
            if !applied.isSubset(of: known) {
                throw StoreError(code: .schema, message: "\(path) was written by a newer Tidings; upgrade this binary")
            }
            if applied != known {
                throw StoreError(
                    code: .schema,
                    message:
                        "\(path) has an older schema: run `tidings run --once` (or restart the daemon) to upgrade it")
            }
            self.reader = queue
            self.writer = nil
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(code: .sqlite, message: "cannot open database \(path): \(SQLiteFeedStore.describe(error))")
        }
    }

    /// A fresh in-memory store, for tests.
    public static func inMemory() throws -> SQLiteFeedStore {
        try SQLiteFeedStore(queue: DatabaseQueue())
    }

    private init(queue: DatabaseQueue) throws {
        try SQLiteFeedStore.migrator.migrate(queue)
        self.reader = queue
        self.writer = queue
    }

    /// Runs `body` in a write transaction; fails on a read-only store.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard let writer else {
            throw StoreError(code: .sqlite, message: "the database is open read-only")
        }
        return try writer.write(body)
    }

    static func describe(_ error: any Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? "\(db)" }
        return "\(error)"
    }

    // MARK: - Feeds

    public func syncSubscriptions(_ subscriptions: [FeedSubscription]) throws -> [FeedPollState] {
        try write { db in
            try db.execute(sql: "UPDATE feeds SET configured = 0")
            var states: [FeedPollState] = []
            for sub in subscriptions {
                try db.execute(
                    sql: """
                        INSERT INTO feeds (url, name, lang, tags, configured) VALUES (?, ?, ?, ?, 1)
                        ON CONFLICT(url) DO UPDATE SET name = excluded.name, lang = excluded.lang,
                            tags = excluded.tags, configured = 1
                        """,
                    arguments: [sub.url, sub.name, sub.language, sub.tags.joined(separator: ",")])
                guard
                    let row = try Row.fetchOne(
                        db,
                        sql: """
                            SELECT id, etag, last_modified, last_poll, next_poll, error_count, next_poll_reason,
                                moved_to, redirect_streak, gone, body_hash
                            FROM feeds WHERE url = ?
                            """,
                        arguments: [sub.url])
                else { continue }
                states.append(
                    FeedPollState(
                        feedID: row["id"], url: sub.url,
                        validators: HTTPValidators(etag: row["etag"], lastModified: row["last_modified"]),
                        lastPoll: (row["last_poll"] as Int64?).map(Timestamp.init(seconds:)),
                        nextPoll: (row["next_poll"] as Int64?).map(Timestamp.init(seconds:)),
                        errorCount: row["error_count"], nextPollReason: row["next_poll_reason"],
                        movedTo: row["moved_to"], redirectStreak: row["redirect_streak"], gone: row["gone"],
                        bodyHash: row["body_hash"]))
            }
            return states
        }
    }

    public func recordPoll(feedID: Int64, _ record: PollRecord) throws -> IngestCounts {
        try write { db in
            var counts = IngestCounts(unchanged: record.unchangedEntries)
            // Statements are compiled once per connection and reused for every entry of every poll.
            // An already stored entry is compared in SQL: only its id and the verdict come back,
            // not its text (a re-polled feed is mostly entries that did not change).
            let select = try db.cachedStatement(
                sql: """
                    SELECT id, (title = ? AND text = ? AND link IS ? AND published IS ?) AS same,
                        fingerprint IS ? AS same_fingerprint
                    FROM articles WHERE feed_id = ? AND entry_id = ?
                    """)
            let update = try db.cachedStatement(
                sql: """
                    UPDATE articles SET title = ?, text = ?, html = ?, link = ?, canonical_link = ?,
                        published = COALESCE(?, published), updated = ?, lang = ?, last_changed = ?, fingerprint = ?
                    WHERE id = ?
                    """)
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO articles (feed_id, entry_id, link, canonical_link, title, text, html,
                        published, updated, first_seen, last_changed, lang, fingerprint, estimated_time)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertMembership = try db.cachedStatement(
                sql: "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)")
            let insertStory = try db.cachedStatement(
                sql: """
                    INSERT INTO stories (id, title, first_seen, updated, article_count, outlet_count, languages, feeds)
                    VALUES (?, ?, ?, ?, 1, 1, ?, ?)
                    ON CONFLICT(id) DO NOTHING
                    """)
            var earliestInserted: Int64?
            var updatedArticles = false
            for entry in record.entries {
                guard let entryID = entry.storageID else {
                    counts.skipped += 1
                    continue
                }
                let title = SQLiteFeedStore.displayTitle(entry)
                let estimated = entry.published == nil ? record.estimatedTimes[entryID] : nil
                // The time shown for the article (and its story, until clustering) and the time it is
                // clustered at, which for an undated backlog entry is the estimate.
                let time = (entry.published ?? record.at).seconds
                let clusteringTime = estimated?.seconds ?? time
                if let existing = try Row.fetchOne(
                    select,
                    arguments: [
                        title, entry.text, entry.link, entry.published?.seconds, entry.fingerprint, feedID, entryID,
                    ])
                {
                    if (existing["same"] as Bool?) == true {
                        if (existing["same_fingerprint"] as Bool?) != true {
                            // Stored before fingerprints, or only an unstored field moved: the
                            // next poll recognises the entry without reading it again.
                            try db.cachedStatement(sql: "UPDATE articles SET fingerprint = ? WHERE id = ?")
                                .execute(arguments: [entry.fingerprint, existing["id"] as Int64])
                        }
                        counts.unchanged += 1
                        continue
                    }
                    let articleID: Int64 = existing["id"]
                    try update.execute(arguments: [
                        title, entry.text, entry.content?.value ?? entry.summary?.value, entry.link,
                        entry.link.map(CanonicalURL.canonicalize), entry.published?.seconds, entry.updated?.seconds,
                        entry.language, record.at.seconds, entry.fingerprint, articleID,
                    ])
                    try SQLiteFeedStore.index(articleID: articleID, title: title, text: entry.text, db: db)
                    // A corrected article keeps its story (clustering takes each article once, when
                    // it arrives); the story's headline and times are summarised again below.
                    if !updatedArticles {
                        try StoryScope.begin(db)
                        updatedArticles = true
                    }
                    try StoryScope.addStory(ofArticle: articleID, db)
                    counts.updated += 1
                } else {
                    try insert.execute(arguments: [
                        feedID, entryID, entry.link, entry.link.map(CanonicalURL.canonicalize), title, entry.text,
                        entry.content?.value ?? entry.summary?.value, entry.published?.seconds, entry.updated?.seconds,
                        record.at.seconds, record.at.seconds, entry.language, entry.fingerprint, estimated?.seconds,
                    ])
                    // Until the next clustering pass the new article is a story of its own, so every
                    // stored article belongs to exactly one story at every commit, even after a crash.
                    let articleID = db.lastInsertedRowID
                    try SQLiteFeedStore.index(articleID: articleID, title: title, text: entry.text, db: db)
                    try insertMembership.execute(arguments: [articleID, articleID])
                    try insertStory.execute(arguments: [
                        articleID, title, time, time, entry.language.map { ",\($0)," } ?? "", ",\(feedID),",
                    ])
                    counts.inserted += 1
                    earliestInserted = min(earliestInserted ?? clusteringTime, clusteringTime)
                }
            }
            if let earliestInserted { try SQLiteFeedStore.markDirty(db, time: earliestInserted) }
            if updatedArticles { try StoryScope.end(db) }
            var assignments = [
                "last_poll = ?", "last_status = ?", "last_error = ?", "next_poll = ?", "next_poll_reason = ?",
            ]
            var arguments: StatementArguments = [
                record.at.seconds, record.httpStatus, record.error, record.nextPoll?.seconds, record.nextPollReason,
            ]
            assignments.append(record.error == nil ? "error_count = 0" : "error_count = error_count + 1")
            if let validators = record.validators {
                assignments.append("etag = ?")
                assignments.append("last_modified = ?")
                arguments += [validators.etag, validators.lastModified]
            }
            assignments.append("gone = ?")
            arguments += [record.gone]
            if let movedTo = record.movedTo {
                assignments.append("moved_to = ?")
                arguments += [movedTo]
            }
            if let hash = record.bodyHash {
                assignments.append("body_hash = ?")
                arguments += [hash]
            }
            if let streak = record.redirectStreak {
                assignments.append("redirect_streak = ?")
                arguments += [streak]
            }
            if let title = record.feedTitle {
                assignments.append("title = ?")
                arguments += [title]
            }
            arguments += [feedID]
            // A handful of column sets occur (validators or not, a title or not, …): each is
            // prepared once, not parsed again for every one of 10,000 polls.
            try db.cachedStatement(sql: "UPDATE feeds SET \(assignments.joined(separator: ", ")) WHERE id = ?")
                .execute(arguments: arguments)
            return counts
        }
    }

    /// The title to show: the entry's, else the start of its text, else its link.
    static func displayTitle(_ entry: ParsedEntry) -> String {
        if let title = entry.title, !title.isEmpty { return title }
        if !entry.text.isEmpty {
            let words = entry.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(12)
            return words.joined(separator: " ") + (words.count == 12 ? "…" : "")
        }
        return entry.link ?? entry.id ?? "(untitled)"
    }

    // MARK: - Clustering

    public func replaceStories(_ memberships: [StoryMembership]) throws {
        try write { db in
            // The stories to summarise again: every story an article joins or leaves.
            try StoryScope.begin(db)
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO story_articles (article_id, story_id, duplicate_of, similarity, shared_terms)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id,
                        duplicate_of = excluded.duplicate_of, similarity = excluded.similarity,
                        shared_terms = excluded.shared_terms
                    """)
            for m in memberships {
                try StoryScope.addStory(ofArticle: m.articleID, db)
                try StoryScope.addStory(m.storyID, db)
                try upsert.execute(arguments: [
                    m.articleID, m.storyID, m.duplicateOf, m.similarity, m.sharedTerms.joined(separator: "\t"),
                ])
            }
            try StoryScope.end(db)
        }
    }

    // MARK: - Retention

    public func removeArticles(olderThan cutoff: Timestamp) throws -> Int {
        let removed = try write { db -> Int in
            // The stories that lose members are summarised again; emptied ones disappear.
            try StoryScope.begin(db)
            try StoryScope.addStories(ofArticlesBefore: cutoff.seconds, db)
            try db.execute(
                sql: "DELETE FROM articles WHERE COALESCE(published, first_seen) < ?", arguments: [cutoff.seconds])
            let count = db.changesCount
            if count > 0 {
                try db.execute(sql: "DELETE FROM story_articles WHERE article_id NOT IN (SELECT id FROM articles)")
            }
            try StoryScope.end(db, summarizing: count > 0)
            return count
        }
        if removed > 0, let writer {
            // Return a bounded number of free pages per pass; never a full VACUUM.
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA incremental_vacuum(2000)") }
        }
        return removed
    }

    // MARK: - Reading stories

    public func stories(limit: Int?, since: Timestamp?) throws -> [StoryView] {
        try reader.read { db in
            var sql = "SELECT id, title, first_seen, updated FROM stories"
            var arguments: StatementArguments = []
            if let since {
                sql += " WHERE updated >= ?"
                arguments += [since.seconds]
            }
            sql += " ORDER BY updated DESC, id DESC"
            if let limit {
                sql += " LIMIT ?"
                arguments += [limit]
            }
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            return try rows.map { row in try SQLiteFeedStore.storyView(row, db: db) }
        }
    }

    public func story(id: Int64) throws -> StoryView? {
        try reader.read { db in
            try Row.fetchOne(
                db, sql: "SELECT id, title, first_seen, updated FROM stories WHERE id = ?", arguments: [id]
            )
            .map { try SQLiteFeedStore.storyView($0, db: db) }
        }
    }

    static func storyView(_ row: Row, db: Database) throws -> StoryView {
        let id: Int64 = row["id"]
        let articles = try Row.fetchAll(
            db,
            sql: """
                SELECT a.id, a.entry_id, f.url, f.name, a.title, a.link, a.published, a.first_seen, a.lang,
                    s.duplicate_of, s.similarity, s.shared_terms, a.canonical_link
                FROM story_articles s JOIN articles a ON a.id = s.article_id JOIN feeds f ON f.id = a.feed_id
                WHERE s.story_id = ?
                ORDER BY COALESCE(a.published, a.first_seen), a.id
                """,
            arguments: [id]
        ).map { a in
            let terms: String = a["shared_terms"]
            return ArticleView(
                rowID: a["id"], entryID: a["entry_id"], feedURL: a["url"], outlet: a["name"], title: a["title"],
                link: a["link"], published: (a["published"] as Int64?).map(Timestamp.init(seconds:)),
                firstSeen: Timestamp(seconds: a["first_seen"]), language: a["lang"], duplicateOf: a["duplicate_of"],
                similarity: a["similarity"],
                sharedTerms: terms.isEmpty ? [] : terms.split(separator: "\t").map(String.init),
                canonicalLink: a["canonical_link"])
        }
        return StoryView(
            id: id, title: row["title"], firstSeen: Timestamp(seconds: row["first_seen"]),
            updated: Timestamp(seconds: row["updated"]), articles: articles
        ).foldingSameLinks
    }

    // MARK: - Feed health

    public func feedStatuses() throws -> [FeedStatus] {
        try reader.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT f.*, (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id) AS article_count
                    FROM feeds f ORDER BY f.configured DESC, f.id
                    """
            ).map { row in
                FeedStatus(
                    url: row["url"], name: row["name"], title: row["title"], configured: row["configured"],
                    lastPoll: (row["last_poll"] as Int64?).map(Timestamp.init(seconds:)),
                    lastStatus: row["last_status"],
                    lastError: row["last_error"], errorCount: row["error_count"],
                    nextPoll: (row["next_poll"] as Int64?).map(Timestamp.init(seconds:)),
                    nextPollReason: row["next_poll_reason"], articleCount: row["article_count"],
                    validators: HTTPValidators(etag: row["etag"], lastModified: row["last_modified"]),
                    movedTo: row["moved_to"], gone: row["gone"])
            }
        }
    }
}
