import Testing

@testable import StoryClustering

/// Days after a happening of a brief kind, a headline of that kind that shares only places with the
/// story (its river, its town) tells another happening there; what followed the first, told days
/// later in the same place, is still its story's, and so is a protest's later report that names who
/// protested.
@Suite struct OnePlaceAnotherHappeningTests {
    private let labelled = LabelledReports(base: 1_917_000_000)

    /// Two brothers drown in the Gharraf; three days later a young man drowns in the same river near
    /// another town, and a brother's body is recovered.
    @Test func anotherDrowningInTheSameRiverDaysLaterIsAnotherStory() {
        let reports = [
            labelled.report(
                "A1", "غرق شقيقين في نهر الغراف بناحية النصر",
                "ذي قار – غرق شقيقان في نهر الغراف بناحية النصر شمالي محافظة ذي قار، عصر الجمعة، أثناء السباحة، بحسب مصدر في الشرطة.\nوقال المصدر إن الشقيقين يبلغان من العمر 14 و16 عاماً، وإن فرق الإنقاذ النهري في الدفاع المدني ما زالت تبحث عن جثتيهما في نهر الغراف.",
                minutes: 0, language: "ar"),
            labelled.report(
                "A2", "Two brothers drown in Gharraf river in Dhi Qar",
                "NASIRIYAH — Two brothers aged 14 and 16 drowned in the Gharraf river in al-Nasr subdistrict, north of Dhi Qar province, on Friday afternoon while swimming, a police source said.\nCivil defence river rescue teams were still searching the Gharraf for their bodies, the source said.",
                minutes: 90, language: "en"),
            labelled.report(
                "B1", "غرق شاب في نهر الغراف قرب الشطرة",
                "ذي قار – غرق شاب في العشرين من عمره في نهر الغراف قرب قضاء الشطرة شمالي محافظة ذي قار، مساء الاثنين، بعد أيام من غرق شقيقين في النهر ذاته بناحية النصر، بحسب مصدر في الدفاع المدني.\nوقال المصدر إن فرق الإنقاذ النهري ما زالت تبحث عن جثة الشاب في نهر الغراف.",
                minutes: 4320, language: "ar"),
            labelled.report(
                "A3", "انتشال جثة الشقيق الثاني الغريق في نهر الغراف",
                "ذي قار – انتشلت فرق الإنقاذ النهري في الدفاع المدني، الاثنين، جثة الشقيق الثاني من بين شقيقين غرقا في نهر الغراف بناحية النصر شمالي محافظة ذي قار يوم الجمعة، بحسب مصدر في الشرطة.\nوكانت جثة الشقيق الأول قد انتشلت السبت.",
                minutes: 4400, language: "ar"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    /// Unemployed graduates protest in Nasiriyah (A1, A2); four days later the governor announces
    /// contracts for them "after the Nasiriyah protest" (A3).
    private var graduatesProtest: [ClusterDocument] {
        [
            labelled.report(
                "A1", "Unemployed graduates protest in Nasiriyah demanding jobs",
                "NASIRIYAH — Hundreds of unemployed graduates protested outside the Dhi Qar governorate building in Nasiriyah on Sunday, demanding jobs in the public sector and the oil companies working in the province.\nThe graduates, holding their degrees, said they had waited years for appointments promised by successive governments.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "خريجون عاطلون يتظاهرون في الناصرية للمطالبة بفرص عمل",
                "ذي قار – تظاهر مئات الخريجين العاطلين عن العمل، الأحد، أمام مبنى محافظة ذي قار في الناصرية، للمطالبة بتعيينهم في الدوائر الحكومية والشركات النفطية العاملة في المحافظة.\nورفع المتظاهرون شهاداتهم الجامعية مطالبين بتنفيذ الوعود السابقة.",
                minutes: 60, language: "ar"),
            labelled.report(
                "A3", "محافظ ذي قار يعلن 1500 عقد للخريجين بعد تظاهرة الناصرية",
                "ذي قار – أعلن محافظ ذي قار، الخميس، تخصيص 1500 عقد للخريجين العاطلين عن العمل في دوائر المحافظة، بعد أيام من تظاهرة الخريجين أمام مبنى المحافظة في الناصرية.\nوقال المحافظ إن العقود ستوزع بحسب التخصصات والمعدلات.",
                minutes: 5760, language: "ar"),
        ]
    }

    /// Graduates protest in Nasiriyah; four days later the governor's contracts for them "after the
    /// Nasiriyah protest" are that protest's, and teachers protesting there over their salaries are
    /// another protest.
    @Test func aProtestsLaterReportNamingWhoProtestedJoinsItAndAnotherProtestThereDoesNot() {
        let reports = graduatesProtest + [
            labelled.report(
                "B1", "Teachers protest in Nasiriyah over unpaid salaries",
                "NASIRIYAH — Dozens of teachers protested outside the Dhi Qar education directorate in Nasiriyah on Thursday over three months of unpaid salaries.\nThe teachers threatened to boycott classes if their salaries were not paid by the end of the month.",
                minutes: 5800, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    /// A teenager drowns in the Tigris in Mosul; three days later a young man drowns south of the
    /// city and his body is recovered the next morning: the second drowning's story, more of
    /// recovery than of drowning, is still another happening, not the first drowning's aftermath.
    @Test func aSecondDrowningsStoryOfMostlyItsRecoveryStaysApart() {
        let reports = [
            labelled.report(
                "A1", "غرق فتى في نهر دجلة بالموصل",
                "نينوى – غرق فتى يبلغ من العمر 15 عاماً في نهر دجلة بالجانب الأيسر من مدينة الموصل، عصر الأربعاء، أثناء السباحة مع أصدقائه، بحسب مصدر في الدفاع المدني.\nوقال المصدر إن فرق الإنقاذ النهري تبحث عن جثة الفتى في نهر دجلة.",
                minutes: 0, language: "ar"),
            labelled.report(
                "A2", "Teenager drowns in Tigris in Mosul",
                "MOSUL — A 15-year-old boy drowned in the Tigris river on the left bank of Mosul on Wednesday afternoon while swimming with friends, a civil defence source said.\nRiver rescue teams were searching the Tigris for his body, the source said.",
                minutes: 130, language: "en"),
            labelled.report(
                "A3", "انتشال جثة فتى غرق في دجلة",
                "نينوى – انتشلت فرق الإنقاذ النهري في الدفاع المدني، مساء الخميس، جثة فتى غرق في نهر دجلة بمدينة الموصل يوم الأربعاء أثناء السباحة، بحسب مصدر في الدفاع المدني.",
                minutes: 1930, language: "ar"),
            labelled.report(
                "B1", "غرق شاب في نهر دجلة جنوبي الموصل",
                "نينوى – غرق شاب في العشرينات من عمره في نهر دجلة جنوبي مدينة الموصل، مساء السبت، بعد أيام من غرق فتى في النهر ذاته، بحسب مصدر في الدفاع المدني.\nوقال المصدر إن فرق الإنقاذ النهري تبحث عن جثة الشاب في نهر دجلة.",
                minutes: 4430, language: "ar"),
            labelled.report(
                "B2", "Li Hemam Elîlê termê xortê ku di Dîcleyê de xeniqî hat dîtin",
                "Mûsil – Termê xortekî ku êvara Şemiyê li başûrê Mûsilê di çemê Dîcleyê de xeniqîbû, sibeha Yekşemiyê li nêzîkî Hemam Elîlê hat dîtin, parastina sivîl ragihand.",
                minutes: 5320, language: "kmr"),
            labelled.report(
                "B3", "انتشال جثة الشاب الغريق في حمام العليل",
                "نينوى – انتشلت فرق الإنقاذ النهري، صباح الأحد، جثة شاب غرق في نهر دجلة جنوبي الموصل مساء السبت، قرب ناحية حمام العليل، بحسب مصدر في الدفاع المدني.",
                minutes: 5340, language: "ar"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    /// Customs at one crossing foil a cigarette smuggling; four days later they seize a truck of
    /// smuggled medicines there: two seizures.
    @Test func anotherSeizureAtTheSameCrossingDaysLaterIsAnotherStory() {
        let reports = [
            labelled.report(
                "A1", "Trebil customs foil smuggling of nearly 2,000 cartons of cigarettes",
                "RUTBA — Customs officers at the Trebil border crossing with Jordan foiled an attempt to smuggle 1,850 cartons of cigarettes hidden in a lorry carrying tiles on Monday, the Border Ports Commission said.\nThe driver was arrested and the cargo seized, the commission said in a statement.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "إحباط محاولة تهريب 1850 كارتون سجائر في منفذ طريبيل",
                "الأنبار – أعلنت هيئة المنافذ الحدودية، الاثنين، إحباط محاولة تهريب 1850 كارتون سجائر مخبأة في شاحنة محملة بالبلاط في منفذ طريبيل الحدودي مع الأردن، والقبض على السائق.",
                minutes: 60, language: "ar"),
            labelled.report(
                "B1", "Trebil customs seize truck carrying smuggled medicines",
                "RUTBA — Customs officers at the Trebil border crossing with Jordan seized a lorry carrying unlicensed medicines smuggled among food supplies on Friday, the Border Ports Commission said.\nThe medicines were handed to the health authorities and the driver was referred to the courts, the commission said.",
                minutes: 5800, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    /// A clan clash in Al-Hartha; 39 hours later another over a water share in Zubair, told by two
    /// outlets: a clash spreads to the next town within hours, not two days on.
    @Test func aClashInAnotherTownADayAndMoreLaterIsAnotherStory() {
        let reports = [
            labelled.report(
                "A1", "One killed, four wounded in tribal clash in Basra's Hartha",
                "BASRA — One man was killed and four wounded when two clans clashed with medium weapons in Al-Hartha district north of Basra on Sunday evening, a police source said.\nSecurity forces were deployed to the area and arrested several people, the source said, adding that the dispute was over a plot of farmland.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "مقتل شخص وإصابة أربعة بنزاع عشائري في قضاء الهارثة شمالي البصرة",
                "البصرة – قتل شخص وأصيب أربعة آخرون بنزاع عشائري استخدمت فيه الأسلحة المتوسطة في قضاء الهارثة شمالي البصرة، مساء الأحد، بحسب مصدر في الشرطة.\nوأضاف المصدر أن القوات الأمنية انتشرت في المنطقة واعتقلت عدداً من المتورطين، مبيناً أن النزاع اندلع بسبب قطعة أرض زراعية.",
                minutes: 50, language: "ar"),
            labelled.report(
                "B1", "Three killed in tribal clash over water share in Zubair",
                "BASRA — Three people were killed and six wounded in a tribal clash over a share of irrigation water in Zubair district west of Basra on Tuesday morning, police said.\nSecurity forces imposed a curfew on the area and arrested several people, days after another clan clash in the province.",
                minutes: 2340, language: "en"),
            labelled.report(
                "B2", "ثلاثة قتلى وستة جرحى بنزاع عشائري على حصة المياه في الزبير",
                "البصرة – قتل ثلاثة أشخاص وأصيب ستة آخرون بنزاع عشائري على حصة مياه السقي في قضاء الزبير غربي البصرة، صباح الثلاثاء، بحسب الشرطة.\nوفرضت القوات الأمنية حظراً للتجوال في المنطقة واعتقلت عدداً من المتورطين.",
                minutes: 2400, language: "ar"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    /// Protesters clashing with the police in the next town a day on are the protest spreading,
    /// not another clash: clashes are day-bound only where no protest is named.
    @Test func aProtestClashingInTheNextTownADayLaterStaysInItsStory() {
        let reports = [
            labelled.report(
                "A1", "Protesters clash with security forces in Nasiriyah over power cuts",
                "NASIRIYAH — Protesters angry at power cuts clashed with security forces outside the Dhi Qar electricity directorate in Nasiriyah on Sunday night, throwing stones as police fired tear gas.\nSeveral protesters and members of the security forces were hurt, a medical source said, as the protest over outages of up to 20 hours a day entered the night.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "مواجهات بين متظاهرين والقوات الأمنية في الناصرية احتجاجا على انقطاع الكهرباء",
                "الناصرية – اندلعت مواجهات بين متظاهرين غاضبين من انقطاع التيار الكهربائي والقوات الأمنية أمام مديرية كهرباء ذي قار في الناصرية مساء الأحد، واستخدمت القوات الغاز المسيل للدموع.\nوأصيب عدد من المتظاهرين وأفراد القوات الأمنية بحسب مصدر طبي.",
                minutes: 60, language: "ar"),
            labelled.report(
                "A3", "Power-cut protesters clash with security forces in Shatra",
                "SHATRA — Protests over power cuts spread to Shatra north of Nasiriyah on Monday evening, where protesters clashed with security forces outside the district electricity office, a day after clashes in the provincial capital.\nPolice fired tear gas to disperse the crowd, witnesses said, as demonstrators demanded an end to outages of up to 20 hours a day.",
                minutes: 1800, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    /// Another protest in the town days later is another story though its headline shares the
    /// words every protest uses for what it wants ("demanding"), even just after the first
    /// protest's follow-up: they name neither who protests nor why.
    @Test func anotherProtestSharingOnlyDemandingIsAnotherStory() {
        let reports = graduatesProtest + [
            labelled.report(
                "B1", "Teachers protest in Nasiriyah demanding unpaid salaries",
                "NASIRIYAH — Dozens of teachers protested outside the Dhi Qar education directorate in Nasiriyah on Thursday, demanding three months of unpaid salaries.\nThe teachers threatened to boycott classes if their salaries were not paid by the end of the month.",
                minutes: 5800, language: "en"),
            labelled.report(
                "B2", "معلمون يتظاهرون في الناصرية للمطالبة برواتبهم المتأخرة",
                "ذي قار – تظاهر عشرات المعلمين، الخميس، أمام مديرية تربية ذي قار في الناصرية، للمطالبة بصرف رواتبهم المتأخرة منذ ثلاثة أشهر.\nوهدد المعلمون بمقاطعة الدوام إذا لم تصرف رواتبهم.",
                minutes: 5860, language: "ar"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    /// A fire in one market days after a great fire there, told breaking out and put out in one
    /// headline ("إخماد حريق اندلع في…", "Civil defence teams put out fire at…"), is another fire,
    /// not the first one's end.
    @Test func aSmallFireToldPutOutDaysAfterAGreatFireInOneMarketIsAnotherStory() {
        let reports = [
            labelled.report(
                "A1", "حريق كبير يلتهم عشرات المحال في سوق الشورجة ببغداد",
                "بغداد – اندلع حريق كبير، مساء الأحد، في سوق الشورجة التجاري وسط العاصمة بغداد، والتهم عشرات المحال التجارية ومخازن المواد المنزلية، بحسب مديرية الدفاع المدني.\nوقالت المديرية إن فرقها تعمل على محاصرة النيران ومنع امتدادها إلى المباني المجاورة، ولم تسجل إصابات بشرية حتى الآن.",
                minutes: 0, language: "ar"),
            labelled.report(
                "A2", "Massive fire engulfs shops in Baghdad's Shorja market",
                "BAGHDAD — A massive fire broke out on Sunday evening in the Shorja wholesale market in central Baghdad, engulfing dozens of shops and warehouses of household goods, the civil defence directorate said.\nFirefighters were working to contain the blaze and stop it spreading to neighbouring buildings; no injuries were reported.",
                minutes: 60, language: "en"),
            labelled.report(
                "B1", "إخماد حريق اندلع في مخزن للأقمشة بسوق الشورجة",
                "بغداد – تمكنت فرق الدفاع المدني، فجر الخميس، من إخماد حريق اندلع في مخزن للأقمشة بسوق الشورجة وسط بغداد، من دون تسجيل إصابات بشرية، بحسب بيان للمديرية.\nوأضاف البيان أن الحريق نجم عن تماس كهربائي، وأن الفرق منعت امتداد النيران إلى المخازن المجاورة.",
                minutes: 4560, language: "ar"),
            labelled.report(
                "B2", "Civil defence teams put out fire at textile store in Shorja market",
                "BAGHDAD — Civil defence teams put out a fire that broke out at a textile warehouse in Baghdad's Shorja market early on Thursday, with no casualties, the directorate said in a statement.\nThe fire was caused by an electrical short circuit, and firefighters stopped the flames spreading to nearby stores.",
                minutes: 4620, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    /// Two days after a drone strike that killed two, a wire telling strikes on a village that hurt
    /// no one, naming no place, is another strike; a report of the first strike's dead the day
    /// after stays in its story.
    @Test func aStrikeThatHurtNoOneDaysAfterADeadlyOneIsAnotherStory() {
        let reports = [
            labelled.report(
                "A1", "Turkish drone strike kills two in Iraq's Kurdistan region",
                "ERBIL — A Turkish drone strike killed two men travelling in a car near the town of Sidakan in Iraq's Kurdistan region on Tuesday morning, local officials said.\nThe mayor of Sidakan said the two were civilians from a nearby village; Turkey's defence ministry did not comment.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "مقتل شخصين بقصف لطائرة مسيرة تركية استهدف عجلة في سيدكان",
                "أربيل – قتل شخصان، صباح الثلاثاء، بقصف لطائرة مسيرة تركية استهدف عجلة كانا يستقلانها قرب ناحية سيدكان في إقليم كردستان، بحسب مسؤول محلي.\nوقال مدير الناحية إن القتيلين مدنيان من إحدى القرى القريبة.",
                minutes: 70, language: "ar"),
            labelled.report(
                "A3", "Men killed in Sidakan drone strike were beekeepers, local officials say",
                "SIDAKAN — The two men killed in a Turkish drone strike near Sidakan on Tuesday were beekeepers on their way to their hives, local officials said on Wednesday.\nRelatives buried the men in their village, the officials said.",
                minutes: 1700, language: "en"),
            labelled.report(
                "B1", "Turkish shelling hits Iraqi Kurdish village, no casualties: officials",
                "ERBIL — Turkish artillery shelled the outskirts of a village in Iraq's Kurdistan region on Thursday, damaging orchards but causing no casualties, officials said.\nThe shelling came two days after a Turkish drone strike killed two men in a car near Sidakan. Turkey regularly strikes positions it says belong to the PKK in the mountainous border area.",
                minutes: 2820, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }
}
