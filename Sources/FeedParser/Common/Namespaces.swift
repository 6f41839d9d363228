import FeedModel

/// Namespace URIs the readers recognise, and the short prefixes element keys use for them.
enum Namespaces {
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// Namespace URI (lowercased) → the prefix element keys use. RSS's own namespaces map to "".
    private static let prefixes: [String: String] = [
        "": "",
        rss10: "", rss090: "",
        "http://backend.userland.com/rss2": "", "http://backend.userland.com/rss": "",
        "http://blogs.law.harvard.edu/tech/rss": "", "http://purl.org/net/rss1.1#": "",
        atom10: "atom", atom03: "atom",
        dc: "dc", "http://purl.org/dc/terms/": "dcterms",
        content: "content",
        "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
        "http://www.google.com/schemas/play-podcasts/1.0": "googleplay",
        "http://search.yahoo.com/mrss/": "media", "http://search.yahoo.com/mrss": "media",
        "http://video.search.yahoo.com/mrss": "media", "http://video.search.yahoo.com/mrss/": "media",
        "http://purl.org/rss/1.0/modules/slash/": "slash",
        "http://purl.org/rss/1.0/modules/syndication/": "sy",
        xhtml: "xhtml",
        rdf: "rdf",
        "http://rssnamespace.org/feedburner/ext/1.0": "feedburner",
        "http://podlove.org/simple-chapters": "psc",
        "http://wellformedweb.org/commentapi/": "wfw",
        "http://purl.org/syndication/thread/1.0": "thr",
        "http://webns.net/mvcb/": "admin",
        "http://purl.oclc.org/net/rss_2.0/enc#": "enc",
    ]

    /// ``prefixes`` keyed by ``loose(_:)`` URIs.
    private static let loosePrefixes: [String: String] = Dictionary(
        prefixes.map { (loose($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })

    /// A namespace URI as feeds get it wrong: lower-cased, `https` read as `http`, without a trailing
    /// `/` or `#` (`http://purl.org/dc/elements/1.1` is Dublin Core all the same).
    private static func loose(_ uri: String) -> String {
        var value = uri.trimmingASCIIWhitespace().lowercased()
        if value.hasPrefix("https://") { value = "http://" + value.dropFirst(8) }
        while let last = value.last, last == "/" || last == "#" { value.removeLast() }
        return value
    }

    /// Prefixes accepted literally on elements whose prefix was never declared (`<dc:creator>` without
    /// `xmlns:dc`), which libxml2's recover mode keeps as part of the name.
    private static let knownPrefixes: Set<String> = [
        "atom", "dc", "dcterms", "content", "itunes", "googleplay", "media", "slash", "sy", "xhtml", "rdf",
        "feedburner", "psc", "wfw", "thr", "admin", "enc",
    ]

    /// The prefix for `uri`, or nil for namespaces the readers do not know.
    static func prefix(for uri: String) -> String? {
        if let known = prefixes[uri] { return known }
        let loose = loose(uri)
        if let known = loosePrefixes[loose] { return known }
        if loose.hasPrefix("http://backend.userland.com/rss") { return "" }
        return nil
    }

    /// The key of an element: `prefix:localname` (or `localname` for RSS core), lowercased.
    /// `documentNamespace` is the root element's namespace, read as Atom for Atom documents.
    /// `declaredPrefix` is the prefix the document bound the namespace to: when the URI is one the
    /// readers do not know (`…/dc/elements/1.0/`, a typo) but the prefix is a well-known one, the
    /// element is read by its prefix, as other feed readers do; without a prefix (a default
    /// namespace, the one the root element is in) and outside Atom, it is read as an RSS element.
    static func key(
        local: String, namespace: String, atomNamespace: String?, declaredPrefix: @autoclosure () -> String? = nil,
        inRootNamespace: @autoclosure () -> Bool = true
    ) -> String {
        let local = local.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? local.lowercased() : local
        if let atomNamespace, namespace == atomNamespace { return "atom:" + local.lowercased() }
        if namespace.isEmpty, let colon = local.firstIndex(of: ":") {
            let prefix = local[..<colon].lowercased()
            // An undeclared `rss:` prefix (`<rss:channel><rss:item>`): RSS's own elements.
            if prefix == "rss" { return local[local.index(after: colon)...].lowercased() }
            if knownPrefixes.contains(prefix) {
                return prefix + ":" + local[local.index(after: colon)...].lowercased()
            }
        }
        if let prefix = prefix(for: namespace) {
            return prefix.isEmpty ? local.lowercased() : prefix + ":" + local.lowercased()
        }
        // Only for a namespace the readers do not know: most elements never read their prefix.
        let declaredPrefix = declaredPrefix()
        let declared = declaredPrefix.map { $0.lowercased() }.flatMap { knownPrefixes.contains($0) ? $0 : nil }
        guard let prefix = declared else {
            // An unknown default namespace outside Atom (`<rss xmlns="https://cyber.harvard.edu/rss/rss.html">`):
            // its unprefixed elements are RSS's own, as feedparser and gofeed read them.
            if declaredPrefix == nil, atomNamespace == nil, inRootNamespace() { return local.lowercased() }
            return "?" + local.lowercased()
        }
        return prefix.isEmpty ? local.lowercased() : prefix + ":" + local.lowercased()
    }
}
