/// A problem found in a `feeds.conf` file, located by file name and line number.
///
/// The description has the compiler-like form `source:line: message`, so editors and
/// terminals can jump to the offending line. Line numbers start at 1; line 0 means the
/// problem concerns the file as a whole (for example, it could not be read).
public struct FeedsFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The name of the file the text came from, as passed to ``FeedsFile/parse(_:source:)``.
    public var source: String
    /// The 1-based line number of the problem, or 0 for the whole file.
    public var line: Int
    /// A human-readable explanation, without the location prefix.
    public var message: String

    /// Creates an error at `line` of `source`.
    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    /// The error as `source:line: message`.
    public var description: String { "\(source):\(line): \(message)" }
}
