/// The `limit` largest entries of a centroid's sum, normalised — what the inverted index holds and
/// what story merges compare — described by the cut that selects them rather than kept as a copy.
///
/// Equal to `sum.truncated(to: limit).normalized()` entry for entry (same single-precision
/// values, same id order), so comparisons through it give the same doubles, but it costs four
/// numbers per centroid and no selection or allocation per comparison.
struct TopTerms: Sendable {
    /// How many entries are kept.
    let limit: Int32
    /// Entries above this value are kept (when the sum has more than `limit` entries).
    private let cutoff: Float
    /// How many entries equal to `cutoff` are kept, the first in id order.
    private let tiesAllowed: Int32
    /// The Euclidean norm of the kept entries.
    private let length: Double

    /// The selection of `sum`'s `limit` largest entries.
    init(of sum: SparseVector, limit: Int) {
        self.limit = Int32(clamping: limit)
        if sum.ids.count > limit, limit > 0 {
            let (cutoff, tiesAllowed) = sum.cutoff(keeping: limit)
            self.cutoff = cutoff
            self.tiesAllowed = Int32(clamping: tiesAllowed)
        } else {
            cutoff = -.infinity
            tiesAllowed = 0
        }
        var squares = 0.0
        var ties = tiesAllowed
        let everything = sum.ids.count <= limit
        for value in sum.values where Self.keeps(value, everything: everything, cutoff: cutoff, ties: &ties) {
            squares += Double(value) * Double(value)
        }
        length = limit > 0 || everything ? squares.squareRoot() : 0
    }

    private static func keeps(_ value: Float, everything: Bool, cutoff: Float, ties: inout Int32) -> Bool {
        if everything || value > cutoff { return true }
        if value == cutoff && ties > 0 {
            ties -= 1
            return true
        }
        return false
    }

    /// Calls `body` with each kept entry of `sum` (the vector this selection was made of), in id
    /// order, with its normalised value.
    @inline(__always)
    private func forEachEntry(of sum: SparseVector, _ body: (Int32, Float) -> Void) {
        guard limit > 0 || sum.ids.isEmpty else { return }
        let everything = sum.ids.count <= Int(limit)
        var ties = tiesAllowed
        for index in sum.ids.indices {
            let value = sum.values[index]
            guard Self.keeps(value, everything: everything, cutoff: cutoff, ties: &ties) else { continue }
            body(sum.ids[index], length > 0 ? Float(Double(value) / length) : value)
        }
    }

    /// The kept entries of `sum`, normalised: `sum.truncated(to: limit).normalized()`.
    func unitVector(of sum: SparseVector) -> SparseVector {
        var result = SparseVector()
        result.ids.reserveCapacity(min(sum.ids.count, Int(limit)))
        result.values.reserveCapacity(min(sum.ids.count, Int(limit)))
        forEachEntry(of: sum) { id, value in
            result.ids.append(id)
            result.values.append(value)
        }
        return result
    }

    /// `unitVector(of: sum)` dotted with a unit vector spread in `scattered`, without making the
    /// vector: the products of shared ids, summed in id order.
    func dot(of sum: SparseVector, with scattered: ScatteredVector) -> Double {
        var total = 0.0
        forEachEntry(of: sum) { id, value in total += Double(value) * scattered.weight(id) }
        return total
    }
}
