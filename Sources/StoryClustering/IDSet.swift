/// A small set of interned ids kept as a sorted array: a fraction of the memory of a `Set<String>`
/// for the handful of names, numbers, places and sources each open story remembers.
struct IDSet: Sendable, Equatable {
    /// The ids, strictly increasing.
    private(set) var ids: [Int32] = []

    /// An empty set.
    init() {}

    /// The set of `sorted`, which must be strictly increasing.
    init(sorted: [Int32]) { ids = sorted }

    /// Whether the set is empty.
    var isEmpty: Bool { ids.isEmpty }

    /// Whether `id` is in the set (binary search).
    func contains(_ id: Int32) -> Bool {
        let low = ids.lowerBound(of: id)
        return low < ids.count && ids[low] == id
    }

    /// Whether the two sets have no id in common (a walk of the two sorted arrays).
    func isDisjoint(with other: IDSet) -> Bool {
        var i = 0
        var j = 0
        while i < ids.count && j < other.ids.count {
            if ids[i] == other.ids[j] { return false }
            if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    /// Adds `id`; returns whether it was new.
    @discardableResult
    mutating func insert(_ id: Int32) -> Bool {
        let low = ids.lowerBound(of: id)
        if low < ids.count, ids[low] == id { return false }
        ids.insert(id, at: low)
        return true
    }

    /// The set with each id replaced by `map[id]` (an order-preserving renumbering); ids mapped
    /// to -1 are dropped.
    func renumbered(_ map: [Int32]) -> IDSet {
        var result = IDSet()
        result.ids = ids.compactMap { map[Int($0)] >= 0 ? map[Int($0)] : nil }
        return result
    }

    /// The ids in both sets, increasing (a walk of the two sorted arrays).
    func intersection(_ other: IDSet) -> [Int32] {
        var result: [Int32] = []
        var i = 0
        var j = 0
        while i < ids.count && j < other.ids.count {
            if ids[i] == other.ids[j] {
                result.append(ids[i])
                i += 1
                j += 1
            } else if ids[i] < other.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }

    /// Adds every id of `other` (a merge of the two sorted arrays).
    mutating func formUnion(_ other: IDSet) {
        guard !other.ids.isEmpty else { return }
        guard !ids.isEmpty else {
            ids = other.ids
            return
        }
        var merged: [Int32] = []
        merged.reserveCapacity(ids.count + other.ids.count)
        var i = 0
        var j = 0
        while i < ids.count || j < other.ids.count {
            if j >= other.ids.count || (i < ids.count && ids[i] < other.ids[j]) {
                merged.append(ids[i])
                i += 1
            } else if i >= ids.count || other.ids[j] < ids[i] {
                merged.append(other.ids[j])
                j += 1
            } else {
                merged.append(ids[i])
                i += 1
                j += 1
            }
        }
        ids = merged
    }
}
