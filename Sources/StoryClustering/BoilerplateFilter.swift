/// Learns, per source and online, the sentences a source repeats under its items (footers,
/// "follow us" lines, bylines) and drops them: they carry no signal about the story.
///
/// Only a source's recent sentences are remembered, in two generations of about
/// ``generationSize`` sentence hashes each: when the current generation is full (checked between
/// items) it becomes the previous one, its sentences keeping their counts from the one before,
/// which is forgotten. A footer recurs in every generation, so its count goes on growing; a
/// sentence a source used once, months ago, does not stay in memory. A source costs at most
/// `2 × itemLimit` hashes (5 bytes each), usually `2 × generationSize`, however long the stream — with thousands of
/// feeds, keeping every sentence ever seen had cost over 30 KB a feed (a third of a gigabyte
/// for 10,000 feeds of 50 items).
struct BoilerplateFilter: Sendable {
    /// The recent sentences of one source.
    private struct SourceMemory: Sendable {
        /// Sentence hashes of the current generation, sorted, with `currentCounts` beside them.
        var current: [UInt32] = []
        var currentCounts: [UInt8] = []
        /// The generation before.
        var previous: [UInt32] = []
        var previousCounts: [UInt8] = []

        /// How many earlier items of the source used `hash` (in the two generations held).
        func uses(_ hash: UInt32) -> Int {
            var total = 0
            if let index = Self.position(of: hash, in: current) { total += Int(currentCounts[index]) }
            if let index = Self.position(of: hash, in: previous) { total += Int(previousCounts[index]) }
            return total
        }

        /// Counts one more item using `hash` (a sentence of the item being recorded).
        mutating func record(_ hash: UInt32, limit: Int) {
            let slot = current.lowerBound(of: hash)
            if slot < current.count, current[slot] == hash {
                if currentCounts[slot] < .max { currentCounts[slot] += 1 }
                return
            }
            guard current.count < limit else { return }
            current.insert(hash, at: slot)
            currentCounts.insert(1, at: slot)
        }

        /// Before an item is recorded: when the current generation is full it becomes the
        /// previous one, each of its sentences carrying the count it had there too, and the
        /// generation before is forgotten. A sentence's count so lives on as long as the source
        /// uses it at least once a generation — however many sentences its items hold.
        mutating func startItem(generationSize: Int) {
            guard current.count >= generationSize else { return }
            for index in current.indices {
                if let older = Self.position(of: current[index], in: previous) {
                    currentCounts[index] = UInt8(
                        min(Int(currentCounts[index]) + Int(previousCounts[older]), Int(UInt8.max)))
                }
            }
            previous = current
            previousCounts = currentCounts
            current = []
            currentCounts = []
        }

        private static func position(of hash: UInt32, in hashes: [UInt32]) -> Int? {
            let index = hashes.lowerBound(of: hash)
            return index < hashes.count && hashes[index] == hash ? index : nil
        }

        var heldCount: Int { current.count + previous.count }
    }

    /// Sentence hashes per generation and source (two generations are held): half a dozen
    /// items' worth of sentences or more, several times what a footer needs to be seen again
    /// (it must recur under two earlier items). A source of long items holds half what 256 held;
    /// one whose items add ~200 sentences in all holds them either way (~10 MB for 10,000 such feeds).
    static let generationSize = 128
    /// A generation ends between items, so one long item may fill it beyond ``generationSize``;
    /// never beyond this (an article of 385 sentences or fewer is always remembered whole).
    static let itemLimit = 512

    private var sources: [String: SourceMemory] = [:]

    /// The number of sentence hashes held over all sources.
    var heldSentenceCount: Int { sources.values.reduce(0) { $0 + $1.heldCount } }

    /// Drops sentences of four or more tokens that `source` already used under `repeats` or
    /// more earlier (recent) items, then records this item's sentences. An empty (unknown) source
    /// keeps every sentence and learns nothing.
    mutating func filter(_ sentences: [[Token]], source: String, repeats: Int) -> [[Token]] {
        // An unknown source is no source: sentences many outlets quote are not its boilerplate.
        guard !sentences.isEmpty, !source.isEmpty else { return sentences }
        // Taken out and put back: one lookup of the source, and its arrays updated in place.
        var memory = sources.removeValue(forKey: source) ?? SourceMemory()
        defer { sources[source] = memory }
        var kept: [[Token]] = []
        var seen: [UInt32] = []
        for sentence in sentences {
            guard sentence.count >= 4 else {
                kept.append(sentence)
                continue
            }
            var hash: UInt64 = 0x84222325
            for token in sentence {
                hash = StableHash.mix(hash ^ token.hash)
            }
            let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
            if memory.uses(folded) < repeats { kept.append(sentence) }
            seen.append(folded)
        }
        var distinct = Set<UInt32>()
        memory.startItem(generationSize: Self.generationSize)
        for hash in seen where distinct.insert(hash).inserted {
            memory.record(hash, limit: Self.itemLimit)
        }
        return kept
    }
}
