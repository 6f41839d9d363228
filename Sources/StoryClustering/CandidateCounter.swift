/// Counts, for one document, how many of its query terms each candidate story shares, in time
/// linear in the postings read, and picks the best candidates. Scratch space reused across
/// documents: only the entries a document touched are reset.
final class CandidateCounter {
    private var counts: [Int32] = []
    private var touched: [Int32] = []
    private var histogram: [Int] = []
    private var touchedCounts: [Int32] = []

    /// The stories sharing the most hits (ties: lower story index first), at most `limit` of them,
    /// in ascending story order.
    func top(_ hits: [Int32], storyCount: Int, limit: Int) -> [Int32] {
        // Work on locals: the buffers move out and back, so no element access pays for
        // exclusivity checks on the class's properties.
        var counts = self.counts
        var touched = self.touched
        self.counts = []
        self.touched = []
        defer {
            for story in touched { counts[Int(story)] = 0 }
            touched.removeAll(keepingCapacity: true)
            self.counts = counts
            self.touched = touched
        }
        if counts.count < storyCount {
            counts.append(contentsOf: repeatElement(0, count: storyCount - counts.count))
        }
        // Every hit is a story index below `storyCount` (the counts array's size): one
        // precondition per hit instead of the array's checks and uniqueness test on every access,
        // in the hottest loop of candidate lookup.
        touched.reserveCapacity(hits.count)
        var highest: Int32 = 0
        counts.withUnsafeMutableBufferPointer { counts in
            guard let base = counts.baseAddress else { return }
            for hit in hits {
                precondition(hit >= 0 && Int(hit) < storyCount, "a posting names no story")
                let slot = base + Int(hit)
                let count = slot.pointee &+ 1
                slot.pointee = count
                if count == 1 { touched.append(hit) }
                if count > highest { highest = count }
            }
        }
        guard touched.count > limit else { return touched.sorted() }
        // The smallest shared count that still makes the cut: every story above it is taken, and
        // the lowest-indexed stories at it fill the rest. Each touched story's count is read once
        // (a scattered read) into a list beside `touched`; the histogram is a local buffer.
        var histogram = self.histogram
        var touchedCounts = self.touchedCounts
        self.histogram = []
        self.touchedCounts = []
        defer {
            self.histogram = histogram
            self.touchedCounts = touchedCounts
        }
        histogram.removeAll(keepingCapacity: true)
        histogram.append(contentsOf: repeatElement(0, count: Int(highest) + 1))
        touchedCounts.removeAll(keepingCapacity: true)
        touchedCounts.reserveCapacity(touched.count)
        counts.withUnsafeBufferPointer { counts in
            histogram.withUnsafeMutableBufferPointer { histogram in
                for story in touched {
                    let count = counts[Int(story)]
                    touchedCounts.append(count)
                    histogram[Int(count)] += 1
                }
            }
        }
        var cutoff = Int(highest)
        var taken = histogram[cutoff]
        while taken < limit && cutoff > 1 {
            cutoff -= 1
            taken += histogram[cutoff]
        }
        var result: [Int32] = []
        result.reserveCapacity(limit)
        var atCutoff: [Int32] = []
        for (position, story) in touched.enumerated() {
            let count = Int(touchedCounts[position])
            if count > cutoff {
                result.append(story)
            } else if count == cutoff {
                atCutoff.append(story)
            }
        }
        let room = limit - result.count
        if atCutoff.count > room { atCutoff.sort() }
        result.append(contentsOf: atCutoff.prefix(room))
        result.sort()
        return result
    }
}
