/// The story ids a ``LiveClustering`` has given out, so that no two stories get the same one.
///
/// Story ids are article row ids, which the store hands out in sequence, so the ids of a pass are
/// nearly dense, though claimed in story-time order rather than row order: they are held as
/// pages of a bitset, 4,096 ids to a page of 512 bytes, made when an id in their range is first
/// claimed — a few hundred bytes per 4,096 stories instead of a hash-set entry (16 bytes or more)
/// for each of the half a million stories of a first poll of 10,000 feeds.
struct ClaimedStoryIDs {
    private static let wordsPerPage = 64
    private var pages: [Int64: [UInt64]] = [:]

    /// Whether `id` was claimed.
    func contains(_ id: Int64) -> Bool {
        let (page, word, bit) = Self.position(of: id)
        return pages[page].map { $0[word] & bit != 0 } ?? false
    }

    /// Claims `id`.
    mutating func insert(_ id: Int64) {
        let (page, word, bit) = Self.position(of: id)
        pages[page, default: [UInt64](repeating: 0, count: Self.wordsPerPage)][word] |= bit
    }

    /// The number of bitset pages held (for tests: dense ids share pages).
    var pageCount: Int { pages.count }

    /// The page of `id` (an arithmetic shift, so negative ids have pages too), the word in it
    /// and the bit in the word.
    private static func position(of id: Int64) -> (page: Int64, word: Int, bit: UInt64) {
        let inPage = Int(id & 4_095)
        return (id >> 12, inPage >> 6, 1 << UInt64(inPage & 63))
    }
}
