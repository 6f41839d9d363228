/// One sparse vector spread over a dense array indexed by term id, so that its dot product with
/// many others (a document against its candidate stories) costs one pass over each of them
/// instead of a merge walk of both. Scratch space reused across documents: only the entries a
/// vector set are reset.
///
/// Products are summed in the other vector's id order, exactly as ``SparseVector/dot(_:)`` sums
/// them (absent terms add an exact zero), so results are identical to the bit.
final class ScatteredVector {
    private var weights: [Double] = []
    private var touched: [Int32] = []

    /// Spreads `vector` (replacing what was spread before); `vocabularySize` bounds its ids.
    func load(_ vector: SparseVector, vocabularySize: Int) {
        clear()
        if weights.count < vocabularySize {
            weights.append(contentsOf: repeatElement(0, count: vocabularySize - weights.count))
        }
        for index in vector.ids.indices {
            weights[Int(vector.ids[index])] = Double(vector.values[index])
        }
        touched = vector.ids
    }

    /// Resets the entries the loaded vector set.
    func clear() {
        for id in touched { weights[Int(id)] = 0 }
        touched.removeAll(keepingCapacity: true)
    }

    /// The loaded vector's weight for term `id` (0 when absent).
    @inline(__always)
    func weight(_ id: Int32) -> Double { weights[Int(id)] }

    /// The dot product of the loaded vector with `other` (whose ids must be below the vocabulary
    /// size given to ``load(_:vocabularySize:)``).
    func dot(_ other: SparseVector) -> Double {
        // Ids are sorted: the last is the largest.
        precondition(other.ids.last.map { Int($0) < weights.count } ?? true, "a term id beyond the vocabulary")
        var total = 0.0
        weights.withUnsafeBufferPointer { weights in
            other.ids.withUnsafeBufferPointer { ids in
                other.values.withUnsafeBufferPointer { values in
                    for index in 0..<ids.count {
                        total += Double(values[index]) * weights[Int(ids[index])]
                    }
                }
            }
        }
        return total
    }
}
