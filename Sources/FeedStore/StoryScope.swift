import GRDB

/// The stories one write transaction touched (articles joining, leaving, corrected or removed),
/// collected in a temporary table and summarised again before the transaction commits.
enum StoryScope {
    /// The temporary table that holds the scope.
    static let table = "temp.story_scope"

    /// Starts an empty scope on this connection.
    static func begin(_ db: Database) throws {
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS story_scope (id INTEGER PRIMARY KEY)")
        try db.execute(sql: "DELETE FROM \(table)")
    }

    /// Adds the story that article `articleID` belongs to now.
    static func addStory(ofArticle articleID: Int64, _ db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO \(table) (id) SELECT story_id FROM story_articles WHERE article_id = ?"
        ).execute(arguments: [articleID])
    }

    /// Adds story `storyID`.
    static func addStory(_ storyID: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(table) (id) VALUES (?)").execute(arguments: [storyID])
    }

    /// Adds the stories of the articles whose time (published, else first seen) is before `cutoff`.
    static func addStories(ofArticlesBefore cutoff: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO \(table) (id)
                SELECT s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id
                WHERE COALESCE(a.published, a.first_seen) < ?
                """,
            arguments: [cutoff])
    }

    /// Summarises the stories in scope again (when `summarizing`) and empties it.
    static func end(_ db: Database, summarizing: Bool = true) throws {
        if summarizing { try SQLiteFeedStore.summarizeStories(db, scope: table) }
        try db.execute(sql: "DELETE FROM \(table)")
    }
}
