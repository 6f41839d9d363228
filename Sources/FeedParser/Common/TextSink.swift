internal import CLibXML2

/// Collects the text of an HTML fragment from libxml2's HTML SAX parser (no tree is built):
/// scripts and styles dropped, a line break around block elements, a space after images.
final class TextSink {
    /// The collected UTF-8 text, before whitespace is collapsed.
    var out: [UInt8] = []
    private var skipDepth = 0

    init(capacity: Int) {
        out.reserveCapacity(capacity)
    }

    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)

    /// Parses `input` (UTF-8); returns false when libxml2 could not start.
    func parse(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = input.baseAddress, input.count < Int32.max else { return false }
        let created = base.withMemoryRebound(to: CChar.self, capacity: input.count) {
            htmlCreateMemoryParserCtxt($0, Int32(input.count))
        }
        guard let context = created, let sax = context.pointee.sax else {
            if let created { htmlFreeParserCtxt(created) }
            return false
        }
        defer { htmlFreeParserCtxt(context) }
        _ = htmlCtxtUseOptions(context, Self.options)
        if let handler = xmlFindCharEncodingHandler("UTF-8") {
            _ = xmlSwitchToEncoding(context, handler)
            if let inputStream = context.pointee.input {
                if inputStream.pointee.encoding == nil { inputStream.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8")) }
            }
        }
        // Only text and element boundaries matter: every other callback (and the tree) is off.
        memset(sax, 0, MemoryLayout<xmlSAXHandler>.size)
        sax.pointee.startElement = { context, name, _ in
            guard let context, let name else { return }
            TextSink.from(context).start(name)
        }
        sax.pointee.endElement = { context, name in
            guard let context, let name else { return }
            TextSink.from(context).end(name)
        }
        sax.pointee.characters = { context, text, length in
            guard let context, let text, length > 0 else { return }
            TextSink.from(context).characters(text, Int(length))
        }
        sax.pointee.ignorableWhitespace = sax.pointee.characters
        sax.pointee.cdataBlock = sax.pointee.characters
        context.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
        _ = htmlParseDocument(context)
        context.pointee.userData = nil
        return true
    }

    private static func from(_ context: UnsafeMutableRawPointer) -> TextSink {
        Unmanaged<TextSink>.fromOpaque(context).takeUnretainedValue()
    }

    private func start(_ name: UnsafePointer<xmlChar>) {
        if skipDepth > 0 || HTMLText.isSkipped(name) {
            skipDepth += 1
            return
        }
        if HTMLText.isBlock(name) {
            out.append(0x0A)
        } else if strcmp(name, "img") == 0 {
            out.append(0x20)
        }
    }

    private func end(_ name: UnsafePointer<xmlChar>) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        if HTMLText.isBlock(name) { out.append(0x0A) }
    }

    private func characters(_ text: UnsafePointer<xmlChar>, _ count: Int) {
        guard skipDepth == 0 else { return }
        TextSink.appendText(text, count: count, to: &out)
    }

    /// Appends text with line breaks and tabs turned into spaces (only block elements break lines).
    static func appendText(_ text: UnsafePointer<xmlChar>, count: Int, to out: inout [UInt8]) {
        let buffer = UnsafeBufferPointer(start: text, count: count)
        let start = out.count
        out.append(contentsOf: buffer)
        for i in start..<out.count where out[i] == 0x0A || out[i] == 0x0D || out[i] == 0x09 {
            out[i] = 0x20
        }
    }
}
