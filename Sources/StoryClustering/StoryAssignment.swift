/// Where the ``StoryClusterer`` put one document, and why.
public struct StoryAssignment: Sendable, Hashable {
    /// The ``ClusterDocument/id`` of the document this assignment is for.
    public var documentID: String
    /// The story's key: the id of the story's first document in processing order.
    public var storyKey: String
    /// The id of the document this one is a (near-)verbatim copy of, or shares a canonical link with.
    public var duplicateOf: String?
    /// The score with which the document joined its story (1 for a story's founder and for duplicates);
    /// for the founder of a story that later merged into this one, the score the two stories merged at.
    public var similarity: Double
    /// Up to eight shared terms or entities that justified joining (or the merge), strongest first.
    public var sharedTerms: [String]

    /// Creates an assignment.
    /// - Parameters:
    ///   - documentID: The document's id.
    ///   - storyKey: The story's key.
    ///   - duplicateOf: The id of the original, when this document is a copy.
    ///   - similarity: The joining score.
    ///   - sharedTerms: The terms that justified joining.
    public init(
        documentID: String,
        storyKey: String,
        duplicateOf: String? = nil,
        similarity: Double = 1,
        sharedTerms: [String] = []
    ) {
        self.documentID = documentID
        self.storyKey = storyKey
        self.duplicateOf = duplicateOf
        self.similarity = similarity
        self.sharedTerms = sharedTerms
    }
}
