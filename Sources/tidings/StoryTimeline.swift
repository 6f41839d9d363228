import FeedModel
import Foundation

/// Renders a story's coverage timeline for a terminal.
enum StoryTimeline {
    /// The whole timeline, lines joined by line breaks (no trailing one).
    static func render(_ story: StoryView, why: Bool, color: Bool) -> String {
        var lines: [String] = []
        let title = TerminalText.isolated(story.title)
        lines.append(color ? "\u{1B}[1m\(title)\u{1B}[0m" : title)
        let languages =
            story.languages.isEmpty ? "" : " · " + story.languages.map(TerminalText.sanitize).joined(separator: ", ")
        let outlets = counted(story.outlets.count, "outlet")
        let articles = counted(story.articles.count, "article")
        lines.append(
            "story \(story.id) · \(outlets) · \(articles)\(languages) · "
                + "\(story.firstSeen.rfc3339) – \(story.updated.rfc3339)")
        if let first = story.firstReport {
            lines.append("reported first by \(TerminalText.isolated(first.outlet)) at \(first.time.rfc3339)")
        }
        let byRow = Dictionary(story.articles.map { ($0.rowID, $0) }, uniquingKeysWith: { a, _ in a })
        let outletWidth = min(
            24, story.articles.map { TerminalText.width(TerminalText.isolated($0.outlet)) }.max() ?? 0)
        for (index, article) in story.articles.enumerated() {
            let outlet = TerminalText.padded(
                TerminalText.truncated(TerminalText.isolated(article.outlet), to: outletWidth), to: outletWidth)
            let language = TerminalText.padded("[\(TerminalText.sanitize(article.language ?? "-"))]", to: 5)
            var line = "  \(article.time.rfc3339)  \(outlet) \(language) \(TerminalText.isolated(article.title))"
            if index == 0 { line += color ? "  \u{1B}[32m(first)\u{1B}[0m" : "  (first)" }
            if let original = article.duplicateOf.flatMap({ byRow[$0] }) {
                line += "  (copy of \(TerminalText.isolated(original.outlet)) at \(original.time.rfc3339))"
            }
            lines.append(line)
            if let link = article.link { lines.append("      \(TerminalText.sanitize(link))") }
            if !article.alsoIn.isEmpty {
                lines.append("      also in: " + article.alsoIn.map(TerminalText.sanitize).joined(separator: ", "))
            }
            if why && index > 0 {
                let terms = article.sharedTerms.map(TerminalText.isolated).joined(separator: ", ")
                lines.append("      similarity \(String(format: "%.2f", article.similarity)); shared: \(terms)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
