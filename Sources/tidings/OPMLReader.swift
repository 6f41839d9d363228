/// A small tolerant reader of OPML subscription lists (no XML library: the project parses XML
/// with libxml2 in FeedParser only, and OPML needs just the `<outline>` elements).
///
/// It scans for `<outline …>` start tags, reads their attributes (double or single quoted,
/// names compared without case, the five XML entities and numeric character references
/// decoded), and keeps the outlines that have an `xmlUrl`. Outlines without one are folders:
/// their `text` (else `title`) becomes a tag of every feed inside. The `category` attribute
/// (comma-separated, OPML 2.0 slash paths such as `/news/iraq`) adds the last path segment of
/// each category as a tag. Comments, processing instructions and CDATA are skipped.
enum OPMLReader {
    /// The feeds listed in `text`, in document order.
    static func feeds(in text: String) -> [OPMLFeed] {
        let scalars = Array(text.unicodeScalars)
        var feeds: [OPMLFeed] = []
        var folders: [String?] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "<" else {
                i += 1
                continue
            }
            if starts(scalars, at: i, with: "<!--") {
                i = index(of: "-->", in: scalars, from: i + 4).map { $0 + 3 } ?? scalars.count
                continue
            }
            if starts(scalars, at: i, with: "<![CDATA[") {
                i = index(of: "]]>", in: scalars, from: i + 9).map { $0 + 3 } ?? scalars.count
                continue
            }
            let end = tagEnd(scalars, from: i + 1)
            let tag = scalars[(i + 1)..<min(end, scalars.count)]
            i = end + 1
            let closing = tag.first == "/"
            let name = String(
                String.UnicodeScalarView(tag.dropFirst(closing ? 1 : 0).prefix { !isSpace($0) && $0 != "/" }))
            if closing {
                if name.lowercased() == "outline" { _ = folders.popLast() }
                continue
            }
            guard name.lowercased() == "outline" else { continue }
            let selfClosing = tag.last == "/"
            let attributes = self.attributes(tag.dropFirst(name.unicodeScalars.count))
            if let url = attributes["xmlurl"], !url.isEmpty {
                var tags: [String] = []
                for folder in folders.compactMap({ $0 }) { appendTag(folder, to: &tags) }
                for category in (attributes["category"] ?? "").split(separator: ",") {
                    if let last = category.split(separator: "/").last { appendTag(String(last), to: &tags) }
                }
                let title = [attributes["title"], attributes["text"]].compactMap { $0 }.first { !$0.isEmpty }
                let language = attributes["language"].flatMap { $0.isEmpty ? nil : $0 }
                feeds.append(OPMLFeed(url: url, name: title, language: language, tags: tags))
                if !selfClosing { folders.append(nil) }
            } else if !selfClosing {
                folders.append([attributes["text"], attributes["title"]].compactMap { $0 }.first { !$0.isEmpty })
            }
        }
        return feeds
    }

    /// Adds `tag` as feeds.conf keeps tags (trimmed, lower-cased, blanks and commas as hyphens) unless present.
    private static func appendTag(_ tag: String, to tags: inout [String]) {
        let words = tag.lowercased().split { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\"" }
        let cleaned = words.joined(separator: "-")
        if !cleaned.isEmpty && !tags.contains(cleaned) { tags.append(cleaned) }
    }

    /// The attributes of a start tag's inside, names lower-cased, values decoded.
    private static func attributes(_ inside: ArraySlice<Unicode.Scalar>) -> [String: String] {
        var result: [String: String] = [:]
        var i = inside.startIndex
        while i < inside.endIndex {
            while i < inside.endIndex, isSpace(inside[i]) || inside[i] == "/" { i += 1 }
            let nameStart = i
            while i < inside.endIndex, !isSpace(inside[i]), inside[i] != "=", inside[i] != "/" { i += 1 }
            let name = String(String.UnicodeScalarView(inside[nameStart..<i])).lowercased()
            while i < inside.endIndex, isSpace(inside[i]) { i += 1 }
            guard i < inside.endIndex, inside[i] == "=" else {
                if name.isEmpty { i += 1 }
                continue
            }
            i += 1
            while i < inside.endIndex, isSpace(inside[i]) { i += 1 }
            guard i < inside.endIndex else { break }
            let quote = inside[i]
            var value: ArraySlice<Unicode.Scalar>
            if quote == "\"" || quote == "'" {
                let start = i + 1
                var end = start
                while end < inside.endIndex, inside[end] != quote { end += 1 }
                value = inside[start..<end]
                i = min(end + 1, inside.endIndex)
            } else {
                let start = i
                while i < inside.endIndex, !isSpace(inside[i]) { i += 1 }
                value = inside[start..<i]
            }
            if !name.isEmpty && result[name] == nil { result[name] = decodeEntities(value) }
        }
        return result
    }

    /// `value` with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` and `&#xHH;` decoded;
    /// anything else is kept as written.
    static func decodeEntities(_ value: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var i = value.startIndex
        while i < value.endIndex {
            if value[i] == "&", let semicolon = value[i...].prefix(12).firstIndex(of: ";") {
                let entity = String(String.UnicodeScalarView(value[(i + 1)..<semicolon]))
                if let decoded = decode(entity) {
                    out.append(decoded)
                    i = semicolon + 1
                    continue
                }
            }
            out.append(value[i])
            i += 1
        }
        return String(out)
    }

    private static func decode(_ entity: String) -> Unicode.Scalar? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard entity.hasPrefix("#") else { return nil }
        let digits = entity.dropFirst()
        let value =
            digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }

    /// The index of the `>` closing the tag that starts before `start`, skipping quoted values.
    private static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var quote: Unicode.Scalar?
        var i = start
        while i < scalars.count {
            let c = scalars[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return i
            }
            i += 1
        }
        return scalars.count
    }

    private static func starts(_ scalars: [Unicode.Scalar], at index: Int, with prefix: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        guard index + p.count <= scalars.count else { return false }
        return Array(scalars[index..<(index + p.count)]) == p
    }

    private static func index(of needle: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        while i < scalars.count {
            if starts(scalars, at: i, with: needle) { return i }
            i += 1
        }
        return nil
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
