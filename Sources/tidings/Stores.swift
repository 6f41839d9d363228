import FeedStore

/// Opening the store for the read-only commands, with one-line errors.
enum Stores {
    /// The store at the database path in force, opened read-only; a missing database or one with
    /// another schema fails with a one-line message saying what to do.
    static func openReadOnly(_ global: GlobalOptions) throws -> SQLiteFeedStore {
        let path = global.databasePathForReading()
        do {
            return try SQLiteFeedStore(readOnlyPath: path)
        } catch {
            throw CLIError("\(error)")
        }
    }

    /// Runs a store query, turning its errors into one-line messages.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError where error.code == .notFound {
            throw CLIError(error.message)
        } catch {
            throw CLIError("database error: \(error)")
        }
    }
}
