import Testing

@testable import StoryClustering

/// Headlines telling two kinds of happening that cannot be one (a fire and a power line brought
/// down by a storm) keep two reports in one language apart even when their copy shares the wire's
/// framing (the place line, the displaced families, "officials said"); a power cut after the fire
/// or flood that caused it is that happening's.
@Suite struct KindsApartTests {
    private let labelled = LabelledReports(base: 1_916_700_000)

    @Test func aStormsPowerCutAndACampFireStayApart() {
        let reports = [
            labelled.report(
                "A1", "Storm brings down power line, leaving thousands without electricity in north Iraq",
                "Erbil (Iraq) – Thousands of people in Iraq's Kurdistan region were left without electricity on Friday after a dust storm with strong winds brought down several pylons of a high-voltage line overnight, officials said. The collapse of the line between Khabat and Gwer, southwest of Erbil, cut power to dozens of villages and to camps housing families displaced by the war against the Islamic State group, a spokesman for the electricity directorate said. Crews were working to divert power through another line, he said.",
                minutes: 0, language: "en"),
            labelled.report(
                "B1", "Woman killed as fire ravages displacement camp in north Iraq",
                "Erbil (Iraq) – An elderly woman was killed and several people were injured on Friday when fire ripped through a camp for displaced families between Mosul and Erbil, officials said. Around 30 tents were destroyed in the Khazir camp, which houses families displaced by the war against the Islamic State group who have yet to return home, a spokesman for the civil defence directorate said. Crews were working through the afternoon to put out the last of the flames, he said.",
                minutes: 400, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    @Test func aPowerCutAfterTheFireThatCausedItIsOfItsStory() {
        // Found by review: an outage-only follow-up was cut off from the fire, flood or bombing that
        // brought the power down. A power cut may follow those; a fire after a power cut may not.
        let reports = [
            labelled.report(
                "A1", "Fire breaks out at Kirkuk gas power station",
                "A fire broke out on Sunday evening at the gas-fired power station in northern Kirkuk, damaging two turbines, civil defence officials said. Firefighters brought the blaze under control after two hours and no one was hurt. The cause of the fire was being investigated, a station engineer said.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "Power cuts hit Kirkuk after power station damaged",
                "Large parts of Kirkuk had power cuts on Monday after two turbines of the gas-fired power station in northern Kirkuk were damaged on Sunday evening, officials said. A station engineer said repairs to the turbines could take a week and that the cause was still being investigated.",
                minutes: 780, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
        let fire = kindsOf("Fire at power station")
        let flood = kindsOf("Flash floods hit Duhok")
        let crash = kindsOf("Deadly road accident on Kut highway")
        let bombing = kindsOf("Car bomb explosion in Basra")
        #expect(Gazetteer.leavesWithoutPower(kindsOf("Power cuts hit Kirkuk"), after: fire))
        #expect(Gazetteer.leavesWithoutPower(kindsOf("Villages without electricity"), after: flood))
        #expect(!Gazetteer.leavesWithoutPower(kindsOf("Fire ravages camp"), after: kindsOf("Power cuts hit Erbil")))
        // A crash may be told as its fire, but it cuts no town's power.
        #expect(crash != 0)
        #expect(!Gazetteer.leavesWithoutPower(kindsOf("Power cuts hit Amarah"), after: crash))
        // A protest over power cuts is a protest, not what a bombing left behind (found by review).
        #expect(!Gazetteer.leavesWithoutPower(kindsOf("Protest over power cuts in Basra"), after: bombing))
    }

    private func kindsOf(_ title: String) -> UInt64 { HeadlineFeatures.of(title, language: "en").titleKinds }

    @Test func wordsForBeingLeftWithoutPowerTellAPowerCut() {
        let english = HeadlineFeatures.of("Thousands without electricity after storm in Erbil", language: "en")
        let arabic = HeadlineFeatures.of("قرى في أطراف الموصل بلا كهرباء منذ يومين", language: "ar")
        let fire = HeadlineFeatures.of("Fire ravages displacement camp", language: "en")
        #expect(english.titleKinds != 0)
        #expect(english.titleKinds == arabic.titleKinds)
        #expect(fire.titleKinds != 0 && fire.titleKinds != english.titleKinds)
        // "Without power to act" is no outage (found by review).
        let council = HeadlineFeatures.of("Basra governor says council without power to meet demands", language: "en")
        #expect(council.titleKinds == 0)
        let homes = HeadlineFeatures.of("Thousands of homes without power in Duhok", language: "en")
        #expect(homes.titleKinds == english.titleKinds)
        let deal = HeadlineFeatures.of("Parties remain without power-sharing deal in Kirkuk", language: "en")
        #expect(deal.titleKinds == 0)
    }
}
