/// MinHash signatures and LSH band keys over shingle hashes, for near-duplicate detection.
enum MinHash {
    /// Number of hash functions in a signature.
    static let size = 32
    /// Rows per LSH band (`size / rows` bands).
    static let rows = 4

    private static let seeds: [UInt64] = (0..<UInt64(size)).map { StableHash.mix($0 &+ 0x5bd1_e995) }

    /// The signature of a set of shingle hashes (empty when there are none): for each hash
    /// function the low 32 bits of its minimum over the shingles. Two different minima share
    /// them once in four billion, and every held document keeps its signature: half the bytes.
    static func signature(_ shingles: [UInt64]) -> [UInt32] {
        guard !shingles.isEmpty else { return [] }
        var minima = [UInt64](repeating: .max, count: size)
        for shingle in shingles {
            for index in 0..<size {
                let value = StableHash.mix(shingle ^ seeds[index])
                if value < minima[index] { minima[index] = value }
            }
        }
        return minima.map { UInt32(truncatingIfNeeded: $0) }
    }

    /// The LSH band keys of a signature.
    static func bands(_ signature: [UInt32]) -> [UInt64] {
        guard signature.count == size else { return [] }
        var keys: [UInt64] = []
        var start = 0
        var band: UInt64 = 1
        while start < size {
            var key = StableHash.mix(band)
            for index in start..<(start + rows) {
                key = StableHash.mix(key ^ UInt64(signature[index]))
            }
            keys.append(key)
            start += rows
            band += 1
        }
        return keys
    }

    /// The estimated Jaccard similarity of two signatures.
    static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard a.count == size, b.count == size else { return 0 }
        var equal = 0
        for index in 0..<size where a[index] == b[index] { equal += 1 }
        return Double(equal) / Double(size)
    }
}
