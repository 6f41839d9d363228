import FeedTestSupport
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A test failure with a message, thrown by the helpers when something cannot be set up.
struct DaemonTestError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}

/// Where the built `tidings` executable is: `$TIDINGS_BINARY`, else next to the test bundle, else `.build/debug`.
enum TidingsBinary {
    /// The path of the executable, or `nil` when it cannot be found.
    static var path: String? { TidingsExecutable.path }

    /// The path, or a thrown error saying the binary is missing.
    static func require() throws -> String {
        guard let path else {
            throw DaemonTestError("the tidings binary was not found next to the tests (build first)")
        }
        return path
    }

    /// The environment for a child: ours, without anything that would make it talk to a real systemd.
    static func environment(adding extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM", "TIDINGS_CONFIG"] {
            env[key] = nil
        }
        env["NO_COLOR"] = "1"
        for (key, value) in extra { env[key] = value }
        return env
    }
}

/// Bytes appended by a reader thread and read by the test, under a lock.
final class OutputBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    /// Appends a chunk read from the pipe.
    func append(_ chunk: Data) {
        lock.withLock { data.append(chunk) }
    }

    /// Everything read so far, decoded as UTF-8 (invalid bytes replaced).
    var text: String {
        lock.withLock { String(decoding: data, as: UTF8.self) }
    }
}

/// Drains a pipe on its own thread until end of file, so the child never blocks on a full pipe.
final class PipeDrain: @unchecked Sendable {
    /// What has been read so far.
    let buffer = OutputBuffer()
    private let done = DispatchSemaphore(value: 0)

    /// Starts reading `pipe` at once.
    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        let buffer = self.buffer
        let done = self.done
        let thread = Thread {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
            }
            done.signal()
        }
        thread.start()
    }

    /// Waits (at most `timeout` seconds) for end of file; returns whether it came.
    @discardableResult
    func waitForEnd(timeout: Double) -> Bool {
        guard done.wait(timeout: .now() + timeout) == .success else { return false }
        // Put the token back so later waits return at once too.
        done.signal()
        return true
    }
}

/// A running `tidings` process (usually `tidings run`), its output drained into buffers.
///
/// Always call ``kill()`` in a `defer`: it sends SIGKILL if the process is still alive.
final class DaemonProcess: @unchecked Sendable {
    private let process = Process()
    private let stdoutDrain: PipeDrain
    private let stderrDrain: PipeDrain
    /// The arguments it was started with, for messages.
    let arguments: [String]

    /// Starts `tidings` with `arguments` in `directory`, with extra environment variables.
    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        self.arguments = arguments
        process.executableURL = URL(fileURLWithPath: try TidingsBinary.require())
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = TidingsBinary.environment(adding: environment)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        trace("started tidings \(arguments.joined(separator: " ")) as pid \(process.processIdentifier)")
        stdoutDrain = PipeDrain(out)
        stderrDrain = PipeDrain(err)
    }

    /// The process id.
    var pid: Int32 { process.processIdentifier }

    /// Whether the process has not exited yet.
    var isRunning: Bool { process.isRunning }

    /// Standard error read so far.
    var stderr: String { stderrDrain.buffer.text }

    /// Standard output read so far.
    var stdout: String { stdoutDrain.buffer.text }

    /// Sends `signal` (for example `SIGHUP`) to the process.
    func send(_ signal: Int32) {
        if process.isRunning { _ = Glibc.kill(process.processIdentifier, signal) }
    }

    /// Waits at most `timeout` seconds for the process to exit.
    ///
    /// - Returns: The exit status (or the signal number when killed by a signal), `nil` on timeout.
    func waitForExit(timeout: Double) async -> Int32? {
        let ok = await eventually(timeout: timeout, every: 0.02) { !self.process.isRunning }
        guard ok else { return nil }
        trace("pid \(process.processIdentifier) exited with \(process.terminationStatus)")
        stdoutDrain.waitForEnd(timeout: 2)
        stderrDrain.waitForEnd(timeout: 2)
        trace("pid \(process.processIdentifier): output drained")
        return process.terminationStatus
    }

    /// Whether the process exited normally (not through a signal).
    var exitedNormally: Bool {
        !process.isRunning && process.terminationReason == .exit
    }

    /// Waits at most `timeout` seconds until standard error contains `text`.
    func waitForStderr(containing text: String, timeout: Double) async -> Bool {
        await eventually(timeout: timeout) { self.stderr.contains(text) }
    }

    /// SIGKILLs the process if it still runs and reaps it; safe to call more than once.
    func kill() {
        if process.isRunning {
            _ = Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        stdoutDrain.waitForEnd(timeout: 2)
        stderrDrain.waitForEnd(timeout: 2)
    }
}

/// The result of a `tidings` command run to completion.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `tidings arguments` in `directory` to completion (at most `timeout` seconds).
func runTidings(_ arguments: [String], in directory: URL, timeout: Double = 30) async throws -> CommandResult {
    let child = try DaemonProcess(arguments, in: directory)
    defer { child.kill() }
    guard let status = await child.waitForExit(timeout: timeout) else {
        throw DaemonTestError("tidings \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
    }
    return CommandResult(status: status, stdout: child.stdout, stderr: child.stderr)
}

/// Prints `message` with the time since the first trace when `$DAEMON_TESTS_TRACE` is set (for slow-test hunting).
func trace(_ message: @autoclosure () -> String) {
    guard ProcessInfo.processInfo.environment["DAEMON_TESTS_TRACE"] != nil else { return }
    let elapsed = Date().timeIntervalSince(traceOrigin)
    FileHandle.standardError.write(Data(String(format: "[%8.3f] %@\n", elapsed, message()).utf8))
}

/// When tracing started.
private let traceOrigin = Date()

/// Polls `condition` every `every` seconds until it holds or `timeout` seconds have passed.
///
/// - Returns: Whether the condition held in time (checked once more at the deadline).
func eventually(timeout: Double, every: Double = 0.05, _ condition: @Sendable () -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(Int(every * 1000)))
    }
    return condition()
}

/// A fresh temporary directory for one test; remove it with ``removeDirectory(_:)``.
func makeScratchDirectory() throws -> URL {
    // Short, so a Unix socket path inside it stays below the 108-byte limit.
    let url = URL(fileURLWithPath: "/tmp").appendingPathComponent("tidings-daemon-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Removes a scratch directory, ignoring errors.
func removeDirectory(_ url: URL) {
    try? FileManager.default.removeItem(at: url)
}
