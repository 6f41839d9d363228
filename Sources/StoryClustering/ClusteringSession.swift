/// Clusters documents one at a time as they arrive, holding only what the window needs.
///
/// ``StoryClusterer/cluster(_:)`` takes a whole batch and returns every assignment at once. A
/// session takes documents already in processing order (by `published`, undated documents last)
/// and hands back each assignment once its story key is final, which is when the story is
/// evicted (closed by the window, or the least recent beyond
/// ``StoryClusterer/Configuration/maxOpenStories``) or at ``finish()``. Memory then follows the
/// open stories, not the number of documents seen; given the same documents in processing
/// order, the assignments equal the batch's.
public struct ClusteringSession {
    private var engine: ClusteringEngine
    private var waiting: [Int: StoryAssignment] = [:]
    private var added = 0

    /// Starts a session.
    /// - Parameter configuration: The tuning, as for ``StoryClusterer``.
    public init(configuration: StoryClusterer.Configuration = .init()) {
        engine = ClusteringEngine(configuration: configuration)
    }

    /// A session whose engine forgets stale terms after fewer documents than the default (tests).
    init(configuration: StoryClusterer.Configuration, forgettingMinDocuments: Int) {
        engine = ClusteringEngine(configuration: configuration, forgettingMinDocuments: forgettingMinDocuments)
    }

    /// The engine's interned terms and symbols.
    var vocabularySize: (terms: Int, symbols: Int) { engine.vocabularySize }

    /// Clusters the next document.
    /// - Parameter document: The document; its `published` should not be earlier than any
    ///   previous document's (undated documents come last).
    /// - Returns: The assignments, of this or earlier documents, whose story key is now final.
    public mutating func add(_ document: ClusterDocument) -> [StoryAssignment] {
        waiting[added] = engine.add(document)
        added += 1
        return settle(engine.takeFinalPlacements())
    }

    /// The documents added but not yet returned, each with the key of the story it is in now
    /// (a later merge may still change it), in the order they were added. The session goes on:
    /// a daemon that keeps one session across polls reads this after each poll.
    public func openAssignments() -> [StoryAssignment] {
        engine.openPlacements().compactMap { placement in
            waiting[placement.record].map(placement.applied)
        }
    }

    /// Ends the session.
    /// - Returns: The assignments not yet returned, in the order their documents were added.
    public mutating func finish() -> [StoryAssignment] {
        settle(engine.finish())
    }

    private mutating func settle(_ placements: [StoryPlacement]) -> [StoryAssignment] {
        var result: [StoryAssignment] = []
        result.reserveCapacity(placements.count)
        for placement in placements {
            guard let assignment = waiting.removeValue(forKey: placement.record) else { continue }
            result.append(placement.applied(to: assignment))
        }
        return result
    }
}

/// A session holds the engine's reference-typed scratch state; use it from one task.
@available(*, unavailable)
extension ClusteringSession: Sendable {}
