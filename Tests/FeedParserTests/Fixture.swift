import FeedModel
import FeedParser
import Foundation
import Testing

/// Loads and parses the fixtures in `Fixtures/`.
enum Fixture {
    /// The bytes of `Fixtures/<name>`.
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil))
        return try [UInt8](Data(contentsOf: url))
    }

    /// `Fixtures/<name>` parsed as if served from `url` with `contentType`.
    static func parse(_ name: String, url: String? = nil, contentType: String? = nil) throws -> ParsedFeed {
        try FeedParser().parse(bytes(name), url: url, contentType: contentType)
    }
}
