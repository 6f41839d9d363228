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
        // The nearest dated entry at or above each position, and at or below it: two passes.
        var above: [Int?] = []
        var last: Int?
        for (index, entry) in entries.enumerated() {
            if entry.published != nil { last = index }
            above.append(last)
        }
        var below = [Int?](repeating: nil, count: entries.count)
        last = nil
        for index in entries.indices.reversed() {
            if entries[index].published != nil { last = index }
            below[index] = last
        }
        var result: [String: Timestamp] = [:]
        for (index, entry) in entries.enumerated() where entry.published == nil {
            guard let id = entry.storageID else { continue }
            let nearest: Int? =
                switch (above[index], below[index]) {
                case let (up?, down?): index - up <= down - index ? up : down
                case let (up, down): up ?? down
                }
            guard let nearest, let neighbour = entries[nearest].published else { continue }
            let capped = min(neighbour, seenAt)
            result[id] = notBefore.map { max(capped, $0) } ?? capped
        }
        return result
    }
}
