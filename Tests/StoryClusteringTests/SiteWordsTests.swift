import Testing

@testable import StoryClustering

/// The sites headlines name (``SiteWords``), inside a kind phrase ("hotel fire") or not, in the four
/// languages, and the report of what followed that shares only its site with its happening's
/// headlines.
@Suite struct SiteWordsTests {
    private static func sites(_ title: String, _ language: String) -> [String] {
        let mask = HeadlineFeatures.of(title, language: language).titleSites
        return SiteWords.classes.indices.filter { mask & (1 << UInt64($0)) != 0 }.map { SiteWords.classes[$0].name }
    }

    @Test(arguments: [
        ("Iraq hotel fire toll rises to four", "en", ["hotel"]),
        ("Fire at Karbala hotel kills three, injures 19", "en", ["hotel"]),
        ("اعتقال صاحب الفندق المحترق في كربلاء", "ar", ["hotel"]),
        ("خاوەن و بەڕێوەبەری هوتێلە سووتاوەکەی کەربەلا دەستگیر کران", "ckb", ["hotel"]),
        ("Xwediyê otêla şewitî ya Kerbelayê hat girtin", "kmr", ["hotel"]),
        ("Fire guts dozens of shops in Hindiya's main market", "en", ["market"]),
        ("حريق كبير يلتهم عشرات المحال في سوق طويريج", "ar", ["market"]),
        ("Mourners bury victims of Iraq bus crash as toll rises to seven", "en", ["bus"]),
        ("Two killed as fuel tanker and car collide near Ishaqi", "en", ["truck", "car"]),
        ("Gunmen kill three farmers in north Iraq orchard", "en", ["farm"]),
        ("حريق في حقل نفطي شمال البصرة", "ar", ["farm", "oil"]),
    ])
    func aHeadlineNamesItsSitesInAnyLanguage(title: String, language: String, expected: [String]) {
        #expect(Self.sites(title, language) == expected, "\(title)")
    }

    /// Words that are also common words of the language name no site: Kurmanji "pir" (very), "bîr"
    /// (memory), "mal" (goods); nor does a headline of a meeting.
    @Test(arguments: [
        ("Pir kes li Hewlêrê beşdarî xwepêşandanê bûn", "kmr"),
        ("Xelk bîra qurbaniyan bi bîr tînin", "kmr"),
        ("PUK delegation meets Coordination Framework leaders in Baghdad", "en"),
    ])
    func commonWordsNameNoSite(title: String, language: String) {
        #expect(Self.sites(title, language).isEmpty, "\(title)")
    }

    /// A site class for each bit of the mask.
    @Test func theClassesFitTheMask() {
        #expect(SiteWords.classes.count <= 64)
    }

    private let labelled = LabelledReports(base: 1_894_650_000)

    /// "Iraq hotel fire toll rises to four" the morning after "Fire at Karbala hotel kills three":
    /// a report of what followed whose headline shares only the hotel with the fire's, inside the
    /// kind phrase "hotel fire", and whose copy retells little, joins the fire's story at the bar of
    /// what followed. The bus crash and the drowning of those hours stay apart.
    @Test func aTollRisingAtTheSameSiteJoinsThoughAKindPhraseHoldsTheSite() {
        let reports = [
            labelled.report(
                "A1", "Fire at Karbala hotel kills three, injures 19",
                "Three people were killed and 19 others injured on Monday night when a fire broke out in a five-storey hotel in the Bab Baghdad area of central Karbala, a civil defence official said. The fire started at around 9:40 pm on the ground floor and spread to the upper floors, where most of the guests, pilgrims from Iraq and abroad, were asleep.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "Fire at hotel in Iraq's Karbala kills three",
                "A fire ripped through a hotel near the shrines of the Shiite holy city of Karbala on Monday night, killing three guests and injuring 19, Iraq's civil defence said. The cause of the blaze was not immediately known.",
                minutes: 15, language: "en"),
            labelled.report(
                "B1", "Bus carrying pilgrims overturns on Karbala-Najaf road, six killed",
                "Six pilgrims were killed and 26 injured early on Tuesday when their bus overturned on the highway between Karbala and Najaf near Haidariya, traffic police said. The driver lost control of the vehicle at high speed.",
                minutes: 560, language: "en"),
            labelled.report(
                "A3", "Iraq hotel fire toll rises to four",
                "The death toll from Monday night's hotel fire in the Iraqi city of Karbala rose to four on Tuesday after an elderly woman died of her injuries, a health official said. Fifteen of the injured guests have left hospital.",
                minutes: 840, language: "en"),
            labelled.report(
                "C1", "Two young men drown after boat capsizes in Razzaza lake",
                "Two young men drowned on Tuesday afternoon when their small boat capsized in Razzaza lake west of Karbala, civil defence divers said. The body of one was recovered and the search for the other continues.",
                minutes: 1230, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }
}
