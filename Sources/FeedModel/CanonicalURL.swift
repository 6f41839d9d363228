/// Normalises article URLs so that one article reached through differently
/// decorated links is recognised as the same article.
///
/// Scheme and host are lower-cased, the default port and the fragment are dropped,
/// and tracking parameters (`utm_*`, `fbclid`, `gclid`, `dclid`, `mc_cid`, `mc_eid`)
/// are removed from the query. Everything else (path case, parameter order) is kept,
/// because servers may treat it as significant.
public enum CanonicalURL {
    /// Query parameter prefixes that only track the reader and never select content.
    public static let trackingPrefixes = ["utm_", "fbclid", "gclid", "dclid", "mc_cid", "mc_eid", "_ga"]

    /// Returns the canonical form of `url`, or the trimmed input when it is not an absolute http(s) URL.
    public static func canonicalize(_ url: String) -> String {
        let trimmed = url.trimmingASCIIWhitespace()
        guard let schemeEnd = trimmed.firstRange(of: "://") else { return trimmed }
        let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
        var rest = Substring(trimmed[schemeEnd.upperBound...])
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var authority = rest[..<authorityEnd].lowercased()
        let afterAuthority = rest[authorityEnd...]
        if scheme == "http", authority.hasSuffix(":80") { authority.removeLast(3) }
        if scheme == "https", authority.hasSuffix(":443") { authority.removeLast(4) }
        var path = Substring("")
        var query: Substring?
        if let q = afterAuthority.firstIndex(of: "?") {
            path = afterAuthority[..<q]
            query = afterAuthority[afterAuthority.index(after: q)...]
        } else {
            path = afterAuthority
        }
        var result = scheme + "://" + authority + (path.isEmpty ? "/" : String(path))
        if let query {
            let kept = query.split(separator: "&", omittingEmptySubsequences: true).filter { pair in
                let name = pair.split(separator: "=", maxSplits: 1).first.map { $0.lowercased() } ?? ""
                return !trackingPrefixes.contains { name.hasPrefix($0) }
            }
            if !kept.isEmpty { result += "?" + kept.joined(separator: "&") }
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    package func trimmingASCIIWhitespace() -> String {
        // By bytes: an ASCII byte is never part of a longer character, so cutting there is safe; and
        // most values (URLs, ids, dates) have nothing to trim, so they come back without a copy.
        let bytes = utf8
        guard let head = bytes.first, let tail = bytes.last else { return self }
        if !Self.isASCIIWhitespace(head) && !Self.isASCIIWhitespace(tail) { return self }
        guard let first = bytes.firstIndex(where: { !Self.isASCIIWhitespace($0) }),
            let last = bytes.lastIndex(where: { !Self.isASCIIWhitespace($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}

extension Unicode.Scalar {
    /// Space, tab, line feed, carriage return or form feed.
    package var isASCIIWhitespace: Bool {
        value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0C
    }
}
