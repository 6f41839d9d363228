import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Facts about where output goes.
enum Terminal {
    /// Whether standard output is a terminal.
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// Columns of the terminal on standard output (`$COLUMNS`, the tty size, else 100).
    static var columns: Int {
        if let env = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), env > 20 { return env }
        var size = winsize()
        if stdoutIsTTY, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 100
    }

    /// The width tables must fit: the terminal's (or `$COLUMNS`) on a terminal or when `$COLUMNS`
    /// is set, else nil (a pipe gets whole lines, for grep and friends).
    static var tableWidth: Int? {
        let env = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
        return stdoutIsTTY || env != nil ? columns : nil
    }

    /// Whether to colour: only on a TTY and never with `NO_COLOR`.
    static var useColor: Bool {
        stdoutIsTTY && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
