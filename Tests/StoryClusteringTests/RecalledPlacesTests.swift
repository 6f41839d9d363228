import Testing

@testable import StoryClustering

/// A headline that recalls an earlier happening ("…days after Baiji attack") names that
/// happening's place, not its own: only the places before the recall place its event.
@Suite struct RecalledPlacesTests {
    /// The towns a headline places its event in.
    private static func towns(_ title: String, language: String) -> [String] {
        HeadlineFeatures.of(title, language: language).titleTowns
    }

    @Test func aPlaceRecalledAfterASpanDoesNotPlaceTheEvent() {
        #expect(
            Self.towns("IED hits Kirkuk–Ceyhan pipeline in Dibis, days after Baiji attack", language: "en") == ["dibis"]
        )
        #expect(Self.towns("انفجار عبوة على أنبوب النفط في الدبس بعد أيام من تفجير بيجي", language: "ar") == ["dibis"])
        #expect(
            Self.towns("Li Dubizê boriya neftê hat teqandin, çend roj piştî êrîşa Beycîyê", language: "kmr") == [
                "dibis"
            ])
    }

    @Test func aBareAfterStillPlacesTheEvent() {
        // "after" gives the cause or the stage of the headline's own event.
        #expect(Self.towns("Pumping resumes through pipeline after Dibis blast repaired", language: "en") == ["dibis"])
    }
}
