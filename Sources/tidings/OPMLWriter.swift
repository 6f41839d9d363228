import FeedConfig

/// Writes feeds.conf subscriptions as an OPML 2.0 subscription list.
///
/// Feeds with tags sit in a folder outline named after their first tag (what feed readers show
/// as folders); every feed's tags are also in its `category` attribute, so that importing the
/// file back gives the same tags. Names go to `text` and `title`, languages to `language`.
enum OPMLWriter {
    /// The OPML document for `subscriptions`, in feeds.conf order within each folder.
    static func document(_ subscriptions: [Subscription], title: String = "Tidings feeds") -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<opml version=\"2.0\">",
            "  <head>",
            "    <title>\(escaped(title))</title>",
            "  </head>",
            "  <body>",
        ]
        var folders: [String] = []
        for subscription in subscriptions {
            if let tag = subscription.tags.first, !folders.contains(tag) { folders.append(tag) }
        }
        for subscription in subscriptions where subscription.tags.isEmpty {
            lines.append("    " + outline(subscription))
        }
        for folder in folders {
            lines.append("    <outline text=\"\(escaped(folder))\" title=\"\(escaped(folder))\">")
            for subscription in subscriptions where subscription.tags.first == folder {
                lines.append("      " + outline(subscription))
            }
            lines.append("    </outline>")
        }
        lines += ["  </body>", "</opml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One feed's self-closing `<outline type="rss" …/>`.
    private static func outline(_ subscription: Subscription) -> String {
        let name = escaped(subscription.displayName)
        var text = "<outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(escaped(subscription.url))\""
        if let language = subscription.language { text += " language=\"\(escaped(language))\"" }
        if !subscription.tags.isEmpty { text += " category=\"\(escaped(subscription.tags.joined(separator: ",")))\"" }
        return text + "/>"
    }

    /// `text` with the XML special characters escaped (for attribute values and text), control
    /// characters other than tab and line breaks dropped (XML 1.0 cannot carry them).
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out += "&#\(scalar.value);"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
