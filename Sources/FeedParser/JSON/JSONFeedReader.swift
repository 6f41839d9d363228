import FeedModel

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
struct JSONFeedReader {
    let documentURL: String?
    let maxEntries: Int

    /// The bytes when they look like a JSON document (first non-blank character `{`), else nil.
    static func detect(_ bytes: [UInt8]) -> [UInt8]? {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        return i < bytes.count && bytes[i] == UInt8(ascii: "{") ? bytes : nil
    }

    func read(_ bytes: [UInt8]) throws(FeedParseError) -> ParsedFeed {
        var parser = JSONParser(bytes: bytes)
        let root: JSONValue
        do {
            root = try parser.parse()
        } catch {
            throw FeedParseError(
                code: .notXML, message: "not XML, and not JSON either: \(error.reason) at byte \(error.offset)")
        }
        let version = root["version"]?.string?.trimmingASCIIWhitespace()
        // The spec wants the version URL; feeds also write "1.1", "1" or nothing. A document with a
        // title and an items array is read as a JSON Feed all the same (gofeed does too).
        let isJSONFeed =
            version?.contains("jsonfeed.org/version/") == true
            || (root["items"].map { if case .array = $0 { true } else { false } } ?? false
                && root["title"]?.string != nil)
        guard isJSONFeed else {
            let reason = version.map { "an unknown JSON Feed version \"\($0)\"" } ?? "no JSON Feed version"
            throw FeedParseError(code: .unknownFormat, message: "a JSON document with \(reason) and no title and items")
        }
        let isVersion1 = version.map { $0.hasSuffix("/1") || $0 == "1" || $0 == "1.0" } ?? false
        var feed = ParsedFeed(format: isVersion1 ? .json1 : .json11)
        // A relative feed_url is relative to where the document was fetched.
        let base = root["feed_url"]?.urlString.map { resolveURL($0, base: documentURL) } ?? documentURL
        if let title = root["title"]?.string {
            // Plain text by the spec, but publishers write `&#8211;` as in their RSS: decoded the same way.
            feed.title = FeedTextReader.plain(FeedText(value: title, isHTML: false))
            feed.titleDetail = feed.title.map { FeedText(value: $0, isHTML: false) }
        }
        feed.link = root["home_page_url"]?.urlString.map { resolveURL($0, base: base) }
        feed.subtitle = root["description"]?.string.map { FeedText(value: $0, isHTML: false) }
        feed.language = root["language"]?.string
        feed.icon = (root["favicon"]?.urlString).map { resolveURL($0, base: base) }
        feed.logo = (root["icon"]?.urlString).map { resolveURL($0, base: base) }
        if let logo = feed.logo { feed.image = FeedImage(url: logo, title: feed.title, link: feed.link) }
        if let url = root["feed_url"]?.urlString {
            feed.links.append(FeedLink(href: url, rel: "self", type: "application/feed+json"))
        }
        if let home = feed.link { feed.links.append(FeedLink(href: home, rel: "alternate", type: "text/html")) }
        feed.authors = authors(of: root, base: base)
        // An item that is not an object (`"items": [null]`) is no entry.
        let items = (root["items"]?.array ?? []).filter { if case .object = $0 { true } else { false } }
        for item in items.prefix(maxEntries) {
            feed.entries.append(entry(item, base: base, feed: feed))
        }
        // JSON Feed has no feed-level dates; the first (newest) item's stand in, as in gofeed.
        if let first = items.first {
            feed.updated = first["date_modified"]?.string.flatMap(FeedDate.parse)
            feed.published = first["date_published"]?.string.flatMap(FeedDate.parse)
        }
        return feed
    }

    /// A `size_in_bytes` as a whole number of bytes; nil for a fraction, a negative or an
    /// out-of-range number (which would print as `9.2e+18`).
    private static func byteCount(_ value: JSONValue) -> String? {
        let text: String
        switch value {
        case .number(let n):
            guard n >= 0, n.rounded() == n, n < 9e15 else { return nil }
            text = String(Int64(n))
        case .string(let s):
            text = s.trimmingASCIIWhitespace()
        default:
            return nil
        }
        return text.isEmpty || !text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? nil : text
    }

    private func authors(of object: JSONValue, base: String?) -> [FeedPerson] {
        var list = object["authors"]?.array ?? []
        // `"authors": {…}` written as an object, and 1.0's single `author`.
        if list.isEmpty, let single = object["authors"], case .object = single { list = [single] }
        if list.isEmpty, let single = object["author"] { list = [single] }
        return list.compactMap { author in
            var person = FeedPerson(uri: author["url"]?.urlString.map { resolveURL($0, base: base) })
            if let name = author["name"]?.string {
                // JSON Feed has no e-mail field; "Name <me@example.org>" in the name is split as in RSS.
                let parsed = name.utf8.contains(UInt8(ascii: "@")) ? PersonParser.parse(name) : nil
                person.name = parsed.map { $0.name } ?? nonEmpty(HTMLText.collapse(name))
                person.email = parsed?.email
            }
            return person.name == nil && person.uri == nil && person.email == nil ? nil : person
        }
    }

    private func entry(_ item: JSONValue, base: String?, feed: ParsedFeed) -> ParsedEntry {
        var entry = ParsedEntry()
        entry.id = item["id"]?.string
        entry.link = item["url"]?.urlString.map { resolveURL($0, base: base) }
        if entry.link == nil { entry.link = item["external_url"]?.urlString.map { resolveURL($0, base: base) } }
        if let title = item["title"]?.string {
            entry.title = FeedTextReader.plain(FeedText(value: title, isHTML: false))
            entry.titleDetail = entry.title.map { FeedText(value: $0, isHTML: false) }
        }
        if let html = item["content_html"]?.string {
            entry.content = FeedText(value: HTMLURLRewriter.absolutized(html, base: base), isHTML: true)
        } else if let text = item["content_text"]?.string {
            entry.content = FeedText(value: text, isHTML: false)
        }
        entry.summary = item["summary"]?.string.map { FeedText(value: $0, isHTML: false) }
        // HTML becomes text when the parser finishes (or later, for a daemon that stores only new entries).
        if let body = entry.content ?? entry.summary {
            if body.isHTML { entry.textIsPending = true } else { entry.text = HTMLText.collapse(body.value) }
        }
        entry.published = item["date_published"]?.string.flatMap(FeedDate.parse)
        entry.updated = item["date_modified"]?.string.flatMap(FeedDate.parse)
        if entry.published == nil { entry.published = entry.updated }
        entry.language = item["language"]?.string ?? feed.language
        let people = authors(of: item, base: base)
        let unique = uniquePeople(people)
        entry.authorDetails = unique.isEmpty ? feed.authors : unique
        entry.authors = uniqueNames(entry.authorDetails)
        for tag in item["tags"]?.array ?? [] {
            if let term = tag.string.map(HTMLText.collapse), !term.isEmpty, !entry.categories.contains(term) {
                entry.categories.append(term)
            }
        }
        entry.image = (item["image"]?.urlString ?? item["banner_image"]?.urlString).map { resolveURL($0, base: base) }
        for attachment in item["attachments"]?.array ?? [] {
            guard let url = attachment["url"]?.urlString else { continue }
            entry.enclosures.append(
                FeedEnclosure(
                    url: resolveURL(url, base: base), type: attachment["mime_type"]?.string,
                    length: attachment["size_in_bytes"].flatMap(Self.byteCount)))
        }
        if let link = entry.link { entry.links.append(FeedLink(href: link, rel: "alternate", type: "text/html")) }
        return entry
    }
}
