import Testing

@testable import StoryClustering

/// When the anchors two reports in different languages share say where but not what happened.
@Suite struct SharedAnchorsTests {
    @Test func aCityItsGovernorateAndADayNameOnlyAPlace() {
        #expect(SharedAnchors.nameOnlyAPlace(names: ["mosul", "nineveh"], numbers: ["g:day:fri"], sharesTopic: false))
        #expect(SharedAnchors.nameOnlyAPlace(names: ["kirkuk", "kurds"], numbers: ["n:2"], sharesTopic: false))
    }

    @Test func yearsDatesClockTimesAndInstitutionsDoNotTellWhatHappened() {
        let generic = [["n:2017"], ["d:3-1", "m:3"], ["n:3"], []]
        for numbers in generic {
            #expect(
                SharedAnchors.nameOnlyAPlace(names: ["kirkuk", "org:army"], numbers: numbers, sharesTopic: false),
                "\(numbers)")
        }
    }

    @Test func aTopicAFigureAPersonOrASecondPlaceTellMore() {
        #expect(!SharedAnchors.nameOnlyAPlace(names: ["kirkuk"], numbers: [], sharesTopic: true))
        #expect(!SharedAnchors.nameOnlyAPlace(names: ["kirkuk"], numbers: ["n:14"], sharesTopic: false))
        #expect(!SharedAnchors.nameOnlyAPlace(names: ["kirkuk", "p:sudani"], numbers: [], sharesTopic: false))
        #expect(!SharedAnchors.nameOnlyAPlace(names: ["kirkuk", "dibis", "hawija"], numbers: [], sharesTopic: false))
        #expect(
            !SharedAnchors.nameOnlyAPlace(
                names: ["org:electricityministry", "org:parliament"], numbers: ["g:day:sat"], sharesTopic: false))
    }
}
