/// A feed's picture: RSS `image` (`url`, `title`, `link`) or `itunes:image`.
public struct FeedImage: Sendable, Hashable, Codable {
    /// The image URL, resolved against the base URL.
    public var url: String?
    /// The image's title, if given.
    public var title: String?
    /// The page the image links to, if given.
    public var link: String?

    /// Creates an image.
    public init(url: String? = nil, title: String? = nil, link: String? = nil) {
        self.url = url
        self.title = title
        self.link = link
    }
}
