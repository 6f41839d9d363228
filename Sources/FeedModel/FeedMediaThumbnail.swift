/// A `media:thumbnail` picture of an entry (Media RSS).
public struct FeedMediaThumbnail: Sendable, Hashable, Codable {
    /// The picture's URL, resolved against the base URL.
    public var url: String
    /// The width in pixels, if given.
    public var width: Int?
    /// The height in pixels, if given.
    public var height: Int?

    /// Creates a thumbnail.
    public init(url: String, width: Int? = nil, height: Int? = nil) {
        self.url = url
        self.width = width
        self.height = height
    }
}
