import Testing

@testable import StoryClustering

/// A story holding a report that calls its happening a repeat of its kind ("second deadly crash on
/// the highway this week") does not merge with the story of the earlier happening, though its
/// reports retell that one at length: the repeat weighs in a merge as a happening apart does, twice.
@Suite struct RepeatMergeTests {
    private static let april = EnglishReports(year: 2030, month: 4)

    @Test func theSecondCrashOfTheWeekStaysApartFromTheFirst() {
        let documents = [
            Self.april.report(
                "a1", day: 23, hour: 5, "Four killed as fuel tanker crashes and burns on Baghdad-Kut highway",
                "Four people were killed and six wounded when a fuel tanker overturned and caught fire on the "
                    + "Baghdad-Kut highway near Aziziyah on Tuesday, the civil defence said. The tanker collided "
                    + "with a minibus before bursting into flames, and the fire spread to two cars. Firefighters "
                    + "put out the blaze after two hours and the road was closed to traffic until the afternoon."),
            Self.april.report(
                "a2", day: 23, hour: 7, "Fuel tanker crash and fire kill four on Iraq's Baghdad-Kut road",
                "A fuel tanker overturned and burst into flames on the Baghdad-Kut highway near Aziziyah on "
                    + "Tuesday, killing four people and wounding six, civil defence officials said. The tanker hit "
                    + "a minibus and the fire spread to two cars before firefighters brought it under control. The "
                    + "highway was closed for several hours."),
            Self.april.report(
                "b1", day: 25, hour: 6, "Three killed in second deadly crash on Baghdad-Kut highway this week",
                "Three people were killed when a minibus collided with a truck on the Baghdad-Kut highway on "
                    + "Thursday, the civil defence said. It was the second deadly crash on the highway this week: "
                    + "on Tuesday four people were killed and six wounded near Aziziyah when a fuel tanker "
                    + "overturned and burst into flames after it collided with a minibus, and the fire spread to "
                    + "two cars."),
            // Retelling Tuesday's crash at length, it meets the first story better than the second's
            // headline-sized start; joined to the second, it must not pull the two together.
            Self.april.report(
                "b2", day: 25, hour: 8, "Minibus and truck collide on Baghdad-Kut highway, three killed",
                "A minibus collided with a truck on the Baghdad-Kut highway on Thursday, killing three "
                    + "people, the civil defence said. On Tuesday four people were killed and six wounded near "
                    + "Aziziyah when a fuel tanker overturned and caught fire on the Baghdad-Kut highway after it "
                    + "collided with a minibus. The fire spread to two cars and firefighters put out the blaze "
                    + "after two hours. The road was closed to traffic until the afternoon."),
        ]
        let story = EnglishReports.stories(documents)
        #expect(story["a2"] == story["a1"])
        #expect(story["b2"] == story["b1"])
        #expect(story["b1"] != story["a1"])
    }
}
