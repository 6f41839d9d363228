internal import CLibXML2

/// An owned libxml2 document parsed safely from untrusted bytes.
///
/// Options: no network, no external entities or DTD loading, recover mode, silent errors
/// (`XML_PARSE_COMPACT` only changes how short text nodes are stored).
final class XMLDocument {
    let pointer: xmlDocPtr
    /// Problems libxml2 recovered from.
    let warnings: [String]
    /// The keys of its elements, found by ``XMLNode/key(atomNamespace:)`` through `_private`.
    private let keys = ElementKeyCache()

    private static let initialised: Bool = {
        xmlInitParser()
        cxml_silence_errors()
        return true
    }()

    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Parses `bytes`, forcing `encoding` when given (an IANA charset name).
    init(bytes: [UInt8], url: String?, encoding: String?) throws(FeedParseError) {
        _ = XMLDocument.initialised
        guard let context = xmlNewParserCtxt() else {
            throw FeedParseError(code: .notXML, message: "libxml2 could not allocate a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        // A forced encoding (BOM, HTTP charset, fallback) wins over the XML declaration.
        let options = XMLDocument.options | (encoding == nil ? 0 : Int32(XML_PARSE_IGNORE_ENC.rawValue))
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(buffer.count), url, encoding, options)
                }
            }
        }
        var warnings: [String] = []
        if let error = xmlCtxtGetLastError(context), error.pointee.code != 0 {
            let message = error.pointee.message.map { String(cString: $0) } ?? "XML error"
            let text = message.trimmingCharacters(in: "\n ")
            warnings.append("malformed XML recovered at line \(error.pointee.line): \(text)")
        }
        guard let doc, xmlDocGetRootElement(doc) != nil else {
            if let doc { xmlFreeDoc(doc) }
            let reason = warnings.first.map { ": \($0)" } ?? ""
            throw FeedParseError(code: .notXML, message: "not an XML document\(reason)")
        }
        self.pointer = doc
        self.warnings = warnings
        doc.pointee._private = Unmanaged.passUnretained(keys).toOpaque()
    }

    deinit {
        pointer.pointee._private = nil
        xmlFreeDoc(pointer)
    }

    /// Whether libxml2 (with iconv) can decode `encoding`.
    static func isKnownEncoding(_ encoding: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(encoding) else { return false }
        _ = xmlCharEncCloseFunc(handler)
        return true
    }

    /// Whether the document declares the Netscape RSS 0.91 DTD (`rss091n` rather than `rss091u`).
    var isNetscapeRSS: Bool {
        guard let dtd = pointer.pointee.intSubset, let id = dtd.pointee.ExternalID else { return false }
        return String(cString: id).contains("Netscape")
    }

    var root: XMLNode? { xmlDocGetRootElement(pointer).map(XMLNode.init(pointer:)) }

    /// How many `item` and `entry` elements the tree holds at any depth: how much of a feed a
    /// reading kept, to weigh a repaired reading against the first.
    var itemCount: Int {
        var count = 0
        var pending: [xmlNodePtr] = []
        if let root = xmlDocGetRootElement(pointer) { pending.append(root) }
        while let node = pending.popLast() {
            if let name = node.pointee.name, xmlStrcasecmp(name, "item") == 0 || xmlStrcasecmp(name, "entry") == 0 {
                count += 1
            }
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { pending.append(c) }
                child = c.pointee.next
            }
        }
        return count
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !characters.contains($0) }),
            let last = scalars.lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
