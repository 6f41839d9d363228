/// Decides which character encoding to hand libxml2 (RFC 7303 precedence):
/// a byte-order mark first, then the HTTP `charset`, then UTF-16 recognised by its first bytes,
/// then the XML declaration, then UTF-8. Mis-declared UTF-8 falls back to windows-1252.
enum CharsetSniffer {
    /// The encoding to force, or nil to let libxml2 read the BOM / XML declaration.
    static func encoding(for bytes: [UInt8], contentType: String?) -> (encoding: String?, warning: String?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", nil) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return (nil, nil) }
        let declared = declaredEncoding(bytes)
        let http = contentType.flatMap(charset(ofContentType:))
        if http == nil {
            // XML 1.0 Appendix F: `<?` in UTF-16 without a byte-order mark.
            if bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return ("UTF-16LE", nil) }
            if bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return ("UTF-16BE", nil) }
        }
        var chosen = http ?? declared
        if let label = chosen, isWideName(label), bytes.starts(with: Array("<?".utf8)) {
            chosen = nil  // Declared UTF-16/32 but plainly 8-bit: the label is wrong.
        }
        if let chosen, !isUTF8Name(chosen) {
            return (superset(of: chosen), nil)
        }
        if !isValidUTF8(bytes) {
            return (
                "windows-1252", "document is declared or defaults to UTF-8 but is not valid UTF-8; read as windows-1252"
            )
        }
        return (chosen == nil ? nil : "UTF-8", nil)
    }

    /// The encoding to decode a label with: the superset browsers use (WHATWG Encoding Standard),
    /// so that a feed labelled ISO-8859-1 may use windows-1252's quotes and one labelled GB2312 may
    /// use GBK characters without libxml2 stopping at the first one.
    static func superset(of label: String) -> String {
        switch label.lowercased().trimmingCharacters(in: " ") {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "cp819", "ibm819", "iso-ir-100":
            return "windows-1252"
        case "iso-8859-9", "iso8859-9", "latin5", "l5": return "windows-1254"
        case "iso-8859-11", "tis-620", "tis620": return "windows-874"
        case "gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "cp936", "euc-cn", "chinese": return "GB18030"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j": return "CP932"
        case "euc-kr", "ks_c_5601-1987", "ksc5601", "cp949", "windows-949": return "CP949"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5": return "BIG5-HKSCS"
        default: return label
        }
    }

    static func isWideName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("utf-16") || lower.hasPrefix("utf16") || lower.hasPrefix("utf-32")
            || lower.hasPrefix("ucs-2") || lower.hasPrefix("ucs-4")
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
        bytes.withUnsafeBufferPointer { buffer in
            // Skip ASCII eight bytes at a time; decode only around non-ASCII bytes.
            let n = buffer.count
            guard let base = buffer.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i < n {
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = buffer[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                let minimum: UInt32
                var scalar: UInt32
                switch b {
                case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(b & 0x1F))
                case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(b & 0x0F))
                case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(b & 0x07))
                default: return false
                }
                guard i + length <= n else { return false }
                for k in 1..<length {
                    let c = buffer[i + k]
                    guard c & 0xC0 == 0x80 else { return false }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
                guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
                i += length
            }
            return true
        }
    }
}
