/// One clustering pass fed a document at a time, for callers that read documents from storage
/// in pages rather than holding them all: the daemon streams the articles of the re-clustering
/// span through a session, so what it keeps in memory is the engine's window, not every text.
///
/// Documents must be given in processing order (publication time, unknown last, then any fixed
/// order); ``StoryClusterer/cluster(_:)`` sorts and then does exactly this.
public struct ClusteringSession {
    private var engine: ClusteringEngine
    /// How many documents were added.
    public private(set) var count = 0

    init(configuration: StoryClusterer.Configuration) {
        engine = ClusteringEngine(configuration: configuration)
    }

    /// Adds the next document and returns its assignment. The story key is the one the document
    /// joined; a later merge of stories may change it, see ``storyKey(ofDocumentAt:)``.
    public mutating func add(_ document: ClusterDocument) -> StoryAssignment {
        count += 1
        return engine.add(document)
    }

    /// The current story key of the `index`-th document added (0-based): its story after every
    /// merge so far.
    public func storyKey(ofDocumentAt index: Int) -> String {
        engine.storyKey(ofRecord: index)
    }
}

extension StoryClusterer {
    /// A session with this clusterer's configuration, to be fed documents in processing order.
    public func makeSession() -> ClusteringSession {
        ClusteringSession(configuration: configuration)
    }
}
