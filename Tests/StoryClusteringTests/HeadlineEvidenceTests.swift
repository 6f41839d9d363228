import Testing

@testable import StoryClustering

/// A headline alone joins a story of headlines only on two words that say which event it is: one
/// word in common ("trailer") is how two stories of different events run together.
@Suite struct HeadlineEvidenceTests {
    private static func headline(_ id: String, _ title: String) -> ClusterDocument {
        ClusterDocument(id: id, source: "", title: title, language: "en")
    }

    @Test func aHeadlineSharingOneWordStartsItsOwnStory() {
        let documents = [
            Self.headline("t1", "Titanfall live-action trailer released"),
            Self.headline("t2", "Titanfall gameplay trailer out now"),
            Self.headline("t3", "Titanfall trailer shows giant robots"),
            Self.headline("g1", "Watch: a new trailer for Game of Thrones"),
            Self.headline("g2", "Game of Thrones season four premiere date set"),
        ]
        let story = Dictionary(
            uniqueKeysWithValues: StoryClusterer().cluster(documents).map { ($0.documentID, $0.storyKey) })
        // Two words in common ("Titanfall", "trailer") join.
        #expect(story["t2"] == story["t1"])
        #expect(story["t3"] == story["t1"])
        // "trailer" alone does not, and the other event's headlines then find their own story.
        #expect(story["g1"] != story["t1"])
        #expect(story["g2"] == story["g1"])
    }

    @Test func aHeadlineSharingAWordAndABroadPlaceJoins() {
        let documents = [
            Self.headline("f1", "Flood hits Erbil after night of heavy rain"),
            Self.headline("f2", "Erbil flood kills two"),
            Self.headline("t1", "Titanfall live-action trailer released"),
            Self.headline("t2", "Titanfall gameplay trailer out now"),
            Self.headline("g1", "Watch: 2 new trailers for Game of Thrones"),
        ]
        let story = Dictionary(
            uniqueKeysWithValues: StoryClusterer().cluster(documents).map { ($0.documentID, $0.storyKey) })
        // A word and the capital it happened in.
        #expect(story["f2"] == story["f1"])
        // A word and a small count are not enough.
        #expect(story["g1"] != story["t1"])
    }
}
