/// A person named by a feed: Atom `author`, RSS `author` / `managingEditor`, `dc:creator`, `itunes:author`.
public struct FeedPerson: Sendable, Hashable, Codable {
    /// The display name, if given.
    public var name: String?
    /// The e-mail address, if given.
    public var email: String?
    /// A home page (Atom `uri`), resolved against the base URL.
    public var uri: String?

    /// Creates a person.
    public init(name: String? = nil, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }
}
