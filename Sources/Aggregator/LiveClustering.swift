import FeedModel
import StoryClustering

/// The clustering state a running daemon keeps between passes, so that a pass with new articles
/// only feeds those articles to the engine instead of reclustering the whole recent span.
///
/// It holds the engine's session (the open stories of the window) and, for the articles of open
/// stories, the story id stored and the story key last seen; an article whose story closed is
/// forgotten once its final story is written, so memory follows the window. It is rebuilt from the store — a full pass over twice the window before the earliest
/// new article — when the daemon starts, when the clustering settings change, when new articles
/// are older than the session's window (a feed added with a backlog), after retention removed the
/// newest row ids, and once the session spans four windows (which bounds its memory).
final class LiveClustering {
    private var session: ClusteringSession
    let configuration: StoryClusterer.Configuration
    /// Articles whose story may still change (their story is open), by row id: the story id
    /// stored for them and the story key they had at the last look.
    private var open: [Int64: (storyID: Int64?, key: String)] = [:]
    /// Stored story id of each story key.
    private var idOfKey: [String: Int64] = [:]
    private var claimed = ClaimedStoryIDs()
    /// Memberships that changed since the last ``changedMemberships()``.
    private var changed: [StoryMembership] = []
    /// The highest article row id the session has seen.
    private(set) var maxRowID: Int64 = 0
    /// The earliest and latest article times the session has seen.
    private(set) var spanStart: Int64?
    private(set) var latestTime: Int64?

    init(configuration: StoryClusterer.Configuration) {
        self.configuration = configuration
        session = ClusteringSession(configuration: configuration)
    }

    /// Whether articles at `earliest` and later can be added to this session: nothing before
    /// its window, and the session not yet spanning four windows.
    func canExtend(earliest: Int64) -> Bool {
        guard let latestTime, let spanStart else { return false }
        let window = configuration.windowSeconds
        return earliest >= latestTime - window && latestTime - spanStart < 4 * window
    }

    /// Feeds `article` to the engine (in time order within a pass), and takes the final story of
    /// every article whose story the window just closed.
    func add(_ article: StoredArticle) {
        let time = article.clusteringTime.seconds
        open[article.rowID] = (article.storyID, "")
        maxRowID = max(maxRowID, article.rowID)
        spanStart = min(spanStart ?? time, time)
        latestTime = max(latestTime ?? time, time)
        let final = session.add(Aggregator.clusterDocument(article))
        for assignment in final { take(assignment, isFinal: true) }
        // A story is final once the window closed it, all its members at once: its key will not
        // be met again (the claimed id stays claimed).
        for assignment in final { idOfKey[assignment.storyKey] = nil }
    }

    /// The number of changed memberships waiting for ``takeFinalChanges()``.
    var pendingChanges: Int { changed.count }

    /// The changed memberships of articles whose story is final, to be written now: a long pass
    /// writes them as it goes instead of holding every membership of the pass (500,000 new
    /// articles had held ~130 MB of them).
    func takeFinalChanges() -> [StoryMembership] {
        defer { changed = [] }
        return changed
    }

    /// The memberships whose story id differs from the stored one — only those need writing —
    /// after reading the current story of every article still open (stories may have merged
    /// since an article joined).
    func changedMemberships() -> [StoryMembership] {
        for assignment in session.openAssignments() { take(assignment, isFinal: false) }
        defer { changed = [] }
        return changed
    }

    /// Records where the engine has put an article now. Story ids stay stable: a story keeps the
    /// id its earliest member had (the first member met with its key); a new story takes its
    /// founder's row id, which is where the store put a new article.
    private func take(_ assignment: StoryAssignment, isFinal: Bool) {
        guard let rowID = Int64(assignment.documentID), let known = open[rowID] else { return }
        if isFinal { open[rowID] = nil }
        guard assignment.storyKey != known.key else { return }
        if !isFinal { open[rowID]?.key = assignment.storyKey }
        let id = storyID(forKey: assignment.storyKey, founderStoryID: known.storyID, founderRowID: rowID)
        guard id != known.storyID else { return }
        if !isFinal { open[rowID]?.storyID = id }
        changed.append(
            StoryMembership(
                articleID: rowID, storyID: id, duplicateOf: assignment.duplicateOf.flatMap { Int64($0) },
                similarity: assignment.similarity, sharedTerms: Array(assignment.sharedTerms.prefix(8))))
    }

    /// The stored id for story `key`, claimed the first time the key is met: the id its first
    /// member met already had, unless another story took it; else that member's own row id.
    private func storyID(forKey key: String, founderStoryID: Int64?, founderRowID: Int64) -> Int64 {
        if let id = idOfKey[key] { return id }
        var id = founderStoryID ?? founderRowID
        if claimed.contains(id) { id = founderRowID }
        idOfKey[key] = id
        claimed.insert(id)
        return id
    }
}
