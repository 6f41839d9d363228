import Testing

@testable import StoryClustering

/// The sparse vector arithmetic behind centroids and similarities.
@Suite struct SparseVectorTests {
    private let a = SparseVector(unsorted: [(7, 1), (2, 2), (4, 3)])
    private let b = SparseVector(unsorted: [(4, 1), (9, 5), (2, 1)])

    @Test func keepsIdsSortedAndComputesDotProducts() {
        #expect(a.ids == [2, 4, 7])
        #expect(a.dot(b) == 2 * 1 + 3 * 1)
        #expect(b.dot(a) == a.dot(b))
    }

    @Test func shortAgainstLongUsesTheSameArithmetic() {
        let long = SparseVector(unsorted: (0..<200).map { (Int32($0), Double($0 % 7) + 1) })
        let short = SparseVector(unsorted: [(3, 2), (150, 1), (999, 4)])
        #expect(short.dot(long) == 2 * 4 + 1 * Double(150 % 7 + 1))
        #expect(long.dot(short) == short.dot(long))
    }

    @Test func addingMergesEntries() {
        let sum = a.adding(b, scale: 2)
        #expect(sum.ids == [2, 4, 7, 9])
        #expect(sum.values == [4, 5, 1, 10])
    }

    @Test func truncationKeepsTheLargestAndBreaksTiesByLowerId() {
        let v = SparseVector(unsorted: [(1, 0.5), (2, 0.9), (3, 0.5), (4, 0.1), (5, 0.5)])
        let top = v.truncated(to: 3)
        #expect(top.ids == [1, 2, 3])
        #expect(top.values == [0.5, 0.9, 0.5])
        #expect(v.truncated(to: 10) == v)
    }

    @Test func normalisationGivesUnitLength() {
        let unit = a.normalized()
        // Weights are stored in single precision.
        #expect(abs(unit.norm - 1) < 1e-6)
    }

    @Test func topTermsSelectTheSameEntriesAsTruncationWithoutCopying() {
        var state: UInt64 = 12_345
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for size in [0, 1, 5, 119, 120, 121, 300, 480] {
            // Few distinct values, so ties at the cut are common.
            let pairs = (0..<size).map { (Int32($0 * 3 + Int(next() % 3)), Double(next() % 9 + 1) / 4) }
            let sum = SparseVector(unsorted: pairs)
            let other = SparseVector(unsorted: (0..<200).map { (Int32($0 * 2), Double(next() % 5 + 1)) })
                .truncated(to: 120).normalized()
            for limit in [0, 1, 12, 120] {
                let selection = TopTerms(of: sum, limit: limit)
                let expected = sum.truncated(to: limit).normalized()
                #expect(selection.unitVector(of: sum) == expected, "size \(size) limit \(limit)")
                let scattered = ScatteredVector()
                scattered.load(other, vocabularySize: 2_000)
                #expect(selection.dot(of: sum, with: scattered) == other.dot(expected), "size \(size) limit \(limit)")
            }
        }
    }

    @Test func aScatteredVectorGivesTheSameDotProductsToTheBit() {
        var state: UInt64 = 99
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let scattered = ScatteredVector()
        for round in 0..<20 {
            let query = SparseVector(
                unsorted: (0..<(round * 7 % 150 + 1)).map {
                    (Int32($0 * 5 + Int(next() % 5)), Double(Int(next() % 2000) - 300) / 997)
                })
            scattered.load(query, vocabularySize: 1_000)
            for size in [1, 10, 120, 480] {
                let other = SparseVector(
                    unsorted: (0..<size).map { (Int32($0 * 2 + Int(next() % 2)), Double(next() % 1000) / 991) })
                #expect(scattered.dot(other) == query.dot(other), "round \(round) size \(size)")
                let selection = TopTerms(of: other, limit: 120)
                let unit = SparseVector(unsorted: zip(query.ids, query.values).map { ($0, Double($1)) }).normalized()
                scattered.load(unit, vocabularySize: 1_000)
                #expect(selection.dot(of: other, with: scattered) == unit.dot(selection.unitVector(of: other)))
                scattered.load(query, vocabularySize: 1_000)
            }
        }
        scattered.clear()
        #expect(scattered.dot(SparseVector(unsorted: [(3, 1), (500, 2)])) == 0)
    }
}
