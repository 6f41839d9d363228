extension StoryClusterer {
    /// Clusters `documents` like ``cluster(_:)``, asking `shouldStop` every 256 documents and
    /// giving up (returning nil) as soon as it says yes — so a daemon asked to stop is not held
    /// up by a long pass.
    public func cluster(_ documents: [ClusterDocument], shouldStop: () -> Bool) -> [StoryAssignment]? {
        // An undated article takes its place in time from its dateline, as the engine reads it.
        let documents = datedByDatelines(documents)
        let order = Self.processingOrder(documents)
        var engine = ClusteringEngine(configuration: configuration)
        var assignments = [StoryAssignment?](repeating: nil, count: documents.count)
        // Stories may have merged after a document joined: report the final key (and, for the first
        // article of a story merged into another, why).
        func settle(_ placements: [StoryPlacement]) {
            for placement in placements {
                let index = order[placement.record]
                assignments[index] = assignments[index].map(placement.applied)
            }
        }
        for (step, index) in order.enumerated() {
            if step & 255 == 0 {
                if shouldStop() { return nil }
                settle(engine.takeFinalPlacements())
            }
            assignments[index] = engine.add(documents[index])
        }
        settle(engine.finish())
        return assignments.enumerated().map { index, assignment in
            assignment ?? StoryAssignment(documentID: documents[index].id, storyKey: documents[index].id)
        }
    }
}
