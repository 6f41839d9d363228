/// Google Alerts (and Google News) feeds link every entry through a redirect,
/// `https://www.google.com/url?rct=j&sa=t&url=<article>&ct=ga&…`: the article is the link a reader
/// wants, as feedjira and most readers unwrap it (FeedBurner's `origLink` is the same idea).
enum GoogleRedirect {
    /// The article URL `link` redirects to, when it is such a Google redirect; nil otherwise.
    static func target(of link: String) -> String? {
        // Prefix checks, not a lower-cased copy: this runs for every entry's link.
        guard
            link.hasPrefix("https://www.google.com/url?") || link.hasPrefix("http://www.google.com/url?")
                || link.hasPrefix("https://google.com/url?"), let query = link.split(separator: "?", maxSplits: 1).last
        else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0] == "url" || parts[0] == "q" else { continue }
            guard let decoded = percentDecoded(String(parts[1])) else { return nil }
            let target = decoded.lowercased()
            return target.hasPrefix("http://") || target.hasPrefix("https://") ? decoded : nil
        }
        return nil
    }

    /// `%XX` escapes (and `+`, a space in a query) decoded; nil when they do not make UTF-8.
    private static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                    let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte == UInt8(ascii: "+") ? 0x20 : byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
