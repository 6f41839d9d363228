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
    ///
    /// Blocks its thread until the process ends: for short commands. A long one (a scenario's
    /// polls) takes the `async` form, so that the tests running meanwhile keep their threads.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:], timeout: Double = 120)
        throws -> Result
    {
        guard let binary else { throw TestFailure("the tidings binary was not found next to the tests") }
        let running = try Running(binary, arguments, in: directory, environment: environment, timeout: timeout)
        running.finished.wait()
        return try running.result()
    }

    /// Runs `tidings` with `arguments` in `directory`, waiting at most `timeout` seconds without
    /// holding a thread: a synchronous wait of seconds on one of Swift concurrency's few threads
    /// (two on a two-core machine) delays every other test's awaits, and timing tests then fail.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], timeout: Double = 120
    ) async throws -> Result {
        guard let binary else { throw TestFailure("the tidings binary was not found next to the tests") }
        return try await run(program: binary, arguments, in: directory, environment: environment, timeout: timeout)
    }

    /// Runs another program (`/usr/bin/env` for a script) as ``run(_:in:environment:timeout:)-async``
    /// runs `tidings`: without holding a thread, terminated at its deadline.
    static func run(
        program: String, _ arguments: [String], in directory: URL, environment: [String: String] = [:],
        timeout: Double = 120
    ) async throws -> Result {
        let running = try Running(program, arguments, in: directory, environment: environment, timeout: timeout)
        await withCheckedContinuation { continuation in
            running.finished.notify(queue: .global()) { continuation.resume() }
        }
        return try running.result()
    }

    /// A started process (usually `tidings`) whose output is drained as it runs, and which is
    /// terminated at its deadline (killed if it outlives the termination by five seconds).
    private final class Running: @unchecked Sendable {
        /// Left when the process has exited and both of its pipes are drained.
        let finished = DispatchGroup()
        private let process = Process()
        private let program: String
        private let arguments: [String]
        private let timeout: Double
        private let outBox = DataBox()
        private let errBox = DataBox()
        private let lock = NSLock()
        private var exited = false
        private var timedOut = false

        init(
            _ program: String, _ arguments: [String], in directory: URL, environment: [String: String],
            timeout: Double
        ) throws {
            self.program = program
            self.arguments = arguments
            self.timeout = timeout
            process.executableURL = URL(fileURLWithPath: program)
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
            // Entered before the launch, as the process may end before `run()` returns; left again
            // if it never starts (a group freed while entered traps).
            finished.enter()
            process.terminationHandler = { [weak self, finished] _ in
                self?.markExited()
                finished.leave()
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                finished.leave()
                throw error
            }
            // Drain both pipes while the process runs so a large output cannot block it, each on a
            // thread of its own (not one of the few the dispatch and concurrency pools share).
            for (pipe, box) in [(out, outBox), (err, errBox)] {
                finished.enter()
                Thread { [finished] in
                    box.data = pipe.fileHandleForReading.readDataToEndOfFile()
                    finished.leave()
                }.start()
            }
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [weak self] in
                guard let self, endAtDeadline() else { return }
                kill(pid, SIGTERM)
                DispatchQueue.global().asyncAfter(deadline: .now() + 5) { [weak self] in
                    guard let self, !lock.withLock({ exited }) else { return }
                    kill(pid, SIGKILL)
                }
            }
        }

        private func markExited() { lock.withLock { exited = true } }

        /// Marks the process as timed out unless it has exited: whether to terminate it.
        private func endAtDeadline() -> Bool {
            lock.withLock {
                if exited { return false }
                timedOut = true
                return true
            }
        }

        /// What the process printed and its exit status, once ``finished``; throws if it was
        /// terminated at its deadline.
        func result() throws -> Result {
            let stderr = String(decoding: errBox.data, as: UTF8.self)
            if lock.withLock({ timedOut }) {
                throw TestFailure(
                    "\(URL(fileURLWithPath: program).lastPathComponent) \(arguments.joined(separator: " ")) did not "
                        + "finish in \(timeout) s; its last error output: "
                        + String(stderr.suffix(2000)))
            }
            return Result(
                status: process.terminationStatus, stdout: String(decoding: outBox.data, as: UTF8.self),
                stderr: stderr, stdoutData: outBox.data)
        }
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
