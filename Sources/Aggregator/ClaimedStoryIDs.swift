/// The story ids a ``LiveClustering`` has given out, so that no two stories get the same one.
///
/// Story ids are article row ids, which the store hands out in sequence, so the ids of a pass are
/// nearly dense: one bit each from the first id claimed, instead of a hash-set entry (16 bytes or
/// more) for every story of a pass that met half a million. An id below the first one claimed (an
/// older story's id met again), or far above the highest, goes to a small set of its own.
struct ClaimedStoryIDs {
    private var base: Int64?
    private var bits: [UInt64] = []
    private var outside: Set<Int64> = []
    /// How many words beyond the current ones an id may extend the bits by (a million ids).
    private static let maxGrowthWords = 16_384

    /// Whether `id` was claimed.
    func contains(_ id: Int64) -> Bool {
        if let (word, bit) = position(of: id), word < bits.count, bits[word] & bit != 0 { return true }
        return outside.contains(id)
    }

    /// Claims `id`.
    mutating func insert(_ id: Int64) {
        if base == nil { base = id }
        guard let (word, bit) = position(of: id), word < bits.count + Self.maxGrowthWords else {
            outside.insert(id)
            return
        }
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
        bits[word] |= bit
    }

    /// The word and bit of `id` in `bits`, or nil below the base.
    private func position(of id: Int64) -> (word: Int, bit: UInt64)? {
        guard let base, id >= base else { return nil }
        let (difference, overflow) = id.subtractingReportingOverflow(base)
        guard !overflow else { return nil }
        let offset = UInt64(difference)
        return (Int(offset >> 6), 1 << (offset & 63))
    }
}
