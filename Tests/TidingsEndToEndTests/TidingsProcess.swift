import FeedTestSupport
import Foundation

/// Runs the built `tidings` binary as a user would, capturing its output.
enum TidingsProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    /// The `tidings` executable built next to the test bundle (or `$TIDINGS_BINARY`).
    static var binary: String? { TidingsExecutable.path }

    /// Runs `tidings` with `arguments` in `directory`, waiting at most `timeout` seconds.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:], timeout: Double = 120)
        throws -> Result
    {
        guard let binary else { throw TestFailure("the tidings binary was not found next to the tests") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["COLUMNS"] = "160"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain both pipes while the process runs so a large output cannot block it.
        let outBox = DataBox()
        let errBox = DataBox()
        let group = DispatchGroup()
        for (pipe, box) in [(out, outBox), (err, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.data = pipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw TestFailure("tidings \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
        }
        process.waitUntilExit()
        group.wait()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outBox.data, as: UTF8.self),
            stderr: String(decoding: errBox.data, as: UTF8.self), stdoutData: outBox.data)
    }
}

final class DataBox: @unchecked Sendable {
    var data = Data()
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A fresh temporary directory, removed by the caller.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The decoded `tidings stories --json` document.
struct StoriesOutput: Decodable {
    struct Story: Decodable {
        var id: Int64
        var title: String
        var outlets: [String]
        var articles: [Article]
    }

    struct Article: Decodable {
        var id: String
        var feed: String
        var outlet: String
        var title: String
        var link: String?
        var published: String?
        var lang: String?
    }

    var stories: [Story]
}
