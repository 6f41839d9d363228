import FeedModel

/// Reads RSS 0.9x, 2.0 (`<rss>`) and RSS 1.0 / 0.90 (`<rdf:RDF>`) documents.
struct RSSReader {
    let documentURL: String?
    let maxEntries: Int

    func read(_ root: XMLNode) -> ParsedFeed {
        let isRDF = root.name == "RDF"
        let format: FeedFormat
        if isRDF {
            format = root.children.contains { $0.namespace == Namespaces.rss090 } ? .rss090 : .rss10
        } else {
            switch root.attribute("version") ?? "" {
            case "0.91": format = .rss091
            case "0.92": format = .rss092
            case "0.93": format = .rss093
            case "0.94": format = .rss094
            case "2.0", "2": format = .rss20
            default: format = .rss
            }
        }
        let channel = root.firstChild(named: "channel")
        var feed = ParsedFeed(format: format)
        let base = channel?.base(documentURL: documentURL) ?? documentURL
        if let channel {
            feed.title = channel.firstChild(named: "title").map { HTMLText.plainText($0.text) }
            feed.link = channel.firstChild(named: "link", in: ["", Namespaces.rss10, Namespaces.rss090])
                .map { resolveURL($0.text, base: base) }
            feed.language = nonEmpty(
                channel.firstChild(named: "language")?.text ?? channel.firstChild(named: "language", in: [Namespaces.dc])?.text)
                ?? root.language
            if let ttl = channel.firstChild(named: "ttl").flatMap({ Int($0.text.trimmingASCIIWhitespace()) }) {
                feed.ttlMinutes = ttl
            }
        }
        // RSS 2.0 items live in the channel; RSS 1.0 / 0.90 items are siblings of the channel.
        let itemParent = isRDF ? root : (channel ?? root)
        var items = itemParent.children(named: "item")
        if isRDF, items.isEmpty, let channel { items = channel.children(named: "item") }
        for item in items.prefix(maxEntries) {
            feed.entries.append(readItem(item, base: item.base(documentURL: base), feedLanguage: feed.language))
        }
        return feed
    }

    private func readItem(_ item: XMLNode, base: String?, feedLanguage: String?) -> ParsedEntry {
        var entry = ParsedEntry()
        entry.id = nonEmpty(item.firstChild(named: "guid")?.text.trimmingASCIIWhitespace())
            ?? nonEmpty(item.attribute("about", namespace: Namespaces.rdf))
        entry.title = item.firstChild(named: "title").map { HTMLText.plainText($0.text) }
        if let link = nonEmpty(item.firstChild(named: "link", in: ["", Namespaces.rss10, Namespaces.rss090])?.text
            .trimmingASCIIWhitespace())
        {
            entry.link = resolveURL(link, base: base)
        } else if let guid = item.firstChild(named: "guid"), guid.attribute("isPermaLink") != "false",
            let id = entry.id, id.hasPrefix("http://") || id.hasPrefix("https://")
        {
            entry.link = id
        } else if let about = item.attribute("about", namespace: Namespaces.rdf) {
            entry.link = resolveURL(about, base: base)
        }
        if let description = item.firstChild(named: "description") {
            entry.summary = FeedText(value: description.text, isHTML: true)
        }
        if let encoded = item.firstChild(named: "encoded", in: [Namespaces.content]) {
            entry.content = FeedText(value: encoded.text, isHTML: true)
        }
        let body = entry.content ?? entry.summary
        entry.text = body.map { $0.isHTML ? HTMLText.plainText($0.value) : HTMLText.collapse($0.value) } ?? ""
        let dateText = item.firstChild(named: "pubDate")?.text ?? item.firstChild(named: "date", in: [Namespaces.dc])?.text
        entry.published = dateText.flatMap(FeedDate.parse)
        entry.language = item.language ?? feedLanguage
        entry.authors = (item.children(named: "author") + item.children(named: "creator", in: [Namespaces.dc]))
            .compactMap { nonEmpty($0.text.trimmingASCIIWhitespace()) }
        entry.categories = (item.children(named: "category") + item.children(named: "subject", in: [Namespaces.dc]))
            .compactMap { nonEmpty($0.text.trimmingASCIIWhitespace()) }
        return entry
    }
}

func nonEmpty(_ s: String?) -> String? {
    guard let s, !s.isEmpty else { return nil }
    return s
}
