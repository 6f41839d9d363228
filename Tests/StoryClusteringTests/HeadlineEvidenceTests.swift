import Testing

@testable import StoryClustering

/// Two headlines alone tell one event only when they share two telling words, or one and the broad
/// place it happened in: one word in common ("trailer") is how two stories of different events run
/// together.
@Suite struct HeadlineEvidenceTests {
    private static let titanfall = [
        ("t1", "Titanfall live-action trailer released"),
        ("t2", "Titanfall gameplay trailer out now"),
    ]

    /// The story key of each headline, clustered as English headlines with no body.
    private static func stories(_ headlines: [(String, String)]) -> [String: String] {
        let documents = headlines.map { ClusterDocument(id: $0.0, source: "", title: $0.1, language: "en") }
        return Dictionary(uniqueKeysWithValues: StoryClusterer().cluster(documents).map { ($0.documentID, $0.storyKey) })
    }

    @Test func aHeadlineSharingOneWordStartsItsOwnStory() {
        let story = Self.stories(
            Self.titanfall + [
                ("t3", "Titanfall trailer shows giant robots"),
                ("g1", "Watch: a new trailer for Game of Thrones"),
                ("g2", "Game of Thrones season four premiere date set"),
            ])
        // Two words in common ("Titanfall", "trailer") join.
        #expect(story["t2"] == story["t1"])
        #expect(story["t3"] == story["t1"])
        // "trailer" alone does not, and the other event's headlines then find their own story.
        #expect(story["g1"] != story["t1"])
        #expect(story["g2"] == story["g1"])
    }

    @Test func aHeadlineSharingAWordAndABroadPlaceJoins() {
        let story = Self.stories(
            Self.titanfall + [
                ("f1", "Flood hits Erbil after night of heavy rain"),
                ("f2", "Erbil flood kills two"),
                ("g1", "Watch: 2 new trailers for Game of Thrones"),
            ])
        // A word and the capital it happened in.
        #expect(story["f2"] == story["f1"])
        // A word and a small count are not enough.
        #expect(story["g1"] != story["t1"])
    }
}
