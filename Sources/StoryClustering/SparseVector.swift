/// A sparse vector over interned term ids, kept sorted by id so that every operation is a
/// deterministic merge.
struct SparseVector: Sendable, Equatable {
    /// Term ids, strictly increasing.
    var ids: [Int32] = []
    /// The weight of each id, stored in single precision (half the memory of every centroid an
    /// open story keeps); arithmetic is done in double precision.
    var values: [Float] = []

    /// Whether the vector has no entries.
    var isEmpty: Bool { ids.isEmpty }

    /// Builds a vector from unsorted `(id, weight)` pairs with distinct ids.
    init(unsorted pairs: [(Int32, Double)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        ids = sorted.map(\.0)
        values = sorted.map { Float($0.1) }
    }

    /// An empty vector.
    init() {}

    /// The Euclidean norm.
    var norm: Double {
        var sum = 0.0
        for value in values { sum += Double(value) * Double(value) }
        return sum.squareRoot()
    }

    /// This vector scaled to unit length (unchanged when zero).
    func normalized() -> SparseVector {
        let length = norm
        guard length > 0 else { return self }
        var copy = self
        for index in copy.values.indices { copy.values[index] = Float(Double(copy.values[index]) / length) }
        return copy
    }

    /// Whether `id` has an entry (a binary search).
    func contains(_ id: Int32) -> Bool {
        let index = ids.lowerBound(of: id)
        return index < ids.count && ids[index] == id
    }

    /// The dot product (a merge walk, or binary searches when one side is much shorter).
    func dot(_ other: SparseVector) -> Double {
        if ids.count * 8 < other.ids.count { return other.galloping(self) }
        if other.ids.count * 8 < ids.count { return galloping(other) }
        var sum = 0.0
        walkShared(other) { i, j in
            sum += Double(values[i]) * Double(other.values[j])
            return true
        }
        return sum
    }

    /// Calls `body` with the positions here and in `other` of each shared id, in id order (a merge
    /// walk), until it returns false.
    @inline(__always)
    private func walkShared(_ other: SparseVector, _ body: (Int, Int) -> Bool) {
        var i = 0
        var j = 0
        while i < ids.count && j < other.ids.count {
            let a = ids[i]
            let b = other.ids[j]
            if a == b {
                guard body(i, j) else { return }
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// The dot product with a much shorter vector: binary search of each of its ids here.
    private func galloping(_ short: SparseVector) -> Double {
        var sum = 0.0
        var low = 0
        for index in short.ids.indices {
            let id = short.ids[index]
            low = ids.lowerBound(of: id, from: low)
            if low < ids.count, ids[low] == id { sum += Double(values[low]) * Double(short.values[index]) }
        }
        return sum
    }

    /// The per-term products of shared entries, as `(id, product)`.
    func sharedProducts(_ other: SparseVector) -> [(Int32, Double)] {
        var result: [(Int32, Double)] = []
        walkShared(other) { i, j in
            result.append((ids[i], Double(values[i]) * Double(other.values[j])))
            return true
        }
        return result
    }

    /// Whether an id of `self` for which `counts` holds is also an id of `other` (a merge walk).
    func sharesID(with other: SparseVector, where counts: (Int32) -> Bool) -> Bool {
        var found = false
        walkShared(other) { i, _ in
            found = counts(ids[i])
            return !found
        }
        return found
    }

    /// The sum `self + other * scale`.
    func adding(_ other: SparseVector, scale: Double = 1) -> SparseVector {
        var result = SparseVector()
        result.ids.reserveCapacity(ids.count + other.ids.count)
        result.values.reserveCapacity(ids.count + other.ids.count)
        var i = 0
        var j = 0
        while i < ids.count || j < other.ids.count {
            if j >= other.ids.count || (i < ids.count && ids[i] < other.ids[j]) {
                result.ids.append(ids[i])
                result.values.append(values[i])
                i += 1
            } else if i >= ids.count || other.ids[j] < ids[i] {
                result.ids.append(other.ids[j])
                result.values.append(Float(Double(other.values[j]) * scale))
                j += 1
            } else {
                result.ids.append(ids[i])
                result.values.append(Float(Double(values[i]) + Double(other.values[j]) * scale))
                i += 1
                j += 1
            }
        }
        return result
    }

    /// Keeps the `limit` largest entries (ties broken by lower id), still sorted by id.
    func truncated(to limit: Int) -> SparseVector {
        guard ids.count > limit else { return self }
        guard limit > 0 else { return SparseVector() }
        var (cutoff, tiesAllowed) = cutoff(keeping: limit)
        var result = SparseVector()
        result.ids.reserveCapacity(limit)
        result.values.reserveCapacity(limit)
        for index in ids.indices {
            let value = values[index]
            if value > cutoff || (value == cutoff && tiesAllowed > 0) {
                if value == cutoff { tiesAllowed -= 1 }
                result.ids.append(ids[index])
                result.values.append(value)
            }
        }
        return result
    }

    /// What ``truncated(to:)`` keeps when the vector has more than `limit > 0` entries: every
    /// value above `cutoff`, and the first `tiesAllowed` entries (in id order) equal to it.
    func cutoff(keeping limit: Int) -> (cutoff: Float, tiesAllowed: Int) {
        let cutoff = Self.largest(values, rank: limit)
        var above = 0
        for value in values where value > cutoff { above += 1 }
        return (cutoff, limit - above)
    }

    /// The `rank`-th largest of `values` (1-based), by quickselect with deterministic pivots.
    private static func largest(_ values: [Float], rank: Int) -> Float {
        var items = values
        var low = 0
        var high = items.count - 1
        let target = rank - 1
        while low < high {
            let pivot = items[(low + high) / 2]
            var i = low
            var j = high
            while i <= j {
                while items[i] > pivot { i += 1 }
                while items[j] < pivot { j -= 1 }
                if i <= j {
                    items.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if target <= j {
                high = j
            } else if target >= i {
                low = i
            } else {
                return items[target]
            }
        }
        return items[target]
    }

    /// The vector with each id replaced by `map[id]` (an order-preserving renumbering); ids
    /// mapped to -1 are dropped.
    func renumbered(_ map: [Int32]) -> SparseVector {
        var result = SparseVector()
        result.ids.reserveCapacity(ids.count)
        result.values.reserveCapacity(ids.count)
        for index in ids.indices where map[Int(ids[index])] >= 0 {
            result.ids.append(map[Int(ids[index])])
            result.values.append(values[index])
        }
        return result
    }
}
