internal import CLibXML2

/// Converts HTML fragments to readable plain text with libxml2's HTML parser:
/// entities decoded, scripts and styles dropped, block elements on their own lines.
enum HTMLText {
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "title", "iframe", "object"]
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
        "pre", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dd", "dt", "dl",
        "aside", "nav", "address", "td", "th",
    ]

    /// Plain text of `html`, with runs of spaces collapsed and paragraphs separated by a newline.
    ///
    /// libxml2's HTML parser runs in SAX mode: no tree is built, only the text is collected.
    static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { input -> String in
            guard input.contains(UInt8(ascii: "<")) || input.contains(UInt8(ascii: "&")) else {
                return collapse(bytes: input)
            }
            if let resolved = HTMLEntityTable.resolvingNamedReferences(input) {
                return resolved.withUnsafeBufferPointer { parsedText($0) }
            }
            return parsedText(input)
        }
    }

    /// Plain text of `input` through libxml2's HTML parser, named references left to it.
    static func parsedText(_ input: UnsafeBufferPointer<UInt8>) -> String {
        let sink = TextSink(capacity: input.count)
        guard sink.parse(input) else { return collapse(bytes: input) }
        return sink.text.finish()
    }

    /// Plain text of an already parsed (X)HTML subtree, such as an Atom `type="xhtml"` construct.
    static func plainText(of node: XMLNode) -> String {
        var out = WhitespaceCollapser(capacity: 256)
        var child = node.pointer.pointee.children
        while let c = child {
            walk(c, into: &out)
            child = c.pointee.next
        }
        return out.finish()
    }

    /// Whether an element's text is dropped (`script`, `style`, …), by its lowercased name.
    static func isSkipped(_ name: UnsafePointer<xmlChar>) -> Bool {
        let n = xmlStrlen(name)
        guard n >= 4, n <= 8 else { return false }
        return skipped.contains(String(cString: name))
    }

    /// Whether an element starts a new line (`p`, `div`, `li`, `br`, …), by its lowercased name.
    static func isBlock(_ name: UnsafePointer<xmlChar>) -> Bool {
        let n = xmlStrlen(name)
        guard n <= 10 else { return false }
        if n == 1 { return name[0] == UInt8(ascii: "p") }
        if n == 2 {
            // br, li, ul, ol, h1–h6, tr, hr, dd, dt, dl, td, th
            let a = name[0]
            let b = name[1]
            switch (a, b) {
            case (0x62, 0x72), (0x6C, 0x69), (0x75, 0x6C), (0x6F, 0x6C), (0x74, 0x72), (0x68, 0x72), (0x64, 0x64),
                (0x64, 0x74), (0x64, 0x6C), (0x74, 0x64), (0x74, 0x68):
                return true
            default:
                return a == 0x68 && b >= 0x31 && b <= 0x36
            }
        }
        return blocks.contains(String(cString: name))
    }

    private static func walk(_ node: xmlNodePtr, into out: inout WhitespaceCollapser) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                out.append(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))), breaksAreSpaces: true)
            }
        case XML_ELEMENT_NODE:
            guard let name = node.pointee.name else { return }
            if isSkipped(name) { return }
            let isBlock = isBlock(name)
            if isBlock { out.lineBreak() }
            var child = node.pointee.children
            while let c = child {
                walk(c, into: &out)
                child = c.pointee.next
            }
            if isBlock { out.lineBreak() } else if xmlStrEqual(name, "img") == 1 { out.space() }
        default:
            break
        }
    }

    /// Decodes HTML character references (`&eacute;`, `&#8217;`, `&#x41;`) in plain text; anything
    /// else, including unknown names, is left as written.
    static func decodeEntities(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "&"), let (scalar, end) = reference(in: bytes, at: i) else {
                out.append(bytes[i])
                i += 1
                continue
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character a reference starting at `start` stands for, and the index after its `;`.
    private static func reference(in bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        var i = start + 1
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            var radix: UInt32 = 10
            if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "x") {
                radix = 16
                i += 1
            }
            var value: UInt32 = 0
            let digitsStart = i
            while i < bytes.count, i - digitsStart < 8, let d = hexValue(bytes[i]), d < radix {
                value = value * radix + d
                i += 1
            }
            guard i > digitsStart, i < bytes.count, bytes[i] == UInt8(ascii: ";") else { return nil }
            let mapped = Windows1252.scalar(for: value) ?? value
            return Unicode.Scalar(mapped).map { ($0, i + 1) }
        }
        let nameStart = i
        while i < bytes.count, i - nameStart < 32,
            (bytes[i] | 0x20) >= 0x61 && (bytes[i] | 0x20) <= 0x7A
                || (bytes[i] >= 0x30 && bytes[i] <= 0x39)
        {
            i += 1
        }
        guard i > nameStart, i < bytes.count, bytes[i] == UInt8(ascii: ";") else { return nil }
        var name = Array(bytes[nameStart..<i])
        name.append(0)
        guard let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) else {
            return nil
        }
        return (scalar, i + 1)
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        if b >= 0x30 && b <= 0x39 { return UInt32(b - 0x30) }
        let lower = b | 0x20
        if lower >= 0x61 && lower <= 0x66 { return UInt32(lower - 0x61 + 10) }
        return nil
    }

    /// Collapses horizontal whitespace to single spaces and blank lines to single newlines, trimmed.
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8 { collapse(bytes: $0) }
    }

    /// ``collapse(_:)`` over UTF-8 bytes.
    static func collapse(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var collapser = WhitespaceCollapser(capacity: bytes.count)
        collapser.append(bytes)
        return collapser.finish()
    }
}
