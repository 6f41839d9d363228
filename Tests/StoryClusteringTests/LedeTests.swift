import Testing

@testable import StoryClustering

/// Items whose only text is a long first sentence (a lede, as some feeds carry in the title with no
/// description) share fewer words than two full reports do: two ledes of one event join at a lower
/// bar than two reports, while a lede meeting a report of another event is held to the reports' bar.
@Suite struct LedeTests {
    /// The bank robbery, first told.
    private static let robbery = ClusterDocument(
        id: "robbery", source: "wire",
        title: "Armed men disguised as police officers stormed a branch of the Rafidain Bank in central Kirkuk on "
            + "Tuesday morning and escaped with about two million dollars in cash and gold, officials said.",
        text: "", published: CivilDate.noon(2025, 3, 4), language: "en")

    /// The same robbery told by another outlet, in other words: a lede too.
    private static let vault = ClusterDocument(
        id: "vault", source: "local",
        title: "Robbers wearing stolen police uniforms emptied the vault of a bank branch in Kirkuk this week and "
            + "took gold as well as cash, the governor told reporters on Wednesday afternoon.",
        text: "", published: CivilDate.noon(2025, 3, 5), language: "en")

    /// A report (headline and body) of another robbery in the same city.
    private static let exchangeOffice = ClusterDocument(
        id: "exchange", source: "wire",
        title: "Gunmen rob currency exchange office in Kirkuk",
        text: "Gunmen wearing masks robbed a currency exchange office in Kirkuk on Monday night, emptied its safe "
            + "and took cash and gold. Police said the owner was wounded. The office is near the main market. "
            + "No group has claimed the robbery, and police have set up checkpoints around the city.",
        published: CivilDate.noon(2025, 3, 4), language: "en")

    /// Unrelated items, so that the words of the robberies weigh as they would in a day's news.
    private static let otherNews = [
        ClusterDocument(
            id: "river", source: "farm", title: "Farmers in Basra say the river has turned too salty for their crops",
            text: "", published: CivilDate.noon(2025, 3, 4), language: "en"),
        ClusterDocument(
            id: "budget", source: "wire", title: "Parliament meets to debate the budget for next year",
            text: "Lawmakers in Baghdad met on Sunday to debate the federal budget. The finance committee presented "
                + "figures for oil revenue and salaries. Several blocs demanded more money for their provinces. "
                + "The session was adjourned until Monday.",
            published: CivilDate.noon(2025, 3, 4), language: "en"),
        ClusterDocument(
            id: "football", source: "sport", title: "Football: Erbil beat Duhok two to nil in the league",
            text: "Erbil won at home. The first goal came before half time and the second late in the match. "
                + "The coach praised the defence.",
            published: CivilDate.noon(2025, 3, 4), language: "en"),
    ]

    private static func assignments(_ documents: [ClusterDocument]) -> [String: StoryAssignment] {
        Dictionary(uniqueKeysWithValues: StoryClusterer().cluster(documents).map { ($0.documentID, $0) })
    }

    @Test func twoLedesOfOneEventJoin() throws {
        let assigned = Self.assignments([Self.robbery] + Self.otherNews + [Self.vault])
        let vault = try #require(assigned["vault"])
        let robbery = try #require(assigned["robbery"])
        #expect(vault.storyKey == robbery.storyKey)
        // Joined at the lede bar: above it, below the full-text bar.
        let configuration = StoryClusterer.Configuration()
        #expect(vault.similarity >= (configuration.headlineThreshold + configuration.threshold) / 2)
        #expect(vault.similarity < configuration.threshold)
        #expect(assigned["river"]?.storyKey != robbery.storyKey)
    }

    @Test func aLedeMeetingAReportOfAnotherEventStaysApart() throws {
        let assigned = Self.assignments([Self.exchangeOffice] + Self.otherNews + [Self.vault])
        let vault = try #require(assigned["vault"])
        let exchange = try #require(assigned["exchange"])
        #expect(vault.storyKey != exchange.storyKey)
        // Over the lede bar all the same: with the full-text bar there, it joins.
        var lowered = StoryClusterer.Configuration()
        lowered.threshold = (lowered.headlineThreshold + lowered.threshold) / 2
        let joined = StoryClusterer(configuration: lowered).cluster(
            [Self.exchangeOffice] + Self.otherNews + [Self.vault])
        let story = Dictionary(uniqueKeysWithValues: joined.map { ($0.documentID, $0.storyKey) })
        #expect(story["vault"] == story["exchange"])
    }
}
