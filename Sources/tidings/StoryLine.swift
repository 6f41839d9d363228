import FeedModel

/// Renders one story as one terminal line that fits `columns`: id, age, outlets/articles,
/// languages, headline, outlets. Feed text is sanitised and right-to-left text isolated.
enum StoryLine {
    /// Widths of the fixed columns: id, age, outlets/articles, languages.
    static let widths = (id: 6, age: 4, count: 5, languages: 5)

    /// The column titles, aligned with ``render(_:now:columns:color:)``.
    static func header(columns: Int, color: Bool) -> String {
        let text = [
            TerminalText.padded("ID", to: widths.id), TerminalText.padded("AGE", to: widths.age),
            TerminalText.padded("O/A", to: widths.count), TerminalText.padded("LANG", to: widths.languages),
            "HEADLINE — OUTLETS",
        ].joined(separator: " ")
        return color ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }

    /// One story's line.
    static func render(_ story: StoryView, now: Timestamp, columns: Int, color: Bool) -> String {
        let id = TerminalText.padded(String(story.id), to: widths.id)
        let age = TerminalText.padded(Age.short(from: story.updated, to: now), to: widths.age)
        let outlets = story.outlets.map { TerminalText.isolated($0) }
        let count = TerminalText.padded("\(outlets.count)/\(story.articles.count)", to: widths.count)
        let languageList = story.languages.map(TerminalText.sanitize).joined(separator: ",")
        let languages = TerminalText.padded(
            TerminalText.truncated(languageList.isEmpty ? "-" : languageList, to: widths.languages),
            to: widths.languages)
        let outletText = outlets.joined(separator: ", ")
        let fixed = [id, age, count, languages].reduce(0) { $0 + TerminalText.width($1) + 1 }
        let available = max(24, columns - fixed - 3)
        let outletBudget = min(TerminalText.width(outletText), max(12, available / 3))
        let headline = TerminalText.truncated(
            TerminalText.isolated(story.title), to: max(12, available - outletBudget))
        let outletsShown = TerminalText.truncated(outletText, to: max(8, available - TerminalText.width(headline)))
        let title = color ? "\u{1B}[1m\(headline)\u{1B}[0m" : headline
        let tail = color ? "\u{1B}[2m\(outletsShown)\u{1B}[0m" : outletsShown
        return "\(id) \(age) \(count) \(languages) \(title) — \(tail)"
    }
}
