/// Why a document could not be read as a feed.
public struct FeedParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Sendable, Hashable {
        /// The bytes are not XML (or JSON) at all, e.g. an HTML error page.
        case notXML
        /// Well-formed XML, but not RSS, RDF or Atom.
        case unknownFormat
        /// The document is larger than the parser accepts.
        case tooLarge
        /// The document is empty.
        case empty
    }

    /// The kind of failure.
    public var code: Code
    /// A human-readable explanation, including libxml2's message where there is one.
    public var message: String
    /// The line of the document the failure was found on, if known.
    public var line: Int?

    /// Creates an error.
    public init(code: Code, message: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
    }

    public var description: String {
        if let line { return "\(message) (line \(line))" }
        return message
    }
}
