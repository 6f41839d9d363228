import FeedStore

/// Opening the store for the read-only commands, with one-line errors.
enum Stores {
    static func openReadOnly(_ global: GlobalOptions) throws -> SQLiteFeedStore {
        let path = global.databasePathForReading()
        do {
            return try SQLiteFeedStore(readOnlyPath: path)
        } catch {
            throw CLIError("\(error)")
        }
    }

    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw CLIError("database error: \(error)")
        }
    }
}
