/// The conditional-GET validators a server sent, kept byte for byte.
///
/// They are sent back unchanged as `If-None-Match` and `If-Modified-Since`.
public struct HTTPValidators: Sendable, Hashable, Codable {
    /// The `ETag` response header, exactly as received.
    public var etag: String?
    /// The `Last-Modified` response header, exactly as received.
    public var lastModified: String?

    /// Creates validators; both default to absent.
    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    /// Whether neither validator is present.
    public var isEmpty: Bool { etag == nil && lastModified == nil }
}
