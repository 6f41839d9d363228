/// Groups articles about the same news event across outlets and languages.
///
/// A single online pass: documents are taken in order of publication time (unknown times
/// last, ties in the given order). Each document is compared only with the open stories that
/// share one of its strongest terms (an inverted index), joins the best one above the
/// threshold, or founds a new story. Same canonical link and near-verbatim copies are folded
/// into the original. The result does not depend on hash order: the same input gives the same
/// output on every run.
public struct StoryClusterer: Sendable {
    /// The tuning in use.
    public var configuration: Configuration

    /// Creates a clusterer.
    /// - Parameter configuration: The tuning; the defaults suit news feeds.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// Clusters `documents` into stories.
    ///
    /// Documents are processed in order of (`published` ?? +∞, then the given order).
    /// - Parameter documents: The articles; ids should be unique.
    /// - Returns: One assignment per input document, in input order.
    public func cluster(_ documents: [ClusterDocument]) -> [StoryAssignment] {
        let order = Self.processingOrder(documents)
        var engine = ClusteringEngine(configuration: configuration)
        var assignments = [StoryAssignment?](repeating: nil, count: documents.count)
        for index in order {
            assignments[index] = engine.add(documents[index])
        }
        // Stories may have merged after a document joined: report the final key.
        for (record, index) in order.enumerated() {
            assignments[index]?.storyKey = engine.storyKey(ofRecord: record)
        }
        return assignments.enumerated().map { index, assignment in
            assignment ?? StoryAssignment(documentID: documents[index].id, storyKey: documents[index].id)
        }
    }

    /// The indices of `documents` in processing order.
    static func processingOrder(_ documents: [ClusterDocument]) -> [Int] {
        documents.indices.sorted { lhs, rhs in
            let left = documents[lhs].published ?? .max
            let right = documents[rhs].published ?? .max
            return left != right ? left < right : lhs < rhs
        }
    }
}
