import FeedModel

/// Reads RSS 0.9x and 2.0 (`<rss>`), RSS 1.0 and 0.90 (`<rdf:RDF>`) and CDF (`<CHANNEL>`) documents.
///
/// Element names are matched case-insensitively and by namespace, so extension elements that
/// reuse a core name (`<foo:description>`) never replace the core one.
struct RSSReader {
    let documentURL: String?
    let maxEntries: Int
    /// True when the document declares the Netscape RSS 0.91 DTD.
    let netscapeDoctype: Bool

    func read(_ root: XMLNode) -> ParsedFeed {
        let rootName = root.name.lowercased()
        let isRDF = rootName == "rdf" || rootName == "rdf:rdf"
        let isCDF = rootName == "channel"
        let format = Self.format(root: root, isRDF: isRDF, isCDF: isCDF, netscape: netscapeDoctype)
        let channel = isCDF ? root : root.children.first { $0.key(atomNamespace: nil) == "channel" }
        let base = (channel ?? root).base(documentURL: documentURL)
        var builder = FeedBuilder(format: format, base: base)
        builder.feed.language = (channel ?? root).language
        var items: [XMLNode] = []
        if let channel {
            readChannel(channel, into: &builder, items: &items)
        }
        // RSS 1.0 / 0.90 items (and the image) are siblings of the channel; some RSS 2.0 feeds forget the channel.
        for node in root.childrenUnnestingLinks {
            switch node.key(atomNamespace: nil) {
            case "item": items.append(node)
            case "image": builder.feed.image = readImage(node, base: base)  // RDF: the channel only refers to it
            default: break
            }
        }
        if isCDF, let href = root.looseAttribute("href") { builder.feed.link = resolveURL(href, base: base) }
        if isCDF, let lastmod = root.looseAttribute("lastmod") { builder.feed.updated = FeedDate.parse(lastmod) }
        // Items an unclosed `<link href="…">` inside an item swallowed (libxml2 nests the rest of
        // the channel in it) are items all the same.
        items = items.flatMap { [$0] + XMLNode.itemsNested(in: $0, named: "item") }
        var feed = builder.finish()
        // Served without a URL and without xml:base, relative item links resolve against the channel's
        // own (absolute) link, as miniflux and most readers do.
        let itemBase = base ?? feed.link.flatMap { $0.contains("://") ? $0 : nil }
        for item in items.prefix(maxEntries) {
            feed.entries.append(
                readItem(
                    item, base: item.base(documentURL: itemBase), feedLanguage: feed.language,
                    feedAuthors: builder.entryAuthors))
        }
        return feed
    }

    static func format(root: XMLNode, isRDF: Bool, isCDF: Bool, netscape: Bool) -> FeedFormat {
        if isCDF { return .cdf }
        if isRDF {
            let declared = root.declaredNamespaces
            if root.children.contains(where: { $0.namespace == Namespaces.rss090 })
                || declared.contains(Namespaces.rss090)
            {
                return .rss090
            }
            return .rss10
        }
        let version = (root.attribute("version") ?? "").trimmingASCIIWhitespace()
        switch version {
        case "0.91": return netscape ? .rss091n : .rss091u
        case "0.92": return .rss092
        case "0.93": return .rss093
        case "0.94": return .rss094
        case "": return .rss
        default:
            if version.hasPrefix("2") { return .rss20 }
            return .rss
        }
    }

    private func readChannel(_ channel: XMLNode, into builder: inout FeedBuilder, items: inout [XMLNode]) {
        let base = builder.base
        for node in channel.childrenUnnestingLinks {
            let key = node.key(atomNamespace: nil)
            switch key {
            case "item":
                items.append(node)
            case "title":
                builder.feed.titleDetail = FeedTextReader.rss(node, html: false)
            case "link":
                if let href = node.linkValue {
                    let url = resolveURL(href, base: base)
                    builder.feed.link = url
                    builder.feed.links.append(FeedLink(href: url, rel: "alternate", type: "text/html"))
                }
            case "description", "tagline", "abstract", "subtitle":
                builder.feed.subtitle = FeedTextReader.rss(node, html: true)
            case "copyright", "rights":
                builder.feed.rights = FeedTextReader.rss(node, html: false)
            case "language":
                builder.feed.language = nonEmpty(node.text.trimmingASCIIWhitespace())
            case "pubdate":
                builder.feed.published = FeedDate.parse(node.text) ?? builder.feed.published
            case "lastbuilddate", "updated":
                builder.feed.updated = FeedDate.parse(node.text) ?? builder.feed.updated
            case "category":
                builder.addCategories(node.text, separators: [])
            case "image":
                builder.feed.image = readImage(node, base: base)
            case "atom:link":
                let link = AtomReader.link(node, base: base)
                builder.feed.links.append(link)
                if link.rel == "alternate", builder.feed.link == nil { builder.feed.link = link.href }
            case "author":
                if let person = PersonParser.parse(node) { builder.persons.append(person) }
            case "atom:id", "guid":
                builder.feed.id = nonEmpty(node.text.trimmingASCIIWhitespace())
            case "atom:updated":
                builder.feed.updated = FeedDate.parse(node.text) ?? builder.feed.updated
            case "atom:published":
                builder.feed.published = FeedDate.parse(node.text) ?? builder.feed.published
            case "atom:subtitle", "atom:tagline":
                if builder.feed.subtitle == nil { builder.feed.subtitle = FeedTextReader.atom(node) }
            // Atom elements in an RSS channel (.NET's `a10:`, RDF feeds): fallbacks for RSS's own.
            case "atom:title":
                if builder.feed.titleDetail == nil { builder.feed.titleDetail = FeedTextReader.atom(node) }
            case "atom:rights", "atom:copyright":
                if builder.feed.rights == nil { builder.feed.rights = FeedTextReader.atom(node) }
            case "atom:icon":
                builder.feed.icon = nonEmpty(node.text.trimmingASCIIWhitespace()).map { resolveURL($0, base: base) }
            case "atom:logo":
                if builder.feed.image == nil, let logo = nonEmpty(node.text.trimmingASCIIWhitespace()) {
                    builder.feed.image = FeedImage(url: resolveURL(logo, base: base))
                }
            case "atom:author":
                if let person = AtomReader.person(node, atomNamespace: Namespaces.atom10, base: base) {
                    builder.persons.append(person)
                }
            default:
                _ = builder.applyShared(key, node)
            }
        }
    }

    private func readImage(_ node: XMLNode, base: String?) -> FeedImage {
        var image = FeedImage()
        for child in node.children {
            switch child.key(atomNamespace: nil) {
            case "url": image.url = nonEmpty(child.text.trimmingASCIIWhitespace()).map { resolveURL($0, base: base) }
            case "title": image.title = nonEmpty(HTMLText.collapse(child.text))
            case "link": image.link = nonEmpty(child.text.trimmingASCIIWhitespace()).map { resolveURL($0, base: base) }
            default: break
            }
        }
        if image.url == nil,
            let about = nonEmpty(
                (node.attribute("resource", namespace: Namespaces.rdf)
                    ?? node.attribute("about", namespace: Namespaces.rdf))?
                    .trimmingASCIIWhitespace())
        {
            image.url = resolveURL(about, base: base)
        }
        return image
    }

    private func readItem(_ item: XMLNode, base: String?, feedLanguage: String?, feedAuthors: [FeedPerson])
        -> ParsedEntry
    {
        var builder = EntryBuilder(base: base)
        builder.entry.language = item.languageAttribute
        builder.inheritedLanguage = item.language
        if let about = item.attribute("about", namespace: Namespaces.rdf) {
            builder.aboutLink = resolveURL(about, base: base)
            builder.entry.id = about
        }
        if let href = item.looseAttribute("href"), item.namespace.isEmpty, item.name == "ITEM" || item.name == "item" {
            builder.entry.link = resolveURL(href, base: base)
        }
        if let lastmod = item.looseAttribute("lastmod") { builder.entry.updated = FeedDate.parse(lastmod) }
        for node in item.childrenUnnestingLinks {
            let key = node.key(atomNamespace: nil)
            switch key {
            case "title":
                builder.entry.titleDetail = FeedTextReader.rss(node, html: false)
            case "link":
                // The first link is the entry's page (gofeed, miniflux); every one is kept in `links`.
                if let href = node.linkValue {
                    let url = resolveURL(href, base: base)
                    if !builder.rssLinkSeen { builder.entry.link = url }
                    builder.rssLinkSeen = true
                    builder.entry.links.append(FeedLink(href: url, rel: "alternate", type: "text/html"))
                }
            case "guid":
                let guid = node.text.trimmingASCIIWhitespace()
                builder.entry.id = nonEmpty(guid)
                let permalink = (node.attribute("isPermaLink") ?? "true").lowercased() != "false"
                if permalink, guid.hasPrefix("http://") || guid.hasPrefix("https://") || guid.hasPrefix("/") {
                    builder.guidLink = resolveURL(guid, base: base)
                } else {
                    builder.guidLink = nil
                }
            case "description", "summary", "abstract":
                let text = FeedTextReader.rss(node, html: true)
                if builder.entry.summary == nil || key == builder.summaryKey {
                    builder.entry.summary = text
                    builder.summaryKey = key
                } else if builder.entry.content == nil {
                    builder.entry.content = text
                }
            case "pubdate", "issued":
                builder.entry.published = FeedDate.parse(node.text) ?? builder.entry.published
            case "lastbuilddate", "modified", "updated":
                builder.entry.updated = FeedDate.parse(node.text) ?? builder.entry.updated
            case "author":
                if let person = PersonParser.parse(node) { builder.persons.append(person) }
            case "category":
                builder.addCategories(node.text, separators: [])
            case "tags":
                builder.addCategories(node.text, separators: [","])
            case "enclosure":
                // Without a URL there is nothing to fetch (an empty one would resolve to the feed itself).
                guard let raw = nonEmpty(node.looseAttribute("url")?.trimmingASCIIWhitespace()) else { break }
                let url = resolveURL(raw, base: base)
                builder.entry.enclosures.append(
                    FeedEnclosure(
                        url: url, type: nonEmpty(node.looseAttribute("type")),
                        length: nonEmpty(node.looseAttribute("length"))))
            case "comments":
                // A link to the comments page; words (`<comments>Some text</comments>`) are none.
                builder.entry.comments = nonEmpty(node.text.trimmingASCIIWhitespace()).flatMap {
                    $0.utf8.contains(where: { $0 <= 0x20 }) ? nil : resolveURL($0, base: base)
                }
            case "copyright":
                builder.entry.rights = FeedTextReader.rss(node, html: false)
            case "language":
                builder.entry.language = nonEmpty(node.text.trimmingASCIIWhitespace())
            case "atom:link":
                let link = AtomReader.link(node, base: base)
                builder.entry.links.append(link)
                if link.rel == "alternate", builder.entry.link == nil { builder.entry.link = link.href }
                if link.rel == "enclosure" {
                    builder.entry.enclosures.append(FeedEnclosure(url: link.href, type: link.type, length: link.length))
                }
            case "atom:id":
                builder.entry.id = nonEmpty(node.text.trimmingASCIIWhitespace())
            case "atom:updated":
                builder.entry.updated = FeedDate.parse(node.text) ?? builder.entry.updated
            case "atom:published":
                builder.entry.published = FeedDate.parse(node.text) ?? builder.entry.published
            case "atom:title":
                if builder.entry.titleDetail == nil { builder.entry.titleDetail = FeedTextReader.atom(node) }
            case "atom:created", "atom:issued":
                if builder.entry.published == nil { builder.entry.published = FeedDate.parse(node.text) }
            case "atom:summary":
                if builder.entry.summary == nil { builder.entry.summary = FeedTextReader.atom(node) }
            case "atom:content":
                if builder.entry.content == nil { builder.entry.content = FeedTextReader.atom(node) }
            default:
                _ = builder.applyShared(key, node)
            }
        }
        // An item that names nobody was written by the channel's author (miniflux, RFC 4287 §4.2.1 for Atom).
        return builder.finish(feedLanguage: feedLanguage, feedAuthors: feedAuthors)
    }
}
