internal import CLibXML2
import FeedModel

/// Read-only helpers over libxml2 nodes. Nodes are only valid while their document lives.
struct XMLNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Local name of the element.
    var name: String {
        guard let n = pointer.pointee.name else { return "" }
        return String(cString: n)
    }

    /// Namespace URI, or "" when none.
    var namespace: String {
        guard let ns = pointer.pointee.ns, let href = ns.pointee.href else { return "" }
        return String(cString: href)
    }

    /// The element's key for the readers (see ``Namespaces/key(local:namespace:atomNamespace:)``).
    func key(atomNamespace: String?) -> String {
        let make = {
            Namespaces.key(
                local: name, namespace: namespace, atomNamespace: atomNamespace, declaredPrefix: prefix,
                inRootNamespace: xmlDocGetRootElement(pointer.pointee.doc)?.pointee.ns == pointer.pointee.ns)
        }
        guard let cache = pointer.pointee.doc?.pointee._private else { return make() }
        return Unmanaged<ElementKeyCache>.fromOpaque(cache).takeUnretainedValue()
            .key(of: pointer, atomNamespace: atomNamespace, make: make)
    }

    /// The prefix the element's namespace is bound to in the document, if any.
    var prefix: String? {
        guard let ns = pointer.pointee.ns, let prefix = ns.pointee.prefix else { return nil }
        return String(cString: prefix)
    }

    /// Whether the element has element children (markup rather than plain character data).
    var hasElementChildren: Bool {
        var child = pointer.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { return true }
            child = c.pointee.next
        }
        return false
    }

    /// Namespace URIs declared on this element (`xmlns`, `xmlns:p`).
    var declaredNamespaces: [String] {
        var result: [String] = []
        var ns = pointer.pointee.nsDef
        while let n = ns {
            if let href = n.pointee.href { result.append(String(cString: href)) }
            ns = n.pointee.next
        }
        return result
    }

    /// Child elements in document order (walked lazily, nothing is allocated).
    var children: XMLChildElements { XMLChildElements(first: pointer.pointee.children) }

    /// The URL an RSS `<link>` gives: its text, or its `href` (`<link href="…"/>`, or an unclosed
    /// `<link href="…">` whose "text" is everything libxml2 nested inside it).
    var linkValue: String? {
        if hasElementChildren, let href = nonEmpty(looseAttribute("href")?.trimmingASCIIWhitespace()) { return href }
        return nonEmpty(text.trimmingASCIIWhitespace()) ?? looseAttribute("href")
    }

    /// The `named` elements (`item`, `entry`) libxml2 nested inside `node` when an unclosed
    /// `<link href="…">` upset its recovery (the next items end up as children of the item, or of
    /// its link), depth first, in document order. Well-formed feeds have none.
    static func itemsNested(in node: XMLNode, named name: String) -> [XMLNode] {
        var found: [XMLNode] = []
        for child in node.childrenUnnestingLinks
        where child.pointer.pointee.name.map({ xmlStrEqual($0, name) == 1 }) ?? false {
            found.append(child)
            found += itemsNested(in: child, named: name)
        }
        return found
    }

    /// ``children``, with the elements an unclosed `link` swallowed read as its siblings.
    var childrenUnnestingLinks: XMLChildElementsUnnestingLinks {
        XMLChildElementsUnnestingLinks(first: pointer.pointee.children)
    }

    func children(named local: String, in namespaces: Set<String>? = nil) -> [XMLNode] {
        Array(children).filter { node in node.name == local && (namespaces.map { $0.contains(node.namespace) } ?? true)
        }
    }

    func firstChild(named local: String, in namespaces: Set<String>? = nil) -> XMLNode? {
        var child = pointer.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                let node = XMLNode(pointer: c)
                if node.name == local, namespaces.map({ $0.contains(node.namespace) }) ?? true { return node }
            }
            child = c.pointee.next
        }
        return nil
    }

    /// An attribute by local name, ignoring case and namespace (`HREF`, `href`, `l:href`).
    func looseAttribute(_ local: String) -> String? {
        var attr = pointer.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == local {
                guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(a).assumingMemoryBound(to: xmlNode.self))
                else { return nil }
                defer { cxml_free(value) }
                return String(cString: value)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// An attribute by local name (no namespace) or by namespace URI.
    func attribute(_ local: String, namespace: String? = nil) -> String? {
        let value: UnsafeMutablePointer<xmlChar>?
        if let namespace {
            value = xmlGetNsProp(pointer, local, namespace)
        } else {
            value = xmlGetNoNsProp(pointer, local)
        }
        guard let value else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// The character content of the node and its descendants. Entity references that XML
    /// does not define (`&nbsp;`, `&eacute;` …) are resolved through the HTML entity table.
    var text: String {
        var bytes: [UInt8] = []
        XMLNode.appendText(of: pointer, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendText(of node: xmlNodePtr, to bytes: inout [UInt8]) {
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { appendCString(content, to: &bytes) }
            case XML_ENTITY_REF_NODE:
                if let name = c.pointee.name {
                    if let entity = htmlEntityLookup(name) {
                        bytes.append(
                            contentsOf: Array(String(Character(Unicode.Scalar(entity.pointee.value) ?? " ")).utf8))
                    } else if let content = c.pointee.content {
                        appendCString(content, to: &bytes)
                    } else {
                        bytes.append(UInt8(ascii: "&"))
                        appendCString(name, to: &bytes)
                        bytes.append(UInt8(ascii: ";"))
                    }
                }
            case XML_ELEMENT_NODE:
                appendText(of: c, to: &bytes)
            default:
                break
            }
            child = c.pointee.next
        }
    }

    /// Appends a NUL-terminated UTF-8 string; C1 control characters (U+0080–U+009F), which feeds
    /// only ever contain by mistake, are read as the windows-1252 characters they were meant to be.
    private static func appendCString(_ p: UnsafePointer<xmlChar>, to bytes: inout [UInt8]) {
        let count = Int(xmlStrlen(p))
        let buffer = UnsafeBufferPointer(start: p, count: count)
        guard buffer.contains(0xC2) else {
            bytes.append(contentsOf: buffer)
            return
        }
        var i = 0
        while i < count {
            let byte = p[i]
            if byte == 0xC2, i + 1 < count, p[i + 1] >= 0x80, p[i + 1] <= 0x9F,
                let mapped = Windows1252.scalar(for: UInt32(p[i + 1])).flatMap(Unicode.Scalar.init)
            {
                bytes.append(contentsOf: Array(String(Character(mapped)).utf8))
                i += 2
                continue
            }
            bytes.append(byte)
            i += 1
        }
    }

    /// Whether the element has a text child that is not only whitespace.
    var hasOwnText: Bool {
        var child = pointer.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE,
                let content = c.pointee.content
            {
                var i = 0
                while content[i] != 0 {
                    let b = content[i]
                    if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { return true }
                    i += 1
                }
            }
            child = c.pointee.next
        }
        return false
    }

    /// The serialised markup of the node's children (for Atom `type="xhtml"`).
    var innerXML: String {
        guard pointer.pointee.children != nil, let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        // The element is written once and its own tags cut off (one serialiser set up per element
        // rather than per child). Its start tag ends at the first `>` outside quotes (libxml2 quotes
        // every attribute value and namespace URI, which may hold a raw `>`: `xmlns:q="urn:a>b"`);
        // an element with children always ends with its end tag.
        xmlNodeDump(buffer, pointer.pointee.doc, pointer, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        let bytes = UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer)))
        guard let startTagEnd = Self.endOfStartTag(bytes),
            let endTagStart = bytes.lastIndex(of: UInt8(ascii: "<")), startTagEnd < endTagStart
        else { return "" }
        return String(decoding: bytes[(startTagEnd + 1)..<endTagStart], as: UTF8.self)
    }

    /// The index of the `>` that ends a serialised start tag: the first outside quotes.
    static func endOfStartTag(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var quote: UInt8?
        for index in bytes.indices {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
        }
        return nil
    }

    /// The node's own `xml:lang` attribute (not inherited), if non-empty.
    var languageAttribute: String? {
        nonEmpty(attribute("lang", namespace: Namespaces.xml)?.trimmingASCIIWhitespace())
    }

    /// `xml:lang` in scope for this node.
    var language: String? {
        guard let lang = xmlNodeGetLang(pointer) else { return nil }
        defer { cxml_free(lang) }
        let value = String(cString: lang)
        return value.isEmpty ? nil : value
    }

    /// Whether this element or an ancestor carries `xml:base` (otherwise the base is the document's).
    var hasBaseInScope: Bool {
        var node: xmlNodePtr? = pointer
        while let n = node, n.pointee.type == XML_ELEMENT_NODE {
            if xmlHasNsProp(n, "base", Namespaces.xml) != nil { return true }
            node = n.pointee.parent
        }
        return false
    }

    /// `xml:base` in scope for this node, combined with `documentURL`.
    func base(documentURL: String?) -> String? {
        guard hasBaseInScope else { return documentURL }
        guard let doc = pointer.pointee.doc, let b = xmlNodeGetBase(doc, pointer) else { return documentURL }
        defer { cxml_free(b) }
        let value = String(cString: b)
        return value.isEmpty ? documentURL : value
    }
}

/// Resolves `reference` against `base` following RFC 3986 (``URLResolver``). Spaces, accents and
/// other characters a URI may not hold are percent-encoded first, as RFC 3987 maps an IRI to a
/// URI (`/école/été`); escapes already there (`%2F`) are kept as they are.
func resolveURL(_ reference: String, base: String?) -> String {
    let trimmed = reference.trimmingASCIIWhitespace()
    guard let base, !base.isEmpty else { return trimmed }
    if trimmed.isEmpty {
        // RFC 3986 §5.2.2: an empty reference is the base without its fragment.
        return String(base.prefix { $0 != "#" })
    }
    if trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") { return trimmed }
    let escaped = trimmed.utf8.allSatisfy(isURIByte) ? trimmed : escapedForURI(trimmed)
    return URLResolver.resolve(escaped, against: base)
}

/// Whether a byte may stand in a URI as it is (RFC 3986 characters, `%` included).
private func isURIByte(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x7E) && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "<")
        && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "^")
        && byte != UInt8(ascii: "`") && byte != UInt8(ascii: "{") && byte != UInt8(ascii: "|")
        && byte != UInt8(ascii: "}")
}

/// `reference` with spaces, non-ASCII bytes and characters a URI may not hold percent-encoded.
private func escapedForURI(_ reference: String) -> String {
    var out = ""
    for byte in reference.utf8 {
        if isURIByte(byte) {
            out.unicodeScalars.append(Unicode.Scalar(byte))
        } else {
            let hex = String(byte, radix: 16, uppercase: true)
            out += "%" + (hex.count == 1 ? "0" + hex : hex)
        }
    }
    return out
}

/// The element children of a node, and, inside a `link` element that has element children, those
/// too, in document order: an unclosed `<atom:link href="…" rel="self">` (or `<link href="…">`)
/// is a void element in the author's mind, but libxml2's recovery nests every later element of
/// the channel, feed or entry inside it, and the items would be lost.
struct XMLChildElementsUnnestingLinks: Sequence, IteratorProtocol {
    private var cursor: xmlNodePtr?
    /// Where to go on after a link's children (only filled when a link has some).
    private var resume: [xmlNodePtr?] = []

    init(first: xmlNodePtr?) {
        cursor = first
    }

    mutating func next() -> XMLNode? {
        while true {
            guard let node = cursor else {
                guard let next = resume.popLast() else { return nil }
                cursor = next
                continue
            }
            cursor = node.pointee.next
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            let element = XMLNode(pointer: node)
            if let name = node.pointee.name, xmlStrEqual(name, "link") == 1, element.hasElementChildren {
                resume.append(cursor)
                cursor = node.pointee.children
            }
            return element
        }
    }
}

/// The element children of a node as a sequence that walks libxml2's sibling list.
struct XMLChildElements: Sequence, IteratorProtocol {
    private var cursor: xmlNodePtr?

    init(first: xmlNodePtr?) {
        cursor = first
    }

    mutating func next() -> XMLNode? {
        while let node = cursor {
            cursor = node.pointee.next
            if node.pointee.type == XML_ELEMENT_NODE { return XMLNode(pointer: node) }
        }
        return nil
    }
}
