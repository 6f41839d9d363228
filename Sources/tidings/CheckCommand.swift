import ArgumentParser
import FeedConfig
import FeedModel
import Foundation

/// `tidings check`: validate feeds.conf and print the effective settings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate feeds.conf and print the effective settings; the exit status says whether it is valid."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let path = global.configPath
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CLIError("\(path): cannot read: \(error.localizedDescription)")
        }
        let (file, errors) = FeedsFile.validate(text, source: path)
        for error in errors { Terminal.error("\(error)") }
        guard let file, errors.isEmpty else {
            throw CLIError("\(path): \(counted(errors.count, "error"))")
        }
        print("\(path): OK, \(counted(file.subscriptions.count, "feed"))")
        print("database = \(global.databasePath(config: file))\(global.database == nil ? "" : "   (from --database)")")
        for setting in file.settings.effective() where setting.key != "database" {
            print("\(setting.key) = \(setting.value)\(setting.fromFile ? "" : "   (default)")")
        }
    }
}
