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
                        gone INTEGER NOT NULL DEFAULT 0
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
        return migrator
    }
}
