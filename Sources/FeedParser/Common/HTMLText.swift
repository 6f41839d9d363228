internal import CLibXML2

/// Converts HTML fragments to readable plain text with libxml2's HTML parser:
/// entities decoded, scripts and styles dropped, block elements on their own lines.
enum HTMLText {
    private static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "title", "iframe", "object"]
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
        "pre", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dd", "dt", "dl",
        "aside", "nav", "address", "td", "th",
    ]

    /// Plain text of `html`, with runs of spaces collapsed and paragraphs separated by a newline.
    static func plainText(_ html: String) -> String {
        if !html.contains("<") && !html.contains("&") { return collapse(html) }
        var bytes = Array(html.utf8)
        if bytes.isEmpty { return "" }
        bytes.append(0)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count - 1), nil, "UTF-8", options)
                }
            }
        }
        guard let doc else { return collapse(html) }
        defer { xmlFreeDoc(doc) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        if let root = xmlDocGetRootElement(doc) { walk(root, into: &out) }
        return collapse(String(decoding: out, as: UTF8.self))
    }

    private static func walk(_ node: xmlNodePtr, into out: inout [UInt8]) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                var i = 0
                while content[i] != 0 {
                    let byte = content[i]
                    // Line breaks inside running text are spaces; only block elements break lines.
                    out.append(byte == 0x0A || byte == 0x0D || byte == 0x09 ? 0x20 : byte)
                    i += 1
                }
            }
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0) } ?? ""
            if skipped.contains(name) { return }
            let isBlock = blocks.contains(name)
            if isBlock { out.append(0x0A) }
            var child = node.pointee.children
            while let c = child {
                walk(c, into: &out)
                child = c.pointee.next
            }
            if isBlock { out.append(0x0A) } else if name == "img" { out.append(0x20) }
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
        while i < bytes.count, i - nameStart < 32, (bytes[i] | 0x20) >= 0x61 && (bytes[i] | 0x20) <= 0x7A
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
        var lines: [String] = []
        var current = ""
        var pendingSpace = false
        func flushLine() {
            if !current.isEmpty { lines.append(current) }
            current = ""
            pendingSpace = false
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}":
                flushLine()
            case " ", "\t", "\u{0C}", "\u{0B}", "\u{A0}":
                if !current.isEmpty { pendingSpace = true }
            default:
                if pendingSpace {
                    current.append(" ")
                    pendingSpace = false
                }
                current.unicodeScalars.append(scalar)
            }
        }
        flushLine()
        return lines.joined(separator: "\n")
    }
}
