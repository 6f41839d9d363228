/// What a ``ClusteringEngine`` remembers about one processed document.
struct DocumentRecord: Sendable {
    /// The document id.
    var id: String
    /// Its story index.
    var story: Int32
    /// The id of the original this document copies, or its own id.
    var rootID: String
    /// Its MinHash signature (empty when too short or evicted).
    var signature: [UInt64]
    /// Its canonical link.
    var link: String?
}
