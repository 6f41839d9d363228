import FeedModel

/// Splits RSS-style author strings into name and e-mail:
/// `me@example.com (Name)`, `Name (me@example.com)`, `Name <me@example.com>`, `Name`.
enum PersonParser {
    /// The person an RSS `author`-like element names: its `name` (and `email`) children when it has
    /// some (`<author><name>Foo Bar</name><title>VP</title></author>`), else its text.
    static func parse(_ node: XMLNode) -> FeedPerson? {
        guard node.hasElementChildren else { return parse(node.text) }
        var person = FeedPerson()
        for child in node.children {
            switch child.name.lowercased() {
            case "name": person.name = nonEmpty(HTMLText.collapse(child.text))
            case "email": person.email = nonEmpty(HTMLText.collapse(child.text))
            case "uri", "url": person.uri = nonEmpty(child.text.trimmingASCIIWhitespace())
            default: break
            }
        }
        return person.name == nil && person.email == nil ? parse(node.text) : person
    }

    /// The person a free-text author field names, or nil when it is empty. Markup in it
    /// (`<a href="…">Ann Lee</a>`, as journal feeds write creators) is read as text.
    static func parse(_ raw: String) -> FeedPerson? {
        var raw = raw
        if FeedTextReader.looksLikeHTML(raw) {
            // `Tom &amp; Jerry <tj@example.com>`: the address in angle brackets is no tag to drop.
            if let email = findEmail(in: raw) {
                raw = raw.replacingAll("<" + email.value + ">", with: "(" + email.value + ")")
            }
            raw = HTMLText.plainText(raw)
        }
        let text = HTMLText.collapse(raw)
        guard !text.isEmpty else { return nil }
        guard let email = findEmail(in: text) else { return FeedPerson(name: unquoted(text)) }
        var rest = text.replacingFirst(email.range, with: "")
        for empty in ["mailto:", "()", "<>", "[]"] { rest = rest.replacingAll(empty, with: "") }
        // `editor@example.com?subject=RSS_feed`: a mailto query is no part of the name.
        if let query = rest.firstIndex(of: "?"), rest[..<query].allSatisfy({ $0 == " " || $0 == "(" || $0 == "<" }) {
            rest = String(rest[..<query]) + String(rest[query...].drop { $0 != " " && $0 != ")" && $0 != ">" })
        }
        var name = HTMLText.collapse(rest)
        if name.count >= 2, let first = name.first, let last = name.last,
            (first == "(" && last == ")") || (first == "<" && last == ">")
        {
            name = HTMLText.collapse(String(name.dropFirst().dropLast()))
        }
        name = unquoted(name)
        return FeedPerson(name: name.isEmpty ? nil : name, email: email.value)
    }

    /// A name without the double quotes of an RFC 5322 quoted string (`"Doe, John"`).
    private static func unquoted(_ name: String) -> String {
        guard name.count >= 2, name.first == "\"", name.last == "\"" else { return name }
        return HTMLText.collapse(String(name.dropFirst().dropLast()))
    }

    private static func isLocalByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x5F || b == 0x25
            || b == 0x2B || b == 0x2D
    }

    private static func isDomainByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x2D
    }

    /// The first `local@domain.tld` in `text` with its UTF-8 byte range.
    private static func findEmail(in text: String) -> (value: String, range: Range<Int>)? {
        let bytes = Array(text.utf8)
        for at in bytes.indices where bytes[at] == UInt8(ascii: "@") {
            var start = at
            while start > 0, isLocalByte(bytes[start - 1]) { start -= 1 }
            var end = at + 1
            while end < bytes.count, isDomainByte(bytes[end]) { end += 1 }
            while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            guard start < at, end > at + 1, bytes[(at + 1)..<end].contains(UInt8(ascii: ".")) else { continue }
            return (String(decoding: bytes[start..<end], as: UTF8.self), start..<end)
        }
        return nil
    }
}

/// Each person once: the same name twice (an author repeated, with and without a URI) is one.
func uniquePeople(_ people: [FeedPerson]) -> [FeedPerson] {
    var unique: [FeedPerson] = []
    for person in people where !unique.contains(where: { $0 == person || ($0.name != nil && $0.name == person.name) }) {
        unique.append(person)
    }
    return unique
}

/// The people's names (or addresses), each once, in order: "Alice, Bob", not "Alice, Bob, Bob".
func uniqueNames(_ people: [FeedPerson]) -> [String] {
    var names: [String] = []
    for person in people {
        if let name = person.name ?? person.email, !names.contains(name) { names.append(name) }
    }
    return names
}
