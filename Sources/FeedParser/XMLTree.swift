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

    /// Child elements in document order.
    var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(XMLNode(pointer: c)) }
            child = c.pointee.next
        }
        return result
    }

    func children(named local: String, in namespaces: Set<String>? = nil) -> [XMLNode] {
        children.filter { node in node.name == local && (namespaces.map { $0.contains(node.namespace) } ?? true) }
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
                        bytes.append(contentsOf: Array(String(Character(Unicode.Scalar(entity.pointee.value) ?? " ")).utf8))
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

    private static func appendCString(_ p: UnsafePointer<xmlChar>, to bytes: inout [UInt8]) {
        var i = 0
        while p[i] != 0 {
            bytes.append(p[i])
            i += 1
        }
    }

    /// The serialised markup of the node's children (for Atom `type="xhtml"`).
    var innerXML: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = pointer.pointee.children
        while let c = child {
            xmlNodeDump(buffer, pointer.pointee.doc, c, 0, 0)
            child = c.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// `xml:lang` in scope for this node.
    var language: String? {
        guard let lang = xmlNodeGetLang(pointer) else { return nil }
        defer { cxml_free(lang) }
        let value = String(cString: lang)
        return value.isEmpty ? nil : value
    }

    /// `xml:base` in scope for this node, combined with `documentURL`.
    func base(documentURL: String?) -> String? {
        guard let doc = pointer.pointee.doc, let b = xmlNodeGetBase(doc, pointer) else { return documentURL }
        defer { cxml_free(b) }
        let value = String(cString: b)
        return value.isEmpty ? documentURL : value
    }
}

/// Resolves `reference` against `base` following RFC 3986 (libxml2's `xmlBuildURI`).
func resolveURL(_ reference: String, base: String?) -> String {
    let trimmed = reference.trimmingASCIIWhitespace()
    guard let base, !base.isEmpty, !trimmed.isEmpty else { return trimmed }
    if trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") { return trimmed }
    guard let built = xmlBuildURI(trimmed, base) else { return trimmed }
    defer { cxml_free(built) }
    return String(cString: built)
}

