extension StoryClusterer {
    /// Clusters `documents` like ``cluster(_:)``, asking `shouldStop` every 256 documents and
    /// giving up (returning nil) as soon as it says yes — so a daemon asked to stop is not held
    /// up by a long pass.
    public func cluster(_ documents: [ClusterDocument], shouldStop: () -> Bool) -> [StoryAssignment]? {
        let order = Self.processingOrder(documents)
        var session = makeSession()
        var assignments = [StoryAssignment?](repeating: nil, count: documents.count)
        for (step, index) in order.enumerated() {
            if step & 255 == 0, shouldStop() { return nil }
            assignments[index] = session.add(documents[index])
        }
        // Stories may have merged after a document joined: report the final key.
        for (record, index) in order.enumerated() {
            assignments[index]?.storyKey = session.storyKey(ofDocumentAt: record)
        }
        return assignments.enumerated().map { index, assignment in
            assignment ?? StoryAssignment(documentID: documents[index].id, storyKey: documents[index].id)
        }
    }
}
