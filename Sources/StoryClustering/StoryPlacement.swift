/// Where a processed document stands once its story may have merged with others: the key of the
/// story it is in, and, for the first article of a story that merged into another, why the two
/// stories became one.
struct StoryPlacement: Sendable {
    /// Why a story's first article is in the story its story merged into: the score the two
    /// stories merged at and the terms they share.
    typealias MergeNote = (similarity: Double, shared: [String])

    /// The document's processing index.
    var record: Int
    /// The key of the story it is in.
    var key: String
    /// For the first article of a story absorbed by another: the score the stories merged at and
    /// the terms they share (its own assignment, as a story's first article, says nothing).
    var merge: MergeNote?

    /// `assignment` with this placement's story key and, when its story merged into another (only a
    /// story's first article carries a merge), the merge's score and shared terms.
    func applied(to assignment: StoryAssignment) -> StoryAssignment {
        var assignment = assignment
        assignment.storyKey = key
        if let merge {
            assignment.similarity = merge.similarity
            assignment.sharedTerms = merge.shared
        }
        return assignment
    }
}
