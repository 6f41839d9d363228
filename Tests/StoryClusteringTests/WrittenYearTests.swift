import Testing

@testable import StoryClustering

/// An article without a date is placed in time by the years it writes: a year after a dated
/// story's last report means it was written later, about another event; a year long before says
/// nothing (reports recall the past), and a decade ("the 2030s") is no year at all.
@Suite struct WrittenYearTests {
    /// Two dated wire reports of one trade, March 2012.
    private static let trade = [
        ClusterDocument(
            id: "ap", source: "ap",
            title: "Dolphins trade receiver Brandon Marshall to Chicago Bears",
            text: """
                The Miami Dolphins traded wide receiver Brandon Marshall to the Chicago Bears on Tuesday \
                for two third-round draft picks, reuniting him with quarterback Jay Cutler. Marshall caught \
                81 passes for the Dolphins last season.
                """,
            published: CivilDate.noon(2012, 3, 13), language: "en"),
        ClusterDocument(
            id: "espn", source: "espn",
            title: "Bears acquire Brandon Marshall from Dolphins for third-round picks",
            text: """
                The Chicago Bears acquired wide receiver Brandon Marshall from the Miami Dolphins on Tuesday \
                for two third-round draft picks. Marshall is reunited with quarterback Jay Cutler, his \
                teammate in Denver.
                """,
            published: CivilDate.noon(2012, 3, 13) + 3_600, language: "en"),
    ]

    /// An undated report of the trade that only writes `year` as the year Marshall came to Miami.
    private static func undatedReport(recalling year: Int) -> ClusterDocument {
        ClusterDocument(
            id: "herald", source: "herald",
            title: "Dolphins trade Brandon Marshall to Bears for third-round picks",
            text: """
                The Miami Dolphins traded wide receiver Brandon Marshall to the Chicago Bears on Tuesday \
                for two third-round draft picks. Marshall, who came to Miami from Denver in \(year), joins \
                quarterback Jay Cutler again in Chicago.
                """,
            language: "en")
    }

    private static func stories(_ documents: [ClusterDocument], yearGap: Int = 1) -> [String: String] {
        var configuration = StoryClusterer.Configuration()
        configuration.yearGap = yearGap
        let assignments = StoryClusterer(configuration: configuration).cluster(documents)
        return Dictionary(uniqueKeysWithValues: assignments.map { ($0.documentID, $0.storyKey) })
    }

    @Test func anUndatedReportRecallingAnEarlierYearJoinsItsStory() {
        let story = Self.stories(Self.trade + [Self.undatedReport(recalling: 2010)])
        #expect(story["ap"] == story["espn"])
        #expect(story["herald"] == story["ap"], "2010 is when Marshall came to Miami, not when this was written")
    }

    /// A report of an outlet of its own (its id), dated or not.
    private static func report(
        _ id: String, _ title: String, _ text: String, _ published: Int64? = nil, language: String = "en"
    ) -> ClusterDocument {
        ClusterDocument(id: id, source: id, title: title, text: text, published: published, language: language)
    }

    /// Undated reports that write no year of a dated story's time (none at all, or only years long
    /// before it) are compared with it as reports from outside its days: two undated reports of an
    /// older emergency patch of Internet Explorer (passwords stolen through poisoned sites) keep to
    /// themselves, out of the dated story of this year's (a Fix it tool against targeted attacks),
    /// which words common to every such patch would have joined them to; an undated report writing
    /// the story's year joins it.
    @Test func undatedReportsWritingNoYearOfADatedStoryKeepToThemselves() {
        let documents = [
            Self.report(
                "d1", "Microsoft rushes out emergency fix for Internet Explorer flaw",
                "Microsoft on Tuesday released an emergency security fix for a flaw in every version of Internet "
                    + "Explorer that hackers have used in targeted attacks in Japan, the company said. The temporary "
                    + "Fix it tool blocks the attack until a full patch is ready, Microsoft said in a security advisory.",
                CivilDate.noon(2013, 9, 17)),
            Self.report(
                "d2", "Microsoft issues Fix it for Internet Explorer zero-day",
                "Microsoft issued a Fix it tool for an Internet Explorer zero-day flaw that attackers have exploited in "
                    + "targeted attacks in Japan, and urged users to apply it until a full patch is released. The flaw "
                    + "affects all supported versions of the browser, the company said.",
                CivilDate.noon(2013, 9, 18)),
            Self.report(
                "u1", "Patch closes Internet Explorer hole used to steal game passwords",
                "Microsoft released an emergency patch for Internet Explorer on Wednesday after hackers poisoned "
                    + "legitimate websites to take over computers and steal passwords for online games, security "
                    + "researchers said."),
            Self.report(
                "u2", "Hackers stole game passwords through Internet Explorer hole, researchers say",
                "Microsoft patched Internet Explorer on Wednesday after hackers poisoned legitimate websites through "
                    + "SQL injection, taking over computers to steal passwords for online games, security researchers "
                    + "said."),
            Self.report(
                "u3", "Microsoft Fix it blocks Internet Explorer attacks",
                "Microsoft said its Fix it tool, released on Tuesday for a zero-day flaw in every version of Internet "
                    + "Explorer exploited in targeted attacks in Japan in 2013, blocks the attack until a full patch is "
                    + "ready."),
        ]
        let story = Self.stories(documents)
        #expect(story["d2"] == story["d1"])
        #expect(story["u3"] == story["d1"], "it writes 2013")
        #expect(story["u2"] == story["u1"])
        #expect(story["u1"] != story["d1"], "nothing places the older patch's reports in 2013")
        // With the year check off, words shared by every such patch join them.
        let unchecked = Self.stories(documents, yearGap: -1)
        #expect(unchecked["u1"] == unchecked["d1"])
    }

    /// Stories told in other languages merge through their anchors (the town, a figure) by the
    /// same year check as stories of one language: two undated Arabic reports of an older fire in
    /// Zakho's old market (25 shops, no year written) join each other and stay out of the dated
    /// English story of this year's (40 shops); an undated Arabic report writing 2026 joins it.
    @Test func storiesInOtherLanguagesMergeByTheSameYearCheck() {
        let english = [
            Self.report(
                "e1", "Fire guts dozens of shops in Zakho market",
                "A large fire broke out on Tuesday in the main market of Zakho in Duhok province, "
                    + "destroying about 40 shops, civil defence officials said. Firefighters battled the blaze "
                    + "for more than four hours before bringing it under control. No casualties were reported, "
                    + "and an electrical fault was suspected as the cause.",
                CivilDate.noon(2026, 7, 14) - 3 * 3600),
            Self.report(
                "e2", "Blaze destroys 40 shops in Zakho's old bazaar",
                "Firefighters in Zakho extinguished a fire that swept through the town's old bazaar on "
                    + "Tuesday, burning around 40 shops and stalls, the Duhok civil defence directorate said. "
                    + "Traders said the fire started in a clothing shop shortly after dawn. Officials said an "
                    + "investigation was under way.",
                CivilDate.noon(2026, 7, 14) - 1_800),
            Self.report(
                "e3", "Zakho traders count losses after market fire",
                "Shop owners in Zakho on Wednesday counted heavy losses after a fire destroyed about 40 "
                    + "shops in the town's central market a day earlier. The mayor of Zakho said the local "
                    + "administration would form a committee to assess the damage and compensate traders.",
                CivilDate.noon(2026, 7, 15) - 4 * 3600),
        ]
        let arabic = [
            Self.report(
                "a1", "حريق يلتهم عشرات المحال في السوق القديم",
                "اندلع حريق كبير فجر اليوم في السوق القديم بمدينة زاخو القريبة من منفذ إبراهيم الخليل "
                    + "الحدودي، وأتى على نحو 25 محلا تجاريا، بحسب مديرية الدفاع المدني. وقالت المديرية إن فرق "
                    + "الإطفاء تمكنت من إخماد النيران بعد أكثر من أربع ساعات، دون وقوع إصابات بشرية، مشيرة إلى "
                    + "أن تماسا كهربائيا قد يكون سبب الحادث.", language: "ar"),
            Self.report(
                "a2", "الدفاع المدني يخمد حريقا في السوق القديم",
                "أخمدت فرق الإطفاء التابعة للدفاع المدني حريقا كبيرا اندلع فجر اليوم في السوق القديم "
                    + "بمدينة زاخو المحاذية للحدود التركية، وأتى على 25 محلا تجاريا لبيع الملابس والأقمشة. وقال "
                    + "شهود عيان إن النيران امتدت بسرعة بسبب ضيق الأزقة، فيما أكدت السلطات المحلية عدم وقوع "
                    + "إصابات بشرية ورجحت أن يكون تماس كهربائي سبب الحريق.", language: "ar"),
        ]
        let control = Self.report(
            "c1", "تجار زاخو يحصون خسائرهم بعد حريق السوق",
            "أحصى تجار في زاخو خسائرهم بعد حريق أتى على نحو 40 محلا في السوق المركزي للمدينة، في أكبر "
                + "حريق تشهده زاخو خلال عام 2026. وقال رئيس بلدية زاخو إن الإدارة المحلية ستشكل لجنة لتقدير "
                + "الأضرار وتعويض المتضررين.", language: "ar")
        for order in [arabic, arabic.reversed()] {
            let story = Self.stories(english + order + [control])
            #expect(story["e2"] == story["e1"])
            #expect(story["e3"] == story["e1"])
            #expect(story["a2"] == story["a1"])
            #expect(story["a1"] != story["e1"], "nothing places the older fire's reports in 2026")
            #expect(story["c1"] == story["e1"], "it writes 2026")
        }
    }

    /// Found by review: an undated headline alone writes no year of any story, and says too little
    /// to be held to the full bar; it still joins the dated story of its happening.
    @Test func anUndatedHeadlineStillJoinsItsDatedStory() {
        let documents = [
            ClusterDocument(
                id: "d1", source: "d1", title: "Car bomb kills five at Kirkuk market",
                text: "A car bomb exploded in a crowded vegetable market in the centre of Kirkuk on Monday morning, "
                    + "killing five people and wounding 23, police and health officials said. The blast damaged "
                    + "dozens of stalls and set several cars on fire. No group immediately claimed the attack.",
                published: CivilDate.noon(2026, 3, 9), language: "en"),
            ClusterDocument(
                id: "d2", source: "d2", title: "Kirkuk market car bomb toll rises to seven",
                text: "The death toll from Monday's car bomb in a Kirkuk vegetable market rose to seven after two of "
                    + "the wounded died in hospital, health officials said. Police said the car had been parked near "
                    + "the market entrance since dawn.",
                published: CivilDate.noon(2026, 3, 9) + 6 * 3600, language: "en"),
            ClusterDocument(id: "u", source: "u", title: "Iraq: deadly car bomb in Kirkuk", language: "en"),
        ]
        let story = Self.stories(documents)
        #expect(story["d2"] == story["d1"])
        #expect(story["u"] == story["d1"])
    }

    @Test func anUndatedReportNamingALaterYearStaysApart() {
        let documents = Self.trade + [Self.undatedReport(recalling: 2014)]
        let story = Self.stories(documents)
        #expect(story["ap"] == story["espn"])
        #expect(story["herald"] != story["ap"], "a report naming 2014 was written two years after the trade")
        // The written year is what keeps it apart: with the check off, it is the same story.
        let unchecked = Self.stories(documents, yearGap: -1)
        #expect(unchecked["herald"] == unchecked["ap"])
        // `yearGap` is how many years later a written year may be: two, and 2014 fits a story of 2012.
        let lenient = Self.stories(documents, yearGap: 2)
        #expect(lenient["herald"] == lenient["ap"])
    }

    /// Two dated reports of one decision, January 2019.
    private static let coal = [
        ClusterDocument(
            id: "reuters", source: "reuters",
            title: "Germany's coal commission agrees to end coal power",
            text: """
                Germany's coal commission agreed on Saturday to shut all of the country's coal-fired \
                power plants, after a marathon session in Berlin. The commission proposed 40 billion \
                euros in aid for the mining regions of Lusatia and the Rhineland.
                """,
            published: CivilDate.noon(2019, 1, 26), language: "en"),
        ClusterDocument(
            id: "dw", source: "dw",
            title: "German coal commission agrees to phase out coal power",
            text: """
                The German coal commission agreed on Saturday in Berlin to close all coal-fired power \
                plants and proposed 40 billion euros in aid for the mining regions of Lusatia and the \
                Rhineland.
                """,
            published: CivilDate.noon(2019, 1, 26) + 5_400, language: "en"),
    ]

    /// An undated report of the decision that says when the plants shut: `when`.
    private static func undatedCoalReport(shutting when: String) -> ClusterDocument {
        ClusterDocument(
            id: "guardian", source: "guardian",
            title: "Germany's coal commission agrees to shut coal power plants",
            text: """
                Germany's coal commission agreed on Saturday in Berlin to shut all coal-fired power plants \
                \(when), and proposed 40 billion euros in aid for the mining regions of Lusatia and the \
                Rhineland.
                """,
            language: "en")
    }

    @Test func aDecadeIsNoWrittenYear() {
        let story = Self.stories(Self.coal + [Self.undatedCoalReport(shutting: "in the late 2030s")])
        #expect(story["reuters"] == story["dw"])
        #expect(story["guardian"] == story["reuters"], "'the late 2030s' is a plan, not the year it was written")
        #expect(HeadlineFeatures.of("Coal to end in the 2030s", language: "en").latestYear == nil)
        #expect(HeadlineFeatures.of("Songs of the 1940's return", language: "en").latestYear == nil)
        #expect(HeadlineFeatures.of("Çandiniya Kurdistanê di salên 2030an de", language: "kmr").latestYear == nil)
        #expect(HeadlineFeatures.of("In 2030 an accord was signed", language: "en").latestYear == 2030)
        #expect(HeadlineFeatures.of("Coal to end in 2038", language: "en").latestYear == 2038)
        // A possessive is a year: the tokens are those of a decade, but the year is not round.
        #expect(HeadlineFeatures.of("After 2014's World Cup, Brazil rebuilds", language: "en").latestYear == 2014)
    }

    @Test func aDeadlineIsNoWrittenYear() {
        // Shut "by 2038": a plan, and the undated report joins the story of 2019.
        let planned = Self.stories(Self.coal + [Self.undatedCoalReport(shutting: "by 2038")])
        #expect(planned["guardian"] == planned["reuters"], "'by 2038' is a deadline, not the year it was written")
        // Shut "in 2038" reads as a year written (the report may be of 2038): it stays apart.
        let written = Self.stories(Self.coal + [Self.undatedCoalReport(shutting: "in 2038")])
        #expect(written["guardian"] != written["reuters"])
        #expect(HeadlineFeatures.of("Germany to close coal plants by the end of 2038", language: "en").latestYear == nil)
        #expect(HeadlineFeatures.of("Oil output to stay capped until 2027", language: "en").latestYear == nil)
        #expect(HeadlineFeatures.of("Two men arrested by police in 2013", language: "en").latestYear == 2013)
        #expect(HeadlineFeatures.of("Subsidies stay until at least 2030", language: "en").latestYear == nil)
        #expect(HeadlineFeatures.of("Plants to shut by the end of the year 2030", language: "en").latestYear == nil)
        // The end of a range is a year the report looks back on.
        #expect(HeadlineFeatures.of("Output fell from 2014 until 2024", language: "en").latestYear == 2024)
        #expect(HeadlineFeatures.of("تراجع الإنتاج من 2014 حتى 2024", language: "ar").latestYear == 2024)
        #expect(HeadlineFeatures.of("الخطة مستمرة وحتى عام 2030", language: "ar").latestYear == nil)
        #expect(HeadlineFeatures.of("پڕۆژەکە تاکو ساڵی 2030 تەواو دەبێت", language: "ckb").latestYear == nil)
        #expect(HeadlineFeatures.of("العراق يخطط لإنهاء حرق الغاز بحلول عام 2030", language: "ar").latestYear == nil)
        #expect(HeadlineFeatures.of("افتتاح المصفى الجديد في عام 2030", language: "ar").latestYear == 2030)
        #expect(HeadlineFeatures.of("هەرێم تا کۆتایی ساڵی 2030 کارەبای 24 کاتژمێری دابین دەکات", language: "ckb").latestYear == nil)
        #expect(HeadlineFeatures.of("Herêm heta dawiya sala 2030 dê elektrîka 24 saetan dabîn bike", language: "kmr").latestYear == nil)
    }
}
