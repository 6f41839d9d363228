/// The document frequencies of terms the engine forgot (no held story used them), by a 64-bit
/// fingerprint of the term key, so that a word met again resumes its count instead of looking
/// rare: IDF stays a count over the whole stream while the vocabulary's strings, postings and
/// slots are let go.
///
/// Bounded: beyond ``capacity`` fingerprints the least frequent are dropped (first those met in
/// one document, the bulk of them), so only the rarest terms lose their history — and for a term
/// met once, forgetting it entirely costs one document of frequency at most.
struct ForgottenFrequencies: Sendable {
    /// The most fingerprints held.
    static let capacity = 1 << 19

    private var counts: [UInt64: Int32] = [:]

    /// The number of fingerprints held.
    var count: Int { counts.count }

    /// Remembers that the term with fingerprint `key` had frequency `frequency`.
    mutating func remember(_ key: UInt64, frequency: Int32) {
        guard frequency > 0 else { return }
        counts[key, default: 0] += frequency
        if counts.count > Self.capacity { prune() }
    }

    /// The remembered frequency of `key`, forgotten here (the term is held again).
    mutating func take(_ key: UInt64) -> Int32 {
        counts.removeValue(forKey: key) ?? 0
    }

    /// Drops the least frequent fingerprints until at most half the capacity remain.
    private mutating func prune() {
        var floor: Int32 = 1
        while counts.count > Self.capacity / 2 {
            counts = counts.filter { $0.value > floor }
            floor *= 2
        }
    }
}
