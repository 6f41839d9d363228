import Testing

@testable import StoryClustering

/// A wire's feature sets a scene before a comma ("In Iraq's Fao, the sea is killing the date
/// palms"): a day after a happening began that it recalls, it is a piece of its own, while a report
/// of that happening the same day or naming its kind, or a headline opening with a time or a count,
/// is read as any other.
@Suite struct SceneHeadlineTests {
    @Test func aPlaceSetOffByACommaSetsAScene() {
        for title in [
            "In Iraq's Fao, the sea is killing the date palms",
            "At Iraq's shrinking Razzaza lake, fishermen give up",
            "On the Euphrates, Iraq's last waterwheels turn again",
            "In sweltering Baghdad, the generator men rule the night",
            "Along the Tigris, fishermen of Kut fear a bleak summer",
            "Fifteen years on, Yazidis in Iraq's camps weigh the road home",
            "Ten years after the siege of Amerli, its farmers return",
            "A decade after the flood, Duhok's valley farmers replant",
        ] {
            #expect(SceneHeadline.setsScene(title, language: "en"), "\(title)")
        }
    }

    @Test func aTimeACountOrAFormatSetsNoScene() {
        for (title, language) in [
            ("At least five killed in Kirkuk bombing, police say", "en"),  // a count
            ("On Monday, parliament failed to elect a speaker", "en"),  // a time
            ("In 2024, Iraq's oil exports rose to a record", "en"),  // a figure
            ("In the wake of the Erbil blast, checkpoints multiply", "en"),  // a time
            ("In pictures, Newroz fires light up Akre", "en"),  // a format
            ("On Monday's anniversary, Halabja remembers its dead", "en"),  // a time
            ("In Other News, Erbil airport adds flights to Vienna", "en"),  // a format, title-cased
            ("in the marshes, buffalo herders count their losses", "en"),  // nothing capitalised
            ("Fire in Erbil's bazaar, dozens of shops burned", "en"),  // no preposition first
            ("In Iraq's Fao, farmers protest", "en"),  // too little after the comma
            ("Years after IS, Sinjar's farmers return to their fields", "en"),  // no span counted
            ("In Iraq's Fao, the sea is killing the date palms", "ar"),  // English only
        ] {
            #expect(!SceneHeadline.setsScene(title, language: language), "\(title)")
        }
    }

    private let labelled = LabelledReports(base: 1_779_350_400)
    private static let day: Int64 = 24 * 60

    private var protest: [ClusterDocument] {
        [
            labelled.report(
                "A1", "Fao date farmers block main road over rising salinity",
                "Date farmers in Fao blocked the main road to Basra on Tuesday in protest at the rising salinity of the Shatt al-Arab, which they say is killing their palms. The Ministry of Water Resources said it would raise releases from upstream dams. Farmers said salt water now reaches orchards ten kilometres inland.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "Iraqi date farmers protest as sea water creeps up Shatt al-Arab",
                "Farmers in the southern Iraqi district of Fao protested on Tuesday against the salt water creeping up the Shatt al-Arab, blocking the road to Basra for hours. They said their date palms were dying and demanded more water releases from the Ministry of Water Resources.",
                minutes: 240, language: "en"),
        ]
    }

    /// A day and a quarter after the protest began, within two days of its last report: only the
    /// scene sets the feature apart.
    @Test func aFeatureADayLaterIsAPieceOfItsOwn() {
        let feature = labelled.report(
            "B1", "In Iraq's Fao, the sea is killing the date palms",
            "The Shatt al-Arab used to bring sweet water to the palms of Fao. Now the tide carries salt from the Gulf ten kilometres inland, and date farmers who protested on the Basra road this week say their orchards are dying. The Ministry of Water Resources blames low releases from upstream dams and the drought.",
            minutes: 30 * 60, language: "en")
        LabelledReports.expectKeptAsLabelled(protest + [feature])
        // Nor does a report of the protest, coming after the feature, bring it back in.
        let next = labelled.report(
            "A3", "Fao farmers keep Basra road blocked over salinity for a second day",
            "Date farmers in Fao kept the main road to Basra blocked on Wednesday in protest at the salt water of the Shatt al-Arab, which they say is killing their palms, as the Ministry of Water Resources said releases from upstream dams had been raised.",
            minutes: 31 * 60, language: "en")
        LabelledReports.expectKeptAsLabelled(protest + [feature, next])
    }

    @Test func aSceneNamingTheStorysKindADayLaterJoinsIt() {
        let dispatch = labelled.report(
            "A3", "On the Basra road, Fao farmers keep up their salinity protest",
            "Date farmers from Fao kept the main road to Basra blocked on Wednesday in protest at the salt water of the Shatt al-Arab, which they say is killing their palms. The Ministry of Water Resources promised to raise releases from upstream dams.",
            minutes: 30 * 60, language: "en")
        LabelledReports.expectKeptAsLabelled(protest + [dispatch])
    }

    @Test func aSceneOfTheDaysHappeningJoinsItsStory() {
        let dispatch = labelled.report(
            "A3", "On the Basra road, Fao's date farmers block traffic over salt water",
            "Date farmers from Fao blocked the main road to Basra on Tuesday in protest at the salt water of the Shatt al-Arab, which they say is killing their palms. They demanded more releases from the Ministry of Water Resources, which promised to raise them.",
            minutes: 300, language: "en")
        LabelledReports.expectKeptAsLabelled(protest + [dispatch])
    }
}
