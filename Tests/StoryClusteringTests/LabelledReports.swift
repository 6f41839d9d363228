import Testing

@testable import StoryClustering

/// Reports whose ids name their events ("A1", "A2": one event; "B1": another), dated in minutes
/// after a suite's base time, each from an outlet of its own; and the check that clustering keeps
/// them as labelled.
struct LabelledReports {
    /// Unix seconds of minute 0.
    let base: Int64

    func report(_ id: String, _ title: String, _ text: String, minutes: Int64, language: String)
        -> ClusterDocument
    {
        ClusterDocument(
            id: id, source: "outlet-" + id, title: title, text: text, published: base + minutes * 60,
            language: language)
    }

    /// Every event's reports in one story, and no story with two events' reports.
    static func expectKeptAsLabelled(
        _ reports: [ClusterDocument], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let result = StoryClusterer().cluster(reports)
        func event(_ id: String) -> Substring { id.prefix { $0.isLetter } }
        for i in reports.indices {
            for j in reports.indices where j > i {
                let same = result[i].storyKey == result[j].storyKey
                let oneEvent = event(reports[i].id) == event(reports[j].id)
                #expect(
                    same == oneEvent, "\(reports[i].id) and \(reports[j].id): \(result[i]) \(result[j])",
                    sourceLocation: sourceLocation)
            }
        }
    }
}
