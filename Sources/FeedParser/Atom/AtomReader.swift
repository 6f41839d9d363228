import FeedModel

/// Reads Atom 1.0 (RFC 4287) and Atom 0.3 documents, and `<feed>` documents in an unknown
/// namespace the same way.
struct AtomReader {
    let documentURL: String?
    let maxEntries: Int

    /// An Atom entry document: a feed without feed-level fields, holding that entry.
    func readEntryDocument(_ root: XMLNode) -> ParsedFeed {
        let format: FeedFormat = root.namespace == Namespaces.atom03 ? .atom03 : .atom10
        var feed = ParsedFeed(format: format)
        let base = root.base(documentURL: documentURL)
        feed.entries.append(
            readEntry(root, atomNamespace: root.namespace, base: base, feedLanguage: root.language, feedAuthors: []))
        return feed
    }

    func read(_ root: XMLNode) -> ParsedFeed {
        let atomNamespace = root.namespace
        let format: FeedFormat
        switch atomNamespace {
        case Namespaces.atom10: format = .atom10
        case Namespaces.atom03: format = .atom03
        default: format = root.attribute("version") == "0.3" ? .atom03 : .atom
        }
        let base = root.base(documentURL: documentURL)
        var builder = FeedBuilder(format: format, base: base)
        builder.feed.language = root.language
        var entries: [XMLNode] = []
        for node in root.childrenUnnestingLinks {
            let key = node.key(atomNamespace: atomNamespace)
            let nodeBase = node.base(documentURL: base)
            switch key {
            case "atom:entry":
                entries.append(node)
            case "atom:title":
                builder.feed.titleDetail = FeedTextReader.atom(node)
            case "atom:subtitle", "atom:tagline":
                builder.feed.subtitle = FeedTextReader.atom(node)
            case "atom:rights", "atom:copyright":
                builder.feed.rights = FeedTextReader.atom(node)
            case "atom:id":
                builder.feed.id = Self.identifier(node, base: nodeBase)
            case "atom:link":
                let link = Self.link(node, base: nodeBase)
                builder.feed.links.append(link)
                if Self.isPageLink(link), builder.feed.link == nil { builder.feed.link = link.href }
            case "atom:updated", "atom:modified":
                builder.feed.updated = FeedDate.parse(node.text) ?? builder.feed.updated
            case "atom:published", "atom:issued":
                builder.feed.published = FeedDate.parse(node.text) ?? builder.feed.published
            case "atom:author":
                if let person = Self.person(node, atomNamespace: atomNamespace, base: nodeBase) {
                    builder.persons.append(person)
                }
            case "atom:category":
                builder.addCategories(Self.categoryTerm(node), separators: [])
            case "atom:icon":
                builder.feed.icon = nonEmpty(node.text.trimmingASCIIWhitespace()).map { resolveURL($0, base: nodeBase) }
            case "atom:logo":
                builder.feed.logo = nonEmpty(node.text.trimmingASCIIWhitespace()).map { resolveURL($0, base: nodeBase) }
                if builder.feed.image == nil, let logo = builder.feed.logo { builder.feed.image = FeedImage(url: logo) }
            case "atom:generator":
                builder.feed.generator = nonEmpty(HTMLText.collapse(node.text))
            default:
                _ = builder.applyShared(key, node)
            }
        }
        if builder.feed.link == nil {
            builder.feed.link = builder.feed.links.first { $0.rel == "alternate" }?.href
        }
        if builder.feed.image == nil, let icon = builder.feed.icon {
            // No logo: the icon is the only picture the feed has.
            builder.feed.image = FeedImage(url: icon)
        }
        var feed = builder.finish()
        // Entries nested in an entry's unclosed `<link href="…">` (libxml2's recovery) are entries too.
        entries = entries.flatMap { [$0] + XMLNode.itemsNested(in: $0, named: "entry") }
        for node in entries.prefix(maxEntries) {
            feed.entries.append(
                readEntry(
                    node, atomNamespace: atomNamespace, base: node.base(documentURL: base),
                    feedLanguage: feed.language, feedAuthors: feed.authors))
        }
        return feed
    }

    private func readEntry(
        _ entryNode: XMLNode, atomNamespace: String, base: String?, feedLanguage: String?, feedAuthors: [FeedPerson]
    ) -> ParsedEntry {
        var builder = EntryBuilder(base: base)
        builder.entry.language = entryNode.languageAttribute
        builder.inheritedLanguage = entryNode.language
        var sourceAuthors: [FeedPerson] = []
        for node in entryNode.childrenUnnestingLinks {
            let key = node.key(atomNamespace: atomNamespace)
            let nodeBase = node.base(documentURL: base)
            switch key {
            case "atom:title":
                builder.entry.titleDetail = FeedTextReader.atom(node)
            case "atom:id":
                builder.entry.id = Self.identifier(node, base: nodeBase)
                // Like a permalink guid: the page when the entry links nowhere else (Miniflux reads it so).
                if let id = builder.entry.id, id.hasPrefix("http://") || id.hasPrefix("https://") {
                    builder.guidLink = id
                }
            case "atom:link":
                let link = Self.link(node, base: nodeBase)
                builder.entry.links.append(link)
                if Self.isPageLink(link), builder.entry.link == nil { builder.entry.link = link.href }
                // RFC 4685: the HTML page of an entry's replies is its comments page (WordPress, Blogger);
                // a replies link without a type is usually a comments feed, not a page.
                let repliesType = node.attribute("type")?.trimmingASCIIWhitespace().lowercased()
                if link.rel == "replies", repliesType == "text/html" || repliesType == "application/xhtml+xml",
                    builder.entry.comments == nil,
                    !(node.attribute("href") ?? "").trimmingASCIIWhitespace().utf8.contains(where: { $0 <= 0x20 })
                {
                    builder.entry.comments = link.href
                }
                if link.rel == "enclosure", nonEmpty(node.attribute("href")?.trimmingASCIIWhitespace()) != nil {
                    builder.entry.enclosures.append(FeedEnclosure(url: link.href, type: link.type, length: link.length))
                }
            case "atom:summary":
                builder.entry.summary = FeedTextReader.atom(node)
                builder.summaryBase = nodeBase
                builder.summaryPlain = FeedTextReader.xhtmlPlainText(node)
            case "atom:content":
                if let src = node.attribute("src") {
                    builder.entry.links.append(
                        FeedLink(href: resolveURL(src, base: nodeBase), rel: "enclosure", type: node.attribute("type")))
                } else {
                    builder.entry.content = FeedTextReader.atom(node)
                    builder.contentBase = nodeBase
                    builder.contentPlain = FeedTextReader.xhtmlPlainText(node)
                }
            case "atom:updated", "atom:modified":
                builder.entry.updated = FeedDate.parse(node.text) ?? builder.entry.updated
            case "atom:published", "atom:issued":
                builder.entry.published = FeedDate.parse(node.text) ?? builder.entry.published
            case "atom:created":
                if builder.entry.published == nil { builder.entry.published = FeedDate.parse(node.text) }
            case "atom:author":
                if let person = Self.person(node, atomNamespace: atomNamespace, base: nodeBase) {
                    builder.persons.append(person)
                }
            case "atom:category":
                builder.addCategories(Self.categoryTerm(node), separators: [])
            case "atom:rights", "atom:copyright":
                builder.entry.rights = FeedTextReader.atom(node)
            case "atom:source":
                // An entry copied from another feed: its authors are the source feed's (RFC 4287 §4.2.1).
                for child in node.children where child.key(atomNamespace: atomNamespace) == "atom:author" {
                    if let person = Self.person(
                        child, atomNamespace: atomNamespace, base: child.base(documentURL: base))
                    {
                        sourceAuthors.append(person)
                    }
                }
            default:
                _ = builder.applyShared(key, node)
            }
        }
        if builder.entry.link == nil {
            builder.entry.link = builder.entry.links.first { $0.rel == "alternate" }?.href
        }
        return builder.finish(
            feedLanguage: feedLanguage, feedAuthors: sourceAuthors.isEmpty ? feedAuthors : sourceAuthors)
    }

    /// An `atom:link`: `href` (or the element's text), `rel` defaulting to `alternate` and `type`
    /// defaulting as feedparser does (`application/atom+xml` for `self`, else `text/html`).
    static func link(_ node: XMLNode, base: String?) -> FeedLink {
        let rawHref = node.attribute("href") ?? node.text.trimmingASCIIWhitespace()
        var rel = nonEmpty(node.attribute("rel")?.trimmingASCIIWhitespace()) ?? "alternate"
        // RFC 4287 §4.2.7.2: `http://www.iana.org/assignments/relation/alternate` is `alternate`.
        for registry in ["http://www.iana.org/assignments/relation/", "https://www.iana.org/assignments/relation/"]
        where rel.lowercased().hasPrefix(registry) && rel.count > registry.count {
            rel = String(rel.dropFirst(registry.count))
        }
        let type =
            nonEmpty(node.attribute("type")?.trimmingASCIIWhitespace())
            ?? (rel == "self" ? "application/atom+xml" : "text/html")
        return FeedLink(
            href: resolveURL(rawHref, base: base), rel: rel, type: type, title: nonEmpty(node.attribute("title")),
            hreflang: nonEmpty(node.attribute("hreflang")), length: nonEmpty(node.attribute("length")))
    }

    /// Whether `link` points at the HTML page of the feed or entry.
    static func isPageLink(_ link: FeedLink) -> Bool {
        guard link.rel == "alternate" else { return false }
        let type = (link.type ?? "text/html").lowercased()
        return type == "text/html" || type == "application/xhtml+xml"
    }

    /// An `atom:id`, resolved when it is a relative reference.
    static func identifier(_ node: XMLNode, base: String?) -> String? {
        guard let id = nonEmpty(node.text.trimmingASCIIWhitespace()) else { return nil }
        if let colon = id.firstIndex(of: ":"), !id[..<colon].contains("/") { return id }
        return resolveURL(id, base: base)
    }

    static func categoryTerm(_ node: XMLNode) -> String {
        node.attribute("term") ?? node.attribute("label") ?? node.text
    }

    /// An Atom person construct (`name`, `email`, `uri`/`url`).
    static func person(_ node: XMLNode, atomNamespace: String, base: String?) -> FeedPerson? {
        var person = FeedPerson()
        for child in node.children {
            let text = nonEmpty(HTMLText.collapse(child.text))
            switch child.key(atomNamespace: atomNamespace) {
            // `name` without a namespace too: `<atom:author><name>…</name></atom:author>` in RSS.
            case "atom:name", "name": person.name = text
            case "atom:email", "email": person.email = text
            case "atom:uri", "atom:url", "uri", "url": person.uri = text.map { resolveURL($0, base: base) }
            default: break
            }
        }
        if person.name == nil, person.email == nil, !node.hasElementChildren {
            return PersonParser.parse(node.text)
        }
        return person.name == nil && person.email == nil && person.uri == nil ? nil : person
    }
}
