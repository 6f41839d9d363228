/// One line of a `feeds.conf` text, with where it sits in the text.
///
/// Lines end at `\n`; a `\r` just before it (CRLF files) is not part of the content. A
/// UTF-8 byte order mark at the very start of the text is not part of the first line's content.
struct SourceLine {
    /// The 1-based line number.
    let number: Int
    /// The line without its terminator (and without a leading byte order mark).
    let content: Substring
    /// The range of the line in the text, from the start of ``content`` through the terminator.
    let range: Range<String.Index>

    /// Splits `text` into lines; a final line without a terminator counts, an empty tail does not.
    static func split(_ text: String) -> [SourceLine] {
        let scalars = text.unicodeScalars
        var lines: [SourceLine] = []
        var start = scalars.startIndex
        if scalars.first == "\u{FEFF}" { start = scalars.index(after: start) }
        var index = start
        while index < scalars.endIndex {
            guard scalars[index] == "\n" else {
                index = scalars.index(after: index)
                continue
            }
            let next = scalars.index(after: index)
            lines.append(line(number: lines.count + 1, in: text, from: start, contentEnd: index, end: next))
            start = next
            index = next
        }
        if start < scalars.endIndex {
            lines.append(line(number: lines.count + 1, in: text, from: start, contentEnd: index, end: index))
        }
        return lines
    }

    /// Builds a line, dropping a trailing `\r` from the content.
    private static func line(
        number: Int,
        in text: String,
        from start: String.Index,
        contentEnd: String.Index,
        end: String.Index
    ) -> SourceLine {
        let scalars = text.unicodeScalars
        var contentEnd = contentEnd
        if contentEnd > start, scalars[scalars.index(before: contentEnd)] == "\r" {
            contentEnd = scalars.index(before: contentEnd)
        }
        return SourceLine(number: number, content: text[start..<contentEnd], range: start..<end)
    }
}
