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
        guard let base, base.utf8.first != UInt8(ascii: "#"), isAbsoluteOrFragment(base) else { return html }
        var html = html
        return html.withUTF8 { bytes -> String? in rewritten(bytes, base: base) } ?? html
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
            i = HTMLAttributeScanner.scan(bytes, from: nameEnd) { attribute in
                guard attribute.value.lowerBound >= copied,
                    let resolved = resolvedValue(attribute, in: bytes, base: base)
                else { return }
                if out.isEmpty { out.reserveCapacity(n + 256) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<attribute.value.lowerBound]))
                out.append(contentsOf: resolved.utf8)
                copied = attribute.value.upperBound
            }
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return String(decoding: out, as: UTF8.self)
    }

    /// The absolute form of a URL attribute's value, or nil when it is not a URL attribute or
    /// needs no change.
    private static func resolvedValue(
        _ attribute: HTMLAttributeScanner.Attribute, in bytes: UnsafeBufferPointer<UInt8>, base: String
    ) -> String? {
        let isSrcset = attribute.name == srcsetKey
        guard !attribute.value.isEmpty, isSrcset || urlAttributes.contains(attribute.name) else { return nil }
        // Most values are absolute: told from their bytes, without making a string.
        if !isSrcset, startsAbsoluteOrFragment(UnsafeBufferPointer(rebasing: bytes[attribute.value])) { return nil }
        let raw = HTMLAttributeScanner.string(bytes, attribute.value)
        let resolved = isSrcset ? resolvedSourceSet(raw, base: base) : resolvedReference(raw, base: base)
        guard let resolved, resolved != raw else { return nil }
        // An unquoted value ends at white space or `>`: the resolver escapes both.
        return resolved
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

    /// One reference made absolute, or nil when it is absolute, fragment-only or blank already.
    static func resolvedReference(_ raw: String, base: String) -> String? {
        guard !isAbsoluteOrFragment(raw) else { return nil }
        return resolveURL(raw, base: base)
    }

    /// Whether a reference has a scheme, is fragment-only or is blank.
    private static func isAbsoluteOrFragment(_ reference: String) -> Bool {
        var reference = reference
        return reference.withUTF8 { startsAbsoluteOrFragment($0) }
    }

    /// A `srcset` (`a.jpg 1x, b.jpg 2x`) with each candidate's URL made absolute.
    static func resolvedSourceSet(_ raw: String, base: String) -> String? {
        var changed = false
        let candidates = raw.split(separator: ",", omittingEmptySubsequences: false).map { candidate -> String in
            let leading = candidate.prefix { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
            let rest = candidate.dropFirst(leading.count)
            let url = rest.prefix { $0 != " " && $0 != "\n" && $0 != "\t" && $0 != "\r" }
            guard !url.isEmpty, let resolved = resolvedReference(String(url), base: base) else {
                return String(candidate)
            }
            changed = true
            return String(leading) + resolved + rest.dropFirst(url.count)
        }
        return changed ? candidates.joined(separator: ",") : nil
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
