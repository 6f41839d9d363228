import Foundation

/// Where the built `tidings` executable is, for tests that run it as a user would:
/// `$TIDINGS_BINARY`, else next to the test bundle, else the package's `.build/debug`.
public enum TidingsExecutable {
    /// The path of the executable, or `nil` when it cannot be found.
    public static var path: String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["TIDINGS_BINARY"], fm.isExecutableFile(atPath: env) {
            return env
        }
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        for dir in candidates {
            var d = dir
            for _ in 0..<3 {
                let path = d.appendingPathComponent("tidings").path
                if fm.isExecutableFile(atPath: path) { return path }
                d = d.deletingLastPathComponent()
            }
        }
        return nil
    }
}
