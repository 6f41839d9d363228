/// Why the store could not be opened or used.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Sendable, Hashable {
        /// The database file does not exist (read-only open).
        case missing
        /// The file is not a Tidings database, or its schema is older or newer than this binary.
        case schema
        /// SQLite reported an error.
        case sqlite
        /// Something asked for (a feed name, a tag) is not in the store.
        case notFound
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
