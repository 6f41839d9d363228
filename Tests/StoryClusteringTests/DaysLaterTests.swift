import Testing

@testable import StoryClustering

/// Days after a story's last report, the names it shares no longer make up for words in common:
/// the cabinet, its ministry and the region are named by every session's reports, and the next
/// session is another story. (A headline telling what followed a happening still joins below the
/// bar: `StoryClustererTests.anotherFireInTheCityDaysLaterIsAnotherStory`'s arrest.) The letters of
/// an id name its event ("A1", "A2": one event).
@Suite struct DaysLaterTests {
    private let labelled = LabelledReports(base: 1_776_168_000)
    private static let day: Int64 = 24 * 60

    private var salaries: [ClusterDocument] {
        [
            labelled.report(
                "A1", "Iraqi cabinet approves funding of Kurdistan Region salaries for March",
                "The Council of Ministers approved on Tuesday IQD 961 billion to pay the salaries of Kurdistan Region public employees for March, the Ministry of Finance said. Prime Minister Mohammed Shia al-Sudani chaired the session in Baghdad, which also approved the summer electricity plan. Erbil welcomed the decision and said distribution would begin once the money arrives.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "Baghdad approves IQD 961 billion for Kurdistan Region March salaries",
                "The Council of Ministers in Baghdad voted to fund the March salaries of Kurdistan Region employees with IQD 961 billion, the Ministry of Finance said on Tuesday. Prime Minister Mohammed Shia al-Sudani said salaries would no longer be held up. The Kurdistan Regional Government in Erbil welcomed the vote.",
                minutes: 120, language: "en"),
            labelled.report(
                "A3", "Ministry of Finance transfers March salary funds to Kurdistan Region",
                "The Ministry of Finance transferred IQD 961 billion for the March salaries of Kurdistan Region employees on Thursday, two days after the Council of Ministers approved the funding. The Kurdistan Regional Government in Erbil said distribution would begin on Sunday.",
                minutes: 2 * Self.day, language: "en"),
        ]
    }

    @Test func anotherSessionOfTheCabinetDaysLaterStaysApart() {
        // Three days after the transfer: the same cabinet, prime minister, ministry, region and
        // capitals, but of wheat, farmers and a price.
        let wheat = labelled.report(
            "B1", "Iraqi cabinet sets wheat price in extraordinary session",
            "The Council of Ministers set the price of a tonne of wheat bought from farmers at IQD 850,000 in an extraordinary session on Sunday, Prime Minister Mohammed Shia al-Sudani's office said. The Ministry of Finance will pay farmers in Baghdad and the Kurdistan Region within a month of delivery to the silos, and imports of wheat are banned for the season. Erbil's agriculture ministry welcomed the decision.",
            minutes: 5 * Self.day, language: "en")
        LabelledReports.expectKeptAsLabelled(salaries + [wheat])
    }
}
