import Foundation
import Logging

/// Logging to standard error; without timestamps under journald (`$JOURNAL_STREAM`), which adds its own.
enum LogSetup {
    static func bootstrap(level: Logger.Level) {
        let journald = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] != nil
        LoggingSystem.bootstrap { label in
            var handler = PlainLogHandler(label: label, timestamps: !journald)
            handler.logLevel = level
            return handler
        }
    }
}

/// One line per message on standard error: `[timestamp] level: message key=value`.
struct PlainLogHandler: LogHandler {
    let label: String
    let timestamps: Bool
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var line = ""
        if timestamps {
            line += Date().formatted(.iso8601) + " "
        }
        line += "\(event.level): \(event.message)"
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) { line += " \(key)=\(value)" }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
