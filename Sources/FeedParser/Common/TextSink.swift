internal import CLibXML2

/// Collects the text of an HTML fragment from libxml2's HTML SAX parser (no tree is built):
/// scripts and styles dropped, a line break around block elements, a space after images.
final class TextSink {
    /// The collected text, whitespace collapsed as it arrives.
    var text = WhitespaceCollapser(capacity: 0)
    private var skipDepth = 0

    init(capacity: Int) {
        text = WhitespaceCollapser(capacity: capacity)
    }

    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)

    /// Parses `input` (UTF-8); returns false when libxml2 could not start.
    func parse(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = input.baseAddress, input.count < Int32.max else { return false }
        // Only text and element boundaries matter: every other callback (and the tree) is off.
        var handler = xmlSAXHandler()
        handler.startElement = { context, name, _ in
            guard let context, let name else { return }
            TextSink.from(context).start(name)
        }
        handler.endElement = { context, name in
            guard let context, let name else { return }
            TextSink.from(context).end(name)
        }
        handler.characters = { context, text, length in
            guard let context, let text, length > 0 else { return }
            TextSink.from(context).characters(text, Int(length))
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters
        let me = Unmanaged.passUnretained(self).toOpaque()
        guard let context = htmlCreatePushParserCtxt(&handler, me, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else {
            return false
        }
        defer { htmlFreeParserCtxt(context) }
        _ = htmlCtxtUseOptions(context, Self.options)
        _ = base.withMemoryRebound(to: CChar.self, capacity: input.count) {
            htmlParseChunk(context, $0, Int32(input.count), 1)
        }
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
            text.lineBreak()
        } else if xmlStrEqual(name, "img") == 1 {
            text.space()
        }
    }

    private func end(_ name: UnsafePointer<xmlChar>) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        if HTMLText.isBlock(name) { text.lineBreak() }
    }

    private func characters(_ text: UnsafePointer<xmlChar>, _ count: Int) {
        guard skipDepth == 0 else { return }
        self.text.append(UnsafeBufferPointer(start: text, count: count), breaksAreSpaces: true)
    }
}
