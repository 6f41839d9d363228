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
}
