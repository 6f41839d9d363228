import Testing

@testable import StoryClustering

/// A place on a governorates' border (Khazir and Makhmour, in Nineveh or Erbil) is where a story
/// placed in either governorate happened: "Woman killed as fire sweeps through Khazir camp" is of
/// the fire "in a displacement camp east of Mosul". And a headline that opens with another place's
/// happening ("After Sidakan, Turkish drone now hits a car outside Makhmour camp") tells a new one
/// in the place it names next.
@Suite struct BorderPlacesTests {
    private static let may = EnglishReports(year: 2030, month: 5)
    private static let november = EnglishReports(year: 2025, month: 11)

    @Test func theCampOnTheBorderIsInTheStoryPlacedByTheCityNearIt() {
        let story = EnglishReports.stories([
            Self.may.report(
                "mosul", day: 20, hour: 6, minute: 30, "Fire kills elderly woman in displacement camp east of Mosul",
                "An elderly woman was killed when a fire swept through tents at a camp for displaced families east of "
                    + "Mosul early on Monday, the camp administration said. Civil defence teams put out the fire after "
                    + "two hours; about 30 tents burned. The cause is being investigated."),
            Self.may.report(
                "khazir", day: 20, hour: 7, "Woman killed as fire sweeps through Khazir camp, 30 tents burned",
                "An elderly woman died and 30 tents burned in the Khazir camp for displaced families on Monday "
                    + "morning. Civil defence teams needed two hours to put out the fire. Residents said the flames "
                    + "spread fast in the wind."),
        ])
        #expect(story["khazir"] == story["mosul"])
    }

    @Test func afterAnotherPlaceTheHeadlineTellsAHappeningOfItsOwn() {
        let story = EnglishReports.stories([
            Self.november.report(
                "sidakan", day: 5, hour: 13, "Turkish drone strike kills two in Sidakan, local sources say",
                "A Turkish drone struck a car near Sidakan in Erbil province on Wednesday, killing two men, local "
                    + "sources said. The Turkish army has been fighting the Kurdistan Workers' Party in the mountains "
                    + "near the border for years."),
            Self.november.report(
                "sidakan-2", day: 5, hour: 15, "Drone strike blamed on Turkey kills two near Sidakan",
                "Two men were killed when a drone hit their car near the border town of Sidakan on Wednesday, "
                    + "officials in Soran said. Turkey did not comment on the strike in Erbil province."),
            Self.november.report(
                "sidakan-3", day: 6, hour: 7, "Sidakan drone strike victims identified as local beekeepers, family says",
                "The two men killed by a Turkish drone near Sidakan on Wednesday were local beekeepers, their family "
                    + "said on Thursday."),
            Self.november.report(
                "makhmour", day: 8, hour: 8, "After Sidakan, Turkish drone now hits a car outside Makhmour camp",
                "A Turkish drone struck a car outside the gate of the Makhmour refugee camp on Saturday, killing the "
                    + "driver and wounding two, camp officials said, three days after a drone strike killed two men "
                    + "near Sidakan in Erbil province."),
        ])
        #expect(story["sidakan-3"] == story["sidakan"])
        #expect(story["makhmour"] != story["sidakan"])
    }

    @Test func onlyAnOpeningClauseNamingAnotherPlaceIsRecalled() {
        #expect(HeadlineFeatures.of("After Sidakan, Turkish drone now hits a car outside Makhmour camp", language: "en").titleTowns == ["makhmour"])
        // What followed the headline's own happening: no other place after the clause.
        #expect(HeadlineFeatures.of("After the Harir flood, committee formed to compensate victims", language: "en").titleTowns == ["harir"])
        // A country or its adjective is no other place, nor the recalled town's governorate (review).
        #expect(HeadlineFeatures.of("After Harir flood, Iraqi ministry sends aid", language: "en").titleTowns == ["harir"])
        #expect(HeadlineFeatures.of("After Harir flood, Erbil governor sends aid", language: "en").titleTowns == ["harir"])
        // Kurmanji's case endings are read as everywhere else ("Kerradeyê", "Şorceyê").
        #expect(HeadlineFeatures.of("Piştî Kerradeyê, vê carê agir bi bazara Şorceyê ket", language: "kmr").titleTowns == ["shorja"])
        // "After" inside the headline is its own event's cause or stage.
        #expect(Set(HeadlineFeatures.of("Pumping resumes in Baiji after Sidakan crew repairs line", language: "en").titleTowns) == ["baiji", "sidakan"])
    }

    @Test func storiesPlacedApartOnlyByABorderPlaceAreNotApart() {
        let keys = ["nineveh", "erbil", "khazir", "duhok", "harir"]
        func story(places: [Int32], towns: [Int32]) -> StoryState {
            let story = StoryState(key: "s")
            for place in places { _ = story.titlePlaces.insert(place) }
            for town in towns { _ = story.titleTowns.insert(town) }
            return story
        }
        let eastOfMosul = story(places: [0], towns: [])
        let khazir = story(places: [0, 1], towns: [2])
        let harir = story(places: [1], towns: [4])
        let duhok = story(places: [3], towns: [])
        #expect(ClusteringEngine.placesDifferOnlyByBorders(eastOfMosul, khazir, symbolKeys: keys))
        #expect(ClusteringEngine.placesDifferOnlyByBorders(harir, khazir, symbolKeys: keys))
        #expect(!ClusteringEngine.placesDifferOnlyByBorders(duhok, khazir, symbolKeys: keys))
        #expect(!ClusteringEngine.placesDifferOnlyByBorders(eastOfMosul, harir, symbolKeys: keys))
    }
}
