public import FeedModel

/// Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and CDF documents with libxml2, and JSON Feed 1.0/1.1,
/// into a ``ParsedFeed``.
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
        /// Leave HTML bodies unconverted (``ParsedEntry/textIsPending``) for the caller to
        /// complete with ``FeedParser/completeText(_:)`` — only for the entries it needs, such
        /// as those not already stored (recognised by ``ParsedEntry/fingerprint``).
        public var defersPlainText: Bool

        /// Creates a configuration with the defaults (64 MiB, 10,000 entries, text made at once).
        public init(maxDocumentBytes: Int = 64 << 20, maxEntries: Int = 10_000, defersPlainText: Bool = false) {
            self.maxDocumentBytes = maxDocumentBytes
            self.maxEntries = maxEntries
            self.defersPlainText = defersPlainText
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
        var (bytes, noise) = (Self.droppingLeadingWhitespace(bytes), nil as String?)
        if let offset = Self.declarationAfterNoise(bytes) {
            // A PHP notice or warning printed before the feed (`<br />\n<b>Deprecated</b>: …`), as
            // WordPress sites often send: the feed starts at its XML declaration.
            noise = "ignored \(offset) bytes of text before the XML declaration"
            bytes = Array(bytes[offset...])
        }
        if let json = JSONFeedReader.detect(bytes) {
            var feed = try JSONFeedReader(documentURL: url, maxEntries: configuration.maxEntries).read(json)
            finish(&feed)
            return feed
        }
        let (document, warnings) = try Self.readXML(bytes, url: url, contentType: contentType)
        guard let root = document.root else {
            throw FeedParseError(code: .notXML, message: "not an XML document")
        }
        var feed: ParsedFeed
        let rootName = root.name.lowercased()
        switch rootName {
        case "rss", "rdf", "rdf:rdf", "channel":
            let reader = RSSReader(
                documentURL: url, maxEntries: configuration.maxEntries, netscapeDoctype: document.isNetscapeRSS)
            feed = reader.read(root)
        case "feed":
            feed = AtomReader(documentURL: url, maxEntries: configuration.maxEntries).read(root)
        case "entry" where root.namespace == Namespaces.atom10 || root.namespace == Namespaces.atom03:
            // An Atom entry document (RFC 4287 §4.1.2): a feed of that one entry.
            feed = AtomReader(documentURL: url, maxEntries: configuration.maxEntries).readEntryDocument(root)
        case "html":
            throw FeedParseError(code: .notXML, message: "an HTML page, not a feed")
        default:
            throw FeedParseError(
                code: .unknownFormat, message: "XML root element <\(root.name)> is not RSS, RDF or Atom")
        }
        finish(&feed)
        feed.warnings.insert(contentsOf: warnings, at: 0)
        if let noise { feed.warnings.insert(noise, at: 0) }
        feed.warnings.append(contentsOf: document.warnings)
        return feed
    }

    /// What every format gets once read: language tags normalised, each entry's fingerprint, and
    /// its plain text unless deferred.
    private func finish(_ feed: inout ParsedFeed) {
        feed.language = feed.language.map(Self.normalizedLanguage)
        for index in feed.entries.indices {
            feed.entries[index].language = feed.entries[index].language.map(Self.normalizedLanguage)
            feed.entries[index].fingerprint = Self.fingerprint(of: feed.entries[index])
            if !configuration.defersPlainText { Self.completeText(&feed.entries[index]) }
        }
    }

    /// Makes the plain text of an entry whose HTML body was left unconverted
    /// (``Configuration/defersPlainText``); does nothing to other entries.
    public static func completeText(_ entry: inout ParsedEntry) {
        guard entry.textIsPending else { return }
        // The content's text, unless it is empty (`<content:encoded><![CDATA[ <script> ]]>`): then
        // the summary's, so that what is stored, searched and clustered is not blank.
        var text = ""
        if let content = entry.content, !content.value.allSatisfy(\.isWhitespace) {
            text = content.isHTML ? HTMLText.plainText(content.value) : HTMLText.collapse(content.value)
        }
        if text.isEmpty, let summary = entry.summary {
            text = summary.isHTML ? HTMLText.plainText(summary.value) : HTMLText.collapse(summary.value)
        }
        entry.text = text
        entry.textIsPending = false
    }

    /// Bumped whenever the same published entry would be read into different stored fields (a
    /// change in HTML → text, say), so that stored fingerprints stop matching. 2: trimmed titles,
    /// the description as the text under an empty content, entities in JSON Feed titles. 3: relative
    /// URLs in HTML bodies made absolute.
    static let fingerprintVersion: UInt64 = 3

    /// A digest of everything of the entry that is stored: identity, title, link, dates,
    /// language and the body as published.
    public static func fingerprint(of entry: ParsedEntry) -> String {
        var hasher = StableHasher()
        hasher.add(fingerprintVersion)
        for field in [entry.storageID, entry.title, entry.link, entry.language] { hasher.add(field ?? "\u{0}") }
        for date in [entry.published, entry.updated] { hasher.add(UInt64(bitPattern: date?.seconds ?? Int64.min)) }
        for body in [entry.summary, entry.content] {
            if let body {
                hasher.add(UInt8(ascii: body.isHTML ? "h" : "t"), followedBy: body.value)
            } else {
                hasher.add("\u{0}")
            }
        }
        return String(hasher.finish(), radix: 16)
    }

    /// Decodes and parses the XML: the encoding by RFC 7303 precedence (labels read as their WHATWG
    /// supersets, windows-1252 decoded here), entity references repaired, then libxml2 in recover mode.
    private static func readXML(_ bytes: [UInt8], url: String?, contentType: String?) throws(FeedParseError)
        -> (XMLDocument, [String])
    {
        var (encoding, encodingWarning) = CharsetSniffer.encoding(for: bytes, contentType: contentType)
        if let label = encoding, !XMLDocument.isKnownEncoding(label) {
            // A label libxml2/iconv does not know: UTF-8 when the bytes are UTF-8, else windows-1252.
            encoding = CharsetSniffer.isValidUTF8(bytes) ? "UTF-8" : "windows-1252"
            encodingWarning = "unknown character encoding \"\(label)\"; read as \(encoding ?? "")"
        }
        var decoded = bytes
        if let label = encoding?.lowercased(), label == "windows-1252" || label == "cp1252" {
            // Decoded here rather than by iconv, which stops at the five bytes windows-1252 leaves undefined.
            decoded = Windows1252.decode(bytes)
            encoding = "UTF-8"
        }
        let (repairedEntities, sectionLeftOpen) = EntityRepair.repair(decoded)
        let input = repairedEntities ?? decoded
        var warnings: [String] = encodingWarning.map { [$0] } ?? []
        if let first = try? XMLDocument(bytes: input, url: url, encoding: encoding) {
            // Recovered from an error, or a CDATA section seen inside another: a section left open or
            // unquoted attribute values cost whole items, so such a document is repaired and read again.
            // The repaired reading is kept only when it holds more items, or as many without an error.
            if !first.warnings.isEmpty || sectionLeftOpen, let (repaired, repairs) = MarkupRepair.repair(input),
                let second = try? XMLDocument(bytes: repaired, url: url, encoding: encoding),
                second.itemCount > first.itemCount
                    || (second.itemCount == first.itemCount && second.warnings.isEmpty && !first.warnings.isEmpty)
            {
                return (second, warnings + repairs.map { "malformed XML repaired: \($0)" })
            }
            return (first, warnings)
        }
        if encoding != nil, let second = try? XMLDocument(bytes: input, url: url, encoding: nil) {
            // The forced encoding did not work: the document itself may say better.
            return (second, warnings)
        }
        // An unusable declared encoding: UTF-8 when the bytes are UTF-8, else windows-1252.
        let isUTF8 = CharsetSniffer.isValidUTF8(input)
        warnings.append("unknown character encoding; read as \(isUTF8 ? "UTF-8" : "windows-1252")")
        let document = try XMLDocument(bytes: isUTF8 ? input : Windows1252.decode(input), url: url, encoding: "UTF-8")
        return (document, warnings)
    }

    /// Where the XML declaration starts when a server printed an error or notice before the feed
    /// (PHP: `<br />\n<b>Warning</b>: …`, `Deprecated: …`), within the first 16 KB; nil otherwise.
    /// Only such text counts: a document starting with anything else is left as it is, so that a
    /// `<?xml` quoted inside a feed (a JSON string, an article) never cuts it.
    static func declarationAfterNoise(_ bytes: [UInt8]) -> Int? {
        let noiseStarts = [
            "<br", "<b>", "<p>", "Warning", "Notice", "Deprecated", "Fatal error", "Strict Standards", "PHP ",
        ]
        guard noiseStarts.contains(where: { bytes.starts(with: Array($0.utf8)) }) else { return nil }
        let declaration = Array("<?xml".utf8)
        let limit = min(bytes.count, 16_384) - declaration.count
        guard limit > 0 else { return nil }
        for i in 1...limit where bytes[i] == UInt8(ascii: "<") {
            if bytes[i..<(i + declaration.count)].elementsEqual(declaration) { return i }
        }
        return nil
    }

    /// The document without blank lines before the XML declaration (a common CMS mistake that makes
    /// libxml2 ignore the declaration, and with it the declared encoding). A BOM is kept in front.
    static func droppingLeadingWhitespace(_ bytes: [UInt8]) -> [UInt8] {
        let bom: [UInt8] = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? [0xEF, 0xBB, 0xBF] : []
        var i = bom.count
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        guard i > bom.count, i + 5 <= bytes.count, bytes[i..<(i + 5)].elementsEqual("<?xml".utf8) else { return bytes }
        return bom + bytes[i...]
    }

    /// `en_US` → `en-US`, trimmed.
    static func normalizedLanguage(_ tag: String) -> String {
        tag.trimmingASCIIWhitespace().replacingAll("_", with: "-")
    }
}
