@testable import StoryClustering

/// English reports of one month, each from an outlet of its own, dated by day and hour (UTC; an hour
/// past 23 runs into the next day), and the story each lands in.
struct EnglishReports {
    let year: Int
    let month: Int

    func report(_ id: String, day: Int, hour: Int64, minute: Int64 = 0, _ title: String, _ text: String)
        -> ClusterDocument
    {
        ClusterDocument(
            id: id, source: "source-\(id)", title: title, text: text,
            published: CivilDate.noon(year, month, day) + (hour - 12) * 3600 + minute * 60, language: "en")
    }

    /// The story key of each document, by id, after clustering them in order.
    static func stories(_ documents: [ClusterDocument]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: StoryClusterer().cluster(documents).map { ($0.documentID, $0.storyKey) })
    }
}
