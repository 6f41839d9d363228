import Testing

@testable import StoryClustering

/// An earthquake's flashes, first reports, the damage counted the next day and the compensation
/// after it share few words and, across languages, few anchors; stories of a quake begun within two
/// days of each other and naming one place of the region are one quake's. A quake felt in another
/// governorate the next day is another.
@Suite struct QuakeStoriesTests {
    private let labelled = LabelledReports(base: 1_903_190_460)

    @Test func aQuakesFlashesDamageAndCompensationAreOneStory() {
        let reports = [
            labelled.report(
                "A1", "بەپەلە: بوومەلەرزەیەک هەستی پێکرا",
                "",
                minutes: 0, language: "ckb"),
            labelled.report(
                "A2", "Moderate quake shakes Iraq's Kurdistan region, 17 hurt",
                "An earthquake of magnitude 4.9 shook Sulaimani province on Tuesday evening, Iraq's seismic monitoring authority said. Its centre was near Darbandikhan, 10 kilometres deep. Seventeen people were hurt, most of them jumping from balconies in panic, health officials said, and the tremor was felt in Kirkuk and Diyala.",
                minutes: 20, language: "en"),
            labelled.report(
                "A3", "زلزال يضرب دربندخان ويشعر به سكان السليمانية وكركوك",
                "ضرب زلزال بقوة 4.9 درجات مساء الثلاثاء منطقة دربندخان في محافظة السليمانية، وشعر به سكان كركوك وديالى، فيما أفادت دائرة صحة السليمانية بإصابة 17 شخصاً بجروح طفيفة.",
                minutes: 50, language: "ar"),
            labelled.report(
                "A4", "Darbandikhan quake: 140 houses damaged, engineers say dam is safe",
                "Engineers who inspected the Darbandikhan dam on Wednesday found no damage after Tuesday night's earthquake, the dam's director said. Local officials counted 140 damaged houses in Darbandikhan and nearby villages, and families spent the night outdoors as aftershocks continued.",
                minutes: 840, language: "en"),
            labelled.report(
                "A5", "Sulaimani forms committee to compensate quake-hit families",
                "Sulaimani's governor's office on Thursday formed a committee to assess and compensate the damage in Darbandikhan, where more than 200 homes were damaged. Tents were handed out to 60 families whose houses are unsafe.",
                minutes: 2400, language: "en"),
            labelled.report(
                "B1", "Quake shakes Zakho, no casualties reported",
                "An earthquake of magnitude 4.1 shook Zakho in Duhok province on Wednesday night, its centre across the border in Sirnak province, Turkey. No casualties or damage were reported, Duhok's civil defence said.",
                minutes: 1800, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    @Test func quakesFarAwayNamingNoPlaceOfTheRegionMayBeTwo() {
        let reports = [
            labelled.report(
                "A1", "Strong earthquake hits eastern Indonesia, buildings damaged",
                "A magnitude 6.2 earthquake struck off the island of Sulawesi on Monday, damaging dozens of buildings in the town of Luwuk, the disaster agency said. No tsunami warning was issued.",
                minutes: 0, language: "en"),
            labelled.report(
                "B1", "Earthquake shakes northern Chile, no damage reported",
                "A magnitude 5.8 earthquake shook the Antofagasta region of northern Chile on Tuesday, the national seismological centre said. There were no reports of damage or casualties.",
                minutes: 1500, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    @Test func anotherQuakeInAnotherTownOfTheGovernorateIsAnother() {
        let reports = [
            labelled.report(
                "A1", "4.6 magnitude earthquake strikes Halabja",
                "An earthquake of magnitude 4.6 struck Halabja province on Monday morning, the seismology directorate said. The tremor was felt in Sulaymaniyah and Darbandikhan. No casualties were reported.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "Halabja quake damages dozens of homes",
                "Dozens of homes were damaged by Monday's earthquake in Halabja, officials said. Teams from Sulaymaniyah assessed the damage in villages near the border.",
                minutes: 420, language: "en"),
            labelled.report(
                "B1", "Another earthquake hits Penjwen, two days after Halabja tremor",
                "A new earthquake of magnitude 5.1 struck Penjwen district on Wednesday, the seismology directorate said. The quake was felt across Sulaymaniyah province. Two people were injured in Penjwen.",
                minutes: 2760, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }
}
