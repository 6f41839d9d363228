/// Counts, for one document, how many of its query terms each candidate story shares, in time
/// linear in the postings read, and picks the best candidates. Scratch space reused across
/// documents: only the entries a document touched are reset.
final class CandidateCounter {
    private var counts: [Int32] = []
    private var touched: [Int32] = []

    /// The stories sharing the most hits (ties: lower story index first), at most `limit` of them,
    /// in ascending story order.
    func top(_ hits: [Int32], storyCount: Int, limit: Int) -> [Int32] {
        if counts.count < storyCount {
            counts.append(contentsOf: repeatElement(0, count: storyCount - counts.count))
        }
        for hit in hits {
            let index = Int(hit)
            if counts[index] == 0 { touched.append(hit) }
            counts[index] += 1
        }
        var result: [Int32]
        if touched.count > limit {
            // Bucket by shared count (small integers), highest first, lower story index first.
            var highest = 0
            for story in touched { highest = max(highest, Int(counts[Int(story)])) }
            var buckets = [[Int32]](repeating: [], count: highest + 1)
            for story in touched { buckets[Int(counts[Int(story)])].append(story) }
            result = []
            result.reserveCapacity(limit)
            var shared = highest
            while shared > 0 && result.count < limit {
                for story in buckets[shared].sorted() {
                    guard result.count < limit else { break }
                    result.append(story)
                }
                shared -= 1
            }
            result.sort()
        } else {
            result = touched.sorted()
        }
        for story in touched { counts[Int(story)] = 0 }
        touched.removeAll(keepingCapacity: true)
        return result
    }
}
