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

    /// Arabic headlines join clauses with two dots: "after hours of searching.. the drowned boy's
    /// body recovered in Huwaiza" recalls nothing past them, so its place and kind are its own.
    @Test func twoDotsEndTheRecalledClause() {
        let features = HeadlineFeatures.of("بعد ساعات من البحث.. انتشال جثة الصبي الغريق في الحويزة", language: "ar")
        #expect(features.titleKinds == Gazetteer.kindBit("topic:drowning"))
        #expect(Self.towns("بعد أيام من تفجير بيجي… عبوة على أنبوب النفط في الدبس", language: "ar") == ["dibis"])
        // A single dot is no clause's end.
        #expect(Self.towns("IED hits Kirkuk–Ceyhan pipeline in Dibis, days after Baiji attack on U.S. firm", language: "en") == ["dibis"])
    }

    @Test func aBareAfterStillPlacesTheEvent() {
        // "after" gives the cause or the stage of the headline's own event.
        #expect(Self.towns("Pumping resumes through pipeline after Dibis blast repaired", language: "en") == ["dibis"])
    }
}
