/// A cursor over the Unicode scalars of one line, with the `feeds.conf` lexical rules.
///
/// Blanks (space, tab, CR, VT, FF) separate tokens. `#` starts a comment only at the start of
/// the line or right after a blank, and never inside double quotes. Quoted values accept the
/// escapes `\"` and `\\` and no others.
struct LineScanner {
    /// Why a quoted value could not be read.
    enum QuoteFailure: Error, Equatable {
        /// The line ended before the closing quote.
        case unterminated
        /// A backslash was followed by something other than `"` or `\`.
        case unknownEscape(String)
    }

    private let scalars: [Unicode.Scalar]
    /// The index of the next scalar to read.
    private(set) var position = 0

    /// Creates a scanner at the start of `line`.
    init(_ line: Substring) {
        scalars = Array(line.unicodeScalars)
    }

    /// True when every scalar has been read.
    var isAtEnd: Bool { position >= scalars.count }

    /// The next scalar, or nil at the end.
    var peek: Unicode.Scalar? { isAtEnd ? nil : scalars[position] }

    /// True when the next scalar is `#` at the start of the line or after a blank.
    var isAtComment: Bool {
        peek == "#" && (position == 0 || scalars[position - 1].isLineBlank)
    }

    /// True when only blanks and perhaps a comment remain.
    var isAtEndOfContent: Bool {
        var copy = self
        copy.skipBlanks()
        return copy.isAtEnd || copy.isAtComment
    }

    /// Moves past one scalar.
    mutating func advance() {
        if !isAtEnd { position += 1 }
    }

    /// Moves past any blanks.
    mutating func skipBlanks() {
        while let next = peek, next.isLineBlank { position += 1 }
    }

    /// Reads scalars up to (not including) the next blank, or a scalar matching `stop`.
    mutating func readWord(stoppingAt stop: (Unicode.Scalar) -> Bool = { _ in false }) -> String {
        var word = String.UnicodeScalarView()
        while let next = peek, !next.isLineBlank, !stop(next) {
            word.append(next)
            position += 1
        }
        return String(word)
    }

    /// Reads up to the end of the line or a comment, without trailing blanks.
    mutating func readToEndOfContent() -> String {
        var text = String.UnicodeScalarView()
        while !isAtEnd, !isAtComment {
            text.append(scalars[position])
            position += 1
        }
        while let last = text.last, last.isLineBlank { text.removeLast() }
        return String(text)
    }

    /// Reads a double-quoted value; the scanner must be at the opening quote.
    ///
    /// On success the scanner is just past the closing quote.
    mutating func readQuoted() throws(QuoteFailure) -> String {
        advance()
        var value = String.UnicodeScalarView()
        while let next = peek {
            position += 1
            switch next {
            case "\"":
                return String(value)
            case "\\":
                guard let escaped = peek else { throw .unterminated }
                guard escaped == "\"" || escaped == "\\" else { throw .unknownEscape("\\" + String(escaped)) }
                value.append(escaped)
                position += 1
            default:
                value.append(next)
            }
        }
        throw .unterminated
    }

    /// The leading `key` of a setting line (`key = value`), with the scanner moved past the `=`.
    ///
    /// A key starts with a letter or `_` and continues with letters, digits, `_`, `-` or `.`.
    /// Returns nil, leaving the scanner where it was, when the line does not start that way.
    mutating func readSettingKey() -> String? {
        var copy = self
        copy.skipBlanks()
        guard let first = copy.peek, first.isASCIILetter || first == "_" else { return nil }
        let key = copy.readWord { scalar in
            !(scalar.isASCIILetter || scalar.isASCIIDigit || scalar == "_" || scalar == "-" || scalar == ".")
        }
        copy.skipBlanks()
        guard copy.peek == "=" else { return nil }
        copy.advance()
        self = copy
        return key
    }
}
