/// What a ``ClusteringEngine`` remembers about one processed document while its story is held.
struct DocumentRecord: Sendable {
    /// Its story index.
    var story: Int32
    /// The id of the original this document copies, or its own id.
    var rootID: String
    /// Its MinHash signature (empty when too short).
    var signature: [UInt32]
    /// Its canonical link.
    var link: String?
    /// When it is the first article of a story that merged into another: the merge's score and the
    /// terms the two stories share.
    var merge: StoryPlacement.MergeNote?
}
