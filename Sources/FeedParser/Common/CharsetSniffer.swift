/// Decides which character encoding to hand libxml2 (RFC 7303 precedence):
/// a byte-order mark first, then the HTTP `charset`, then the XML declaration,
/// then UTF-8. Mis-declared UTF-8 falls back to windows-1252.
enum CharsetSniffer {
    /// The encoding to force, or nil to let libxml2 read the BOM / XML declaration.
    static func encoding(for bytes: [UInt8], contentType: String?) -> (encoding: String?, warning: String?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", nil) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return (nil, nil) }
        let declared = declaredEncoding(bytes)
        let http = contentType.flatMap(charset(ofContentType:))
        let chosen = http ?? declared
        if let chosen, !isUTF8Name(chosen) {
            return (chosen, nil)
        }
        if !isValidUTF8(bytes) {
            return ("windows-1252", "document is declared or defaults to UTF-8 but is not valid UTF-8; read as windows-1252")
        }
        return (chosen == nil ? nil : "UTF-8", nil)
    }

    static func isUTF8Name(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower == "utf-8" || lower == "utf8" || lower == "us-ascii" || lower == "ascii"
    }

    /// The `charset` parameter of a Content-Type header value.
    static func charset(ofContentType value: String) -> String? {
        for part in value.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let key = pair[0].lowercased().filter { $0 != " " }
            if key == "charset" {
                let v = String(pair[1]).trimmingCharacters(in: " \t\"'")
                return v.isEmpty ? nil : v
            }
        }
        return nil
    }

    /// The `encoding` pseudo-attribute of the XML declaration, if any.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(512)
        guard head.starts(with: Array("<?xml".utf8)) else { return nil }
        guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let decl = String(decoding: head[..<end], as: UTF8.self)
        guard let range = decl.firstRange(of: "encoding") else { return nil }
        var rest = decl[range.upperBound...].drop(while: { $0 == " " || $0 == "=" })
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.firstIndex(of: quote) else { return nil }
        let value = String(rest[..<close])
        return value.isEmpty ? nil : value
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
