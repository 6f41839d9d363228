import GRDB

extension SQLiteFeedStore {
    /// Ordered schema migrations; each runs once, inside a transaction.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE feeds (
                        id INTEGER PRIMARY KEY,
                        url TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        lang TEXT,
                        tags TEXT NOT NULL DEFAULT '',
                        configured INTEGER NOT NULL DEFAULT 1,
                        title TEXT,
                        etag TEXT,
                        last_modified TEXT,
                        last_poll INTEGER,
                        last_status INTEGER,
                        last_error TEXT,
                        error_count INTEGER NOT NULL DEFAULT 0,
                        next_poll INTEGER,
                        next_poll_reason TEXT,
                        moved_to TEXT,
                        redirect_streak INTEGER NOT NULL DEFAULT 0,
                        gone INTEGER NOT NULL DEFAULT 0,
                        body_hash TEXT
                    );
                    CREATE TABLE articles (
                        id INTEGER PRIMARY KEY,
                        feed_id INTEGER NOT NULL REFERENCES feeds(id),
                        entry_id TEXT NOT NULL,
                        link TEXT,
                        canonical_link TEXT,
                        title TEXT NOT NULL,
                        text TEXT NOT NULL,
                        html TEXT,
                        published INTEGER,
                        updated INTEGER,
                        first_seen INTEGER NOT NULL,
                        last_changed INTEGER NOT NULL,
                        lang TEXT,
                        UNIQUE (feed_id, entry_id)
                    );
                    CREATE INDEX articles_canonical_link ON articles(canonical_link);
                    CREATE TABLE story_articles (
                        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                        story_id INTEGER NOT NULL,
                        duplicate_of INTEGER,
                        similarity REAL NOT NULL DEFAULT 1,
                        shared_terms TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX story_articles_story ON story_articles(story_id);
                    CREATE TABLE stories (
                        id INTEGER PRIMARY KEY,
                        title TEXT NOT NULL,
                        first_seen INTEGER NOT NULL,
                        updated INTEGER NOT NULL,
                        article_count INTEGER NOT NULL
                    );
                    CREATE INDEX stories_updated ON stories(updated);
                    """)
        }
        migrator.registerMigration("v2") { db in
            // Denormalised story summaries, so `tidings stories` filters in SQL without reading members:
            // `languages` and `feeds` are comma-delimited on both sides (",ar,en,", ",3,7,").
            try db.execute(
                sql: """
                    ALTER TABLE stories ADD COLUMN outlet_count INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE stories ADD COLUMN languages TEXT NOT NULL DEFAULT '';
                    ALTER TABLE stories ADD COLUMN feeds TEXT NOT NULL DEFAULT '';
                    CREATE INDEX stories_updated_id ON stories(updated, id);
                    CREATE VIRTUAL TABLE article_search USING fts5(
                        title, text, tokenize = 'unicode61 remove_diacritics 2'
                    );
                    CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
                        DELETE FROM article_search WHERE rowid = old.id;
                    END;
                    """)
            try SQLiteFeedStore.summarizeStories(db)
            let articles = try Row.fetchCursor(db, sql: "SELECT id, title, text FROM articles")
            while let row = try articles.next() {
                try SQLiteFeedStore.index(articleID: row["id"], title: row["title"], text: row["text"], db: db)
            }
        }
        migrator.registerMigration("v3") { db in
            // The earliest article time stored or changed since the last clustering pass (NULL: clean).
            // Existing articles are treated as clustered.
            try db.execute(
                sql: """
                    CREATE TABLE cluster_state (id INTEGER PRIMARY KEY CHECK (id = 1), dirty_since INTEGER);
                    INSERT INTO cluster_state (id, dirty_since) VALUES (1, NULL);
                    """)
        }
        migrator.registerMigration("v4") { db in
            // Articles by time (published, else first seen): the clustering pass reads them in
            // this order a page at a time, and retention deletes by it.
            try db.execute(sql: "CREATE INDEX articles_time ON articles(COALESCE(published, first_seen), id)")
        }
        migrator.registerMigration("v5") { db in
            // The parser's digest of each entry as published: a re-polled entry with the same
            // digest is known unchanged without converting its HTML to text again.
            try db.execute(sql: "ALTER TABLE articles ADD COLUMN fingerprint TEXT")
        }
        migrator.registerMigration("v6") { db in
            // The clustering time of an undated article of a feed's backlog (see BacklogDating).
            try db.execute(sql: "ALTER TABLE articles ADD COLUMN estimated_time INTEGER")
        }
        migrator.registerMigration("v7") { db in
            // The clustering pass's order: published, else the estimate, else first seen.
            try db.execute(
                sql: """
                    CREATE INDEX IF NOT EXISTS articles_clustering_time
                    ON articles(COALESCE(published, estimated_time, first_seen), id)
                    """)
        }
        migrator.registerMigration("v8") { db in
            // The clustering pass's order breaks ties of time by feed, then id: not by which of a
            // cycle's concurrent polls stored its articles first.
            try db.execute(
                sql: """
                    CREATE INDEX IF NOT EXISTS articles_clustering_order
                    ON articles(COALESCE(published, estimated_time, first_seen), feed_id, id)
                    """)
            try db.execute(sql: "DROP INDEX IF EXISTS articles_clustering_time")
        }
        return migrator
    }

    /// Puts one article into the full-text index (replacing what was there), in the folded form
    /// of ``SearchText/normalize(_:)``.
    static func index(articleID: Int64, title: String, text: String, db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM article_search WHERE rowid = ?").execute(arguments: [articleID])
        try db.cachedStatement(sql: "INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)")
            .execute(arguments: [articleID, SearchText.normalize(title), SearchText.normalize(text)])
    }

    /// Recomputes the summaries of stories from their members: times, counts, languages, feeds and
    /// headline — of every story, or only of those whose ids are in the table `scope`. A story
    /// left without members disappears.
    ///
    /// The headline is the title of the story's most representative article: among the articles
    /// that are not copies of another, those in the story's most common language (by primary subtag:
    /// `en-gb` counts as `en`), and among them the one that joined with the highest similarity (the
    /// founding article has 1), then the earliest. So a story covered by three English outlets and
    /// one Arabic outlet gets an English headline even when the Arabic article came first.
    static func summarizeStories(_ db: Database, scope: String? = nil) throws {
        let inScope = scope.map { "s.story_id IN (SELECT id FROM \($0))" } ?? "1"
        try db.execute(sql: "DELETE FROM stories" + (scope.map { " WHERE id IN (SELECT id FROM \($0))" } ?? ""))
        try db.execute(
            sql: """
                INSERT INTO stories (id, title, first_seen, updated, article_count, outlet_count, languages, feeds)
                SELECT s.story_id, '',
                    MIN(COALESCE(a.published, a.first_seen)), MAX(COALESCE(a.published, a.first_seen)), COUNT(*),
                    COUNT(DISTINCT a.feed_id),
                    COALESCE(',' || group_concat(DISTINCT a.lang) || ',', ''),
                    ',' || group_concat(DISTINCT a.feed_id) || ','
                FROM story_articles s JOIN articles a ON a.id = s.article_id
                WHERE \(inScope)
                GROUP BY s.story_id
                """)
        try db.execute(
            sql: """
                WITH member AS (
                    SELECT s.story_id, a.id, a.title, s.duplicate_of, s.similarity,
                        COALESCE(a.published, a.first_seen) AS time,
                        COUNT(*) OVER (
                            PARTITION BY s.story_id, substr(a.lang, 1, instr(a.lang || '-', '-') - 1)
                        ) AS same_language
                    FROM story_articles s JOIN articles a ON a.id = s.article_id
                    WHERE \(inScope)
                ), ranked AS (
                    SELECT story_id, title, ROW_NUMBER() OVER (
                        PARTITION BY story_id
                        ORDER BY duplicate_of IS NOT NULL, same_language DESC, similarity DESC, time, id
                    ) AS position
                    FROM member
                )
                UPDATE stories SET title = ranked.title FROM ranked
                WHERE ranked.story_id = stories.id AND ranked.position = 1
                """)
    }
}
