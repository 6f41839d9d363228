import FeedModel

/// Reads Atom 1.0 (RFC 4287) and Atom 0.3 documents.
struct AtomReader {
    let documentURL: String?
    let maxEntries: Int

    func read(_ root: XMLNode) -> ParsedFeed {
        let format: FeedFormat = root.namespace == Namespaces.atom03 ? .atom03 : (root.namespace.isEmpty ? .atom : .atom10)
        var feed = ParsedFeed(format: format)
        let base = root.base(documentURL: documentURL)
        feed.title = root.firstChild(named: "title").map { textConstruct($0).plain }
        feed.link = alternateLink(of: root, base: base)
        feed.language = root.language
        for entryNode in root.children(named: "entry").prefix(maxEntries) {
            feed.entries.append(readEntry(entryNode, base: entryNode.base(documentURL: base), feedLanguage: feed.language))
        }
        return feed
    }

    private func readEntry(_ node: XMLNode, base: String?, feedLanguage: String?) -> ParsedEntry {
        var entry = ParsedEntry()
        entry.id = nonEmpty(node.firstChild(named: "id")?.text.trimmingASCIIWhitespace())
        entry.title = node.firstChild(named: "title").map { textConstruct($0).plain }
        entry.link = alternateLink(of: node, base: base)
        if let summary = node.firstChild(named: "summary") { entry.summary = textConstruct(summary).text }
        if let content = node.firstChild(named: "content"), content.attribute("src") == nil {
            entry.content = textConstruct(content).text
        }
        let body = entry.content ?? entry.summary
        entry.text = body.map { $0.isHTML ? HTMLText.plainText($0.value) : HTMLText.collapse($0.value) } ?? ""
        let published = node.firstChild(named: "published") ?? node.firstChild(named: "issued")
        let updated = node.firstChild(named: "updated") ?? node.firstChild(named: "modified")
        entry.published = published.flatMap { FeedDate.parse($0.text) }
        entry.updated = updated.flatMap { FeedDate.parse($0.text) }
        if entry.published == nil { entry.published = entry.updated }
        entry.language = node.language ?? feedLanguage
        entry.authors = node.children(named: "author").compactMap {
            nonEmpty($0.firstChild(named: "name")?.text.trimmingASCIIWhitespace())
        }
        entry.categories = node.children(named: "category").compactMap { nonEmpty($0.attribute("term")) }
        return entry
    }

    /// The `rel="alternate"` link (rel defaults to alternate), preferring `type="text/html"`.
    private func alternateLink(of node: XMLNode, base: String?) -> String? {
        let links = node.children(named: "link").filter { ($0.attribute("rel") ?? "alternate") == "alternate" }
        let chosen = links.first { ($0.attribute("type") ?? "text/html") == "text/html" } ?? links.first
        guard let href = chosen?.attribute("href") else { return nil }
        return resolveURL(href, base: chosen?.base(documentURL: base) ?? base)
    }

    /// An Atom text construct: `type="text"` (default), `"html"` or `"xhtml"`.
    private func textConstruct(_ node: XMLNode) -> (text: FeedText, plain: String) {
        let type = (node.attribute("type") ?? "text").lowercased()
        switch type {
        case "html", "text/html", "escaped":
            let value = node.text
            return (FeedText(value: value, isHTML: true), HTMLText.plainText(value))
        case "xhtml", "application/xhtml+xml":
            let div = node.firstChild(named: "div", in: [Namespaces.xhtml])
            let value = div?.innerXML ?? node.innerXML
            return (FeedText(value: value, isHTML: true), HTMLText.plainText(value))
        default:
            let value = node.text
            return (FeedText(value: value, isHTML: false), HTMLText.collapse(value))
        }
    }
}
