/// A piece of feed text together with how it is to be read (RSS descriptions and
/// Atom `type="html"` constructs are HTML; Atom `type="text"` is plain text).
public struct FeedText: Sendable, Hashable, Codable {
    /// The text as published (for Atom `xhtml`, the serialised inner markup).
    public var value: String
    /// Whether ``value`` is HTML markup rather than plain text.
    public var isHTML: Bool

    /// Creates a feed text.
    public init(value: String, isHTML: Bool) {
        self.value = value
        self.isHTML = isHTML
    }
}
