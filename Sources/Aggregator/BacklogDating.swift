import FeedModel

/// Clustering times for the undated entries of a feed's backlog.
///
/// An entry without a date is placed in time, for clustering, when Tidings first stores it. That
/// is right for an entry that appears in a later poll: it was published since the poll before.
/// The entries of a feed's first poll are its backlog, published at any time before: there an
/// undated entry is dated by its nearest dated neighbour in the feed (feeds list entries in order
/// of publication), so that it can join the coverage of its own days. The estimate is used for
/// clustering only; the entry's published date stays unknown.
enum BacklogDating {
    /// The estimated time of each undated entry of `entries` (in feed order) that has a dated
    /// neighbour, by storage id: the nearest dated entry's time, the one listed before it when two
    /// are as near, never later than `seenAt` nor earlier than `notBefore` (the retention cutoff).
    static func estimates(_ entries: [ParsedEntry], seenAt: Timestamp, notBefore: Timestamp? = nil)
        -> [String: Timestamp]
    {
        var result: [String: Timestamp] = [:]
        for (index, entry) in entries.enumerated() where entry.published == nil {
            guard let id = entry.storageID else { continue }
            var distance = 1
            while index - distance >= 0 || index + distance < entries.count {
                let neighbour = [index - distance, index + distance].lazy
                    .filter { $0 >= 0 && $0 < entries.count }
                    .compactMap { entries[$0].published }
                    .first
                if let neighbour {
                    let capped = min(neighbour, seenAt)
                    result[id] = notBefore.map { max(capped, $0) } ?? capped
                    break
                }
                distance += 1
            }
        }
        return result
    }
}
