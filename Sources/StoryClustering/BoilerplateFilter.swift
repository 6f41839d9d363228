/// Learns, per source and online, the sentences a source repeats under many items (footers,
/// "follow us" lines, bylines) and drops them: they carry no signal about the story.
struct BoilerplateFilter: Sendable {
    private var counts: [String: [UInt64: Int]] = [:]
    private static let maxEntriesPerSource = 50_000

    /// Drops sentences of four or more tokens that `source` already used under `repeats` or
    /// more earlier items, then records this item's sentences. An empty (unknown) source keeps
    /// every sentence and learns nothing.
    mutating func filter(_ sentences: [[Token]], source: String, repeats: Int) -> [[Token]] {
        // An unknown source is no source: sentences many outlets quote are not its boilerplate.
        guard !sentences.isEmpty, !source.isEmpty else { return sentences }
        var table = counts[source] ?? [:]
        var kept: [[Token]] = []
        var seen: [UInt64] = []
        for sentence in sentences {
            guard sentence.count >= 4 else {
                kept.append(sentence)
                continue
            }
            var hash: UInt64 = 0x84222325
            for token in sentence {
                hash = StableHash.mix(hash ^ StableHash.fnv1a(token.text))
            }
            if table[hash, default: 0] < repeats { kept.append(sentence) }
            seen.append(hash)
        }
        for hash in Set(seen) { table[hash, default: 0] += 1 }
        if table.count > Self.maxEntriesPerSource {
            table = table.filter { $0.value > 1 }
        }
        counts[source] = table
        return kept
    }
}
