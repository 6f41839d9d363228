import FeedModel

/// Makes the relative URLs of an HTML body absolute (`<a href="/about">`, `<img src="a.png">`,
/// `srcset`), as feedparser, Miniflux and FreshRSS do: the body is shown and stored away from the
/// page it was written for, where a relative link or picture would point nowhere.
///
/// Only attribute values change; every other byte of the HTML stays as published. References
/// that carry a scheme (`https:`, `mailto:`, `data:`, `javascript:`) and fragment-only ones
/// (`#notes`, a place in the same text) are left alone.
enum HTMLURLRewriter {
    /// Attributes whose value is one URL (HTML 4's and HTML5's URL attributes), as
    /// ``HTMLAttributeScanner/Attribute/name`` keys. The two longer ones, `background` (obsolete)
    /// and `formaction` (forms, which readers drop), are not rewritten.
    static let urlAttributes: Set<UInt64> = Set(
        [
            HTMLAttributeScanner.key("href"), HTMLAttributeScanner.key("src"), HTMLAttributeScanner.key("poster"),
            HTMLAttributeScanner.key("cite"), HTMLAttributeScanner.key("action"), HTMLAttributeScanner.key("longdesc"),
            HTMLAttributeScanner.key("usemap"), HTMLAttributeScanner.key("codebase"), HTMLAttributeScanner.key("data"),
            HTMLAttributeScanner.key("classid"), HTMLAttributeScanner.key("profile"),
            HTMLAttributeScanner.key("manifest"), HTMLAttributeScanner.key("icon"),
        ])
    static let srcsetKey = HTMLAttributeScanner.key("srcset")

    /// `html` with its relative URLs resolved against `base`; `html` itself when there is no
    /// absolute base or nothing to change.
    static func absolutized(_ html: String, base: String?) -> String {
        guard let base, isWebURL(base) else { return html }
        var html = html
        return html.withUTF8 { bytes -> String? in rewritten(bytes, base: base) } ?? html
    }

    /// Whether a base is an http(s) URL: against anything else (`mailto:`, `urn:`) a relative
    /// reference means nothing.
    private static func isWebURL(_ base: String) -> Bool {
        let scheme = base.utf8.prefix(8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return scheme.starts(with: "http://".utf8) || scheme.starts(with: "https://".utf8)
    }

    /// The rewritten bytes as a string, or nil when no value changed.
    private static func rewritten(_ bytes: UnsafeBufferPointer<UInt8>, base: String) -> String? {
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        let n = bytes.count
        while i < n {
            i = ByteSearch.index(of: UInt8(ascii: "<"), in: bytes, from: i)
            guard i + 1 < n else { break }
            if bytes[i + 1] == UInt8(ascii: "!") {
                i = endOfMarkupDeclaration(bytes, from: i)
                continue
            }
            guard isLetter(bytes[i + 1]) else {
                i += 1
                continue
            }
            var nameEnd = i + 1
            while nameEnd < n, !HTMLAttributeScanner.isSpace(bytes[nameEnd]), bytes[nameEnd] != UInt8(ascii: ">"),
                bytes[nameEnd] != UInt8(ascii: "/")
            {
                nameEnd += 1
            }
            let isRawText =
                isElement(bytes, i + 1..<nameEnd, named: "script") || isElement(bytes, i + 1..<nameEnd, named: "style")
            i = HTMLAttributeScanner.scan(bytes, from: nameEnd) { attribute in
                guard attribute.value.lowerBound >= copied,
                    let resolved = resolvedValue(attribute, in: bytes, base: base)
                else { return }
                if out.isEmpty { out.reserveCapacity(n + 256) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<attribute.value.lowerBound]))
                out.append(contentsOf: resolved.utf8)
                copied = attribute.value.upperBound
            }
            // A script's or style sheet's text is no markup, whatever it looks like.
            if isRawText { i = endOfRawText(bytes, from: i) }
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return String(decoding: out, as: UTF8.self)
    }

    /// The absolute form of a URL attribute's value, escaped for an attribute, or nil when it is
    /// not a URL attribute or needs no change.
    private static func resolvedValue(
        _ attribute: HTMLAttributeScanner.Attribute, in bytes: UnsafeBufferPointer<UInt8>, base: String
    ) -> String? {
        let isSrcset = attribute.name == srcsetKey
        guard !attribute.value.isEmpty, isSrcset || urlAttributes.contains(attribute.name) else { return nil }
        let rawBytes = UnsafeBufferPointer(rebasing: bytes[attribute.value])
        // Most values are absolute: told from their bytes, without making a string. A scheme
        // written plainly is one whatever references follow (`https://x.org/?a=1&amp;b=2`).
        if !isSrcset, startsAbsoluteOrFragment(rawBytes) { return nil }
        let hasReference = rawBytes.contains(UInt8(ascii: "&"))
        let raw = HTMLAttributeScanner.string(bytes, attribute.value)
        // `&#x2f;posts` is `/posts`: references are decoded before resolving, and the result is
        // escaped again for the attribute.
        let value = hasReference ? HTMLText.decodeEntities(raw) : raw
        guard let resolved = isSrcset ? resolvedSourceSet(value, base: base) : resolvedReference(value, base: base)
        else { return nil }
        let escaped = escapedForAttribute(resolved)
        return escaped == raw ? nil : escaped
    }

    /// One reference made absolute, or nil when it is absolute, fragment-only or blank already.
    /// Tabs and line breaks inside it are no part of it (as the WHATWG URL parser reads it).
    static func resolvedReference(_ value: String, base: String) -> String? {
        let cleaned =
            value.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
            ? String(String.UnicodeScalarView(value.unicodeScalars.filter { $0 != "\n" && $0 != "\r" && $0 != "\t" }))
            : value
        guard !isAbsoluteOrFragment(cleaned) else { return nil }
        return resolveURL(cleaned, base: base)
    }

    /// Whether a reference has a scheme, is fragment-only or is blank.
    private static func isAbsoluteOrFragment(_ reference: String) -> Bool {
        var reference = reference
        return reference.withUTF8 { startsAbsoluteOrFragment($0) }
    }

    /// A `srcset` (`a.jpg 1x, b.jpg 2x`) with each candidate's URL made absolute, read as HTML
    /// reads it: a URL is a run without white space (commas inside it, as in `data:` URLs or
    /// `c_fill,w_300` paths, belong to it), and its trailing commas end the candidate.
    static func resolvedSourceSet(_ value: String, base: String) -> String? {
        let b = Array(value.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 64)
        var changed = false
        var i = 0
        func isSpace(_ byte: UInt8) -> Bool { HTMLAttributeScanner.isSpace(byte) }
        while i < b.count {
            let separators = i
            while i < b.count, isSpace(b[i]) || b[i] == UInt8(ascii: ",") { i += 1 }
            out.append(contentsOf: b[separators..<i])
            guard i < b.count else { break }
            let urlStart = i
            while i < b.count, !isSpace(b[i]) { i += 1 }
            var urlEnd = i
            while urlEnd > urlStart, b[urlEnd - 1] == UInt8(ascii: ",") { urlEnd -= 1 }
            let url = String(decoding: b[urlStart..<urlEnd], as: UTF8.self)
            if let resolved = resolvedReference(url, base: base) {
                out.append(contentsOf: resolved.utf8)
                changed = true
            } else {
                out.append(contentsOf: b[urlStart..<urlEnd])
            }
            out.append(contentsOf: b[urlEnd..<i])
            if urlEnd < i { continue }  // the commas ended the candidate: no descriptors
            // Descriptors (`2x`, `300w`) up to the next comma outside parentheses.
            let descriptors = i
            var depth = 0
            while i < b.count {
                if b[i] == UInt8(ascii: "(") {
                    depth += 1
                } else if b[i] == UInt8(ascii: ")") {
                    depth -= 1
                } else if b[i] == UInt8(ascii: ","), depth <= 0 {
                    break
                }
                i += 1
            }
            out.append(contentsOf: b[descriptors..<i])
        }
        return changed ? String(decoding: out, as: UTF8.self) : nil
    }

    /// `text` with the characters that would end or confuse an attribute value escaped.
    static func escapedForAttribute(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x22 || $0 == 0x27 || $0 == 0x3C || $0 == 0x3E }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a value starts with a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`) or
    /// `#` after leading white space, or is blank.
    private static func startsAbsoluteOrFragment(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < value.count, HTMLAttributeScanner.isSpace(value[i]) { i += 1 }
        guard i < value.count else { return true }
        if value[i] == UInt8(ascii: "#") { return true }
        var sawLetter = false
        while i < value.count {
            let byte = value[i]
            if byte == UInt8(ascii: ":") { return sawLetter }
            guard
                isLetter(byte)
                    || (sawLetter && ((byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E))
            else { return false }
            sawLetter = true
            i += 1
        }
        return false
    }

    /// Whether `bytes[range]` is the element name `name` (lowercase ASCII), in any case.
    private static func isElement(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, named name: StaticString)
        -> Bool
    {
        guard range.count == name.utf8CodeUnitCount else { return false }
        for (k, index) in range.enumerated() where bytes[index] | 0x20 != name.utf8Start[k] { return false }
        return true
    }

    /// Where the text of a `script` or `style` element whose start tag ends at `start` ends: at
    /// its `</script` or `</style`, or the end.
    private static func endOfRawText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while true {
            i = ByteSearch.index(of: UInt8(ascii: "<"), in: bytes, from: i + 1)
            guard i + 1 < bytes.count else { return bytes.count }
            if bytes[i + 1] == UInt8(ascii: "/"),
                isElement(bytes, (i + 2)..<min(bytes.count, i + 8), named: "script")
                    || isElement(bytes, (i + 2)..<min(bytes.count, i + 7), named: "style")
            {
                return i
            }
        }
    }

    /// Where a `<!…>` construct ends: after `-->` for a comment (its text holds no tags), else after `>`.
    private static func endOfMarkupDeclaration(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = bytes.count
        if start + 3 < n, bytes[start + 2] == UInt8(ascii: "-"), bytes[start + 3] == UInt8(ascii: "-") {
            var i = start + 4
            while i + 2 < n {
                if bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: ">") {
                    return i + 3
                }
                i += 1
            }
            return n
        }
        return min(n, ByteSearch.index(of: UInt8(ascii: ">"), in: bytes, from: start) + 1)
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
    }
}
