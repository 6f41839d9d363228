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
