import Testing

@testable import StoryClustering

/// Behaviour of the clusterer on small documents written for these tests.
@Suite struct StoryClustererTests {
    private static let day: Int64 = 86_400
    private static let base: Int64 = 1_760_000_000

    private static let fireA = ClusterDocument(
        id: "fire-a", source: "herald",
        title: "Warehouse fire in Portsmouth destroys historic dockyard building",
        text: """
            A large fire swept through a Victorian warehouse at the Portsmouth dockyard on Tuesday night, \
            destroying the roof and most of the timber frame. Hampshire Fire and Rescue Service sent twelve \
            engines and about 70 firefighters. Nobody was injured, the service said. The cause of the blaze \
            is under investigation.
            """,
        published: base, language: "en")
    private static let fireB = ClusterDocument(
        id: "fire-b", source: "gazette",
        title: "Firefighters battle blaze at Portsmouth dockyard warehouse",
        text: """
            Around 70 firefighters from Hampshire Fire and Rescue Service fought a fire that destroyed a \
            historic warehouse in the Portsmouth dockyard late on Tuesday. Twelve engines attended and the \
            roof collapsed. No injuries were reported and investigators are examining the cause of the blaze.
            """,
        published: base + 3_600, language: "en")
    private static let election = ClusterDocument(
        id: "vote", source: "tribune",
        title: "Norway's Labour party wins most seats in parliamentary election",
        text: """
            Norway's Labour party won the largest share of seats in the Storting on Monday, official results \
            showed, leaving the prime minister on course to form a minority government with the support of \
            smaller left-leaning parties. Turnout was slightly below the previous election.
            """,
        published: base + 7_200, language: "en")

    private static func partition(_ assignments: [StoryAssignment]) -> Set<[String]> {
        var groups: [String: [String]] = [:]
        for assignment in assignments { groups[assignment.storyKey, default: []].append(assignment.documentID) }
        return Set(groups.values.map { $0.sorted() })
    }

    /// English headline-only items from different desks, ten minutes apart, in order.
    private static func headlines(_ titles: [(id: String, title: String)]) -> [ClusterDocument] {
        titles.enumerated().map { index, item in
            ClusterDocument(
                id: item.id, source: "desk-\(index)", title: item.title, text: "",
                published: base + Int64(index) * 600, language: "en")
        }
    }

    /// Clusters `first`, `second` and an unrelated election report: `second` joins `first`'s
    /// story, and the election report stays on its own.
    private static func expectSecondJoinsFirst(
        _ first: ClusterDocument, _ second: ClusterDocument, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let result = StoryClusterer().cluster([first, second, election])
        #expect(result[1].storyKey == first.id, "\(result[1])", sourceLocation: sourceLocation)
        #expect(result[2].storyKey == "vote", sourceLocation: sourceLocation)
    }

    @Test func twoReportsOfOneEventJoinAndAnUnrelatedOneStaysApart() {
        let result = StoryClusterer().cluster([Self.fireA, Self.election, Self.fireB])
        #expect(result.map(\.documentID) == ["fire-a", "vote", "fire-b"])
        #expect(Self.partition(result) == [["fire-a", "fire-b"], ["vote"]])
        #expect(result[0].storyKey == "fire-a")
        #expect(result[2].storyKey == "fire-a")
        #expect(result[2].similarity < 1 && result[2].similarity > 0)
        #expect(result[2].sharedTerms.contains("portsmouth"))
        #expect(result[0].similarity == 1)
    }

    @Test func shuffledInputGivesTheSamePartition() {
        let undated = [Self.fireA, Self.fireB, Self.election].map { document -> ClusterDocument in
            var copy = document
            copy.published = nil
            return copy
        }
        let orders = [[0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]]
        let partitions = orders.map { order in
            Self.partition(StoryClusterer().cluster(order.map { undated[$0] }))
        }
        for partition in partitions {
            #expect(partition == partitions[0])
        }
        #expect(partitions[0] == [["fire-a", "fire-b"], ["vote"]])
    }

    /// Three reports of one dam failure: the toll, the warnings before it, and one that covers
    /// both. The warnings report alone is too unlike the toll report to join it; once the third
    /// has joined, the story covers both sides, and the lone warnings report, judged again as if
    /// it arrived now, belongs to it — in every arrival order.
    @Test func loneReportJoinsOnceTheStoryCoversItInEveryOrder() {
        let time = Self.base
        let toll = ClusterDocument(
            id: "toll", source: "s1", title: "Fourteen dead as dam bursts above Velmora",
            text: """
                Fourteen people died and dozens are missing after the Orsk dam burst above Velmora before dawn on \
                Saturday, regional officials said. Rescue teams pulled survivors from flooded homes in the lower \
                town, and army helicopters lifted families from rooftops. Hospitals in Velmora treated more than \
                sixty injured people.
                """,
            published: time, language: "en")
        let warnings = ClusterDocument(
            id: "warnings", source: "s2", title: "Engineers warned of cracks in the Orsk dam for years",
            text: """
                Engineers had warned for years that cracks in the concrete wall of the Orsk dam were widening, \
                inspection reports seen by reporters show. The reservoir was filled beyond its safe level after \
                weeks of rain, and the spillway gates had not been repaired since 2019, the reports say. The \
                operator did not answer questions.
                """,
            published: time, language: "en")
        let both = ClusterDocument(
            id: "both", source: "s3",
            title: "Orsk dam collapse: warnings about cracks ignored before fourteen died in Velmora",
            text: """
                Engineers had warned for years that cracks in the concrete wall of the Orsk dam were widening, \
                inspection reports show, and that its spillway gates had not been repaired since 2019. The \
                operator did not answer questions. On Saturday the dam burst above Velmora, killing fourteen \
                people; dozens are missing. Rescue teams and army helicopters lifted families from flooded homes, \
                and hospitals treated more than sixty injured. The reservoir had been filled beyond its safe level \
                after weeks of rain.
                """,
            published: time, language: "en")
        let budget = ClusterDocument(
            id: "budget", source: "s1", title: "Parliament passes budget after all-night session",
            text: """
                Parliament passed next year's budget after an all-night session on Saturday, with 212 votes in \
                favour. The finance minister said spending on schools and hospitals would rise, while the \
                opposition called the plan reckless.
                """,
            published: time, language: "en")
        let reports = [toll, warnings, both]
        for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            let result = StoryClusterer().cluster(order.map { reports[$0] } + [budget])
            #expect(
                Self.partition(result) == [["both", "toll", "warnings"], ["budget"]],
                "order \(order.map { reports[$0].id })")
        }
        // A syndicated reprint of the warnings report does not make it more than one report.
        var reprint = warnings
        reprint.id = "warnings-reprint"
        reprint.source = "s4"
        let result = StoryClusterer().cluster([toll, warnings, reprint, both, budget])
        #expect(Self.partition(result) == [["both", "toll", "warnings", "warnings-reprint"], ["budget"]])
        #expect(result[2].duplicateOf == "warnings")
    }

    /// A breaking headline with no body, then the outlet's full report an hour later: the report
    /// meets a story of one headline, so it is judged as that headline would be meeting the report
    /// (by the headline threshold), and the two join in either order. An unrelated full report
    /// from the same town still stays apart.
    @Test func fullReportJoinsAStoryOfOneHeadlineInEitherOrder() {
        let time = Self.base
        let flash = ClusterDocument(
            id: "flash", source: "wire", title: "Breaking: ferry capsizes on Lake Velmora, dozens missing",
            text: "", published: time, language: "en")
        let report = ClusterDocument(
            id: "report", source: "wire", title: "Rescuers search cold waters after Velmora ferry disaster",
            text: """
                Divers and coastguard boats searched Lake Velmora through the night after a passenger ferry \
                overturned in strong winds on Friday evening. Officials said 31 people were rescued and at least \
                40 are still missing. The Marisol, licensed for 60 passengers, was carrying more than 70 people \
                when it capsized a kilometre from the northern pier. Relatives gathered at the harbour in Ostrava \
                Bay as Governor Ilse Brandt promised an inquiry into the operator, Nordlake Shipping, and its \
                safety record. Survivors told reporters the deck was crowded with traders returning from the \
                Saturday market in Dunmere.
                """,
            published: time + 3_600, language: "en")
        let market = ClusterDocument(
            id: "market", source: "daily", title: "Velmora fish market reopens after renovation",
            text: """
                The covered fish market in Velmora reopened on Friday after a two-year renovation that replaced                 its roof and cold stores. Traders said the new stalls would let them sell the lake's catch                 directly to restaurants, and the town council plans a weekly evening market in the summer.
                """,
            published: time + 1_800, language: "en")
        for documents in [[flash, market, report], [report, market, flash]] {
            let result = StoryClusterer().cluster(documents)
            #expect(
                Self.partition(result) == [["flash", "report"], ["market"]],
                "order \(documents.map(\.id))")
        }
    }

    /// A flash of a bomb in Kirkuk, then a report of a protest in Kirkuk that evening whose body
    /// recounts the bomb, then the next day's report of the bomb. The protest report's headline
    /// shares only the city with the flash: it does not join the flash at the headline bar, and the
    /// bomb's report does.
    @Test func aReportRecountingAFlashsEventInItsBodyStaysApart() {
        let time = Self.base
        let flash = ClusterDocument(
            id: "flash", source: "sumaria", title: "عاجل | انفجار عبوة ناسفة يستهدف دورية للشرطة جنوبي كركوك",
            text: "", published: time, language: "ar")
        let protest = ClusterDocument(
            id: "protest", source: "sumaria", title: "محتجون يقطعون طريقا في كركوك احتجاجا على انقطاع الكهرباء",
            text: """
                قطع عشرات المحتجين مساء اليوم طريقا رئيسيا في حي آزادي احتجاجا على انقطاع الكهرباء لساعات طويلة، \
                وأحرقوا إطارات السيارات ورددوا هتافات تطالب الحكومة المحلية بحلول سريعة. وقال أحد المحتجين إن \
                الأحياء الشعبية لا تحصل على أكثر من ست ساعات من التيار يوميا رغم ارتفاع درجات الحرارة، فيما وعدت \
                دائرة التوزيع بزيادة التجهيز خلال أيام وإصلاح المحولات المعطلة. ويأتي الاحتجاج بعد انفجار عبوة \
                ناسفة استهدف دورية للشرطة جنوبي كركوك.
                """,
            published: time + 12 * 3_600, language: "ar")
        let report = ClusterDocument(
            id: "report", source: "sumaria", title: "مقتل شرطيين بانفجار عبوة ناسفة جنوبي كركوك",
            text: """
                أفاد مصدر أمني بأن عبوة ناسفة انفجرت على دورية للشرطة قرب حي دوميز، ما أسفر عن مقتل منتسبين \
                اثنين وإصابة ثلاثة آخرين نقلوا إلى مستشفى آزادي التعليمي، فيما فتحت الأجهزة الأمنية تحقيقا.
                """,
            published: time + 27 * 3_600, language: "ar")
        let result = StoryClusterer().cluster([flash, protest, report])
        #expect(Self.partition(result) == [["flash", "report"], ["protest"]], "\(result)")
    }

    /// An Arabic outlet's breaking headline, a wire report in English, then the outlet's full
    /// Arabic report, which joins the wire's story by its anchors. The headline alone could join
    /// neither report (no number, one place across languages), but it is the same event as the
    /// Arabic report: once that report's story grows, the lone headline is judged as it would be
    /// arriving now — by the headline threshold — and the three are one story.
    @Test func loneHeadlineJoinsWhenItsOutletsReportJoinsAnotherLanguagesStory() {
        let time = Self.base
        let flash = ClusterDocument(
            id: "flash", source: "almada", title: "عاجل | انهيار جسر على نهر الفرات في الناصرية", text: "",
            published: time, language: "ar")
        let wire = ClusterDocument(
            id: "wire", source: "wire", title: "Bridge over the Euphrates collapses in Nasiriyah, killing four",
            text: """
                A road bridge over the Euphrates collapsed in the southern Iraqi city of Nasiriyah on Monday \
                morning, killing four people and injuring 11, civil defence officials said. Two cars and a minibus \
                fell into the river when the central span gave way during the morning rush. Divers recovered the \
                bodies of the victims by midday. The bridge, built in the 1970s, had been due for repairs, a local \
                engineer said, and residents had complained for months about cracks in its pillars.
                """,
            published: time + 3_600, language: "en")
        let report = ClusterDocument(
            id: "report", source: "almada", title: "مقتل أربعة أشخاص بانهيار جسر في الناصرية",
            text: """
                لقي أربعة أشخاص مصرعهم وأصيب 11 آخرون، صباح اليوم الاثنين، إثر انهيار جسر على نهر الفرات في مدينة \
                الناصرية، بحسب الدفاع المدني. وقال مصدر إن سيارتين وحافلة صغيرة سقطت في النهر عند انهيار الفضاء \
                الأوسط من الجسر خلال ساعة الذروة. وانتشل الغواصون جثث الضحايا قبل الظهر. وأشار مهندس محلي إلى أن \
                الجسر الذي شيد في سبعينيات القرن الماضي كان بحاجة إلى صيانة منذ سنوات، فيما اشتكى السكان من \
                تشققات في أعمدته.
                """,
            published: time + 7_200, language: "ar")
        let result = StoryClusterer().cluster([flash, wire, report])
        #expect(Self.partition(result) == [["flash", "report", "wire"]])
    }

    /// A Sorani report, an English wire and an Arabic report of one drone strike on an oil field.
    /// The Sorani and English reports share the field, its governorate and a figure: where but not
    /// who, too little for reports in two languages. The Arabic report names the prime minister
    /// too, as the Sorani one does, and joins the wire by the field, the figure and the kind of
    /// event. Once it has, the story speaks of everything the Sorani report does, and that report,
    /// judged as if it arrived now, joins it, though the two share no language: one story in every
    /// arrival order, where each article says why it is in it.
    @Test func reportInAnotherLanguageJoinsOnceTheStoryNamesWhatItNamesInEveryOrder() {
        let sorani = ClusterDocument(
            id: "ckb", source: "rudaw", title: "درۆنێک کێڵگەی نەوتی بای حەسەن لە کەرکووک کردە ئامانج",
            text: """
                سەرچاوەیەکی ئەمنی ڕایگەیاند، ئەمشەو درۆنێک کێڵگەی نەوتی بای حەسەن لە باکووری ڕۆژئاوای کەرکووک \
                کردە ئامانج و ٣ کرێکار بریندار بوون. تیمەکانی بەرگری شارستانی گەیشتنە شوێنەکە. سەرۆک وەزیرانی \
                عێراق محەمەد شیاع سوودانی فەرمانی بە لێکۆڵینەوە کرد.
                """,
            published: nil, language: "ckb")
        let wire = ClusterDocument(
            id: "en", source: "wire", title: "Drone hits Bai Hassan oil field in Kirkuk, production halted",
            text: """
                A drone struck the Bai Hassan oil field in Kirkuk province late on Monday, starting a fire and \
                forcing the North Oil Company to halt production, officials said on Tuesday. Three workers were \
                injured. Firefighters put out the fire by morning. It was not clear who launched the drone, and no \
                group claimed the attack. The North Oil Company said output would resume within days.
                """,
            published: nil, language: "en")
        let arabic = ClusterDocument(
            id: "ar", source: "sumaria", title: "إيقاف الإنتاج في حقل باي حسن بعد هجوم بطائرة مسيرة",
            text: """
                أعلنت شركة نفط الشمال إيقاف الإنتاج في حقل باي حسن النفطي في محافظة كركوك بعد هجوم بطائرة مسيرة \
                أسفر عن إصابة 3 عمال واندلاع حريق أخمدته فرق الدفاع المدني. ووجه رئيس الوزراء محمد شياع السوداني \
                بفتح تحقيق في الهجوم.
                """,
            published: nil, language: "ar")
        let budget = ClusterDocument(
            id: "budget", source: "agency", title: "Iraq's parliament passes the budget after months of delay",
            text: """
                Iraq's parliament passed the federal budget on Tuesday after months of disputes over the share of \
                the Kurdistan Region and the salaries of public employees, lawmakers said.
                """,
            published: nil, language: "en")
        let reports = [sorani, wire, arabic]
        for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            let documents = order.enumerated().map { position, index in
                var document = reports[index]
                document.published = Self.base + Int64(position) * 3_600
                return document
            }
            var last = budget
            last.published = Self.base + 3 * 3_600
            let result = StoryClusterer().cluster(documents + [last])
            #expect(Self.partition(result) == [["ar", "ckb", "en"], ["budget"]], "order \(order): \(result)")
            // Every article but its story's first says why it is there, also the first article of a
            // story that merged into this one.
            for assignment in result where assignment.documentID != assignment.storyKey {
                #expect(assignment.similarity < 1 && !assignment.sharedTerms.isEmpty, "order \(order): \(assignment)")
            }
        }
    }

    /// Two drone attacks in Sulaymaniyah province one evening: on the Khor Mor gas field, told in
    /// Sorani and Kurmanji, and on a counter-terrorism base by the airport, told in English and
    /// Arabic. When the airport story grows, the Kurdish story is judged by its anchors, and the two
    /// stories together share the province, a drone, a weekday and the Kurdistan Region: what any two
    /// stories of one province that evening share. Without a shared town, site, person or
    /// institution, and with no figure but the weekday, they stay apart.
    @Test func storiesInOtherLanguagesSharingOnlyTheProvinceAndTheKindStayApart() {
        let documents = [
            ClusterDocument(
                id: "kor-ckb-1", source: "Rudaw", title: "هێرشی درۆن بۆ سەر کێڵگەی گازی کۆرمۆر",
                text: "ئەمشەو سێشەممە، درۆنێکی بۆمبڕێژکراو کێڵگەی گازی کۆرمۆری لە قەزای چەمچەماڵی سەر بە پارێزگای سلێمانی کردە ئامانج. بەپێی زانیارییەکان هێرشەکە زیانی ماددی بە یەکێک لە یەکەکانی بەرهەمهێنان گەیاندووە و کەس بریندار نەبووە.",
                published: Self.base + 0, language: "ckb"),
            ClusterDocument(
                id: "kor-kmr-1", source: "Kurdistan24 Kurmancî", title: "Êrîşa dronê li zeviya gazê ya Kormorê",
                text: "Îşev Sêşem droneke bombebarkirî êrîşî zeviya gazê ya Kormorê li navçeya Çemçemalê ya ser bi parêzgeha Silêmaniyê kir. Li gorî agahiyan êrîşê zirareke madî gihand yekeyeke hilberînê û kes birîndar nebû.",
                published: Self.base + 1800, language: "kmr"),
            ClusterDocument(
                id: "kor-ckb-2", source: "Kurdistan24", title: "وەزارەتی کارەبا: هێرشەکەی کۆرمۆر کاریگەری لەسەر کارەبا نابێت",
                text: "وەزارەتی کارەبای هەرێمی کوردستان ئەمشەو ڕایگەیاند کە هێرشی درۆنی سەر کێڵگەی کۆرمۆر کاریگەریی لەسەر دابینکردنی کارەبای شارەکان نابێت، چونکە یەکەی زیانلێکەوتوو پەیوەندی بە بەرهەمهێنانی گازەوە نییە.",
                published: Self.base + 4200, language: "ckb"),
            ClusterDocument(
                id: "air-en-1", source: "Reuters", title: "Drone hits counter-terrorism base near Sulaymaniyah airport",
                text: "A drone struck a base of the Kurdish counter-terrorism forces near Sulaymaniyah airport, two security sources said.",
                published: Self.base + 6600, language: "en"),
            ClusterDocument(
                id: "air-ar-1", source: "Shafaq News", title: "طائرة مسيرة تستهدف مقراً لقوات مكافحة الإرهاب قرب مطار السليمانية",
                text: "أفاد مصدر أمني، مساء اليوم الثلاثاء، بأن طائرة مسيرة مجهولة استهدفت مقراً لقوات مكافحة الإرهاب التابعة للاتحاد الوطني الكردستاني قرب مطار السليمانية الدولي، ما أسفر عن إصابة اثنين من الحراس.",
                published: Self.base + 8400, language: "ar"),
            ClusterDocument(
                id: "air-en-2", source: "AP", title: "Drone attack wounds two at Kurdish security base in northern Iraq",
                text: "A drone hit a base of counter-terrorism forces affiliated with the Patriotic Union of Kurdistan near the airport of Sulaymaniyah late Tuesday, wounding two guards, officials said. No group claimed the attack.",
                published: Self.base + 12600, language: "en"),
            ClusterDocument(
                id: "air-ar-2", source: "Alsumaria", title: "الاتحاد الوطني الكردستاني يدين استهداف مقر أمني قرب مطار السليمانية",
                text: "دان الاتحاد الوطني الكردستاني، الليلة، الهجوم بطائرة مسيرة على مقر لقوات مكافحة الإرهاب قرب مطار السليمانية، والذي أسفر عن إصابة اثنين من عناصر الحماية، مطالباً الحكومة الاتحادية بالكشف عن الجهة المنفذة.",
                published: Self.base + 15000, language: "ar"),
            ClusterDocument(
                id: "air-en-3", source: "Kurdistan24", title: "PUK condemns drone attack near Sulaimani airport",
                text: "The Patriotic Union of Kurdistan condemned a drone attack on Tuesday night on a counter-terrorism base near Sulaimani International Airport that wounded two guards, and called on Baghdad to find the perpetrators.",
                published: Self.base + 19200, language: "en"),
        ]
        func expectApart(_ documents: [ClusterDocument], sourceLocation: SourceLocation = #_sourceLocation) {
            let result = StoryClusterer().cluster(documents)
            let stories = Dictionary(grouping: result, by: \.storyKey).values.map {
                Set($0.map { $0.documentID.prefix(3) })
            }
            #expect(
                stories.allSatisfy { $0.count == 1 }, "\(result.map { ($0.documentID, $0.storyKey) })",
                sourceLocation: sourceLocation)
        }
        expectApart(documents)
    }

    /// Two fires in Erbil three days apart: the Langa market, then a furniture warehouse, whose reports
    /// recall the market fire. More than two days after the market story began, a headline of the same
    /// brief kind (a fire) naming none of its particulars ("Langa", "40") tells another fire, and the
    /// warehouse's reports make a story of their own; the arrest of a guard over the market fire the
    /// same day is an aftermath and joins the market's story.
    @Test func anotherFireInTheCityDaysLaterIsAnotherStory() {
        let documents = [
            ClusterDocument(
                id: "langa-1", source: "basnews", title: "Fire destroys dozens of shops in Erbil's Langa market",
                text: """
                A fire broke out on Monday night in the Langa market in central Erbil and destroyed about 40 \
                shops before civil defence teams brought it under control, the Erbil civil defence \
                directorate said. No one was hurt. An electrical fault is suspected, the directorate said, \
                and an investigation has been opened. Shop owners said the market had no working fire \
                hydrants.
                """,
                published: Self.base + 0, language: "en"),
            ClusterDocument(
                id: "langa-2", source: "rudaw", title: "Blaze guts 40 shops in Langa market in Erbil",
                text: """
                Civil defence teams in Erbil fought a blaze for three hours on Monday night in the Langa \
                market, where about 40 shops burned. Nobody was injured, the Erbil civil defence directorate \
                said. The cause is believed to be an electrical fault. Traders said the market had no \
                working fire hydrants.
                """,
                published: Self.base + 9000, language: "en"),
            ClusterDocument(
                id: "langa-3", source: "k24", title: "Langa market traders count losses after Erbil fire",
                text: """
                Traders in Erbil's Langa market counted their losses on Tuesday after a fire destroyed about \
                40 shops overnight. The Erbil civil defence directorate said an electrical fault was the \
                likely cause and that no one was hurt.
                """,
                published: Self.base + 39600, language: "en"),
            ClusterDocument(
                id: "warehouse-1", source: "basnews", title: "Two firefighters injured as blaze guts furniture warehouse in Erbil",
                text: """
                A fire gutted a furniture warehouse in Erbil's industrial zone on Thursday afternoon and \
                injured two firefighters, the Erbil civil defence directorate said. Civil defence teams \
                fought the fire for four hours. The cause is under investigation. The fire came three days \
                after a blaze destroyed about 40 shops in the city's Langa market, where an electrical fault \
                was blamed.
                """,
                published: Self.base + 242400, language: "en"),
            ClusterDocument(
                id: "warehouse-2", source: "rudaw", title: "Erbil civil defence puts out fire at furniture warehouse",
                text: """
                Erbil civil defence teams put out a large fire at a furniture warehouse in the city's \
                industrial zone on Thursday; two firefighters were injured, the directorate said. It was the \
                second big fire in Erbil this week after the Langa market blaze on Monday.
                """,
                published: Self.base + 247200, language: "en"),
            ClusterDocument(
                id: "arrest", source: "k24", title: "Police arrest night guard over Erbil market blaze",
                text: """
                Erbil police arrested a night guard on Thursday over Monday's fire in the Langa market, \
                which destroyed about 40 shops, the police said. The civil defence directorate had blamed an \
                electrical fault; police said the guard had left a heater on.
                """,
                published: Self.base + 252000, language: "en"),
        ]
        let result = StoryClusterer().cluster(documents)
        #expect(
            Self.partition(result) == [["arrest", "langa-1", "langa-2", "langa-3"], ["warehouse-1", "warehouse-2"]],
            "\(result.map { ($0.documentID, $0.storyKey) })")
    }

    /// A blast at a fuel station in Zakho, then three days later its toll rising, in Kurmanji, Sorani
    /// and English. The later headlines name the kind (an explosion) and none of the first ones'
    /// particulars, but they say they are about what followed (the toll): they stay with the blast.
    @Test func aTollRisingDaysLaterStaysWithItsBlast() {
        let documents = [
            ClusterDocument(
                id: "fuel13-ku-1", source: "Kurdistan24 Kurmanji", title: "Li Zaxoyê teqînek li stasyoneke sotemeniyê çêbû, sê kes mirin",
                text: "Îro nîvro li stasyoneke sotemeniyê ya li ser riya Zaxo-Duhok teqînek çêbû. Parastina Sivîl a Zaxoyê ragihand ku sê kes jiyana xwe ji dest dan û 14 kesên din birîndar bûn. Li gorî agahiyên destpêkê, teqîn ji ber tankeke gazê ya ku tê vala kirin çêbûye.",
                published: Self.base + 0, language: "kmr"),
            ClusterDocument(
                id: "fuel13-ckb-1", source: "Rudaw Sorani", title: "تەقینەوەیەک لە وێستگەیەکی سووتەمەنی لە زاخۆ سێ کەسی کوشت",
                text: "نیوەڕۆی ئەمڕۆ یەکشەممە تەقینەوەیەک لە وێستگەیەکی سووتەمەنی لەسەر ڕێگەی زاخۆ - دهۆک ڕوویدا. بەرگریی شارستانیی زاخۆ ڕایگەیاند، سێ کەس گیانیان لەدەستدا و ١٤ کەسی دیکە بریندار بوون. بە گوێرەی زانیارییە سەرەتاییەکان، تەقینەوەکە لە کاتی بەتاڵکردنی تانکەرێکی غاز ڕوویداوە.",
                published: Self.base + 1800, language: "ckb"),
            ClusterDocument(
                id: "fuel13-en-1", source: "Rudaw", title: "Explosion at fuel station in Zakho kills three, injures 14",
                text: "DUHOK, Kurdistan Region - An explosion at a fuel station on the Zakho-Duhok road killed three people and injured 14 others on Sunday, Zakho civil defence said. Initial information suggested the blast happened while a gas tanker was being unloaded.",
                published: Self.base + 4200, language: "en"),
            ClusterDocument(
                id: "fuel13-ku-2", source: "Kurdistan24 Kurmanji", title: "Hejmara qurbaniyên teqîna stasyona sotemeniyê gihîşt şeş kesan",
                text: "Rêveberiya Tenduristiyê ya Duhokê ragihand ku sê birîndarên teqîna roja Yekşemê ya li stasyona sotemeniyê li ser riya Zaxo-Duhok di nexweşxaneyê de jiyana xwe ji dest dan û bi vê yekê hejmara qurbaniyan gihîşt şeş kesan. Heşt birîndar hêj di nexweşxaneyê de ne.",
                published: Self.base + 243600, language: "kmr"),
            ClusterDocument(
                id: "fuel13-ckb-2", source: "Rudaw Sorani", title: "ژمارەی قوربانییانی تەقینەوەکەی وێستگەی سووتەمەنی گەیشتە شەش کەس",
                text: "بەڕێوەبەرایەتیی تەندروستیی دهۆک ڕایگەیاند، سێ برینداری تەقینەوەکەی ڕۆژی یەکشەممەی وێستگەی سووتەمەنییەکەی سەر ڕێگەی زاخۆ - دهۆک لە نەخۆشخانە گیانیان لەدەستدا و بەمەش ژمارەی قوربانییان گەیشتە شەش کەس. هەشت بریندار هێشتا لە نەخۆشخانەن.",
                published: Self.base + 246000, language: "ckb"),
            ClusterDocument(
                id: "fuel13-en-2", source: "Rudaw", title: "Fuel station explosion death toll rises to six",
                text: "DUHOK, Kurdistan Region - Three people injured in Sunday's explosion at a fuel station on the Zakho-Duhok road have died in hospital, raising the death toll to six, the Duhok health directorate said on Wednesday. Eight others remain in hospital.",
                published: Self.base + 250800, language: "en"),
        ]
        let result = StoryClusterer().cluster(documents)
        #expect(Set(result.map(\.storyKey)).count == 1, "\(result.map { ($0.documentID, $0.storyKey) })")
    }

    /// An archive line without a source is from no known outlet: it is never taken for a second
    /// report from the same outlet (whose joins are scored lower).
    @Test func articlesWithoutASourceAreNotFromTheSameOutlet() {
        func secondScore(_ first: String, _ second: String) -> Double {
            var a = Self.fireA
            var b = Self.fireB
            a.source = first
            b.source = second
            return StoryClusterer().cluster([a, b])[1].similarity
        }
        let apart = secondScore("herald", "gazette")
        #expect(secondScore("", "") == apart)
        #expect(secondScore("herald", "herald") < apart)
    }

    @Test func sameCanonicalLinkIsADuplicate() {
        var repost = Self.election
        repost.id = "vote-again"
        repost.source = "aggregator"
        repost.title = "Labour ahead in Norway"
        repost.text = ""
        repost.published = Self.base + 9_000
        var original = Self.election
        original.canonicalLink = "https://example.org/norway-vote"
        repost.canonicalLink = original.canonicalLink
        let result = StoryClusterer().cluster([original, repost])
        #expect(result[1].storyKey == "vote")
        #expect(result[1].duplicateOf == "vote")
        #expect(result[0].duplicateOf == nil)
    }

    @Test func verbatimCopyInAnotherSourceIsADuplicate() {
        var copy = Self.fireA
        copy.id = "fire-copy"
        copy.source = "wire-reprint"
        copy.title = copy.title.uppercased()
        copy.published = Self.base + 600
        let result = StoryClusterer().cluster([copy, Self.fireA])
        let byID = Dictionary(uniqueKeysWithValues: result.map { ($0.documentID, $0) })
        #expect(byID["fire-copy"]?.duplicateOf == "fire-a")
        #expect(byID["fire-copy"]?.storyKey == "fire-a")
    }

    @Test func sameTownDifferentAttackDaysApartStaysApart() {
        let first = ClusterDocument(
            id: "raid-1", source: "desk-a",
            title: "Gunmen kill two police officers at checkpoint near Tarnow",
            text: """
                Two police officers were killed on Sunday when gunmen opened fire on a checkpoint on the main \
                road north of Tarnow, regional police said. A third officer was wounded. The attackers fled \
                in a pickup truck and a search is under way.
                """,
            published: Self.base, language: "en")
        let second = ClusterDocument(
            id: "raid-2", source: "desk-b",
            title: "Bomb wounds five soldiers at Tarnow army depot",
            text: """
                A roadside bomb exploded as an army convoy left the Tarnow depot on Thursday morning, \
                wounding five soldiers, the defence ministry said. Two vehicles were damaged. No group \
                has claimed the bombing.
                """,
            published: Self.base + 4 * Self.day, language: "en")
        let result = StoryClusterer().cluster([first, second])
        #expect(result[0].storyKey != result[1].storyKey)
    }

    /// A second attack reported from another governorate, whose copy recounts the first one (its
    /// place, its toll, the same group), shares many names with it and must still stay apart.
    @Test func attackInAnotherGovernorateRecountingTheFirstStaysApart() {
        let first = ClusterDocument(
            id: "hawija-1", source: "desk-a",
            title: "Militants kill four soldiers in attack near Hawija",
            text: """
                Islamic State militants attacked an Iraqi army outpost near Hawija late on Monday, killing four \
                soldiers and wounding two, the Kirkuk Operations Command said. The attackers used sniper rifles \
                and fled towards the Hamrin hills. Reinforcements were sent to the area.
                """,
            published: Self.base, language: "en")
        let followUp = ClusterDocument(
            id: "hawija-2", source: "desk-b",
            title: "Army sweeps villages around Hawija after deadly attack on outpost",
            text: """
                Iraqi army units searched villages around Hawija on Tuesday after Islamic State militants killed \
                four soldiers at an outpost late on Monday, the Kirkuk Operations Command said. Two suspects were \
                detained and weapons were found in an orchard near the attack site.
                """,
            published: Self.base + Self.day / 2, language: "en")
        let other = ClusterDocument(
            id: "khanaqin", source: "desk-a",
            title: "Islamic State attack kills soldier near Khanaqin",
            text: """
                Islamic State militants attacked an army post near Khanaqin late on Thursday, killing one soldier \
                and wounding two, a security source said, the second deadly attack on Iraqi troops this week. \
                The attackers fled towards the Hamrin hills. On Monday militants killed four soldiers at an \
                outpost near Hawija, the Kirkuk Operations Command said.
                """,
            published: Self.base + 3 * Self.day, language: "en")
        let result = StoryClusterer().cluster([first, followUp, other])
        #expect(result[0].storyKey == result[1].storyKey, "the follow-up joins the first attack")
        #expect(result[2].storyKey != result[0].storyKey, "\(result[2])")
    }

    /// A headline names a country once: "American" is a word of the headline and the gazetteer's
    /// United States, but two headlines sharing it are not one story for that.
    /// Two bombings three days apart, in Tarmiyah (Baghdad governorate) and Mutaibija (Salahuddin):
    /// the second attack's reports recount the first, so once each has a story of two reports
    /// their centroids are alike. Headlines placing the events in different governorates weigh
    /// on a story merge as they do on a join, and the stories stay apart.
    @Test func storiesWhoseHeadlinesPlaceThemApartDoNotMerge() {
        let time = Self.base
        let a1 = ClusterDocument(
            id: "a1", source: "wire", title: "Roadside bomb kills two soldiers in Tarmiyah",
            text: """
                A roadside bomb struck an Iraqi army patrol in Tarmiyah, north of Baghdad, on Tuesday evening, \
                killing two soldiers and wounding three, security sources said. The bomb exploded as a Humvee \
                passed on a farm road near the Tigris. No group claimed the attack, but Islamic State cells \
                remain active in the orchards around the district. Troops sealed off the area and began a \
                search.
                """,
            published: time, language: "en")
        let a2 = ClusterDocument(
            id: "a2", source: "daily", title: "Two soldiers killed as bomb hits army patrol in Tarmiyah",
            text: """
                Two Iraqi soldiers were killed and three wounded when a roadside bomb hit their patrol in \
                Tarmiyah on Tuesday, the security media cell said. The explosion hit a Humvee on a farm road \
                near the Tigris north of Baghdad. Islamic State cells still hide in the district's orchards, \
                officials said, and troops launched a search of the area.
                """,
            published: time + 7_200, language: "en")
        let b1 = ClusterDocument(
            id: "b1", source: "wire", title: "Bomb kills police officer in Mutaibija",
            text: """
                A roadside bomb killed a police officer and wounded two policemen in Mutaibija on Friday, \
                security sources said, three days after a roadside bomb killed two soldiers and wounded three \
                on a farm road in Tarmiyah, north of Baghdad. The bomb exploded as a police patrol passed near \
                the Tigris. No group claimed the attack, but Islamic State cells remain active in the area. \
                Troops sealed off the area and began a search.
                """,
            published: time + 3 * Self.day, language: "en")
        let b2 = ClusterDocument(
            id: "b2", source: "daily", title: "Police officer killed as bomb hits patrol in Mutaibija",
            text: """
                A police officer was killed and two policemen wounded when a roadside bomb hit their patrol in \
                Mutaibija on Friday, the security media cell said. The attack came three days after two \
                soldiers were killed and three wounded by a roadside bomb in Tarmiyah north of Baghdad. Islamic \
                State cells still hide in the area, officials said, and troops launched a search.
                """,
            published: time + 3 * Self.day + 7_200, language: "en")
        let result = StoryClusterer().cluster([a1, a2, b1, b2])
        #expect(Self.partition(result) == [["a1", "a2"], ["b1", "b2"]])
    }

    /// Two reports of a roadside bombing in Mutaibija (a base time).
    private static let mutaibijaM1 = ClusterDocument(
        id: "m1", source: "wire", title: "Roadside bomb kills two soldiers in Mutaibija",
        text: """
            A roadside bomb struck an Iraqi army patrol in Mutaibija, between Salahuddin and Diyala, on \
            Tuesday, killing two soldiers and wounding three, security sources said. No group claimed the \
            attack, but Islamic State cells remain active in the area's orchards and valleys. Troops sealed \
            off the area and began a search.
            """,
        published: base, language: "en")
    private static let mutaibijaM2 = ClusterDocument(
        id: "m2", source: "daily", title: "Two soldiers killed by roadside bomb in Mutaibija",
        text: """
            Two Iraqi soldiers were killed and three wounded when a roadside bomb hit their patrol in \
            Mutaibija on Tuesday, the security media cell said. Islamic State cells still hide in the area, \
            officials said, and troops launched a search.
            """,
        published: base + 7_200, language: "en")

    /// A second bombing's headline names its own province and, after it, the first attack's town
    /// ("…in Anbar desert, days after Mutaibija attack"). Sharing one place is not enough: a
    /// headline naming a governorate the story's headlines never named puts the event elsewhere.
    @Test func headlineNamingANewGovernorateBesideTheStorysStaysApart() {
        let time = Self.base
        let w1 = ClusterDocument(
            id: "w1", source: "wire",
            title: "Roadside bomb kills Iraqi army officer in Anbar desert, days after Mutaibija attack",
            text: """
                A roadside bomb killed an Iraqi army officer and wounded two soldiers in the desert of Anbar on \
                Friday, security sources said, three days after a roadside bomb killed two soldiers in \
                Mutaibija. The bomb struck an army patrol near Wadi Horan. No group claimed the attack, but \
                Islamic State cells remain active in the desert. Troops began a search of the area.
                """,
            published: time + 3 * Self.day, language: "en")
        let result = StoryClusterer().cluster([Self.mutaibijaM1, Self.mutaibijaM2, w1])
        #expect(Self.partition(result) == [["m1", "m2"], ["w1"]])
    }

    /// Two drone strikes three days apart, near Sidakan and at Makhmour camp. The second's first
    /// headline names both places ("After Sidakan, …"), its second none, and both reports recount
    /// the first strike, so the second story's centroid is close to the first's. Stories whose
    /// headlines name different sets of governorates merge only on content alone, and these
    /// stay apart.
    @Test func storiesWhoseHeadlinesNameOtherGovernoratesToo() {
        let time = Self.base
        let s1 = ClusterDocument(
            id: "s1", source: "wire", title: "Turkish drone strike kills two in Sidakan",
            text: """
                A Turkish drone struck a car near Sidakan in Erbil province on Wednesday, killing two men, \
                local officials said. Turkey often targets what it says are Kurdistan Workers' Party fighters \
                in the mountains near the Iranian border. The victims' families said they were beekeepers. \
                Turkey's defence ministry did not comment on the strike.
                """,
            published: time, language: "en")
        let s2 = ClusterDocument(
            id: "s2", source: "daily", title: "Two killed as drone hits car near Sidakan",
            text: """
                Two men were killed when a drone believed to be Turkish hit their car near Sidakan on \
                Wednesday, the local mayor said. Turkey has carried out many drone strikes against suspected \
                Kurdistan Workers' Party members in the border mountains of Erbil province. Relatives said the \
                two were beekeepers.
                """,
            published: time + 7_200, language: "en")
        let k1 = ClusterDocument(
            id: "k1", source: "wire", title: "After Sidakan, Turkish drone hits car at Makhmour camp gate",
            text: """
                A Turkish drone struck a car at the gate of Makhmour camp on Saturday, killing the driver and \
                wounding two, camp officials said, three days after a drone strike killed two men near Sidakan \
                in Erbil province. Turkey says the camp shelters Kurdistan Workers' Party fighters. Turkey's \
                defence ministry did not comment.
                """,
            published: time + 3 * Self.day, language: "en")
        let k2 = ClusterDocument(
            id: "k2", source: "daily", title: "Drone strike near refugee camp kills one, second such attack this week",
            text: """
                A drone believed to be Turkish hit a car at the entrance of a refugee camp south of Erbil on \
                Saturday, killing its driver and wounding two passengers, officials said. It was the second \
                drone strike in Erbil province this week, after two men were killed near Sidakan on Wednesday. \
                Turkey accuses Kurdistan Workers' Party fighters of using the camp.
                """,
            published: time + 3 * Self.day + 7_200, language: "en")
        let result = StoryClusterer().cluster([s1, s2, k1, k2])
        #expect(Self.partition(result) == [["s1", "s2"], ["k1", "k2"]])
    }

    /// Mutaibija lies between Salahuddin and Diyala, and outlets put it in either: a follow-up
    /// headlined "…Mutaibija, Diyala…" names no governorate new to the Mutaibija story.
    @Test func aBorderPlaceNamedWithEitherGovernorateStaysOnePlace() {
        let time = Self.base
        let m3 = ClusterDocument(
            id: "m3", source: "herald",
            title: "Troops comb Mutaibija, Diyala a day after roadside bomb killed two soldiers",
            text: """
                Iraqi troops combed orchards and canals in Mutaibija on Wednesday, a day after a roadside bomb \
                killed two soldiers and wounded three there, security sources said. Checkpoints were added on \
                the roads to Samarra, and farmers were told to stay home until the search ends.
                """,
            published: time + Self.day, language: "en")
        let result = StoryClusterer().cluster([Self.mutaibijaM1, Self.mutaibijaM2, m3])
        #expect(Self.partition(result) == [["m1", "m2", "m3"]])
    }

    @Test func headlinesSharingOnlyACountryStayApart() {
        let titles = [
            ("airline-1", "American Airlines ends pact with JetBlue"),
            ("airline-2", "American Airlines, JetBlue end partnership"),
            ("transit-1", "Americans ride public transit in record numbers"),
            ("transit-2", "More Americans riding public transit"),
        ]
        let documents = Self.headlines(titles)
        let result = StoryClusterer().cluster(documents)
        #expect(result[0].storyKey == result[1].storyKey, "\(result[1])")
        #expect(result[2].storyKey == result[3].storyKey, "\(result[3])")
        #expect(result[2].storyKey != result[0].storyKey, "\(result[2])")
    }

    /// Two short headlines that share only a country or a capital are two events, however high
    /// their similarity at the low headline bar; sharing a word besides still joins.
    @Test func headlinesSharingOnlyABroadPlaceStayApart() {
        let titles = [
            ("jobs", "US job openings rise"),
            ("fuel", "US gasoline prices jump"),
            ("fair", "Baghdad book fair opens"),
            ("bomb", "Car bomb in Baghdad"),
            ("fuel-2", "Gasoline prices jump in US"),
            ("jobs-run", "United States job openings rise"),
            ("fuel-run", "United States gasoline prices jump"),
            ("fair-day", "Book fair opens in Baghdad on Tuesday"),
            ("bomb-day", "Car bomb in Baghdad on Tuesday"),
        ]
        let documents = Self.headlines(titles)
        let result = StoryClusterer().cluster(documents)
        #expect(result[1].storyKey == "fuel", "\(result[1])")
        #expect(result[3].storyKey == "bomb", "\(result[3])")
        #expect(result[4].storyKey == "fuel", "\(result[4])")
        // A country spelt as a run of capitals, and a weekday, are no more telling.
        #expect(result[6].storyKey != result[5].storyKey, "\(result[6])")
        #expect(result[8].storyKey != result[7].storyKey, "\(result[8])")
    }

    /// Headlines of one event spell its place differently (a Kurmanji case ending, two English
    /// transliterations): the gazetteer's id is what they share.
    @Test func headlinesSpellingOnePlaceDifferentlyStillJoin() {
        let pairs = [
            ("Teqîn li Kerkûkê", "Teqînek li bajarê Kerkûk", "kmr"),
            ("Explosion in Slemani market", "Blast rocks Sulaymaniyah", "en"),
        ]
        for (first, second, language) in pairs {
            let documents = [first, second].enumerated().map { index, title in
                ClusterDocument(
                    id: "\(language)-\(index)", source: "desk-\(index)", title: title, text: "",
                    published: Self.base + Int64(index) * 600, language: language)
            }
            let result = StoryClusterer().cluster(documents)
            #expect(result[1].storyKey == result[0].storyKey, "\(result[1])")
        }
    }

    /// Headlines name an event's place at different levels (a village, its district, the
    /// governorate): places inside one governorate do not set two reports apart.
    @Test func headlinesNamingPlacesInOneGovernorateStillJoin() {
        let first = ClusterDocument(
            id: "flood-1", source: "desk-a",
            title: "Flash floods sweep through villages in Duhok's Zakho district",
            text: """
                Flash floods swept through several villages in the Zakho district of Duhok province on Saturday \
                after hours of heavy rain, killing three people and destroying dozens of homes, the Duhok civil \
                defence directorate said. Rescue teams evacuated about 200 families.
                """,
            published: Self.base, language: "en")
        let second = ClusterDocument(
            id: "flood-2", source: "desk-b",
            title: "Three dead as floods hit Batifa after heavy rain",
            text: """
                Three people were killed when flash floods hit Batifa and nearby villages in the Zakho district \
                on Saturday after heavy rain, the Duhok civil defence directorate said. Dozens of homes were \
                destroyed and about 200 families were evacuated by rescue teams.
                """,
            published: Self.base + 5 * 3_600, language: "en")
        let result = StoryClusterer().cluster([first, second])
        #expect(result[0].storyKey == result[1].storyKey, "\(result[1])")
    }

    /// A story covered in English and Arabic is described by its places, names and numbers. A
    /// second Arabic report worded unlike the first (a search operation after the attack) joins it
    /// by those anchors; an Arabic report of another attack in another governorate, which recounts
    /// this one, and an unrelated Arabic item stay apart.
    @Test func reportInAStorysLanguageJoinsByItsAnchorsWhenTheStoryIsMultilingual() {
        let hour: Int64 = 3_600
        let english = ClusterDocument(
            id: "en", source: "wire", title: "Militants kill four soldiers in attack near Hawija",
            text: """
                Islamic State militants attacked an Iraqi army post near Hawija, west of Kirkuk, late on Sunday, \
                killing four soldiers and wounding two, the Kirkuk Operations Command said. The attackers fled \
                towards the Hamrin hills after a gunfight that lasted about an hour.
                """,
            published: Self.base, language: "en")
        let arabic = ClusterDocument(
            id: "ar-attack", source: "daily", title: "مقتل أربعة جنود بهجوم لداعش قرب الحويجة",
            text: """
                أفاد مصدر أمني في محافظة كركوك بمقتل أربعة جنود وإصابة اثنين آخرين بهجوم شنه عناصر تنظيم داعش \
                على نقطة للجيش العراقي قرب الحويجة ليلة الأحد، فيما لاذ المهاجمون بالفرار باتجاه سلسلة جبال حمرين.
                """,
            published: Self.base + hour, language: "ar")
        let search = ClusterDocument(
            id: "ar-search", source: "daily", title: "قيادة عمليات كركوك تطلق حملة تفتيش في قرى الحويجة",
            text: """
                أعلنت قيادة عمليات كركوك انطلاق حملة واسعة لتفتيش القرى والبساتين المحيطة بالحويجة بعد الهجوم \
                الذي أودى بحياة أربعة جنود، مشيرة إلى اعتقال عدد من المشتبه بهم. وتعهد محافظ كركوك بملاحقة خلايا \
                داعش في المنطقة.
                """,
            published: Self.base + 9 * hour, language: "ar")
        let bookFair = ClusterDocument(
            id: "ar-books", source: "daily", title: "افتتاح معرض للكتاب في بغداد بمشاركة أربعين دار نشر",
            text:
                "افتتح في بغداد معرض للكتاب بمشاركة أربعين دار نشر عربية، ويستمر المعرض عشرة أيام ويتضمن ندوات وأمسيات شعرية.",
            published: Self.base + 10 * hour, language: "ar")
        let otherAttack = ClusterDocument(
            id: "ar-khanaqin", source: "daily", title: "مقتل جندي بهجوم لداعش قرب خانقين",
            text: """
                أفاد مصدر أمني في محافظة ديالى بمقتل جندي وإصابة اثنين بهجوم شنه عناصر تنظيم داعش على نقطة للجيش \
                العراقي قرب خانقين، وذلك بعد أيام من هجوم قرب الحويجة في كركوك أودى بحياة أربعة جنود.
                """,
            published: Self.base + 3 * Self.day, language: "ar")
        let result = StoryClusterer().cluster([english, arabic, search, bookFair, otherAttack])
        #expect(
            Self.partition(result)
                == [["ar-attack", "ar-search", "en"], ["ar-books"], ["ar-khanaqin"]])
    }

    @Test func crossLanguageReportWithSharedAnchorsJoins() {
        let english = ClusterDocument(
            id: "strike-en", source: "wire-en",
            title: "Drone strike near Sinjar kills 4 fighters",
            text: """
                A drone strike near Sinjar in Nineveh province killed 4 fighters on Monday, local officials \
                said. The strike hit a vehicle on the road between Sinjar and the Syrian border, they said. \
                Turkey has carried out several such strikes this month.
                """,
            published: Self.base, language: "en")
        let arabic = ClusterDocument(
            id: "strike-ar", source: "wire-ar",
            title: "مقتل ٤ مسلحين بغارة مسيرة قرب سنجار",
            text: """
                قال مسؤولون محليون إن غارة بطائرة مسيرة قرب سنجار في محافظة نينوى أسفرت عن مقتل ٤ مسلحين يوم \
                الاثنين. وأضافوا أن الغارة استهدفت سيارة على الطريق بين سنجار والحدود السورية، فيما نفذت تركيا \
                غارات مماثلة هذا الشهر.
                """,
            published: Self.base + 5_400, language: "ar")
        Self.expectSecondJoinsFirst(english, arabic)
    }

    /// Oil and gas fields are places too: an Arabic report of an attack on the Khor Mor field
    /// joins the English one through the field's name, the day and the number of wounded.
    /// Two Kurmanji outlets report one flood with the same words in other case endings
    /// ("lehiyê"/"lehî", "gundên"/"gundekî", "malan"/"mala"): stemmed, they are one story. A book
    /// fair in the same district the same day shares the place's name only and stays apart.
    @Test func kurmanjiReportsInOtherCaseEndingsJoin() {
        let time = Self.base
        let flood = ClusterDocument(
            id: "flood", source: "rudaw", title: "Lehiyê li gundên Amêdiyê zirar da malan",
            text: """
                Baranên giran ên şeva borî li gundên navçeya Amêdiyê bûn sedema lehiyê. Li gorî rayedarên \
                herêmî, av ket nav dehan malan û rêya di navbera gundan de hat girtin. Tîmên rizgarkirinê \
                malbat ji malên xwe derxistin. Tu kes birîndar nebû, lê cotkaran got ku zeviyên wan di bin avê \
                de man.
                """,
            published: time, language: "kmr")
        let followUp = ClusterDocument(
            id: "flood-k24", source: "k24", title: "Lehî gundekî bakur girt",
            text: """
                Piştî baraneke giran, lehiyeke mezin li gundekî bakur rabû. Rayedarekî navçeyê diyar kir ku \
                malbatek ji mala xwe hat derxistin û rê ya gund hat girtin. Tîma rizgarkirinê hat gund. \
                Cotkarekî got zeviya wî di bin avê de ye.
                """,
            published: time + 7_200, language: "kmr")
        let bookFair = ClusterDocument(
            id: "book-fair", source: "k24", title: "Li Amêdiyê pêşangeha pirtûkan hat vekirin",
            text: """
                Li navenda navçeya Amêdiyê pêşangeheke pirtûkan hat vekirin. Bi dehan weşanxane beşdar bûn û \
                rêxistinvanan got ku pêşangeh heta roja Înê vekirî dimîne.
                """,
            published: time + 10_800, language: "kmr")
        let result = StoryClusterer().cluster([flood, followUp, bookFair])
        #expect(Self.partition(result) == [["flood", "flood-k24"], ["book-fair"]])
    }

    @Test func aReportAboutAGasFieldJoinsAcrossLanguagesByTheFieldsName() {
        let english = ClusterDocument(
            id: "km-en", source: "wire-en", title: "Drone attack halts Khor Mor gas field",
            text: """
                A drone attack on the Khor Mor gas field halted production on Wednesday and wounded 2 workers, \
                the operator said. The field supplies gas to power stations across the Kurdistan Region.
                """,
            published: Self.base, language: "en")
        let arabic = ClusterDocument(
            id: "km-ar", source: "wire-ar", title: "هجوم بطائرة مسيرة يوقف الإنتاج في حقل كورمور للغاز",
            text: """
                قالت الشركة المشغلة إن هجوما بطائرة مسيرة على حقل كورمور للغاز أوقف الإنتاج يوم الأربعاء وأدى إلى \
                إصابة ٢ من العاملين. ويزود الحقل محطات الكهرباء في إقليم كردستان بالغاز.
                """,
            published: Self.base + 5_400, language: "ar")
        Self.expectSecondJoinsFirst(english, arabic)
    }

    /// People are anchors too: an Arabic report of a meeting joins the English one through the two
    /// politicians it names, the city and the day.
    @Test func aMeetingJoinsAcrossLanguagesByThePeopleNamed() {
        let english = ClusterDocument(
            id: "meet-en", source: "wire-en", title: "Halbousi meets Barham Salih in Sulaymaniyah",
            text:
                "Former speaker Mohammed al-Halbousi met Barham Salih in Sulaymaniyah on Tuesday to discuss the budget.",
            published: Self.base, language: "en")
        let arabic = ClusterDocument(
            id: "meet-ar", source: "wire-ar", title: "الحلبوسي يلتقي برهم صالح في السليمانية",
            text: "التقى رئيس البرلمان السابق محمد الحلبوسي برهم صالح في السليمانية يوم الثلاثاء لبحث الموازنة.",
            published: Self.base + 3_600, language: "ar")
        Self.expectSecondJoinsFirst(english, arabic)
    }

    /// "عاجل" ("urgent") opens the flashes of every event: two flashes two days apart that share
    /// only it and the capital are two events.
    @Test func breakingLabelsDoNotJoinFlashesOfDifferentEvents() {
        let oil = ClusterDocument(
            id: "oil-flash", source: "alsumaria", title: "عاجل | اتفاق بين بغداد وأربيل على تسليم النفط", text: "",
            published: Self.base, language: "ar")
        let fire = ClusterDocument(
            id: "fire-flash", source: "alsumaria", title: "عاجل | حريق كبير في سوق الشورجة وسط بغداد", text: "",
            published: Self.base + 2 * Self.day, language: "ar")
        let result = StoryClusterer().cluster([Self.fireA, oil, Self.election, fire])
        #expect(result[3].storyKey != result[1].storyKey, "\(result[3])")
    }

    /// Kurmanji writes "52,6" where English writes "52.6": one reading, so the figure anchors the
    /// two reports of one heat record across languages.
    @Test func aDecimalCommaReadsAsTheFigureEnglishWrites() {
        let english = ClusterDocument(
            id: "heat-en", source: "wire-en", title: "Basra records 52.6C, the hottest reading of the summer",
            text: """
                Temperatures in Basra reached 52.6 degrees Celsius, the highest reading in Iraq this \
                summer, the meteorological office said. Amarah recorded 51.9 degrees. Officials urged residents \
                to stay indoors during the afternoon.
                """,
            published: Self.base, language: "en")
        let kurmanji = ClusterDocument(
            id: "heat-kmr", source: "k24", title: "Germahî li Besrayê gihîşt 52,6 pileyan",
            text: """
                Germahiya hewayê li Besrayê gihîşt 52,6 pileyên sedî, ku bilindtirîn pile ye di vê \
                havînê de. Li Emareyê jî germahî gihîşt 51,9 pileyan. Rayedaran ji xelkê xwestin ku nîvro \
                derneykevin derve.
                """,
            published: Self.base + 3_600, language: "kmr")
        Self.expectSecondJoinsFirst(english, kurmanji)
    }

    /// A football club's new coach and the renovated houses of the citadel share the city, a
    /// country ("سووری" is red brick here, and Syrian elsewhere) and two small figures: names
    /// every report of the city carries, so they stay apart.
    @Test func reportsSharingOnlyBroadPlacesStayApartAcrossLanguages() {
        let coach = ClusterDocument(
            id: "coach", source: "basnews", title: "Erbil SC names Serbian coach ahead of the new season",
            text: """
                Erbil Sports Club has appointed a Serbian coach on a one-year contract as it prepares for the new \
                season of the Iraq Stars League. The coach will lead a two-week training camp away from the \
                summer heat of Erbil. The club has also signed three new players, including a Syrian winger.
                """,
            published: Self.base, language: "en")
        let citadel = ClusterDocument(
            id: "citadel", source: "rudaw", title: "12 خانووی کۆنی قەڵای هەولێر بۆ گەشتیاران دەکرێنەوە",
            text: """
                کارەکانی نۆژەنکردنەوەی 12 خانووی کۆن لە قەڵای هەولێر تەواو بوون. خانووەکان بە خشتی سووری کۆن \
                نۆژەن کراونەتەوە. تێچووی پرۆژەکە دوو ملیار دینار بووە و ڕۆژانە نزیکەی سێ هەزار کەس سەردانی \
                قەڵاکە دەکەن.
                """,
            published: Self.base + 3_600, language: "ckb")
        let result = StoryClusterer().cluster([coach, Self.election, citadel])
        #expect(result[2].storyKey == "citadel", "\(result[2])")
    }

    /// A report in another language that shares a story's city, a weekday and a small count, and
    /// nothing of what happened, needs its anchors to agree more closely than other evidence does:
    /// a bomb in Kirkuk on Tuesday is not the protest over power cuts there that day.
    @Test func reportsSharingOnlyACityAndADayStayApartAcrossLanguages() {
        let protest = ClusterDocument(
            id: "protest", source: "wire", title: "Kirkuk residents block road in protest over power cuts",
            text: """
                Dozens of Kurdish residents of the Azadi neighbourhood in Kirkuk blocked a main road on Tuesday, \
                burning tyres to protest against power cuts that have lasted up to 2 days. Protesters said the \
                electricity supply had fallen to a few hours a day. Local officials promised to restore power.
                """,
            published: Self.base, language: "en")
        let outage = ClusterDocument(
            id: "outage", source: "daily", title: "Angry Kirkuk residents burn tyres over power outages",
            text: """
                Kurdish residents of two Kirkuk neighbourhoods burned tyres and blocked a road on Tuesday in anger \
                at power outages. The protesters said they had been without electricity for 2 days and demanded \
                that the electricity directorate act. Police were deployed to reopen the road.
                """,
            published: Self.base + 3_600, language: "en")
        let bomb = ClusterDocument(
            id: "bomb", source: "agency", title: "انفجار عبوة ناسفة يستهدف دورية للشرطة في كركوك",
            text: """
                انفجرت عبوة ناسفة صباح يوم الثلاثاء على دورية للشرطة في حي كردي في كركوك، ما أسفر عن إصابة 2 من \
                المنتسبين بجروح. واتهمت مصادر أمنية تنظيم داعش بالوقوف وراء الهجوم قرب الدبس وسلسلة جبال حمرين.
                """,
            published: Self.base + 7_200, language: "ar")
        let result = StoryClusterer().cluster([protest, outage, bomb])
        #expect(result[1].storyKey == "protest", "\(result[1])")
        #expect(result[2].storyKey == "bomb", "\(result[2])")
    }

    /// A second bomb in another town of the same governorate four days later, its report recalling
    /// the first, is another event; a funeral in the victims' home town three days later, its
    /// headline naming the first town too, is a follow-up.
    @Test func aSecondAttackInAnotherTownDaysLaterStaysApart() {
        let first = ClusterDocument(
            id: "baqubah-1", source: "wire", title: "Roadside bomb kills two Iraqi soldiers near Baqubah",
            text: """
                A roadside bomb struck an Iraqi army patrol near Baqubah in Diyala province on Tuesday, killing \
                two soldiers and wounding three, security officials said. The patrol was searching orchards \
                north-east of the city when the device exploded. No group claimed the attack, but Islamic State \
                cells remain active in the area.
                """,
            published: Self.base, language: "en")
        let second = ClusterDocument(
            id: "baqubah-2", source: "daily", title: "Two soldiers killed as bomb hits army patrol near Baqubah",
            text: """
                Two Iraqi soldiers were killed and three wounded on Tuesday when a bomb hit their patrol near \
                Baqubah, the capital of Diyala province. Security forces sealed off the orchards and began a \
                search for the militants who planted the device, officials said.
                """,
            published: Self.base + 7_200, language: "en")
        let later = ClusterDocument(
            id: "jalawla", source: "agency", title: "Bomb kills army officer near Jalawla in Diyala",
            text: """
                A roadside bomb killed an Iraqi army officer and wounded two soldiers near Jalawla in Diyala \
                province on Saturday, security officials said, four days after a bomb killed two soldiers on \
                patrol near Baqubah. The patrol was searching farmland in the Hamrin foothills when the device \
                exploded. Islamic State cells remain active in the area.
                """,
            published: Self.base + 4 * Self.day, language: "en")
        let funeral = ClusterDocument(
            id: "funeral", source: "local", title: "Khanaqin mourns two soldiers killed in Baqubah bombing",
            text: """
                Hundreds of people in Khanaqin on Friday attended the funeral of two Iraqi soldiers killed when a \
                roadside bomb hit their patrol near Baqubah in Diyala province on Tuesday. Relatives said the two \
                soldiers had served in the army for five years. Security officials said the search for the \
                militants who planted the device continues.
                """,
            published: Self.base + 3 * Self.day, language: "en")
        let result = StoryClusterer().cluster([first, second, later, funeral])
        #expect(result[1].storyKey == "baqubah-1", "\(result[1])")
        #expect(result[2].storyKey == "jalawla", "\(result[2])")
        #expect(result[3].storyKey == "baqubah-1", "\(result[3])")
    }

    /// A report published `hours` after ``base``.
    private static func report(
        _ id: String, _ title: String, _ text: String, hours: Int64, source: String, language: String
    ) -> ClusterDocument {
        ClusterDocument(
            id: id, source: source, title: title, text: text, published: base + hours * 3_600, language: language)
    }

    /// A day and more after a house fire, a headline of a fire in another town of the province that
    /// names nothing of the first (its town, its victims) is a second fire, though its copy recalls
    /// the first; the same day it may still be the first fire's report placed loosely, and villages
    /// emptied in another town by the first happening are what followed it.
    @Test func aFireInAnotherTownTheNextDayStaysApart() {
        func report(_ id: String, _ title: String, _ text: String, hours: Int64, source: String) -> ClusterDocument {
            Self.report(id, title, text, hours: hours, source: source, language: "en")
        }
        let first = report(
            "chamchamal-1", "Mother and two daughters killed in Chamchamal house fire",
            """
            A mother and her two daughters died when fire swept through their home in Chamchamal, in \
            Sulaimani province, early on Tuesday, civil defence officials said. A kerosene heater caught fire \
            in the living room while the family slept. Firefighters put out the blaze within an hour.
            """, hours: 0, source: "wire")
        let second = report(
            "chamchamal-2", "Kerosene heater fire kills woman and two girls in Chamchamal",
            """
            A woman and her two young daughters were killed on Tuesday when a kerosene heater set fire to \
            their house in Chamchamal, Sulaimani province, the civil defence directorate said. Neighbours \
            tried to break in before firefighters arrived and put out the blaze.
            """, hours: 3, source: "daily")
        func darbandikhan(hours: Int64) -> ClusterDocument {
            report(
                "darbandikhan", "Grandmother and grandson die in Darbandikhan house fire",
                """
                A grandmother and her grandson died when fire broke out in their home in Darbandikhan, in \
                Sulaimani province, on Wednesday night, civil defence officials said, a day after a kerosene \
                heater fire killed a mother and two daughters in Chamchamal. A gas heater caught fire while the \
                family slept; firefighters put out the blaze within an hour.
                """, hours: hours, source: "agency")
        }
        let result = StoryClusterer().cluster([first, second, darbandikhan(hours: 38)])
        #expect(result[1].storyKey == "chamchamal-1", "\(result[1])")
        #expect(result[2].storyKey == "darbandikhan", "\(result[2])")
        // Six hours after the first reports, the same headline may be a report placing it loosely.
        let early = StoryClusterer().cluster([first, second, darbandikhan(hours: 6)])
        #expect(early[2].storyKey == "chamchamal-1", "\(early[2])")
    }

    /// A day after strikes on one mountain area began, families emptying villages in another town
    /// because of them is what followed, not another bombardment.
    @Test func villagesEmptiedElsewhereByABombardmentJoinIt() {
        func report(_ id: String, _ title: String, _ text: String, hours: Int64, source: String) -> ClusterDocument {
            Self.report(id, title, text, hours: hours, source: source, language: "kmr")
        }
        let first = report(
            "metina-1", "Balafirên şer ên Tirkiyê derdora Çiyayê Metînayê bombebaran dikin",
            """
            Balafirên şer ên artêşa Tirkiyê îro sibê derdora Çiyayê Metînayê li herêma Amêdiyê bombebaran \
            kirin. Li gorî rayedarên herêmî, bombebaran çend saetan domiya û zirar gihîşt rez û baxên gundiyan.
            """, hours: 0, source: "rudaw")
        let second = report(
            "metina-2", "Artêşa Tirkiyê li herêma Metînayê bombebaran domand",
            """
            Artêşa Tirkiyê bombebarana derdora Çiyayê Metînayê li herêma Amêdiyê domand. Gundiyan gotin ku \
            balafir û topan hemû şev ew derdor bombebaran kirin û zirar gihîşt rez û baxan.
            """, hours: 3, source: "k24")
        let villages = report(
            "batifa", "27 malbat ji ber bombebarana Tirkiyê gundên xwe yên li Batîfayê vala kirin",
            """
            27 malbat ji ber bombebarana artêşa Tirkiyê ya li derdora Çiyayê Metînayê gundên xwe yên li \
            herêma Batîfayê vala kirin û çûn Zaxoyê. Gundiyan gotin ku bombebaran nêzî gundan bûye.
            """, hours: 26, source: "basnews")
        let result = StoryClusterer().cluster([first, second, villages])
        #expect(result[1].storyKey == "metina-1", "\(result[1])")
        #expect(result[2].storyKey == "metina-1", "\(result[2])")
    }

    /// Days after a story began, a headline naming a kind of event its headlines never named (a
    /// drone attack on the oil field whose exports a deal raised) is another event, whatever the
    /// copy recalls; a later stage of the same happening (a fire at the site of a blast, arrests
    /// over it) is not.
    @Test func aDifferentKindOfEventDaysLaterStaysApartButLaterStagesJoin() {
        let deal = ClusterDocument(
            id: "deal", source: "wire", title: "Baghdad and Erbil agree to raise Kirkuk oil flows to Ceyhan",
            text: """
                Iraq's oil ministry and the Kurdistan Regional Government agreed on Tuesday to raise crude exports                 from the Bai Hassan and Avana fields in Kirkuk through the pipeline to the Turkish port of Ceyhan                 to 250,000 barrels a day, officials said. The state marketer SOMO will sell the extra barrels.
                """,
            published: Self.base, language: "en")
        let dealReport = ClusterDocument(
            id: "deal-2", source: "daily", title: "Iraq to pump more Kirkuk crude through the pipeline to Turkey",
            text: """
                Iraq will pump 250,000 barrels a day of Kirkuk crude from the Bai Hassan and Avana fields                 through the pipeline to Ceyhan under a deal between the oil ministry and the Kurdistan Regional                 Government, officials said on Tuesday. SOMO is to market the oil.
                """,
            published: Self.base + 3_600, language: "en")
        let drone = ClusterDocument(
            id: "drone", source: "agency", title: "Drone attack sparks fire at Bai Hassan oil field in Kirkuk",
            text: """
                A drone attack set fire to a storage tank at the Bai Hassan oil field in Kirkuk on Saturday,                 halting production, officials said. The field feeds the pipeline to Ceyhan, where exports were                 raised to 250,000 barrels a day under a deal between Baghdad and the Kurdistan Regional                 Government on Tuesday. SOMO said crude flows were suspended.
                """,
            published: Self.base + 4 * Self.day, language: "en")
        let blast = ClusterDocument(
            id: "blast", source: "wire", title: "Explosion at Kirkuk fuel depot kills three workers",
            text: """
                An explosion tore through a fuel depot on the edge of Kirkuk on Monday, killing three workers                 and injuring eight, civil defence officials said. Tanker trucks were being loaded when the blast                 happened, and the cause is under investigation.
                """,
            published: Self.base + 10 * Self.day, language: "en")
        let stillBurning = ClusterDocument(
            id: "fire", source: "daily",
            title: "Firefighters still battling blaze at Kirkuk fuel depot where three died",
            text: """
                Civil defence teams were still fighting a fire at the fuel depot on the edge of Kirkuk on                 Thursday, three days after an explosion killed three workers and injured eight there while                 tanker trucks were being loaded. Officials said the cause of the blast is under investigation.
                """,
            published: Self.base + 13 * Self.day, language: "en")
        let arrests = ClusterDocument(
            id: "arrests", source: "agency", title: "Two depot guards arrested over deadly Kirkuk explosion",
            text: """
                Police in Kirkuk arrested two guards of the fuel depot where an explosion killed three workers                 and injured eight on Monday, officials said on Friday. Investigators suspect negligence while                 tanker trucks were being loaded at the depot on the edge of the city.
                """,
            published: Self.base + 14 * Self.day, language: "en")
        let result = StoryClusterer().cluster([deal, dealReport, drone, blast, stillBurning, arrests])
        #expect(result[1].storyKey == "deal", "\(result[1])")
        #expect(result[2].storyKey == "drone", "\(result[2])")
        #expect(result[4].storyKey == "blast", "\(result[4])")
        #expect(result[5].storyKey == "blast", "\(result[5])")
    }

    /// Days after a flood, residents protesting over the relief are another event, though their
    /// headline names the flood too; the flood's own later reports (bodies found, roads reopened)
    /// join it.
    @Test func aProtestDaysAfterAFloodStaysApartThoughItNamesTheFlood() {
        let flood = ClusterDocument(
            id: "flood", source: "wire", title: "Flash flood kills three in Zakho as Khabur river bursts its banks",
            text: """
                A flash flood swept through low-lying neighbourhoods of Zakho in Duhok province on Monday after \
                the Khabur river burst its banks, killing three people, civil defence officials said. Two more \
                are missing and dozens of homes and shops were flooded.
                """,
            published: Self.base, language: "en")
        let bodies = ClusterDocument(
            id: "bodies", source: "daily", title: "Bodies of two missing found after Zakho flood",
            text: """
                Rescuers found the bodies of a father and son swept away by the flood in Zakho in Duhok province, \
                raising the death toll to five, civil defence officials said on Tuesday. Homes and shops along \
                the Khabur river were flooded on Monday.
                """,
            published: Self.base + Self.day, language: "en")
        let protest = ClusterDocument(
            id: "protest", source: "agency", title: "Flood-hit Zakho residents protest over slow relief",
            text: """
                Hundreds of residents whose homes were flooded in Zakho in Duhok province blocked the main road on \
                Thursday, demanding compensation and faster relief, three days after the Khabur river burst its \
                banks and a flash flood killed five people.
                """,
            published: Self.base + 3 * Self.day, language: "en")
        let result = StoryClusterer().cluster([flood, bodies, protest])
        #expect(result[1].storyKey == "flood", "\(result[1])")
        #expect(result[2].storyKey == "protest", "\(result[2])")
    }

    /// "North of Baghdad" places an event on the capital's outskirts, as "in Baghdad" does: a bomb
    /// there days after an attack near Kirkuk is another event, however alike the copy.
    @Test func aDirectionBeforeACapitalPlacesTheEvent() {
        let kirkuk = ClusterDocument(
            id: "kirkuk", source: "wire", title: "Three Iraqi soldiers killed in ISIS attack southwest of Kirkuk",
            text: """
                Islamic State militants attacked an army post southwest of Kirkuk on Tuesday night, killing three \
                Iraqi soldiers, security officials said. The attackers fled into the valleys, and security \
                forces began a search of the area.
                """,
            published: Self.base, language: "en")
        let baghdad = ClusterDocument(
            id: "baghdad", source: "agency", title: "Bomb kills Iraqi police officer north of Baghdad",
            text: """
                A roadside bomb killed an Iraqi police officer north of Baghdad on Friday, security officials \
                said, three days after Islamic State militants killed three Iraqi soldiers in an attack on an \
                army post. Security forces began a search of the area.
                """,
            published: Self.base + 62 * 3_600, language: "en")
        let result = StoryClusterer().cluster([kirkuk, baghdad])
        #expect(result[1].storyKey == "baghdad", "\(result[1])")
    }

    /// A story told only as an attack with casualties may turn out to be any kind: a later headline
    /// naming its bomb is a follow-up, not another kind of event.
    @Test func aLaterHeadlineNamingTheKindOfAnAttackJoinsIt() {
        let attack = ClusterDocument(
            id: "attack", source: "wire", title: "Attack on army checkpoint near Daquq kills two soldiers",
            text: """
                Two Iraqi soldiers were killed and three wounded in an attack on an army checkpoint near Daquq in \
                Kirkuk province on Monday night, security officials said. Islamic State cells remain active in \
                the area.
                """,
            published: Self.base, language: "en")
        let claim = ClusterDocument(
            id: "claim", source: "agency", title: "IS claims roadside bomb attack on Daquq checkpoint",
            text: """
                Islamic State claimed responsibility on Thursday for the roadside bomb attack on an army \
                checkpoint near Daquq in Kirkuk province on Monday night that killed two Iraqi soldiers and \
                wounded three, security officials said.
                """,
            published: Self.base + 3 * Self.day, language: "en")
        let result = StoryClusterer().cluster([attack, claim])
        #expect(result[1].storyKey == "attack", "\(result[1])")
    }

    /// A headline calling its happening the second of its kind this week starts a story of its
    /// own, whatever its copy recalls of the first; the first's follow-up the next day still joins.
    @Test func aSecondStrikeThisWeekStaysApartFromTheFirst() {
        let first = ClusterDocument(
            id: "strike-1", source: "wire", title: "Turkish drone strike kills two near Sidakan",
            text: """
                A Turkish drone struck a car near Sidakan in the Soran district of Erbil province on Tuesday, \
                killing two men, local officials said. The Turkish defence ministry said it had targeted PKK \
                militants in the mountains along the border.
                """,
            published: Self.base, language: "en")
        let second = ClusterDocument(
            id: "strike-1b", source: "daily", title: "Two killed as Turkish drone hits vehicle near Sidakan",
            text: """
                Two men were killed on Tuesday when a Turkish drone hit their car near Sidakan in Erbil province, \
                the mayor said. Turkey's defence ministry said the strike targeted PKK militants near the border.
                """,
            published: Self.base + 3_600, language: "en")
        let followUp = ClusterDocument(
            id: "victims", source: "local", title: "Sidakan drone strike victims were beekeepers, officials say",
            text: """
                The two men killed by a Turkish drone near Sidakan in Erbil province on Tuesday were beekeepers \
                from the village, local officials said on Wednesday, rejecting Turkey's claim that they were PKK \
                militants.
                """,
            published: Self.base + Self.day, language: "en")
        let again = ClusterDocument(
            id: "strike-2", source: "wire", title: "Turkish drone strike kills shepherd near Sidakan, second this week",
            text: """
                A Turkish drone strike killed a shepherd near Sidakan in the Soran district of Erbil province on \
                Saturday, local officials said, four days after a drone killed two men near the town. The Turkish \
                defence ministry said it had targeted PKK militants along the border.
                """,
            published: Self.base + 4 * Self.day, language: "en")
        let burial = ClusterDocument(
            id: "burial", source: "local", title: "Sidakan buries shepherd killed in second drone strike in a week",
            text: """
                Hundreds of people in Sidakan in Erbil province buried on Sunday a shepherd killed by a Turkish \
                drone strike on Saturday, the second deadly strike near the town in a week, local officials said.
                """,
            published: Self.base + 4 * Self.day + 29 * 3_600, language: "en")
        let result = StoryClusterer().cluster([first, second, followUp, again, burial])
        #expect(result[1].storyKey == "strike-1", "\(result[1])")
        #expect(result[2].storyKey == "strike-1", "\(result[2])")
        #expect(result[3].storyKey == "strike-2", "\(result[3])")
        // The repeat's own follow-up, more than a day later, still joins it.
        #expect(result[4].storyKey == "strike-2", "\(result[4])")
    }

    /// A report whose headline says nothing of a repeat but whose copy counts its shooting as the
    /// second in the city this week starts a story of its own, although that copy recalls the first
    /// shooting's place and day; its own follow-up joins it, and the first's follow-up the first.
    @Test func aReportCountingItsShootingAsTheSecondThisWeekStaysApartFromTheFirst() {
        let first = ClusterDocument(
            id: "cafe", source: "wire", title: "Gunman wounds two in Ankawa cafe shooting in Erbil",
            text: """
                A man opened fire with a pistol inside a cafe in Erbil's Ankawa district on Monday night after an \
                argument with staff, wounding a waiter and a customer, police said. The gunman fled the scene.
                """,
            published: Self.base, language: "en")
        let arrest = ClusterDocument(
            id: "cafe-arrest", source: "daily", title: "Erbil police arrest suspect in Ankawa cafe shooting",
            text: """
                Erbil police arrested a 31-year-old man on Tuesday suspected of wounding two people when he opened \
                fire inside a cafe in Ankawa on Monday night, a police spokesman said.
                """,
            published: Self.base + 10 * 3_600, language: "en")
        let road = ClusterDocument(
            id: "road", source: "daily", title: "Man killed after traffic dispute on Erbil ring road",
            text: """
                A man was killed and his cousin wounded on Thursday evening when an argument between two drivers on \
                Erbil's ring road ended in gunfire, police said. The gunman fled the scene with a companion. \
                It was the second shooting in Erbil in less than a week: on Monday night a man wounded two people \
                when he opened fire inside a cafe in Ankawa, and police arrested the suspect on Tuesday.
                """,
            published: Self.base + 3 * Self.day, language: "en")
        let brothers = ClusterDocument(
            id: "road-arrest", source: "wire", title: "Two brothers held over deadly ring road dispute in Erbil",
            text: """
                Erbil police on Friday arrested two brothers suspected of killing a man after a traffic dispute on \
                the city's ring road on Thursday evening, a police statement said.
                """,
            published: Self.base + 3 * Self.day + 16 * 3_600, language: "en")
        let result = StoryClusterer().cluster([first, arrest, road, brothers])
        #expect(result[1].storyKey == "cafe", "\(result[1])")
        #expect(result[2].storyKey == "road", "\(result[2])")
        #expect(result[3].storyKey == "road", "\(result[3])")
    }

    /// Export figures are no happening: a bomb on the pipeline the next day, whose report recalls
    /// the figures, is a story of its own; a flash of the bomb joining it pulls the figures in no
    /// more than a report would; and a bomb on the pipeline two days later in a town the first
    /// bomb's reports never named is another. A bomb first reported as a halt in the flow joins.
    @Test func aBombOnAPipelineStaysApartFromItsExportFiguresAndFromTheNextBomb() {
        let figures = ClusterDocument(
            id: "figures", source: "kurdish", title: "SOMO: Iraq exported 3.41 million barrels a day in May, Ceyhan flows rise",
            text: """
                Iraq exported an average of 3.41 million barrels of crude a day in May, the state oil marketer SOMO \
                said on Monday, with flows through the Kirkuk-Ceyhan pipeline to Turkey at about 290,000 barrels a \
                day, their highest in a year. Exports from the southern terminals were steady.
                """,
            published: Self.base, language: "en")
        let figuresAgain = ClusterDocument(
            id: "figures-2", source: "wire", title: "Iraq's oil exports edge up in May, northern flows at one-year high",
            text: """
                Iraq's crude exports rose slightly in May to 3.41 million barrels a day, SOMO said on Monday. Flows \
                through the Kirkuk-Ceyhan pipeline to Turkey reached 290,000 barrels a day, a one-year high.
                """,
            published: Self.base + 3_600, language: "en")
        let bomb = ClusterDocument(
            id: "bomb", source: "wire", title: "Bomb hits Iraq's Kirkuk-Ceyhan oil pipeline, halting flows",
            text: """
                A roadside bomb blew a hole in Iraq's Kirkuk-Ceyhan oil pipeline north of Baiji late Monday, halting \
                the flow of crude to Turkey, security officials said. Pumping was stopped and crude leaked onto \
                farmland. The pipeline carries crude from Kirkuk to the Turkish port of Ceyhan. Iraq exported about \
                290,000 barrels a day through the line in May, a one-year high, according to figures released by the \
                state oil marketer SOMO on Monday, out of total exports of 3.41 million barrels a day.
                """,
            published: Self.base + 19 * 3_600, language: "en")
        let flash = ClusterDocument(
            id: "flash", source: "agency", title: "Urgent: bomb hits Kirkuk-Ceyhan oil pipeline, pumping halted", text: "",
            published: Self.base + 20 * 3_600, language: "en")
        let secondFlash = ClusterDocument(
            id: "flash-2", source: "radio", title: "Urgent: Kirkuk-Ceyhan oil pipeline flows to Turkey halted after bomb",
            text: "", published: Self.base + 20 * 3_600 + 1_800, language: "en")
        let next = ClusterDocument(
            id: "next", source: "agency", title: "Explosive device targets oil pipeline in Dibis",
            text: """
                A bomb exploded under the Kirkuk-Ceyhan oil pipeline in Dibis early on Thursday, halting the flow of \
                crude to Turkey again, security officials said. Pumping had resumed on Wednesday after repairs.
                """,
            published: Self.base + 66 * 3_600, language: "en")
        let result = StoryClusterer().cluster([figures, figuresAgain, bomb, flash, secondFlash, next])
        #expect(result[1].storyKey == "figures", "\(result[1])")
        #expect(result[2].storyKey == "bomb", "\(result[2])")
        #expect(result[3].storyKey == "bomb", "\(result[3])")
        #expect(result[4].storyKey == "bomb", "\(result[4])")
        #expect(result[5].storyKey == "next", "\(result[5])")

        let halt = ClusterDocument(
            id: "halt", source: "kurdish", title: "Flows halted on Kirkuk-Ceyhan oil pipeline north of Baiji",
            text: """
                Crude stopped flowing through the Kirkuk-Ceyhan oil pipeline north of Baiji late on Monday, officials \
                of the North Oil Company said, without giving a reason. Pumping to Turkey was stopped.
                """,
            published: Self.base + 16 * 3_600, language: "en")
        let early = StoryClusterer().cluster([halt, bomb])
        #expect(early[1].storyKey == "halt", "\(early[1])")
    }

    /// A Kurmanji headline tells a fire with a verb ("agir pêket"), not a listed word: the fire is
    /// still an anchor it shares with the Arabic and English reports, and joins them.
    @Test func aKurmanjiFireReportJoinsTheFireItsVerbTells() {
        let arabic = ClusterDocument(
            id: "ar", source: "alsumaria", title: "حريق في إحدى وحدات مصفى بيجي وإصابة ثلاثة منتسبين",
            text: """
                اندلع حريق صباح اليوم الثلاثاء في وحدة التقطير بمصفى بيجي شمالي محافظة صلاح الدين، ما أدى إلى إصابة \
                ثلاثة من المنتسبين بحروق طفيفة، وفق مصدر في الدفاع المدني. وقال المصدر إن فرق الإطفاء سيطرت على \
                النيران بعد ساعتين.
                """,
            published: Self.base, language: "ar")
        let english = ClusterDocument(
            id: "en", source: "wire", title: "Fire at Baiji refinery unit injures three workers",
            text: """
                A fire broke out on Tuesday morning in a distillation unit of the Baiji refinery in Salahuddin \
                province, injuring three workers, civil defence officials said. Firefighters brought the blaze under \
                control after two hours.
                """,
            published: Self.base + 2 * 3_600, language: "en")
        let kurmanji = ClusterDocument(
            id: "kmr", source: "k24", title: "Li rafîneriya Beycîyê agir pêket, sê karker birîndar bûn",
            text: """
                Îro sibê li yekeyeke rafîneriya Beycîyê ya li parêzgeha Selahedînê agir pêket û sê karker birîndar \
                bûn. Parastina sivîl ragihand ku agir piştî du saetan hat vemirandin.
                """,
            published: Self.base + 5 * 3_600, language: "kmr")
        let result = StoryClusterer().cluster([arabic, english, kurmanji])
        #expect(result[1].storyKey == "ar", "\(result[1])")
        #expect(result[2].storyKey == "ar", "\(result[2])")
    }

    /// A building's collapse and, two days later in the same neighbourhood, a gas blast are two
    /// happenings, though the blast's report recalls the collapse; the cause of the collapse found
    /// the next day joins the collapse.
    @Test func aGasBlastDaysAfterABuildingCollapseInTheSameNeighbourhoodStaysApart() {
        let collapse = ClusterDocument(
            id: "collapse", source: "wire", title: "Two workers killed as building collapses in Sulaimani's Bakhtiyari",
            text: """
                Two workers were killed on Thursday when a building under construction collapsed in the Bakhtiyari \
                neighbourhood of Sulaimani, civil defence said. Rescuers pulled three injured men from the rubble.
                """,
            published: Self.base, language: "en")
        let collapseAgain = ClusterDocument(
            id: "collapse-2", source: "daily", title: "Building collapse kills two workers in Sulaimani",
            text: """
                A building under construction collapsed in Sulaimani's Bakhtiyari district on Thursday, killing \
                two workers and injuring three, civil defence officials said.
                """,
            published: Self.base + 2 * 3_600, language: "en")
        let blast = ClusterDocument(
            id: "blast", source: "daily", title: "Woman killed, four hurt in gas cylinder blast in Sulaimani's Bakhtiyari",
            text: """
                A woman was killed and four people injured on Saturday morning when a gas cylinder exploded in the \
                kitchen of a family home in Sulaimani's Bakhtiyari neighbourhood, civil defence said. The blast \
                tore through two rooms and shattered windows along the street; the injured, among them two \
                children, were taken to the emergency hospital. A leaking valve is suspected. Neighbours said the \
                family had bought the cylinder the day before. Two days earlier two workers were killed when a \
                building under construction collapsed in the same neighbourhood.
                """,
            published: Self.base + 46 * 3_600, language: "en")
        let cause = ClusterDocument(
            id: "cause", source: "wire", title: "Weak foundations caused deadly building collapse in Sulaimani, inquiry finds",
            text: """
                Weak foundations and cheap concrete caused the collapse of a building under construction in \
                Sulaimani's Bakhtiyari neighbourhood that killed two workers on Thursday, an inquiry found.
                """,
            published: Self.base + 30 * 3_600, language: "en")
        let result = StoryClusterer().cluster([collapse, collapseAgain, cause, blast])
        #expect(result[1].storyKey == "collapse", "\(result[1])")
        #expect(result[2].storyKey == "collapse", "\(result[2])")
        #expect(result[3].storyKey == "blast", "\(result[3])")
    }

    /// A headline placing its event in a capital only ("…in Erbil's historic bazaar") and a story
    /// whose headlines place theirs in another governorate (Baghdad's Shorja market) are two events,
    /// even when the later report recalls the first.
    @Test func aFireInOneCapitalRecallingAFireInAnotherStaysApart() {
        let first = ClusterDocument(
            id: "shorja-1", source: "wire", title: "Fire rips through warehouses in Baghdad's Shorja market",
            text: """
                A large fire broke out on Thursday in warehouses of the Shorja market in central Baghdad, the civil \
                defence said, destroying stocks of clothes and household goods. Firefighters needed six hours to \
                bring the blaze under control. No casualties were reported; an electrical fault is suspected.
                """,
            published: Self.base, language: "en")
        let second = ClusterDocument(
            id: "shorja-2", source: "daily", title: "Civil defence contains blaze in Baghdad's Shorja market",
            text: """
                Civil defence teams contained a fire in the warehouses of Baghdad's Shorja market on Thursday after \
                six hours, officials said. Traders estimated their losses at millions of dollars. An electrical \
                fault is the suspected cause of the blaze.
                """,
            published: Self.base + 4 * 3_600, language: "en")
        let erbil = ClusterDocument(
            id: "erbil", source: "agency", title: "Fire destroys about 30 shops in Erbil's historic bazaar",
            text: """
                A fire destroyed about 30 shops in the historic covered bazaar of Erbil on Saturday, the civil \
                defence said, two days after a blaze gutted warehouses in Baghdad's Shorja market. Firefighters \
                brought the fire under control after four hours. No casualties were reported; an electrical \
                fault is suspected.
                """,
            published: Self.base + 2 * Self.day, language: "en")
        let result = StoryClusterer().cluster([first, second, erbil])
        #expect(result[1].storyKey == "shorja-1", "\(result[1])")
        #expect(result[2].storyKey == "erbil", "\(result[2])")
    }

    /// "Baghdad condemns…" speaks for the government: its report joins the strike in Amedi it is about.
    @Test func aCapitalSpeakingForItsGovernmentIsNotAPlace() {
        let strike = ClusterDocument(
            id: "strike", source: "wire", title: "Turkish drone strike kills three in Amedi",
            text: """
                A Turkish drone strike killed three people near Amedi in Duhok province on Monday, local officials \
                said. The strike hit a vehicle on the road to the village of Sargele.
                """,
            published: Self.base, language: "en")
        let reaction = ClusterDocument(
            id: "reaction", source: "agency", title: "Baghdad condemns Turkish strike that killed three",
            text: """
                The Iraqi government in Baghdad condemned on Monday a Turkish drone strike that killed three people \
                near Amedi in Duhok province, calling it a violation of Iraqi sovereignty. The strike hit a vehicle \
                near the village of Sargele.
                """,
            published: Self.base + 4 * 3_600, language: "en")
        let result = StoryClusterer().cluster([strike, reaction])
        #expect(result[1].storyKey == "strike", "\(result[1])")
    }

    /// A Sorani report shares one named place with the English story, but also what happened (a
    /// protest, the wounded, arrests) and its figures: the topics count as the second name the
    /// cross-language anchors need.
    @Test func aReportSharingACityAndWhatHappenedJoinsAcrossLanguages() {
        let english = ClusterDocument(
            id: "basra-en", source: "wire", title: "11 injured as Basra protesters clash with police over power cuts",
            text: """
                Eleven people were injured on Wednesday night when protesters angry at power cuts clashed with \
                police outside the Basra governorate building, a health official said. Police arrested 23 people \
                after demonstrators threw stones and burned tyres. Temperatures in the city passed 50C this week \
                while electricity supply fell to a few hours a day.
                """,
            published: Self.base, language: "en")
        let sorani = ClusterDocument(
            id: "basra-ckb", source: "rudaw", title: "خۆپیشاندانی بەسرە لەسەر بڕانی کارەبا: ١١ بریندار",
            text: """
                لە خۆپیشاندانی شەوی چوارشەممەی خەڵکی بەسرە بەرامبەر بڕانی کارەبا، ١١ کەس بریندار بوون و ٢٣ کەسیش \
                دەستگیرکران. خۆپیشاندەران لە بەردەم بینای پارێزگا تایەیان سووتاند.
                """,
            published: Self.base + 3_600, language: "ckb")
        let result = StoryClusterer().cluster([english, Self.election, sorani])
        #expect(result[2].storyKey == "basra-en", "\(result[2])")
    }

    @Test func cancellableClusteringMatchesAndStops() {
        let documents = [Self.fireA, Self.election, Self.fireB]
        let clusterer = StoryClusterer()
        #expect(clusterer.cluster(documents, shouldStop: { false }) == clusterer.cluster(documents))
        #expect(clusterer.cluster(documents, shouldStop: { true }) == nil)
    }

    @Test func repeatedRunsGiveIdenticalAssignments() {
        let documents = [Self.fireA, Self.election, Self.fireB]
        #expect(StoryClusterer().cluster(documents) == StoryClusterer().cluster(documents))
    }

    @Test func documentsWithoutAnyTermStillGetAnAssignment() {
        let empty = ClusterDocument(id: "empty", source: "x", title: "", text: "")
        let result = StoryClusterer().cluster([empty, empty])
        #expect(result.count == 2)
        #expect(result[0].storyKey == "empty")
    }
}
