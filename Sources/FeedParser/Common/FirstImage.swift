import FeedModel

/// Finds the first picture of an HTML fragment (`<img src="…">`) without parsing it: the fallback
/// image of an entry or channel that names none itself, as gofeed and most readers show.
enum FirstImage {
    /// Whether a media element or enclosure names a picture: an `image/*` MIME type, or
    /// `medium="image"` (Media RSS), in any case.
    static func isPicture(type: String?, medium: String? = nil) -> Bool {
        type?.lowercased().hasPrefix("image/") == true || medium?.lowercased() == "image"
    }

    /// Whether a picture URL is decoration rather than the story's picture: an author's avatar
    /// (Gravatar), a FeedBurner FeedFlare or ad image, a share button.
    static func isDecoration(_ url: String) -> Bool {
        // Byte comparisons: `String.contains(String)` builds a search table per call, and this runs
        // for every picture of every entry.
        let bytes = Array(url.utf8.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        return decorationMarks.contains { mark in
            guard mark.count <= bytes.count else { return false }
            return (0...(bytes.count - mark.count)).contains { start in
                bytes[start..<(start + mark.count)].elementsEqual(mark)
            }
        }
    }

    private static let decorationMarks: [[UInt8]] = [
        "gravatar.com/avatar/", "/wp-content/avatars/", "feeds.feedburner.com/~ff/", "feeds.feedburner.com/~a/",
        "feedads.g.doubleclick.net", "images.pheedo.com/images/mm/",
    ].map { Array($0.utf8) }

    /// Whether a URL's path ends like a picture file (`.jpg`, `.png`, …), ignoring its query.
    static func hasPictureExtension(_ url: String) -> Bool {
        let path = url.prefix { $0 != "?" && $0 != "#" }.lowercased()
        return [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"].contains { path.hasSuffix($0) }
    }

    /// The picture an `itunes:image`-like element names: its `href` or `url`, else its text when that
    /// is an absolute http(s) URL (`<itunes:image>n/a</itunes:image>` names none).
    static func imageReference(_ node: XMLNode) -> String? {
        if let href = nonEmpty((node.looseAttribute("href") ?? node.looseAttribute("url"))?.trimmingASCIIWhitespace()) {
            return href
        }
        let text = node.text.trimmingASCIIWhitespace()
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
            !text.utf8.contains(where: {
                $0 <= 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            })
        else { return nil }
        return text
    }

    /// The `src` of the first `<img>` of `text` when it is HTML (nil for plain text).
    static func source(in text: FeedText?) -> String? {
        guard let text, text.isHTML else { return nil }
        return source(inHTML: text.value)
    }

    /// The `src` of the first `<img>` element that has a non-empty one and is not a tracking pixel
    /// (`width` or `height` of 0 or 1, as FeedBurner's), with `&amp;` and other character references
    /// decoded, or nil.
    static func source(inHTML html: String) -> String? {
        var html = html
        return html.withUTF8 { bytes -> String? in
            var i = 0
            let n = bytes.count
            while i + 4 < n {
                // The next `<`: most of a body is text between tags.
                i = ByteSearch.index(of: 0x3C, in: bytes, from: i)
                guard i + 4 < n else { return nil }
                if bytes[i + 1] | 0x20 == UInt8(ascii: "i"), bytes[i + 2] | 0x20 == UInt8(ascii: "m"),
                    bytes[i + 3] | 0x20 == UInt8(ascii: "g"), isSpace(bytes[i + 4]) || bytes[i + 4] == UInt8(ascii: "/")
                {
                    let (src, end) = source(in: bytes, tagStart: i + 4)
                    if let src { return src }
                    i = end
                } else {
                    i += 1
                }
            }
            return nil
        }
    }

    /// The `src` attribute of the tag whose attributes start at `start` (nil for a tracking pixel or
    /// an avatar), and where the tag ends.
    private static func source(in bytes: UnsafeBufferPointer<UInt8>, tagStart start: Int) -> (String?, Int) {
        var src: String?
        var skipped = false
        let end = HTMLAttributeScanner.scan(bytes, from: start) { attribute in
            switch attribute.name {
            case srcKey where src == nil:
                let raw = HTMLAttributeScanner.string(bytes, attribute.value)
                let value = raw.utf8.contains(UInt8(ascii: "&")) ? HTMLText.decodeEntities(raw) : raw
                // Line breaks and tabs inside a URL are no part of it (the WHATWG URL parser drops them).
                let cleaned =
                    value.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
                    ? String(value.filter { $0 != "\n" && $0 != "\r" && $0 != "\t" && $0 != "\r\n" }) : value
                src = nonEmpty(cleaned.trimmingASCIIWhitespace())
                if let found = src, isDecoration(found) { skipped = true }
            case widthKey, heightKey:
                // `1`, `0`, `1px`; not `1em` or `1.5`.
                let raw = HTMLAttributeScanner.string(bytes, attribute.value)
                var size = Substring(raw.trimmingASCIIWhitespace().lowercased())
                if size.hasSuffix("px") { size = size.dropLast(2) }
                if let pixels = Int(size), pixels <= 1 { skipped = true }
            default:
                break
            }
        }
        return (skipped ? nil : src, end)
    }

    private static let srcKey = HTMLAttributeScanner.key("src")
    private static let widthKey = HTMLAttributeScanner.key("width")
    private static let heightKey = HTMLAttributeScanner.key("height")

    private static func isSpace(_ b: UInt8) -> Bool { HTMLAttributeScanner.isSpace(b) }
}
