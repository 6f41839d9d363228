/// A sparse vector over interned term ids, kept sorted by id so that every operation is a
/// deterministic merge.
struct SparseVector: Sendable, Equatable {
    /// Term ids, strictly increasing.
    var ids: [Int32] = []
    /// The weight of each id.
    var values: [Double] = []

    /// Whether the vector has no entries.
    var isEmpty: Bool { ids.isEmpty }

    /// Builds a vector from unsorted `(id, weight)` pairs with distinct ids.
    init(unsorted pairs: [(Int32, Double)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        ids = sorted.map(\.0)
        values = sorted.map(\.1)
    }

    /// An empty vector.
    init() {}

    /// The Euclidean norm.
    var norm: Double {
        var sum = 0.0
        for value in values { sum += value * value }
        return sum.squareRoot()
    }

    /// This vector scaled to unit length (unchanged when zero).
    func normalized() -> SparseVector {
        let length = norm
        guard length > 0 else { return self }
        var copy = self
        for index in copy.values.indices { copy.values[index] /= length }
        return copy
    }

    /// The dot product.
    func dot(_ other: SparseVector) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < ids.count && j < other.ids.count {
            let a = ids[i]
            let b = other.ids[j]
            if a == b {
                sum += values[i] * other.values[j]
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The per-term products of shared entries, as `(id, product)`.
    func sharedProducts(_ other: SparseVector) -> [(Int32, Double)] {
        var i = 0
        var j = 0
        var result: [(Int32, Double)] = []
        while i < ids.count && j < other.ids.count {
            let a = ids[i]
            let b = other.ids[j]
            if a == b {
                result.append((a, values[i] * other.values[j]))
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return result
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
                result.values.append(other.values[j] * scale)
                j += 1
            } else {
                result.ids.append(ids[i])
                result.values.append(values[i] + other.values[j] * scale)
                i += 1
                j += 1
            }
        }
        return result
    }

    /// Keeps the `limit` largest entries (ties broken by lower id), still sorted by id.
    func truncated(to limit: Int) -> SparseVector {
        guard ids.count > limit else { return self }
        let order = ids.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : ids[$0] < ids[$1] }
        let kept = order.prefix(limit).sorted()
        var result = SparseVector()
        result.ids = kept.map { ids[$0] }
        result.values = kept.map { values[$0] }
        return result
    }

    /// Keeps the entries whose id satisfies `isIncluded`.
    func filtered(_ isIncluded: (Int32) -> Bool) -> SparseVector {
        var result = SparseVector()
        for index in ids.indices where isIncluded(ids[index]) {
            result.ids.append(ids[index])
            result.values.append(values[index])
        }
        return result
    }
}
