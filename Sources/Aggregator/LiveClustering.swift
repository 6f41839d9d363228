import FeedModel
import StoryClustering

/// The clustering state a running daemon keeps between passes, so that a pass with new articles
/// only feeds those articles to the engine instead of reclustering the whole recent span.
///
/// It holds the engine's session (the open stories of the window), and for every article the
/// session has seen its row id, the story id stored for it, its current story key and why it
/// joined. It is rebuilt from the store — a full pass over twice the window before the earliest
/// new article — when the daemon starts, when the clustering settings change, when new articles
/// are older than the session's window (a feed added with a backlog), after retention removed the
/// newest row ids, and once the session spans four windows (which bounds its memory).
final class LiveClustering {
    private(set) var session: ClusteringSession
    let configuration: StoryClusterer.Configuration
    /// Per article the session has seen, in the order it saw them.
    private(set) var rowIDs: [Int64] = []
    private(set) var storyIDs: [Int64?] = []
    private(set) var keys: [String] = []
    private(set) var joins: [StoryAssignment] = []
    /// Stored story id of each story key.
    private var idOfKey: [String: Int64] = [:]
    private var claimed: Set<Int64> = []
    /// The highest article row id the session has seen.
    private(set) var maxRowID: Int64 = 0
    /// The earliest and latest article times the session has seen.
    private(set) var spanStart: Int64?
    private(set) var latestTime: Int64?

    init(configuration: StoryClusterer.Configuration) {
        self.configuration = configuration
        session = StoryClusterer(configuration: configuration).makeSession()
    }

    /// Whether articles at `earliest` and later can be added to this session: nothing before
    /// its window, and the session not yet spanning four windows.
    func canExtend(earliest: Int64) -> Bool {
        guard let latestTime, let spanStart else { return false }
        let window = configuration.windowSeconds
        return earliest >= latestTime - window && latestTime - spanStart < 4 * window
    }

    /// Feeds `article` to the engine (in time order within a pass).
    func add(_ article: StoredArticle) {
        let time = (article.published ?? article.firstSeen).seconds
        var join = session.add(Aggregator.clusterDocument(article))
        join.sharedTerms = Array(join.sharedTerms.prefix(8))
        joins.append(join)
        rowIDs.append(article.rowID)
        storyIDs.append(article.storyID)
        keys.append("")  // taken from the engine in `changedMemberships()`
        maxRowID = max(maxRowID, article.rowID)
        spanStart = min(spanStart ?? time, time)
        latestTime = max(latestTime ?? time, time)
    }

    /// Takes every article's current story key from the engine (stories may have merged since an
    /// article joined) and returns the memberships whose story id differs from the stored one —
    /// only those need writing. Story ids stay stable: a story keeps the id its earliest member
    /// had; a new story takes its founder's row id (which is where the store put a new article).
    func changedMemberships() -> [StoryMembership] {
        var changed: [StoryMembership] = []
        for index in rowIDs.indices {
            let key = session.storyKey(ofDocumentAt: index)
            guard key != keys[index] else { continue }
            keys[index] = key
            let id = storyID(forKey: key, founder: index)
            guard id != storyIDs[index] else { continue }
            storyIDs[index] = id
            let join = joins[index]
            changed.append(
                StoryMembership(
                    articleID: rowIDs[index], storyID: id, duplicateOf: join.duplicateOf.flatMap { Int64($0) },
                    similarity: join.similarity, sharedTerms: join.sharedTerms))
        }
        return changed
    }

    /// The stored id for story `key`, claiming one the first time the key is met: the id its
    /// earliest member (`founder`, the first index seen with this key) already had, unless
    /// another story took it; else that member's own row id.
    private func storyID(forKey key: String, founder index: Int) -> Int64 {
        if let id = idOfKey[key] { return id }
        var id = storyIDs[index] ?? rowIDs[index]
        if claimed.contains(id) { id = rowIDs[index] }
        idOfKey[key] = id
        claimed.insert(id)
        return id
    }
}
