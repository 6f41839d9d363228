import FeedConfig
import Foundation

/// feeds.conf as text, for the commands that edit it (`add`, `remove`, `import`): read, check,
/// write back atomically, keeping every byte that is not changed.
struct ConfigFile {
    /// Where it is.
    var path: String
    /// Its text as read (empty when the file does not exist yet).
    var text: String
    /// Whether the file existed.
    var existed: Bool

    /// Reads feeds.conf at `path`; a missing file reads as empty (it is created on save).
    static func read(_ path: String) throws -> ConfigFile {
        guard FileManager.default.fileExists(atPath: path) else {
            return ConfigFile(path: path, text: "", existed: false)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot read (permission denied?)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CLIError("\(path): not valid UTF-8 text; fix it before editing it with tidings")
        }
        return ConfigFile(path: path, text: text, existed: true)
    }

    /// The parsed file; throws the first `file:line` error so that a broken file is never edited.
    func parsed() throws -> FeedsFile {
        let (file, errors) = FeedsFile.validate(text, source: path)
        if let first = errors.first {
            throw CLIError("\(first) (fix feeds.conf first; `tidings check` lists every problem)")
        }
        return file ?? FeedsFile()
    }

    /// Whether a feed line already lists `url` (compared as the parser compares duplicates).
    func lists(_ url: String) -> Bool {
        FeedsFile.removingFeed(url: url, from: text) != nil
    }

    /// Writes `text` to `path` through a temporary file and a rename, keeping the file's permissions.
    func save() throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tidings-\(getpid())")
        do {
            try Data(text.utf8).write(to: temporary)
            if existed, let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let permissions = attributes[.posixPermissions]
            {
                try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            if rename(temporary.path, path) != 0 {
                throw CLIError("\(path): cannot replace it: \(String(cString: strerror(errno)))")
            }
        } catch let error as CLIError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(path): cannot write: \(error.localizedDescription)")
        }
    }
}
