import ArgumentParser
import FeedConfig
import Foundation

/// Options every subcommand takes: where feeds.conf and the database are.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The feeds.conf to use (default: $TIDINGS_CONFIG, else ./feeds.conf).")
    var config: String?

    @Option(name: .long, help: "The SQLite database (default: the config's `database`, else ./tidings.db).")
    var database: String?

    /// The configuration file path in force.
    var configPath: String {
        config ?? ProcessInfo.processInfo.environment["TIDINGS_CONFIG"] ?? "feeds.conf"
    }

    /// Loads and validates feeds.conf, or fails with the file:line message.
    func loadConfig() throws -> FeedsFile {
        do {
            return try FeedsFile.load(path: configPath)
        } catch {
            throw CLIError("\(error)")
        }
    }

    /// The database path: the flag wins over the config file's `database` setting.
    func databasePath(config: FeedsFile?) -> String {
        database ?? config?.settings.database ?? "tidings.db"
    }

    /// The database path for read-only commands: the flag, else the config's setting if the config
    /// can be read, else the default.
    func databasePathForReading() -> String {
        if let database { return database }
        let config = try? FeedsFile.load(path: configPath)
        return databasePath(config: config)
    }
}

/// A one-line error for the user; exits with status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
