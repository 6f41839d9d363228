/// MinHash signatures and LSH band keys over shingle hashes, for near-duplicate detection.
enum MinHash {
    /// Number of hash functions in a signature.
    static let size = 32
    /// Rows per LSH band (`size / rows` bands).
    static let rows = 4

    private static let seeds: [UInt64] = (0..<UInt64(size)).map { StableHash.mix($0 &+ 0x5bd1_e995) }

    /// The signature of a set of shingle hashes (empty when there are none).
    static func signature(_ shingles: [UInt64]) -> [UInt64] {
        guard !shingles.isEmpty else { return [] }
        var result = [UInt64](repeating: .max, count: size)
        for shingle in shingles {
            for index in 0..<size {
                let value = StableHash.mix(shingle ^ seeds[index])
                if value < result[index] { result[index] = value }
            }
        }
        return result
    }

    /// The LSH band keys of a signature.
    static func bands(_ signature: [UInt64]) -> [UInt64] {
        guard signature.count == size else { return [] }
        var keys: [UInt64] = []
        var start = 0
        var band: UInt64 = 1
        while start < size {
            var key = StableHash.mix(band)
            for index in start..<(start + rows) {
                key = StableHash.mix(key ^ signature[index])
            }
            keys.append(key)
            start += rows
            band += 1
        }
        return keys
    }

    /// The estimated Jaccard similarity of two signatures.
    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard a.count == size, b.count == size else { return 0 }
        var equal = 0
        for index in 0..<size where a[index] == b[index] { equal += 1 }
        return Double(equal) / Double(size)
    }
}
