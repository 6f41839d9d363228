/// The parts of a feed URL that `feeds.conf` checks and compares.
///
/// This is deliberately not a full RFC 3986 parser: it splits off the scheme, the
/// authority (user info, host, port), and the rest, which is enough to refuse
/// non-HTTP schemes and missing hosts and to spot the same feed written twice.
struct FeedURL: Equatable {
    /// The scheme as written, e.g. `HTTPS`.
    let scheme: String
    /// `user:password@` as written, or empty.
    let userInfo: String
    /// The host, lower-cased; IPv6 literals keep their brackets.
    let host: String
    /// `:port` as written, or empty.
    let port: String
    /// Path, query and fragment as written (possibly empty).
    let rest: String

    /// Splits `text` at `://`; nil when it has no `://`.
    init?(_ text: String) {
        guard let separator = text.firstRange(of: "://") else { return nil }
        scheme = String(text[..<separator.lowerBound])
        let afterScheme = text[separator.upperBound...]
        let authorityEnd =
            afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterScheme.endIndex
        var authority = afterScheme[..<authorityEnd]
        rest = String(afterScheme[authorityEnd...])
        if let at = authority.lastIndex(of: "@") {
            userInfo = String(authority[...at])
            authority = authority[authority.index(after: at)...]
        } else {
            userInfo = ""
        }
        // A colon after the last `]` (IPv6 literal) or anywhere in a plain host starts the port.
        let hostEnd = authority.lastIndex(of: "]").map { authority.index(after: $0) } ?? authority.startIndex
        if let colon = authority[hostEnd...].firstIndex(of: ":") {
            host = authority[..<colon].lowercased()
            port = String(authority[colon...])
        } else {
            host = authority.lowercased()
            port = ""
        }
    }

    /// Why the URL cannot be polled, or nil when it is an `http`/`https` URL with a host.
    var problem: String? {
        let lowered = scheme.lowercased()
        guard lowered == "http" || lowered == "https" else {
            return "unsupported URL scheme '\(scheme)' (only http and https)"
        }
        if host.isEmpty { return "URL has no host" }
        let portDigits = port.dropFirst()
        if !port.isEmpty, portDigits.isEmpty || !portDigits.unicodeScalars.allSatisfy(\.isASCIIDigit) {
            return "URL has an invalid port '\(portDigits)'"
        }
        return nil
    }

    /// The form used to detect the same feed listed twice.
    ///
    /// Scheme and host are lower-cased, the fragment is dropped, a default port (`:80` for
    /// http, `:443` for https) is removed and an empty path becomes `/`. Path and query keep
    /// their case, because servers may treat it as significant.
    var comparisonKey: String {
        let lowered = scheme.lowercased()
        var tail = Substring(rest)
        if let hash = tail.firstIndex(of: "#") { tail = tail[..<hash] }
        if tail.isEmpty || tail.first == "?" { tail = "/" + tail }
        let isDefaultPort = (lowered == "http" && port == ":80") || (lowered == "https" && port == ":443")
        return lowered + "://" + userInfo + host + (isDefaultPort ? "" : port) + tail
    }
}
