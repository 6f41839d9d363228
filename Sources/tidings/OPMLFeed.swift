/// One feed read from an OPML outline.
struct OPMLFeed: Hashable {
    /// `xmlUrl`.
    var url: String
    /// `title`, else `text`, if any.
    var name: String?
    /// `language`, if any.
    var language: String?
    /// From the `category` attribute and the enclosing outlines' `text`, lower-cased, in order, without repeats.
    var tags: [String]
}
