import FeedModel
import GRDB

extension SQLiteFeedStore {
    /// How many stories there are.
    public func storyCount() throws -> Int {
        try reader.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM stories") ?? 0 }
    }
}
