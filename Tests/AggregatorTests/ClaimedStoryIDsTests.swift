import Testing

@testable import Aggregator

/// The ids the daemon hands to stories are never handed out twice, however they arrive.
@Suite struct ClaimedStoryIDsTests {
    @Test func claimsAgreeWithASetForRowIDsInAnyRangeAndOrder() {
        var claimed = ClaimedStoryIDs()
        var reference: Set<Int64> = []
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        // Mostly ascending row ids from 5,000, with older story ids met again, far jumps and extremes.
        var rowID: Int64 = 5_000
        for step in 0..<20_000 {
            let id: Int64
            switch next() % 10 {
            case 0: id = Int64(next() % 5_000)  // below the first id claimed
            case 1: id = rowID + Int64(next() % 100_000_000)  // far above
            case 2: id = [Int64.max, Int64.min, 0, -1][step % 4]
            default:
                rowID += Int64(next() % 3)
                id = rowID
            }
            #expect(claimed.contains(id) == reference.contains(id), "id \(id) before claiming it")
            claimed.insert(id)
            reference.insert(id)
        }
        for probe in [Int64.min, -1, 0, 4_999, 5_000, rowID, rowID + 1, Int64.max] {
            #expect(claimed.contains(probe) == reference.contains(probe), "id \(probe)")
        }
        for id in reference { #expect(claimed.contains(id)) }
    }

    @Test func denseRowIDsClaimedInAnyOrderShareTheirPages() {
        // Row ids of a pass, claimed in story-time order, which is not row order.
        var ids = Array(Int64(1_000_000)..<Int64(1_100_000))
        var state: UInt64 = 42
        for index in ids.indices.reversed() {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            ids.swapAt(index, Int((state >> 33) % UInt64(index + 1)))
        }
        var claimed = ClaimedStoryIDs()
        for id in ids { claimed.insert(id) }
        #expect(ids.allSatisfy { claimed.contains($0) })
        #expect(!claimed.contains(999_999) && !claimed.contains(1_100_000))
        // 100,000 ids over 4,096-id pages: 25 or 26 pages of 512 bytes, not a hash entry each.
        #expect(claimed.pageCount <= 26)
    }
}
