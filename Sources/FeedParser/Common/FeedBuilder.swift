import FeedModel

/// Collects the feed-level fields while the channel's (or Atom feed's) elements are read in
/// document order. Later occurrences of the same element win, as in feedparser.
struct FeedBuilder {
    var feed: ParsedFeed
    var base: String?
    var persons: [FeedPerson] = []
    var fallbackSubtitle: FeedText?
    var fallbackPerson: FeedPerson?
    /// A channel `media:content` / `media:thumbnail` picture, used when there is no `image`.
    var fallbackImage: String?
    var alternateLinkSeen = false

    init(format: FeedFormat, base: String?) {
        feed = ParsedFeed(format: format)
        self.base = base
    }

    /// Reads the namespaced and poller-related elements RSS channels and Atom feeds share.
    /// Returns false when `key` is not one of them.
    mutating func applyShared(_ key: String, _ node: XMLNode) -> Bool {
        switch key {
        case "dc:creator", "dc:author", "itunes:author", "googleplay:author", "managingeditor":
            if let person = PersonParser.parse(node.text), !persons.contains(person) { persons.append(person) }
        case "webmaster", "dc:publisher", "itunes:owner":
            // Only a fallback: these name whoever runs the site or the podcast, not the author.
            if fallbackPerson == nil {
                fallbackPerson = key == "itunes:owner" ? ownerPerson(node) : PersonParser.parse(node.text)
            }
        case "dc:date", "dcterms:modified":
            if let date = FeedDate.parse(node.text) { feed.updated = date }
        case "dcterms:issued":
            if let date = FeedDate.parse(node.text) { feed.published = date }
        case "dc:subject", "itunes:keywords", "media:keywords":
            addCategories(node.text, separators: key == "dc:subject" ? [] : [","])
        case "itunes:category", "googleplay:category":
            addITunesCategory(node)
        case "dc:rights":
            feed.rights = FeedTextReader.rss(node, html: false)
        case "dc:language":
            feed.language = nonEmpty(node.text.trimmingASCIIWhitespace())
        case "dc:description", "itunes:subtitle", "itunes:summary", "googleplay:description":
            if fallbackSubtitle == nil { fallbackSubtitle = FeedTextReader.rss(node, html: key != "itunes:subtitle") }
        case "dc:title":
            if feed.titleDetail == nil { feed.titleDetail = FeedTextReader.rss(node, html: false) }
        case "itunes:image", "googleplay:image":
            if let href = FirstImage.imageReference(node) {
                var image = feed.image ?? FeedImage()
                image.url = resolveURL(href, base: base)
                feed.image = image
            }
        case "itunes:link" where node.looseAttribute("rel") == "image":
            if let href = nonEmpty(node.looseAttribute("href")) {
                var image = feed.image ?? FeedImage()
                image.url = resolveURL(href, base: base)
                feed.image = image
            }
        case "atom:category":
            // Only reached from RSS: Atom feeds read their own categories first.
            addCategories(AtomReader.categoryTerm(node), separators: [])
        case "media:content", "media:thumbnail":
            // A channel-level picture (gofeed reads it as the feed image when there is no other).
            let isPicture =
                key == "media:thumbnail"
                || FirstImage.isPicture(type: node.looseAttribute("type"), medium: node.looseAttribute("medium"))
            if isPicture, fallbackImage == nil, let url = nonEmpty(node.looseAttribute("url")) {
                fallbackImage = resolveURL(url, base: base)
            }
        case "ttl":
            feed.ttlMinutes = Int(node.text.trimmingASCIIWhitespace())
        case "skiphours":
            feed.skipHours = node.children.compactMap { Int($0.text.trimmingASCIIWhitespace()) }
                .filter { (0...24).contains($0) }.map { $0 % 24 }
        case "skipdays":
            feed.skipDays = node.children.compactMap { nonEmpty(HTMLText.collapse($0.text)) }
        case "sy:updateperiod":
            feed.updatePeriod = nonEmpty(node.text.trimmingASCIIWhitespace().lowercased())
        case "sy:updatefrequency":
            feed.updateFrequency = Int(node.text.trimmingASCIIWhitespace())
        case "generator", "admin:generatoragent":
            feed.generator = nonEmpty(
                HTMLText.collapse(node.text).isEmpty
                    ? node.looseAttribute("resource") : HTMLText.collapse(node.text))
        default:
            return false
        }
        return true
    }

    private func ownerPerson(_ node: XMLNode) -> FeedPerson? {
        var person = FeedPerson()
        for child in node.children {
            switch child.key(atomNamespace: nil) {
            case "itunes:name": person.name = nonEmpty(HTMLText.collapse(child.text))
            case "itunes:email": person.email = nonEmpty(HTMLText.collapse(child.text))
            default: break
            }
        }
        return person.name == nil && person.email == nil ? nil : person
    }

    mutating func addCategories(_ text: String, separators: Set<Character>) {
        let parts = separators.isEmpty ? [Substring(text)] : text.split(whereSeparator: { separators.contains($0) })
        for part in parts {
            let term = HTMLText.collapse(String(part))
            if !term.isEmpty, !feed.categories.contains(term) { feed.categories.append(term) }
        }
    }

    mutating func addITunesCategory(_ node: XMLNode) {
        if let text = node.looseAttribute("text") { addCategories(text, separators: []) }
        for child in node.children where child.name == "category" { addITunesCategory(child) }
    }

    /// The people entries that name nobody inherit: the channel's authors and editors, not the
    /// webmaster, publisher or podcast owner that stand in for them at feed level.
    var entryAuthors: [FeedPerson] { persons }

    /// The finished feed.
    mutating func finish() -> ParsedFeed {
        if feed.subtitle == nil { feed.subtitle = fallbackSubtitle }
        if feed.image?.url == nil {
            // No `image`, `itunes:image` or Atom logo: a channel media picture, else the description's first `<img>`.
            if let url = fallbackImage ?? FirstImage.source(in: feed.subtitle).map({ resolveURL($0, base: base) }) {
                var image = feed.image ?? FeedImage()
                image.url = url
                feed.image = image
            }
        }
        feed.titleDetail = feed.titleDetail.map(FeedTextReader.trimmed)
        feed.title = feed.titleDetail.map(FeedTextReader.line)
        feed.authors = persons.isEmpty ? fallbackPerson.map { [$0] } ?? [] : persons
        return feed
    }
}
