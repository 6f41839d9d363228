import Testing

@testable import StoryClustering

/// A story the window has closed, continued weeks or months later by a report naming its people
/// or companies (a trial, a verdict, a repair); and kept apart from a later happening however many
/// names it shares, from names the gazetteer knows (the region's parties), and from what comes
/// more than half a year on. The letters of an id name its event ("A1", "A2": one event).
@Suite struct LaterFollowUpTests {
    private let labelled = LabelledReports(base: 1_284_100_000)
    private static let day: Int64 = 24 * 60

    private var shooting: [ClusterDocument] {
        [
            labelled.report(
                "A1", "Two dead in shooting at Kraft Foods plant",
                "A suspended employee shot dead two co-workers at the Kraft Foods plant in northeast Philadelphia on Thursday night, police said. The suspect, Yvonne Hiller, had been escorted from the building minutes earlier after a dispute with colleagues. A third worker was wounded. Hiller surrendered to officers inside the plant.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "Kraft plant worker charged with murder",
                "Yvonne Hiller, the Kraft Foods worker accused of shooting three colleagues at the company's Philadelphia plant, was charged with two counts of murder and one of attempted murder on Friday, the Philadelphia Police Department said.",
                minutes: Self.day, language: "en"),
        ]
    }

    @Test func aTrialMonthsLaterNamingTheStorysPeopleContinuesItAndOpensItAgain() {
        let trial = labelled.report(
            "A3", "Accused Kraft plant killer held for trial",
            "A judge ordered Yvonne Hiller to stand trial for the shooting deaths of two co-workers at the Kraft Foods plant in Philadelphia in September. Prosecutors played a recording of Hiller telling officers she had been harassed at work. The defence said Hiller was not in her right mind when she opened fire at the plant.",
            minutes: 88 * Self.day, language: "en")
        // The next report of the hearing, an hour later, finds the story open again.
        let sameHearing = labelled.report(
            "A4", "Judge orders Kraft shooting suspect to stand trial",
            "Yvonne Hiller will stand trial for murder in the September shootings at the Kraft Foods plant in northeast Philadelphia, a municipal judge ruled on Tuesday after a preliminary hearing at which co-workers testified.",
            minutes: 88 * Self.day + 60, language: "en")
        LabelledReports.expectKeptAsLabelled(shooting + [trial, sameHearing])
    }

    @Test func aShootingAtThePlantWeeksLaterStaysApart() {
        // It shares the company and the police department, and words enough: its headline tells a
        // happening, and a happening weeks later is another one.
        let another = labelled.report(
            "B1", "Two dead in shooting at Kraft Foods plant",
            "Philadelphia Police Department officers said a suspended employee shot dead two co-workers at the Kraft Foods plant in northeast Philadelphia on Tuesday night. A third worker was wounded. The suspect, Omar Thornton, surrendered to officers inside the plant; he had been escorted from the building minutes earlier after a dispute with colleagues.",
            minutes: 40 * Self.day, language: "en")
        LabelledReports.expectKeptAsLabelled(shooting + [another])
    }

    @Test func nextYearsEditionOfAnEventIsAnotherStory() {
        let show = [
            labelled.report(
                "A1", "Farnborough International Airshow opens with big jet orders",
                "The Farnborough International Airshow opened on Monday with Emirates Airline ordering 50 wide-body jets and Qatar Airways signing for 20 more, organisers said. Rolls Royce won engine deals worth billions. The show runs until Friday.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "Orders pour in on first day of Farnborough show",
                "Emirates Airline and Qatar Airways placed orders for 70 jets on the first day of the Farnborough International Airshow, while Rolls Royce signed engine deals, the organisers said on Monday.",
                minutes: 300, language: "en"),
        ]
        let nextYear = labelled.report(
            "B1", "Jet orders open this year's Farnborough International Airshow",
            "Emirates Airline ordered 40 wide-body jets as the Farnborough International Airshow opened on Monday, and Qatar Airways took 15 more, the organisers said. Engine maker Rolls Royce also signed deals. This year's show closes on Friday.",
            minutes: 364 * Self.day, language: "en")
        LabelledReports.expectKeptAsLabelled(show + [nextYear])
    }

    @Test func nextYearsAnnouncementInLastYearsWordsIsAnotherStory() {
        let announcement = labelled.report(
            "A1", "Farnborough International Airshow opens with big jet orders",
            "The Farnborough International Airshow opened on Monday with Emirates Airline ordering 50 wide-body jets and Qatar Airways signing for 20 more, organisers said. Rolls Royce won engine deals worth billions. The show runs until Friday.",
            minutes: 0, language: "en")
        let nextYear = labelled.report(
            "B1", "Farnborough International Airshow opens with big jet orders",
            "The Farnborough International Airshow opened on Monday with Emirates Airline ordering 40 wide-body jets and Qatar Airways signing for 15 more, organisers said. Rolls Royce won engine deals worth billions. The show runs until Friday.",
            minutes: 364 * Self.day, language: "en")
        LabelledReports.expectKeptAsLabelled([announcement, nextYear])
    }

    @Test func theRegionsPartiesMeetingAgainWeeksLaterAreAnotherStory() {
        // The parties and the ministry are the gazetteer's, and so are the parties' acronyms and the
        // pieces of their names ("KDP Politburo", "Patriotic Union"): they recur in every story of them.
        let talks = [
            labelled.report(
                "A1", "KDP and PUK resume talks on forming new cabinet",
                "Delegations of the Kurdistan Democratic Party and the Patriotic Union of Kurdistan met in Erbil on Sunday to resume talks on forming the new cabinet of the Kurdistan Regional Government, the KDP Politburo said. The Ministry of Peshmerga and the Ministry of Interior were discussed, and the two sides agreed to meet again.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "KDP, PUK delegations meet in Erbil over cabinet",
                "The Kurdistan Democratic Party and the Patriotic Union of Kurdistan held talks in Erbil on Sunday on the new cabinet of the Kurdistan Regional Government, discussing the Ministry of Peshmerga and the Ministry of Interior, the KDP Politburo said.",
                minutes: 240, language: "en"),
        ]
        let nextRound = labelled.report(
            "B1", "KDP and PUK hold new round of talks on cabinet",
            "Delegations of the Kurdistan Democratic Party and the Patriotic Union of Kurdistan met in Sulaymaniyah on Wednesday for a new round of talks on forming the cabinet of the Kurdistan Regional Government, the KDP Politburo said. The Ministry of Peshmerga and the Ministry of Interior were again discussed.",
            minutes: 30 * Self.day, language: "en")
        LabelledReports.expectKeptAsLabelled(talks + [nextRound])
    }

    @Test func aStoryContinuedTwiceIsHeldAsTheLatestClosed() {
        // Two closed stories held at most: the shooting closed, continued and closed again is among
        // the two latest closed, the match's story (closed before the trial) is not.
        let trial = labelled.report(
            "A3", "Accused Kraft plant killer held for trial",
            "A judge ordered Yvonne Hiller to stand trial for the shooting deaths of two co-workers at the Kraft Foods plant in Philadelphia in September. Prosecutors played a recording of Hiller telling officers she had been harassed at work.",
            minutes: 88 * Self.day, language: "en")
        let verdict = labelled.report(
            "A4", "Jury convicts Kraft Foods plant killer",
            "A Philadelphia jury convicted Yvonne Hiller of murdering two co-workers at the Kraft Foods plant in northeast Philadelphia, rejecting her defence that she was not in her right mind when she opened fire at the plant.",
            minutes: 170 * Self.day, language: "en")
        // Two other stories close: one between the shooting's first closing and its second, one with it.
        let match = labelled.report(
            "B1", "Eagles beat Giants to reach playoffs",
            "The Philadelphia Eagles beat the New York Giants 31-24 on Sunday to clinch a place in the playoffs, with two late touchdowns in front of a sold-out crowd.",
            minutes: 80 * Self.day, language: "en")
        let storm = labelled.report(
            "C1", "Snowstorm closes schools across Pennsylvania",
            "A snowstorm dumped up to a foot of snow across Pennsylvania on Monday, closing hundreds of schools and snarling traffic on the turnpike, the National Weather Service said.",
            minutes: 100 * Self.day, language: "en")
        var configuration = StoryClusterer.Configuration()
        configuration.retainedClosedStories = 2
        let reports = shooting + [match, trial, storm, verdict]
        let result = StoryClusterer(configuration: configuration).cluster(reports)
        let shootingKeys = Set(zip(reports, result).filter { $0.0.id.hasPrefix("A") }.map(\.1.storyKey))
        #expect(shootingKeys.count == 1, "\(result.map { ($0.documentID, $0.storyKey) })")
    }
}
