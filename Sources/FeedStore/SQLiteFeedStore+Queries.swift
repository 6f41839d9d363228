public import FeedModel
import GRDB

extension SQLiteFeedStore {
    /// Stories matching `filter`, newest first, filtered in SQL on the denormalised story columns
    /// (`outlet_count`, `languages`, `feeds`) while walking the `updated` index.
    ///
    /// - Throws: ``StoreError`` with `.notFound` when a feed or tag names no known feed.
    public func stories(matching filter: StoryFilter) throws -> [StoryView] {
        try reader.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let since = filter.since {
                conditions.append("updated >= ?")
                arguments += [since.seconds]
            }
            if let min = filter.minOutlets, min > 1 {
                conditions.append("outlet_count >= ?")
                arguments += [min]
            }
            if !filter.languages.isEmpty {
                var alternatives: [String] = []
                for language in filter.languages {
                    let tag = SQLiteFeedStore.likeEscaped(language.lowercased())
                    alternatives.append("languages LIKE ? ESCAPE '\\' OR languages LIKE ? ESCAPE '\\'")
                    arguments += ["%,\(tag),%", "%,\(tag)-%"]
                }
                conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
            }
            var feedSets: [[Int64]] = []
            if !filter.feeds.isEmpty { feedSets.append(try SQLiteFeedStore.feedIDs(named: filter.feeds, db: db)) }
            if !filter.tags.isEmpty { feedSets.append(try SQLiteFeedStore.feedIDs(tagged: filter.tags, db: db)) }
            for ids in feedSets {
                conditions.append("(" + ids.map { _ in "feeds LIKE ?" }.joined(separator: " OR ") + ")")
                for id in ids { arguments += ["%,\(id),%"] }
            }
            var sql = "SELECT id, title, first_seen, updated FROM stories"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY updated DESC, id DESC"
            if let limit = filter.limit {
                sql += " LIMIT ?"
                arguments += [limit]
            }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map {
                try SQLiteFeedStore.storyView($0, db: db)
            }
        }
    }

    /// Full-text search (FTS5, bm25 with the title weighted 5 to 1 over the text), grouped by story.
    ///
    /// At most 2,000 matching articles are ranked; a story ranks by its best article.
    public func search(_ query: String, limit: Int) throws -> [StorySearchHit] {
        guard let expression = SearchText.matchExpression(query) else { return [] }
        return try reader.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    WITH hit AS (
                        SELECT rowid AS article_id, bm25(article_search, 5.0, 1.0) AS score
                        FROM article_search WHERE article_search MATCH ?
                        ORDER BY score LIMIT 2000
                    )
                    SELECT s.story_id, MIN(hit.score) AS best, group_concat(hit.article_id) AS articles
                    FROM hit JOIN story_articles s ON s.article_id = hit.article_id
                    GROUP BY s.story_id ORDER BY best, s.story_id LIMIT ?
                    """,
                arguments: [expression, limit])
            var hits: [StorySearchHit] = []
            for row in rows {
                let storyID: Int64 = row["story_id"]
                guard
                    let storyRow = try Row.fetchOne(
                        db, sql: "SELECT id, title, first_seen, updated FROM stories WHERE id = ?", arguments: [storyID]
                    )
                else { continue }
                let story = try SQLiteFeedStore.storyView(storyRow, db: db)
                let listed: String = row["articles"]
                let matched = listed.split(separator: ",").compactMap { Int64($0) }
                hits.append(StorySearchHit(story: story, matchingArticles: matched, rank: row["best"]))
            }
            return hits
        }
    }

    /// Ids of the feeds whose URL or name (any case) is one of `names`.
    private static func feedIDs(named names: [String], db: Database) throws -> [Int64] {
        var ids: [Int64] = []
        for name in names {
            let found = try Int64.fetchAll(
                db, sql: "SELECT id FROM feeds WHERE url = ? OR lower(name) = lower(?) ORDER BY id",
                arguments: [name, name])
            if found.isEmpty {
                throw StoreError(code: .notFound, message: "no feed has the URL or name '\(name)': see `tidings feeds`")
            }
            ids += found
        }
        return ids
    }

    /// Ids of the feeds carrying one of `tags` (feeds.conf `tags=`; compared lower-cased).
    private static func feedIDs(tagged tags: [String], db: Database) throws -> [Int64] {
        var ids: [Int64] = []
        for tag in tags {
            let found = try Int64.fetchAll(
                db, sql: "SELECT id FROM feeds WHERE ',' || tags || ',' LIKE ? ESCAPE '\\' ORDER BY id",
                arguments: ["%,\(likeEscaped(tag.lowercased())),%"])
            if found.isEmpty {
                throw StoreError(code: .notFound, message: "no feed has the tag '\(tag)': tags come from feeds.conf")
            }
            ids += found
        }
        return ids
    }

    /// `text` with LIKE's wildcards escaped by a backslash.
    private static func likeEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
