/// A media file attached to an entry: RSS `enclosure`, Atom `link rel="enclosure"`, `media:content`.
public struct FeedEnclosure: Sendable, Hashable, Codable {
    /// The file's URL, resolved against the base URL (empty when the feed gave none).
    public var url: String
    /// The media type, if given.
    public var type: String?
    /// The size in bytes, as published.
    public var length: String?

    /// Creates an enclosure.
    public init(url: String, type: String? = nil, length: String? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}
