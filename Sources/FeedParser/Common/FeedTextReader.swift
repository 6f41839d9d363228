import FeedModel

/// Reads text-bearing elements as ``FeedText``: Atom text constructs (`text`, `html`, `xhtml` and
/// Atom 0.3's `mode="escaped|base64|xml"`) and RSS elements, whose type is guessed from the value.
enum FeedTextReader {
    /// An Atom text construct.
    static func atom(_ node: XMLNode) -> FeedText {
        let declared = (node.attribute("type") ?? "").trimmingASCIIWhitespace().lowercased()
        let type = declared.isEmpty ? "text" : declared
        let mode = node.attribute("mode")?.trimmingASCIIWhitespace().lowercased()
        let isHTMLType = type == "html" || type == "text/html" || type == "escaped"
        let isXHTMLType =
            type == "xhtml" || type == "application/xhtml+xml" || type.hasSuffix("+xml")
            || type == "text/xml" || type == "application/xml"
        let isTextType =
            type == "text" || type == "text/plain" || isHTMLType || isXHTMLType
            || type.hasPrefix("text/")
        if mode == "base64" || (mode == nil && !isTextType && type.contains("/")) {
            // Atom 0.3 `mode="base64"`; Atom 1.0 content of a non-text, non-XML media type.
            if let decoded = Base64.decode(node.text) {
                return FeedText(value: String(decoding: decoded, as: UTF8.self), isHTML: isHTMLType)
            }
            return FeedText(value: node.text, isHTML: false)
        }
        if isXHTMLType || (mode == "xml" && node.hasElementChildren) {
            return FeedText(value: xhtmlContent(of: node), isHTML: true)
        }
        if isHTMLType { return FeedText(value: node.text, isHTML: true) }
        if node.hasElementChildren { return FeedText(value: node.innerXML, isHTML: true) }
        return FeedText(value: node.text, isHTML: false)
    }

    /// The markup inside an xhtml construct, without the wrapping `<div>` the spec requires.
    static func xhtmlContent(of node: XMLNode) -> String {
        xhtmlWrapper(of: node)?.innerXML ?? node.innerXML
    }

    /// The `<div>` wrapping an xhtml construct, when it is the only content.
    static func xhtmlWrapper(of node: XMLNode) -> XMLNode? {
        var elements = node.children
        guard let only = elements.next(), elements.next() == nil, only.name == "div", !node.hasOwnText else {
            return nil
        }
        return only
    }

    /// The plain text of an Atom text construct read straight from the tree when it is xhtml
    /// (no serialising and re-parsing), else nil.
    static func xhtmlPlainText(_ node: XMLNode) -> String? {
        let type = (node.attribute("type") ?? "").trimmingASCIIWhitespace().lowercased()
        guard type == "xhtml" || type == "application/xhtml+xml", node.attribute("mode") == nil else { return nil }
        return HTMLText.plainText(of: xhtmlWrapper(of: node) ?? node)
    }

    /// An RSS element: markup children are kept as HTML; otherwise HTML when `html` is true
    /// (descriptions) or when the value looks like HTML (titles).
    static func rss(_ node: XMLNode, html: Bool) -> FeedText {
        if node.hasElementChildren { return FeedText(value: node.innerXML, isHTML: true) }
        let value = node.text
        return FeedText(value: value, isHTML: html || looksLikeHTML(value))
    }

    /// Whether `value` contains an element with its end tag (`<b>…</b>`), a line break or picture
    /// (`<br>`, `<img …>`) or an entity reference. A `<` before a name alone is text: `Vector<T> in C++`, `A<B`,
    /// `Use <script> tags` are titles about code, and read as HTML they lost words.
    static func looksLikeHTML(_ value: String) -> Bool {
        let bytes = value.utf8
        guard bytes.contains(UInt8(ascii: "<")) || bytes.contains(UInt8(ascii: "&")) else { return false }
        var iterator = bytes.makeIterator()
        var previous: UInt8 = 0
        var sawAmpersand = false
        var entityLength = 0
        var tagName: [UInt8]?  // the letters after a `<` or `</`, while they last
        var isEndTag = false
        var opened: Set<[UInt8]> = []  // start tags seen
        while let byte = iterator.next() {
            if previous == UInt8(ascii: "<"), byte == UInt8(ascii: "/") {
                isEndTag = true
                tagName = []
            } else if previous == UInt8(ascii: "<"), isASCIILetter(byte) {
                isEndTag = false
                tagName = [byte | 0x20]
            } else if var name = tagName {
                if isASCIILetter(byte) || (!name.isEmpty && byte >= 0x30 && byte <= 0x39) {
                    name.append(byte | 0x20)
                    tagName = name
                } else {
                    let ends =
                        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == 0x20 || byte == 0x0A
                        || byte == 0x09 || byte == 0x0D
                    if ends, !name.isEmpty {
                        // `<b>…</b>` is markup; `</div>` alone is a title about HTML.
                        if isEndTag, opened.contains(name) { return true }
                        if !isEndTag, Self.voidTags.contains(name) { return true }
                        if !isEndTag { opened.insert(name) }
                    }
                    tagName = nil
                }
            }
            if byte == UInt8(ascii: "&") {
                sawAmpersand = true
                entityLength = 0
            } else if sawAmpersand {
                if byte == UInt8(ascii: ";"), entityLength > 0 { return true }
                if isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39)
                    || (byte == UInt8(ascii: "#") && entityLength == 0)
                {
                    entityLength += 1
                } else {
                    sawAmpersand = false
                }
            }
            previous = byte
        }
        return false
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Elements without an end tag that mark a title as HTML on their own.
    private static let voidTags: Set<[UInt8]> = [Array("br".utf8), Array("img".utf8), Array("hr".utf8)]

    /// A text without the white space around it (`<title>\n  Item\n</title>`); HTML is left as it is.
    static func trimmed(_ text: FeedText) -> FeedText {
        guard !text.isHTML else { return text }
        let value = text.value.trimmingASCIIWhitespace()
        return value.utf8.count == text.value.utf8.count ? text : FeedText(value: value, isHTML: false)
    }

    /// ``plain(_:)`` on one line, as a title is shown: a `<br>` or a line break is a space.
    static func line(_ text: FeedText) -> String {
        let plain = plain(text)
        guard plain.utf8.contains(0x0A) else { return plain }
        return String(plain.map { $0 == "\n" ? " " : $0 })
    }

    /// Plain text of a feed text: HTML converted, entities decoded (twice-escaped ones too).
    static func plain(_ text: FeedText) -> String {
        var result = text.isHTML ? HTMLText.plainText(text.value) : HTMLText.collapse(text.value)
        var rounds = 0
        while rounds < 2, result.utf8.contains(UInt8(ascii: "&")) {
            let decoded = HTMLText.decodeEntities(result)
            if decoded == result { break }
            result = decoded
            rounds += 1
        }
        return result
    }
}
