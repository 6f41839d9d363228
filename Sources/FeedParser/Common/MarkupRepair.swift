/// A second chance for a document libxml2 could only recover from, for three mistakes that cost
/// items or text in recover mode:
///
/// - a CDATA section never closed (`<description><![CDATA[<p>…</description>`): libxml2 reads the
///   rest of the document, every later item included, as that one element's text. The section is
///   closed before the end tag of the element it opened in.
/// - attribute values without quotes (`<link href=http://example.com/1 />`, HTML habits): libxml2
///   drops the element, and an Atom entry loses its link. The values are quoted; a `/` just
///   before `>` still closes the element.
/// - a `<` in text that starts no markup (`Price < $5`, `I <3 RSS`): libxml2 drops it and the text
///   around it. It is escaped.
///
/// It runs only after a first parse reported an error, so well-formed feeds pay nothing. Like
/// ``EntityRepair`` it works on raw bytes of any ASCII-compatible encoding.
enum MarkupRepair {
    /// The repaired bytes and what was repaired, or nil when there was nothing to repair.
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], repairs: [String])? {
        if bytes.count >= 2, bytes[0] == 0 || bytes[1] == 0 { return nil }  // UTF-16/32: left alone
        return bytes.withUnsafeBufferPointer { buffer -> ([UInt8], [String])? in
            var scanner = Scanner(input: buffer)
            scanner.run()
            guard scanner.copied > 0 else { return nil }
            scanner.output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[scanner.copied...]))
            var repairs: [String] = []
            if let element = scanner.firstUnclosedCDATA {
                let count = scanner.unclosedCDATA
                repairs.append(
                    count == 1
                        ? "closed a CDATA section left open in <\(element)>"
                        : "closed \(count) CDATA sections left open (the first in <\(element)>)")
            }
            if scanner.bareLessThan > 0 {
                repairs.append(
                    "escaped \(scanner.bareLessThan == 1 ? "a" : String(scanner.bareLessThan)) '<' starting no tag")
            }
            if let element = scanner.firstUnquoted {
                repairs.append("quoted attribute values written without quotes (first in <\(element)>)")
            }
            return (scanner.output, repairs)
        }
    }

    private struct Scanner {
        let input: UnsafeBufferPointer<UInt8>
        var output: [UInt8] = []
        /// Bytes of `input` before this index are already in `output` (once something changed).
        var copied = 0
        var unclosedCDATA = 0
        var firstUnclosedCDATA: String?
        var firstUnquoted: String?
        var bareLessThan = 0
        /// The last found `]]>` and `<![CDATA[` (-1: none left; nil: not searched yet).
        var cachedEnd: Int?
        var cachedStart: Int?

        static let cdataStart = Array("<![CDATA[".utf8)
        static let cdataEnd = Array("]]>".utf8)
        static let commentEnd = Array("-->".utf8)
        static let piEnd = Array("?>".utf8)
        static let escapedLessThan = Array("&lt;".utf8)
        static let escapedQuote = Array("&quot;".utf8)
        /// Elements that never have content, lowercased: a `/` before `>` after an unquoted URL
        /// closes them even though it also ends the URL.
        static let alwaysEmpty: Set<[UInt8]> = Set(
            [
                "link", "atom:link", "atom10:link", "enclosure", "img", "br", "hr", "meta", "source", "media:thumbnail",
                "media:content", "itunes:image",
            ].map { Array($0.utf8) })

        init(input: UnsafeBufferPointer<UInt8>) {
            self.input = input
        }

        mutating func run() {
            let n = input.count
            var i = 0
            while i < n {
                i = ByteSearch.index(of: UInt8(ascii: "<"), in: input, from: i)
                guard i + 1 < n else { return }
                let next = input[i + 1]
                if next == UInt8(ascii: "!") {
                    if starts(with: Self.cdataStart, at: i) {
                        i = cdata(at: i)
                    } else if i + 3 < n, input[i + 2] == UInt8(ascii: "-"), input[i + 3] == UInt8(ascii: "-") {
                        i = find(Self.commentEnd, from: i + 4, before: n).map { $0 + 3 } ?? n
                    } else {
                        i = ByteSearch.index(of: UInt8(ascii: ">"), in: input, from: i + 2)
                    }
                } else if next == UInt8(ascii: "?") {
                    i = find(Self.piEnd, from: i + 2, before: n).map { $0 + 2 } ?? n
                } else if isNameStart(next) {
                    i = startTag(at: i)
                } else if next != UInt8(ascii: "/") {
                    // `Price < $5`, `I <3 RSS`: a `<` that starts no markup is text.
                    replace(at: i, count: 1, with: Self.escapedLessThan)
                    bareLessThan += 1
                    i += 1
                } else {
                    i += 1
                }
            }
        }

        /// A CDATA section at `start`; closes it before its element's end tag when it has no end of
        /// its own before the next section starts. Returns where scanning goes on.
        mutating func cdata(at start: Int) -> Int {
            let contentStart = start + Self.cdataStart.count
            let end = nextCDATAEnd(from: contentStart)
            let nextSection = nextCDATAStart(from: contentStart)
            if let end, nextSection.map({ end < $0 }) ?? true { return end + Self.cdataEnd.count }
            // The element's end tag must come before any later section: a section that merely
            // quotes `<![CDATA[` in its text ends at its own `]]>`. Searching only up to there keeps
            // the whole pass linear in the document.
            let limit = nextSection ?? input.count
            guard let element = enclosingElement(before: start),
                let close = find(Array("</\(element)".utf8), from: contentStart, before: limit)
            else {
                return end.map { $0 + Self.cdataEnd.count } ?? input.count
            }
            insert(Self.cdataEnd, at: close)
            unclosedCDATA += 1
            if firstUnclosedCDATA == nil { firstUnclosedCDATA = element }
            return close
        }

        /// The next `]]>` at or after `from`, remembered: positions only grow, so each byte is
        /// searched once however many sections are left open.
        mutating func nextCDATAEnd(from: Int) -> Int? {
            if cachedEnd.map({ $0 != -1 && $0 < from }) ?? true {
                cachedEnd = find(Self.cdataEnd, from: from, before: input.count) ?? -1
            }
            return cachedEnd == -1 ? nil : cachedEnd
        }

        /// The next `<![CDATA[` at or after `from`, remembered like ``nextCDATAEnd(from:)``.
        mutating func nextCDATAStart(from: Int) -> Int? {
            if cachedStart.map({ $0 != -1 && $0 < from }) ?? true {
                cachedStart = find(Self.cdataStart, from: from, before: input.count) ?? -1
            }
            return cachedStart == -1 ? nil : cachedStart
        }

        /// The name of the start tag that ends, maybe followed by white space, just before `index`.
        func enclosingElement(before index: Int) -> String? {
            var j = index - 1
            while j >= 0, isSpace(input[j]) { j -= 1 }
            guard j > 0, input[j] == UInt8(ascii: ">"), input[j - 1] != UInt8(ascii: "/") else { return nil }
            var open = j - 1
            while open >= 0, index - open < 1024, input[open] != UInt8(ascii: "<") { open -= 1 }
            guard open >= 0, input[open] == UInt8(ascii: "<"), open + 1 < j, isNameStart(input[open + 1]) else {
                return nil
            }
            var nameEnd = open + 1
            while nameEnd < j, isNameByte(input[nameEnd]) { nameEnd += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: input[(open + 1)..<nameEnd]), as: UTF8.self)
        }

        /// A start tag at `start`: quotes its unquoted attribute values. Returns the index after it.
        mutating func startTag(at start: Int) -> Int {
            let n = input.count
            var i = start + 1
            while i < n, isNameByte(input[i]) { i += 1 }
            let nameEnd = i
            while i < n {
                while i < n, isSpace(input[i]) { i += 1 }
                guard i < n, input[i] != UInt8(ascii: ">"), input[i] != UInt8(ascii: "<") else { return i }
                if input[i] == UInt8(ascii: "/") {
                    i += 1
                    continue
                }
                while i < n, !isSpace(input[i]), input[i] != UInt8(ascii: "="), input[i] != UInt8(ascii: ">") { i += 1 }
                while i < n, isSpace(input[i]) { i += 1 }
                guard i < n, input[i] == UInt8(ascii: "=") else { continue }
                i += 1
                while i < n, isSpace(input[i]) { i += 1 }
                guard i < n else { return n }
                let first = input[i]
                if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                    i = min(n, ByteSearch.index(of: first, in: input, from: i + 1) + 1)
                    continue
                }
                let valueStart = i
                while i < n, !isSpace(input[i]), input[i] != UInt8(ascii: ">"), input[i] != UInt8(ascii: "<") { i += 1 }
                var valueEnd = i
                var selfClose = false
                if i < n, input[i] == UInt8(ascii: ">"), valueEnd - 1 > valueStart,
                    input[valueEnd - 1] == UInt8(ascii: "/")
                {
                    // `rel=alternate/>`: the `/` closes the element. A URL may end in `/`
                    // (`href=https://x.org/1/>`): there it stays in the value, and the element is
                    // closed as well when it is one that is always empty.
                    if looksLikeURL(valueStart..<(valueEnd - 1)) {
                        selfClose = isAlwaysEmpty(start + 1..<nameEnd)
                    } else {
                        valueEnd -= 1
                    }
                }
                guard valueEnd > valueStart else { continue }
                insert([UInt8(ascii: "\"")], at: valueStart)
                for k in valueStart..<valueEnd where input[k] == UInt8(ascii: "\"") {
                    replace(at: k, count: 1, with: Self.escapedQuote)
                }
                insert(selfClose ? Array("\"/".utf8) : [UInt8(ascii: "\"")], at: valueEnd)
                if firstUnquoted == nil {
                    firstUnquoted = String(
                        decoding: UnsafeBufferPointer(rebasing: input[(start + 1)..<nameEnd]), as: UTF8.self)
                }
            }
            return i
        }

        /// Whether a value reads as a URL (`https://…`, `//…`, `/…`).
        func looksLikeURL(_ range: Range<Int>) -> Bool {
            guard let first = range.first else { return false }
            if input[first] == UInt8(ascii: "/") { return true }
            var k = range.lowerBound
            while k + 2 < range.upperBound {
                if input[k] == UInt8(ascii: ":"), input[k + 1] == UInt8(ascii: "/"), input[k + 2] == UInt8(ascii: "/") {
                    return true
                }
                k += 1
            }
            return false
        }

        /// Whether the element named by `name` in the input is one of ``alwaysEmpty``.
        func isAlwaysEmpty(_ name: Range<Int>) -> Bool {
            guard name.count <= 16 else { return false }
            return Self.alwaysEmpty.contains(input[name].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        }

        /// Puts `bytes` into the output in place of `input[index..<(index + count)]`.
        mutating func replace(at index: Int, count: Int, with bytes: [UInt8]) {
            insert(bytes, at: index)
            copied = index + count
        }

        /// Puts `bytes` into the output just before `input[index]`.
        mutating func insert(_ bytes: [UInt8], at index: Int) {
            if copied == 0, output.isEmpty { output.reserveCapacity(input.count + 64) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<index]))
            output.append(contentsOf: bytes)
            copied = index
        }

        /// The index where `pattern` next starts at or after `from` and before `limit`, or nil.
        func find(_ pattern: [UInt8], from: Int, before limit: Int) -> Int? {
            ByteSearch.index(of: pattern, in: input, from: from, before: limit)
        }

        func starts(with pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= input.count && input[index..<(index + pattern.count)].elementsEqual(pattern)
        }

        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

        func isNameStart(_ b: UInt8) -> Bool {
            ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b == 0x5F || b >= 0x80
        }

        func isNameByte(_ b: UInt8) -> Bool {
            isNameStart(b) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x2D || b == 0x3A
        }
    }
}
