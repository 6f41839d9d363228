import FeedModel

/// Collects one entry's fields while its elements are read in document order, then resolves the
/// fallbacks (`media:title` for a missing title, `media:player` for a missing link, …).
///
/// Later occurrences of the same element win, as in feedparser.
struct EntryBuilder {
    var entry = ParsedEntry()
    var base: String?
    var mediaTitle: FeedText?
    var mediaDescription: FeedText?
    var mediaPlayer: String?
    /// `feedburner:origLink`: the publisher's own URL of an entry whose link is a redirect.
    var originalLink: String?
    /// The widest `media:content` that is a picture (`medium="image"`, an `image/*` type, or untyped
    /// with dimensions or a picture's file name), the first of equals.
    var mediaImage: String?
    var mediaImageWidth = 0
    var guidLink: String?
    /// `itunes:subtitle` / `googleplay:description`: an episode's text of last resort.
    var podcastSubtitle: FeedText?
    /// The base in scope on the content and summary elements themselves (Atom `xml:base` there),
    /// against which the first picture of each resolves; the entry's base when nil.
    var contentBase: String?
    var summaryBase: String?
    /// `dc:identifier`: the entry's id when it has no `guid`, `id` or `rdf:about`.
    var dcIdentifier: String?
    var aboutLink: String?
    var summaryKey: String?
    /// Whether an RSS `link` was read (the first one is the entry's page).
    var rssLinkSeen = false
    /// Plain text of ``ParsedEntry/summary`` / ``ParsedEntry/content`` already read from the tree.
    var summaryPlain: String?
    var contentPlain: String?
    /// `xml:lang` in scope from the feed's elements, used when neither entry nor feed names a language.
    var inheritedLanguage: String?
    var persons: [FeedPerson] = []

    init(base: String?) {
        self.base = base
    }

    /// Reads the namespaced elements RSS and Atom entries share (Dublin Core, Media RSS, iTunes,
    /// `slash:`, `content:`). Returns false when `key` is not one of them.
    mutating func applyShared(_ key: String, _ node: XMLNode) -> Bool {
        switch key {
        case "dc:creator", "dc:author", "itunes:author", "googleplay:author":
            if let person = PersonParser.parse(node.text) { persons.append(person) }
        case "dc:date", "dcterms:modified", "atom:modified":
            if let date = FeedDate.parse(node.text) { entry.updated = date }
        case "dcterms:issued":
            if let date = FeedDate.parse(node.text) { entry.published = date }
        case "dcterms:created":
            if entry.published == nil, let date = FeedDate.parse(node.text) { entry.published = date }
        case "dc:subject", "itunes:keywords", "media:keywords":
            let separators: Set<Character> = key == "dc:subject" ? [] : [","]
            addCategories(node.text, separators: separators)
        case "itunes:category":
            addITunesCategory(node)
        case "dc:rights":
            entry.rights = FeedTextReader.rss(node, html: false)
        case "dc:language":
            entry.language = nonEmpty(node.text.trimmingASCIIWhitespace())
        case "dc:description":
            if entry.summary == nil { entry.summary = FeedTextReader.rss(node, html: true) }
        case "dc:title":
            if entry.titleDetail == nil { entry.titleDetail = FeedTextReader.rss(node, html: false) }
        case "content:encoded", "xhtml:body", "fullitem":
            contentPlain = nil
            if key == "xhtml:body" {
                entry.content = FeedText(value: node.innerXML, isHTML: true)
            } else {
                entry.content = FeedTextReader.rss(node, html: true)
            }
        case "itunes:summary":
            if entry.summary == nil { entry.summary = FeedTextReader.rss(node, html: true) }
        case "googleplay:description":
            // A podcast episode's only text, when it has no description or summary; the Google Play
            // description is fuller than the iTunes subtitle.
            podcastSubtitle = FeedTextReader.rss(node, html: true)
        case "itunes:subtitle":
            if podcastSubtitle == nil { podcastSubtitle = FeedTextReader.rss(node, html: false) }
        case "itunes:image":
            if let href = FirstImage.imageReference(node) { entry.image = resolveURL(href, base: base) }
        case "itunes:link" where node.looseAttribute("rel") == "image":
            if let href = node.looseAttribute("href") { entry.image = resolveURL(href, base: base) }
        case "enc:enclosure":
            // RSS 1.0 mod_enclosure: `<enc:enclosure rdf:resource="…" enc:type="…" enc:length="…"/>`.
            if let url = nonEmpty(node.looseAttribute("resource") ?? node.looseAttribute("url")) {
                entry.enclosures.append(
                    FeedEnclosure(
                        url: resolveURL(url, base: base), type: nonEmpty(node.looseAttribute("type")),
                        length: nonEmpty(node.looseAttribute("length"))))
            }
        case "dc:identifier":
            if dcIdentifier == nil { dcIdentifier = nonEmpty(node.text.trimmingASCIIWhitespace()) }
        case "feedburner:origlink":
            // The article behind FeedBurner's tracking redirect (miniflux reads it as the entry URL).
            if let href = nonEmpty(node.text.trimmingASCIIWhitespace()) { originalLink = resolveURL(href, base: base) }
        case "slash:comments":
            entry.commentCount = Int(node.text.trimmingASCIIWhitespace())
        case "media:group", "media:content":
            if key == "media:content" { addMediaContent(node) }
            for child in node.children {
                let childKey = child.key(atomNamespace: nil)
                if childKey.hasPrefix("media:") { _ = applyShared(childKey, child) }
            }
        case "media:title":
            mediaTitle = mediaText(node)
        case "media:description":
            mediaDescription = mediaText(node)
        case "media:player":
            if let url = nonEmpty(node.looseAttribute("url")) { mediaPlayer = resolveURL(url, base: base) }
        case "media:thumbnail":
            if let url = nonEmpty(node.looseAttribute("url")?.trimmingASCIIWhitespace()) {
                entry.thumbnails.append(
                    FeedMediaThumbnail(
                        url: resolveURL(url, base: base), width: node.looseAttribute("width").flatMap { Int($0) },
                        height: node.looseAttribute("height").flatMap { Int($0) }))
            }
        case "media:category":
            addCategories(node.text, separators: [])
        case "atom:category":
            // Only reached from RSS: Atom entries read their own categories first.
            addCategories(AtomReader.categoryTerm(node), separators: [])
        case "atom:author":
            if let person = AtomReader.person(node, atomNamespace: node.namespace, base: base) {
                persons.append(person)
            }
        default:
            return false
        }
        return true
    }

    private func mediaText(_ node: XMLNode) -> FeedText {
        let type = node.attribute("type")?.lowercased()
        return FeedText(value: node.text, isHTML: type == "html" || type == "text/html")
    }

    mutating func addMediaContent(_ node: XMLNode) {
        // Without a `url`, the media is what its `media:player` plays (as newsboat and feed-rs read
        // it); with neither there is nothing to fetch, and an empty URL would resolve to the feed.
        let player = node.children.first { $0.key(atomNamespace: nil) == "media:player" }?.looseAttribute("url")
        guard
            let raw = nonEmpty(node.looseAttribute("url")?.trimmingASCIIWhitespace())
                ?? nonEmpty(player?.trimmingASCIIWhitespace())
        else { return }
        let url = resolveURL(raw, base: base)
        let type = nonEmpty(node.looseAttribute("type"))
        let medium = node.looseAttribute("medium")
        entry.enclosures.append(FeedEnclosure(url: url, type: type, length: nonEmpty(node.looseAttribute("filesize"))))
        // A picture by its type or medium, or, with neither (The Guardian: `url` and `width` only),
        // by its dimensions or its file name. Of several sizes, the widest.
        let isPicture =
            FirstImage.isPicture(type: type, medium: medium)
            || (type == nil && medium == nil
                && (node.looseAttribute("width") != nil || node.looseAttribute("height") != nil
                    || FirstImage.hasPictureExtension(url)))
        guard !url.isEmpty, isPicture, !FirstImage.isDecoration(url) else { return }
        let width = node.looseAttribute("width").flatMap { Int($0.trimmingASCIIWhitespace()) } ?? 0
        if mediaImage == nil || width > mediaImageWidth {
            mediaImage = url
            mediaImageWidth = width
        }
    }

    mutating func addCategories(_ text: String, separators: Set<Character>) {
        let parts = separators.isEmpty ? [Substring(text)] : text.split(whereSeparator: { separators.contains($0) })
        for part in parts {
            let term = HTMLText.collapse(String(part))
            if !term.isEmpty, !entry.categories.contains(term) { entry.categories.append(term) }
        }
    }

    mutating func addITunesCategory(_ node: XMLNode) {
        if let text = node.looseAttribute("text") { addCategories(text, separators: []) }
        for child in node.children where child.name == "category" { addITunesCategory(child) }
    }

    /// The finished entry; `feedAuthors` are inherited when the entry names nobody (RFC 4287 §4.2.1).
    mutating func finish(feedLanguage: String?, feedAuthors: [FeedPerson]) -> ParsedEntry {
        if entry.titleDetail == nil { entry.titleDetail = mediaTitle }
        entry.titleDetail = entry.titleDetail.map(FeedTextReader.trimmed)
        if entry.summary == nil, entry.content == nil { entry.summary = mediaDescription ?? podcastSubtitle }
        if let originalLink { entry.link = originalLink }
        // `dc:identifier` identifies an entry only when nothing else does: an id would otherwise change
        // for entries already stored by their link, and values shared by every item (`ISSN …`) are no id.
        if entry.id == nil, entry.link == nil, let identifier = dcIdentifier, identifier.contains(":"),
            !identifier.utf8.contains(where: { $0 <= 0x20 })
        {
            entry.id = identifier
        }
        if let link = entry.link, let target = GoogleRedirect.target(of: link) { entry.link = target }
        if entry.link == nil { entry.link = mediaPlayer ?? guidLink ?? aboutLink }
        if entry.image == nil { entry.image = fallbackImage() }
        absolutizeBodies()
        if entry.enclosures.count > 1 { entry.enclosures = Self.uniqued(entry.enclosures) }
        entry.title = entry.titleDetail.map(FeedTextReader.line)
        // HTML bodies are converted by the parser afterwards, or deferred (see FeedParser). An
        // empty content element does not hide the description.
        if let content = entry.content, !content.value.allSatisfy(\.isWhitespace) || entry.summary == nil {
            setText(already: contentPlain, from: content)
        } else if let summary = entry.summary {
            setText(already: summaryPlain, from: summary)
        }
        if entry.published == nil { entry.published = entry.updated }
        if entry.language == nil { entry.language = feedLanguage ?? inheritedLanguage }
        let unique = uniquePeople(persons)
        entry.authorDetails = unique.isEmpty ? feedAuthors : unique
        entry.authors = uniqueNames(entry.authorDetails)
        return entry
    }
}

extension EntryBuilder {
    /// The entry's text: read from the tree already, collapsed plain text, or pending HTML.
    private mutating func setText(already plain: String?, from body: FeedText) {
        if let plain {
            entry.text = plain
        } else if body.isHTML {
            entry.textIsPending = true
        } else {
            entry.text = HTMLText.collapse(body.value)
        }
    }

    /// Relative URLs in the HTML content and summary made absolute against the base in scope on
    /// each, so that links and pictures work wherever the body is shown.
    private mutating func absolutizeBodies() {
        if let content = entry.content, content.isHTML {
            entry.content?.value = HTMLURLRewriter.absolutized(content.value, base: contentBase ?? base)
        }
        if let summary = entry.summary, summary.isHTML {
            entry.summary?.value = HTMLURLRewriter.absolutized(summary.value, base: summaryBase ?? base)
        }
    }

    /// The picture of an entry that names none with `itunes:image`: a `media:thumbnail`, a picture
    /// `media:content` or enclosure, else the first `<img>` of the content or summary.
    func fallbackImage() -> String? {
        if let thumbnail = entry.thumbnails.first { return thumbnail.url }
        if let mediaImage { return mediaImage }
        if let enclosure = entry.enclosures.first(where: {
            !$0.url.isEmpty && FirstImage.isPicture(type: $0.type) && !FirstImage.isDecoration($0.url)
        }) {
            return enclosure.url
        }
        if let src = FirstImage.source(in: entry.content) { return resolveURL(src, base: contentBase ?? base) }
        return FirstImage.source(in: entry.summary).map { resolveURL($0, base: summaryBase ?? base) }
    }

    /// Enclosures without repeats of the same URL (an `enclosure` also listed as `media:content`),
    /// keeping the first, and its type or length when a repeat adds one.
    static func uniqued(_ enclosures: [FeedEnclosure]) -> [FeedEnclosure] {
        var result: [FeedEnclosure] = []
        for enclosure in enclosures {
            if !enclosure.url.isEmpty, let index = result.firstIndex(where: { $0.url == enclosure.url }) {
                if result[index].type == nil { result[index].type = enclosure.type }
                if result[index].length == nil { result[index].length = enclosure.length }
            } else {
                result.append(enclosure)
            }
        }
        return result
    }
}
