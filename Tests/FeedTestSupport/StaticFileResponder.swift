internal import Foundation
internal import Glibc

/// Answers `GET` and `HEAD` from the files of one directory, with `ETag` / `Last-Modified` validators.
///
/// Files are re-read on every request, so a test can rewrite one between two polls.
struct StaticFileResponder: Sendable {
    /// The served directory, without a trailing slash.
    let directory: String
    /// `Content-Type` by lowercased extension without the dot; defaults merged with the caller's overrides.
    let contentTypes: [String: String]

    /// Content types used unless overridden.
    static let defaultContentTypes: [String: String] = [
        "xml": "application/xml",
        "rss": "application/rss+xml",
        "atom": "application/atom+xml",
        "rdf": "application/rdf+xml",
        "json": "application/feed+json",
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
    ]

    /// Base of the synthetic `Last-Modified` dates: 2025-01-01T00:00:00Z.
    private static let lastModifiedBase = 1_735_689_600

    init(directory: String, contentTypes: [String: String]) throws {
        var info = stat()
        guard stat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw LoopbackHTTPServerError(code: .notADirectory, systemError: errno, detail: directory)
        }
        var trimmed = directory
        while trimmed.count > 1 && trimmed.hasSuffix("/") {
            trimmed.removeLast()
        }
        self.directory = trimmed
        var types = Self.defaultContentTypes
        for (key, value) in contentTypes {
            var ext = key.lowercased()
            if ext.hasPrefix(".") {
                ext.removeFirst()
            }
            types[ext] = value
        }
        self.contentTypes = types
    }

    /// The response for `request`: 200 with the file, 304 when a validator matches, 404, 400 or 405.
    func respond(to request: HTTPRequestRecord) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return HTTPResponse.status(405).addingHeader("Allow", "GET, HEAD")
        }
        guard let relative = request.pathWithoutQuery.removingPercentEncoding, relative.hasPrefix("/") else {
            return .status(400)
        }
        let components = relative.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard !components.contains(where: { $0 == ".." || $0 == "." || $0.contains("\u{0}") }) else {
            return .notFound
        }
        guard let name = components.last, !name.isEmpty, let bytes = Self.readRegularFile(directory + relative)
        else {
            return .notFound
        }
        let hash = Self.fnv1a64(bytes)
        let etag = "\"" + Self.hex(hash) + "\""
        let lastModified = HTTPDate.imfFixdate(epochSeconds: Self.lastModifiedBase + Int(hash % 31_536_000))
        let validators = [
            HTTPHeaderField(name: "ETag", value: etag),
            HTTPHeaderField(name: "Last-Modified", value: lastModified),
        ]
        if let ifNoneMatch = request.header("If-None-Match") {
            let candidates = ifNoneMatch.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if ifNoneMatch == etag || candidates.contains(etag) || candidates.contains("*") {
                return HTTPResponse(status: 304, headers: validators)
            }
        } else if request.header("If-Modified-Since") == lastModified {
            return HTTPResponse(status: 304, headers: validators)
        }
        return HTTPResponse(
            status: 200,
            headers: [HTTPHeaderField(name: "Content-Type", value: contentType(for: String(name)))] + validators,
            body: bytes
        )
    }

    private func contentType(for name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else {
            return "application/octet-stream"
        }
        return contentTypes[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }

    /// The whole file at `path`, or `nil` when it is missing, unreadable or not a regular file.
    private static func readRegularFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            return nil
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return nil
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0 {
                return bytes
            }
            if count < 0 {
                if errno == EINTR {
                    continue
                }
                return nil
            }
            bytes += chunk[0..<count]
        }
    }

    /// 64-bit FNV-1a: stable across runs, so `ETag` and `Last-Modified` depend only on the content.
    private static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
