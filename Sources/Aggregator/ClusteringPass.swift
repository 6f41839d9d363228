/// What one clustering pass did.
public struct ClusteringPass: Sendable, Hashable {
    /// Stories in the store after the pass.
    public var storyCount: Int
    /// Articles fed to the engine: only the new ones when the kept state was extended, the whole
    /// recent span when it was rebuilt.
    public var articles: Int
    /// Whether the recent span was clustered again from the store (no kept state could be extended).
    public var rebuilt: Bool
    /// Memberships written because an article's story changed or it joined one.
    public var membershipsWritten: Int

    /// Creates a pass summary.
    public init(storyCount: Int, articles: Int = 0, rebuilt: Bool = false, membershipsWritten: Int = 0) {
        self.storyCount = storyCount
        self.articles = articles
        self.rebuilt = rebuilt
        self.membershipsWritten = membershipsWritten
    }
}
