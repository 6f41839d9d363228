/// The parsed request line and header fields of one request (internal to the loopback server).
struct HTTPRequestHead {
    /// The request method.
    var method: String
    /// The request target, query included.
    var target: String
    /// The protocol version, `HTTP/1.0` or `HTTP/1.1`.
    var version: String
    /// The header fields in order.
    var headers: [HTTPHeaderField]

    /// Why a request head was refused.
    enum ParseError: Error {
        /// The request line or a header line is malformed.
        case malformed
    }

    /// Largest accepted request head, request line and all header lines together.
    static let maximumSize = 64 * 1024

    /// The byte offset just past the first blank line (`CRLF CRLF`) in `buffer`, searching from `start`.
    ///
    /// - Returns: The end of the head, or `nil` when it is not complete yet.
    static func endOfHead(in buffer: [UInt8], searchingFrom start: Int) -> Int? {
        var index = max(0, start - 3)
        while index + 3 < buffer.count {
            if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 {
                return index + 4
            }
            index += 1
        }
        return nil
    }

    /// Parses the head bytes (including the final blank line).
    ///
    /// - Throws: ``ParseError/malformed`` for anything that is not an HTTP/1.x request head.
    init(bytes: ArraySlice<UInt8>) throws {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 10 {
                var lineEnd = index
                if lineEnd > lineStart, bytes[lineEnd - 1] == 13 {
                    lineEnd -= 1
                }
                lines.append(bytes[lineStart..<lineEnd])
                lineStart = index + 1
            }
            index += 1
        }
        // Tolerate empty lines before the request line (RFC 9112 section 2.2).
        while let first = lines.first, first.isEmpty {
            lines.removeFirst()
        }
        guard let requestLine = lines.first else {
            throw ParseError.malformed
        }
        let parts = requestLine.split(separator: 32, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw ParseError.malformed
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            throw ParseError.malformed
        }
        method = String(decoding: parts[0], as: UTF8.self)
        target = String(decoding: parts[1], as: UTF8.self)
        self.version = version
        headers = []
        for line in lines.dropFirst() where !line.isEmpty {
            guard let first = line.first, first != 32, first != 9, let colon = line.firstIndex(of: 58) else {
                throw ParseError.malformed
            }
            let name = line[line.startIndex..<colon]
            guard !name.isEmpty, !name.contains(32), !name.contains(9) else {
                throw ParseError.malformed
            }
            var value = line[(colon + 1)...]
            while let head = value.first, head == 32 || head == 9 {
                value = value.dropFirst()
            }
            while let tail = value.last, tail == 32 || tail == 9 {
                value = value.dropLast()
            }
            headers.append(HTTPHeaderField(name: String(decoding: name, as: UTF8.self), rawValue: Array(value)))
        }
    }

    /// The declared body length: 0 when absent, `nil` when invalid or conflicting.
    var contentLength: Int? {
        let values = headers.filter { $0.hasName("Content-Length") }.map(\.value)
        guard let first = values.first else {
            return 0
        }
        guard values.allSatisfy({ $0 == first }), let length = Int(first), length >= 0 else {
            return nil
        }
        return length
    }

    /// Whether the request uses `Transfer-Encoding` (not supported: answered with 501).
    var hasTransferEncoding: Bool {
        headers.contains { $0.hasName("Transfer-Encoding") }
    }

    /// Whether the client wants the connection kept open after this exchange.
    var wantsKeepAlive: Bool {
        let tokens = headers.filter { $0.hasName("Connection") }
            .flatMap { $0.value.split(separator: ",") }
            .map { Self.trimmingSpaces($0).lowercased() }
        if version == "HTTP/1.0" {
            return tokens.contains("keep-alive")
        }
        return !tokens.contains("close")
    }

    /// `text` without leading or trailing spaces and tabs.
    private static func trimmingSpaces(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first == " " || first == "\t" {
            text = text.dropFirst()
        }
        while let last = text.last, last == " " || last == "\t" {
            text = text.dropLast()
        }
        return text
    }
}
