public import FeedModel

/// Parses RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 documents with libxml2 into a ``ParsedFeed``.
///
/// The parser never touches the network or the file system: external entities, DTD loading
/// and network access are disabled, and malformed documents are recovered where possible
/// (with a warning) rather than rejected.
public struct FeedParser: Sendable {
    /// Limits that protect the daemon from hostile documents.
    public struct Configuration: Sendable, Hashable {
        /// Documents larger than this are refused.
        public var maxDocumentBytes: Int
        /// At most this many entries are read from one document.
        public var maxEntries: Int

        /// Creates a configuration with the defaults (64 MiB, 10,000 entries).
        public init(maxDocumentBytes: Int = 64 << 20, maxEntries: Int = 10_000) {
            self.maxDocumentBytes = maxDocumentBytes
            self.maxEntries = maxEntries
        }
    }

    /// The limits in force.
    public var configuration: Configuration

    /// Creates a parser.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// Parses one document.
    ///
    /// - Parameters:
    ///   - bytes: the body exactly as served.
    ///   - url: the URL it was served from, used to resolve relative links.
    ///   - contentType: the HTTP `Content-Type`, whose `charset` wins over the XML declaration.
    /// - Returns: the normalised feed, with recovered problems in ``ParsedFeed/warnings``.
    /// - Throws: ``FeedParseError`` when the bytes are not a feed at all.
    public func parse(_ bytes: [UInt8], url: String? = nil, contentType: String? = nil) throws(FeedParseError)
        -> ParsedFeed
    {
        guard bytes.count <= configuration.maxDocumentBytes else {
            throw FeedParseError(code: .tooLarge, message: "document is \(bytes.count) bytes, over the limit")
        }
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw FeedParseError(code: .empty, message: "empty document")
        }
        let (encoding, encodingWarning) = CharsetSniffer.encoding(for: bytes, contentType: contentType)
        let document: XMLDocument
        do {
            document = try XMLDocument(bytes: bytes, url: url, encoding: encoding)
        } catch {
            guard encoding != nil else { throw error }
            // An encoding libxml2/iconv does not know: try again trusting the document itself.
            document = try XMLDocument(bytes: bytes, url: url, encoding: nil)
        }
        guard let root = document.root else {
            throw FeedParseError(code: .notXML, message: "not an XML document")
        }
        var feed: ParsedFeed
        switch (root.name, root.namespace) {
        case ("rss", _), ("RDF", _), ("rss", ""):
            feed = RSSReader(documentURL: url, maxEntries: configuration.maxEntries).read(root)
        case ("feed", Namespaces.atom10), ("feed", Namespaces.atom03), ("feed", ""):
            feed = AtomReader(documentURL: url, maxEntries: configuration.maxEntries).read(root)
        case ("html", _), ("HTML", _):
            throw FeedParseError(code: .notXML, message: "an HTML page, not a feed")
        default:
            throw FeedParseError(
                code: .unknownFormat, message: "XML root element <\(root.name)> is not RSS, RDF or Atom")
        }
        if let encodingWarning { feed.warnings.insert(encodingWarning, at: 0) }
        feed.warnings.append(contentsOf: document.warnings)
        return feed
    }
}

/// Namespace URIs the readers recognise.
enum Namespaces {
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
}
