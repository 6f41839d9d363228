import Testing

@testable import StoryClustering

/// Terms come from an article's first ``StoryClusterer/Configuration/bodyWordLimit`` body words:
/// the closing sections of long articles ("elsewhere today", background, related coverage) do not
/// dilute what the article reports.
@Suite struct BodyWordLimitTests {
    private static let base: Int64 = 1_760_000_000

    /// About 250 words on one fire.
    private static let fireReport = """
        A large fire swept through a Victorian warehouse at the Portsmouth dockyard on Tuesday night, \
        destroying the roof and most of the timber frame of the listed building. Hampshire Fire and Rescue \
        Service sent twelve engines and about seventy firefighters, who worked through the night to stop \
        the flames from reaching the neighbouring ropehouse. Crews used two aerial ladder platforms and \
        pumped water straight from the harbour once the hydrants ran low. Residents of the nearby streets \
        were told to keep their windows and doors closed because of the thick smoke drifting across the \
        city. Police closed the Queen Street entrance and diverted buses around the dockyard until the \
        early hours. Nobody was injured, the service said, although two firefighters were treated for heat \
        exhaustion at the scene. Structural engineers will inspect the walls on Wednesday before \
        investigators can enter. Station manager Karen Hollis said the blaze had spread quickly along the \
        upper floor, where old tar and dry timber fed the flames. She thanked dockyard staff who had helped \
        crews find the quickest route to the water. The cause of the fire is under investigation, and the \
        service has asked anyone who saw people near the building that evening to come forward. A cordon \
        will remain in place for several days, and the historic ships museum will stay closed until at \
        least the weekend.
        """

    /// The closing section of a long news page: other stories of the day, none about the fire.
    private static let otherNews = """
        Elsewhere today. Norway's Labour party won the largest share of seats in the Storting on Monday, \
        official results showed, leaving the prime minister on course to form a minority government with \
        the support of smaller left-leaning parties, while turnout was slightly below the previous \
        election. In football, Southampton beat Leeds United three goals to one at St Mary's Stadium, with \
        two late goals from their Brazilian striker sealing a first away defeat of the season for the \
        visitors, whose manager complained about the referee. On the markets, the pound rose against the \
        dollar and the euro after figures showed inflation easing for a third month, and shares in \
        supermarket chains climbed as analysts predicted a strong Christmas. The Met Office warned of \
        heavy snow across the Scottish Highlands and northern England from Thursday, with drivers urged \
        to avoid the A9 and the M62 unless their journeys were essential and schools in Aberdeenshire \
        preparing to close. A new exhibition of Turner watercolours opens at the Tate in London on \
        Saturday, bringing together more than a hundred works lent by private collectors in Europe and \
        America, some never shown in public before. Scientists in Cambridge reported a vaccine for a \
        common childhood virus had protected nine in ten infants in a trial across five countries, and \
        regulators will consider the results next spring. The royal household announced the King will \
        visit Canada and Australia next year, his first tour of both countries since the coronation, \
        meeting farmers, veterans and students along the way. A railway strike planned for Friday has \
        been called off after the union and the train operators agreed a new offer on pay and conditions \
        for drivers and guards, ending months of disruption for commuters in the south east.
        """

    /// An earlier, short report of the same fire from another outlet.
    private static let fireFlash = ClusterDocument(
        id: "flash", source: "gazette",
        title: "Firefighters battle blaze at Portsmouth dockyard warehouse",
        text: """
            Around seventy firefighters from Hampshire Fire and Rescue Service fought a fire that destroyed \
            a historic warehouse in the Portsmouth dockyard late on Tuesday. Twelve engines attended and the \
            roof collapsed. No injuries were reported and investigators are examining the cause of the blaze.
            """,
        published: base, language: "en")

    private static let longFireReport = ClusterDocument(
        id: "long", source: "herald",
        title: "Victorian warehouse lost to flames overnight",
        text: fireReport + " " + otherNews,
        published: base + 3_600, language: "en")

    /// Reports of other events the same day, so that words have document frequencies.
    private static let background = [
        ClusterDocument(
            id: "bridge", source: "tribune", title: "Council approves new bridge over the river Itchen",
            text: """
                Southampton city council approved plans on Tuesday for a new footbridge over the river \
                Itchen, to be built by 2028 at a cost of twelve million pounds. Residents said the crossing \
                would cut journeys to the hospital by half an hour.
                """,
            published: base - 7_200, language: "en"),
        ClusterDocument(
            id: "ferry", source: "courier", title: "Ferry services to the Isle of Wight resume after storm",
            text: """
                Ferry services between Portsmouth and the Isle of Wight resumed on Tuesday morning after a \
                storm cancelled crossings for two days. Operators said extra sailings would clear the backlog \
                of passengers and freight by the evening.
                """,
            published: base - 3_600, language: "en"),
    ]

    /// The report's own words: a bound that reads the report and none of the other news.
    private static let reportWords = TextNormalizer.sentences(fireReport).reduce(0) { $0 + $1.count }

    @Test func aLongReportEndingWithOtherNewsJoinsItsEventsStory() {
        let bounded = StoryClusterer(configuration: .init(bodyWordLimit: Self.reportWords))
        let result = bounded.cluster(Self.background + [Self.fireFlash, Self.longFireReport])
        #expect(result[3].storyKey == "flash", "\(result[3])")
    }

    @Test func readingTheWholeBodyWouldKeepItApart() {
        // The same documents with no bound: the other news dilutes the report until it no longer
        // meets its own event's story. This is what the bound prevents.
        let unbounded = StoryClusterer(configuration: .init(bodyWordLimit: .max))
        let result = unbounded.cluster(Self.background + [Self.fireFlash, Self.longFireReport])
        #expect(result[3].storyKey == "long", "\(result[3])")
    }

    @Test func wordsPastTheBoundAddNoTerm() {
        func terms(_ text: String, bound: Int = Self.reportWords) -> [String] {
            let extractor = FeatureExtractor(titleWeight: 2, boilerplateRepeats: 2, bodyWordLimit: bound)
            var boilerplate = BoilerplateFilter()
            var words = WordCache()
            var kurmanji = WordCache()
            var accumulator = TermAccumulator()
            let features = extractor.features(
                of: ClusterDocument(
                    id: "d", source: "s", title: "Warehouse fire", text: text, published: nil, language: "en"),
                boilerplate: &boilerplate, words: &words, kurmanjiWords: &kurmanji, terms: &accumulator)
            return features.terms.map { accumulator.displays[Int($0.id)] }.sorted()
        }
        let report = terms(Self.fireReport)
        #expect(terms(Self.fireReport + " " + Self.otherNews) == report)
        #expect(!report.contains("storting"))
        #expect(terms(Self.fireReport + " " + Self.otherNews, bound: .max).contains("storting"))
    }
}
