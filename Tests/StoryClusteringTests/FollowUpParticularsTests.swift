import Testing

@testable import StoryClustering

/// A report of what followed whose headline names one of the story's headline particulars (the camp,
/// the town, the people) is held to the follow-up bar, halfway between `cluster_threshold` and the
/// entity bar's content, however many days after the story began: it retells less of the first
/// reports. Naming the place alone does not join it.
@Suite struct FollowUpParticularsTests {
    private static let july = EnglishReports(year: 2030, month: 7)

    private static let fire = [
        july.report(
            "fire", day: 17, hour: 6, "Fire at Khanke camp kills two children, destroys dozens of tents",
            "A fire swept through the Khanke camp for displaced Yazidis in Duhok province on Tuesday night, "
                + "killing two children and destroying dozens of tents, the camp administration said. Civil "
                + "defence teams needed three hours to put out the blaze, which spread quickly in strong wind. "
                + "Dozens of families lost everything they owned and spent the night in the open."),
        july.report(
            "fire-2", day: 17, hour: 8, "Fire tears through Yazidi displacement camp in Iraq, killing two children",
            "Two children were killed when fire tore through dozens of tents at the Khanke camp for displaced "
                + "Yazidis near Duhok late on Tuesday, officials said. The fire spread in strong wind before civil "
                + "defence teams brought it under control. Families who lost their tents were moved to a school "
                + "nearby."),
        july.report(
            "cause", day: 19, hour: 12, "Faulty wiring caused deadly Khanke camp fire, officials say",
            "An electrical fault in a tent caused the fire that killed two children and destroyed dozens of "
                + "tents at the Khanke camp on Tuesday, the Duhok civil defence directorate said on Friday. "
                + "Investigators found that a cable feeding a fan had overheated."),
    ]

    private static func storyOf(_ later: ClusterDocument) -> (later: String?, fire: String?) {
        let story = EnglishReports.stories(fire + [later])
        #expect(story["cause"] == story["fire"])
        return (story[later.id], story["fire"])
    }

    /// Compensation for the fire's victims four days on, and for another loss in the same camp.
    private static let victims = july.report(
        "compensation", day: 21, hour: 8, "Khanke fire victims to receive compensation and caravans, Duhok governorate says",
        "The Duhok governorate will pay compensation to the families who lost their tents in the fire that "
            + "destroyed dozens of tents at the Khanke camp last week and will give each of them a caravan, the "
            + "governor's office said on Sunday. The families of the two children who died will receive ten "
            + "million dinars each. Aid groups have distributed food, mattresses and clothes since the fire.")
    private static let hail = july.report(
        "hail", day: 21, hour: 8, "Khanke farmers to receive compensation for hail damage, Duhok governorate says",
        "The Duhok governorate will pay compensation to farmers around the Khanke camp whose wheat and "
            + "vegetables were destroyed by hail last week, the governor's office said on Sunday. Families in the "
            + "camp who farm plots nearby will receive ten million dinars each. Aid groups have distributed seed "
            + "and fertiliser since the storm.")

    @Test func compensationDaysLaterJoinsTheCampFire() {
        let (compensation, fire) = Self.storyOf(Self.victims)
        #expect(compensation == fire)
    }

    @Test func compensationForSomethingElseThereStaysApart() {
        let (hail, fire) = Self.storyOf(Self.hail)
        #expect(hail != fire)
    }

    /// The inquiry's finding four and a half days after the fire's last report, when the fire's
    /// story has closed (96 hours without a report) and the camp's residents have protested since:
    /// it is the fire's, not the protest's, whose reports name the camp too.
    @Test func aFindingAfterTheWindowJoinsTheClosedFireNotTheNextStoryThere() {
        let protest = Self.july.report(
            "protest", day: 20, hour: 9, "Khanke camp residents block road over aid cuts",
            "Hundreds of displaced Yazidis from the Khanke camp blocked the road to Duhok on Saturday in protest "
                + "at cuts to food aid and electricity in the camp, whose families lost dozens of tents last week. "
                + "Camp officials said the cuts were ordered by aid groups short of money.")
        let protest2 = Self.july.report(
            "protest-2", day: 20, hour: 11, "Yazidis at Khanke camp protest aid cuts, close Duhok road",
            "Displaced Yazidis at the Khanke camp closed the Duhok road for hours on Saturday to protest at cuts "
                + "to food aid and power in the camp, residents said. Families who lost their tents last week "
                + "said they now had neither shelter nor food.")
        let finding = Self.july.report(
            "finding", day: 21, hour: 16, "Khanke camp fire caused by faulty wiring, inquiry finds",
            "An inquiry found that an overheated cable feeding a fan caused the fire that killed two children and "
                + "destroyed dozens of tents at the Khanke camp for displaced Yazidis, the Duhok civil defence "
                + "directorate said. The camp administration will ban fans on long cables in tents.")
        let story = EnglishReports.stories(Array(Self.fire.prefix(2)) + [protest, protest2, finding])
        #expect(story["finding"] == story["fire"])
        #expect(story["protest"] != story["fire"])
    }

    /// Found by review: in the window after the story's, a headline telling a toll of its own is
    /// another fire's first report, whatever else it says ("…; inquiry opened").
    @Test func anotherFireThereAfterTheWindowStaysApart() {
        let another = Self.july.report(
            "another", day: 23, hour: 9, "Fire at Khanke camp kills child; inquiry opened",
            "A fire broke out in a tent at the Khanke camp for displaced Yazidis on Thursday night, killing a "
                + "seven-year-old boy, the camp administration said. Civil defence teams put out the blaze within "
                + "an hour, and the Duhok governorate opened an inquiry into its cause.")
        let story = EnglishReports.stories(Array(Self.fire.prefix(2)) + [another])
        #expect(story["fire-2"] == story["fire"])
        #expect(story["another"] != story["fire"])
    }
}
