import Testing

@testable import StoryClustering

/// The site words headlines name (``SiteWords``), inside a kind phrase ("hotel fire") or standing
/// alone, in the four languages; the report of what followed that shares only its site with its
/// happening's headlines; and the words that look like sites and are not, from a review of a wider
/// first version (classes of sites, vehicles, every stem) that merged other happenings through them.
@Suite struct SiteWordsTests {
    private static func sites(_ title: String, _ language: String) -> [UInt64] {
        HeadlineFeatures.of(title, language: language).titleSites
    }

    @Test(arguments: [
        ("Iraq hotel fire toll rises to four", "Fire at Karbala hotel kills three, injures 19", "en"),
        ("Fire guts dozens of shops in Hindiya's main market", "Market fire toll rises to two", "en"),
        ("اعتقال صاحب الفندق المحترق في كربلاء", "اندلاع حريق في فندق وسط كربلاء", "ar"),
        ("أصحاب محال سوق الهندية المحترق يطالبون بتعويضهم", "حريق كبير يلتهم عشرات المحال في سوق طويريج", "ar"),
        (
            "خاوەن و بەڕێوەبەری هوتێلە سووتاوەکەی کەربەلا دەستگیر کران",
            "ئاگرکەوتنەوەی هوتێلێک لە کەربەلا سێ کەسی کوشت",
            "ckb"
        ),
        ("Xwediyê otêla şewitî ya Kerbelayê hat girtin", "Li Kerbelayê agir berbû otêlekê: 3 kes mirin", "kmr"),
    ])
    func twoHeadlinesShareTheirSite(report: String, story: String, language: String) {
        let reportSites = Self.sites(report, language)
        #expect(!reportSites.isEmpty, "\(report)")
        #expect(reportSites.contains(where: Self.sites(story, language).contains), "\(report) | \(story)")
    }

    /// Vehicles and other sites a kind names as itself ("car crash", "drone", "minibus"), and words
    /// that a site word's stem collides with once normalised: the name Ammar (عمارة, a building),
    /// Kurmanji "borî" (past: "şeva borî", last night), "der" (about: "der barê"), "Ereban" (Arabs;
    /// "erebe", a car); a site inside a place's name ("Souk al-Shuyukh").
    @Test(arguments: [
        ("Car crash kills family of four near Zakho", "en"),
        ("Toll in Aziziyah minibus crash rises to four", "en"),
        ("Toll from Daquq house bombing rises to three", "en"),
        ("Farmer dies of burns as Hawija crop fire toll rises", "en"),
        ("Militants blow up power tower west of Kirkuk", "en"),
        ("Fire breaks out in Souk al-Shuyukh", "en"),
        ("تشييع جثامين ضحايا قصف الطائرة المسيرة التركية في زاخو", "ar"),
        ("عمار الحكيم يطالب بتعويض المتضررين من حريق الشورجة", "ar"),
        ("حريق يلتهم عمارة سكنية في الكرادة", "ar"),
        ("Sedema şewata şeva borî ya Hewlêrê hat diyarkirin", "kmr"),
        ("Lêkolîn der barê şewata Sêmêlê de dest pê kir", "kmr"),
        ("Hejmara qurbaniyên teqîna li dijî Ereban a Hewîceyê bû 3", "kmr"),
    ])
    func otherWordsNameNoSite(title: String, language: String) {
        #expect(Self.sites(title, language).isEmpty, "\(title)")
    }

    private let labelled = LabelledReports(base: 1_894_650_000)

    /// "Iraq hotel fire toll rises to four" the morning after "Fire at Karbala hotel kills three":
    /// a report of what followed whose headline shares only the hotel with the fire's, inside the
    /// kind phrase "hotel fire", and whose copy retells little (0.29, under the full bar), joins the
    /// fire's story at the bar of what followed.
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

    /// The review's archives: a report of what followed another happening of the same kind the next
    /// day, which the wider first version joined through a collided stem (Ammar, "borî") or a
    /// vehicle in the kind ("الطائرة المسيرة"), stays with its own happening.
    @Test func aCollidedStemOrAVehicleJoinsNoOtherHappening() {
        let ammar = [
            labelled.report(
                "A1", "حريق يلتهم عمارة سكنية في الكرادة",
                "اندلع حريق كبير، مساء اليوم الأحد، في عمارة سكنية من خمسة طوابق في منطقة الكرادة، بحسب مديرية الدفاع المدني. وأوضحت المديرية أن فرقها أنقذت 20 شخصا من السكان، فيما توفي شخصان اختناقا. ورجحت أن يكون تماس كهربائي سبب اندلاع الحريق.",
                minutes: 0, language: "ar"),
            labelled.report(
                "A2", "وفاة شخصين بحريق عمارة في الكرادة",
                "أعلنت مديرية الدفاع المدني وفاة شخصين اختناقا في حريق اندلع بعمارة سكنية في الكرادة مساء الأحد، وإنقاذ 20 آخرين.",
                minutes: 90, language: "ar"),
            labelled.report(
                "C1", "أمانة بغداد تطلق حملة لتأهيل الشوارع",
                "أطلقت أمانة بغداد، اليوم الاثنين، حملة لإعادة تأهيل الشوارع الرئيسة في جانب الرصافة.",
                minutes: 780, language: "ar"),
            labelled.report(
                "B2", "عمار الحكيم يطالب بتعويض المتضررين من حريق الشورجة",
                "طالب رئيس تيار الحكمة عمار الحكيم، اليوم الاثنين، الحكومة بتعويض أصحاب المحال المتضررة من الحريق الذي اندلع مساء الأحد في سوق الشورجة، والذي أسفر عن وفاة شخصين اختناقا. وكانت مديرية الدفاع المدني قد رجحت أن يكون تماس كهربائي سبب اندلاع الحريق.",
                minutes: 900, language: "ar"),
        ]
        let pastNight = [
            labelled.report(
                "A1", "Agir bi rafîneriya Kelekê ket: 2 karker mirin",
                "Êvara Yekşemê agir bi yekîneyeke rafîneriya Kelekê ya li rojavayê Hewlêrê ket. Li gorî berevaniya şaristanî, di encamê de 2 karker mirin û 4 kesên din birîndar bûn. Tîmên berevaniya şaristanî piştî çend saetan agir kontrol kirin.",
                minutes: 0, language: "kmr"),
            labelled.report(
                "A2", "Şewata rafîneriya Kelekê du karker kuştin",
                "Berevaniya şaristanî ya Hewlêrê ragihand ku di şewata rafîneriya Kelekê de du karker mirin û çar birîndar bûn.",
                minutes: 90, language: "kmr"),
            labelled.report(
                "C1", "Parêzgarê Hewlêrê pêşwaziya şandeke NY kir",
                "Parêzgarê Hewlêrê îro pêşwaziya şandeke Neteweyên Yekbûyî kir û li ser rewşa xizmetguzariyan axivî.",
                minutes: 780, language: "kmr"),
            labelled.report(
                "B2", "Sedema şewata şeva borî ya Hewlêrê hat diyarkirin",
                "Li gorî berevaniya şaristanî, sedema şewata ku êvara Yekşemê li xwaringeheke Ankawayê derketibû, kurteliqîna elektrîkê bû. Di şewatê de du kes mirin.",
                minutes: 900, language: "kmr"),
        ]
        let drones = [
            labelled.report(
                "A1", "طائرة مسيرة تركية تستهدف سيارة قرب العمادية ومقتل شخصين",
                "قتل شخصان، اليوم الثلاثاء، بقصف نفذته طائرة مسيرة تركية استهدف سيارة مدنية على طريق قريب من قضاء العمادية في محافظة دهوك، بحسب مصدر أمني. وقال المصدر إن السيارة احترقت بالكامل وإن هوية القتيلين لم تعرف بعد. ولم يصدر تعليق من الجانب التركي.",
                minutes: 0, language: "ar"),
            labelled.report(
                "A2", "مقتل شخصين بقصف مسيرة تركية في العمادية",
                "أفاد مصدر أمني في دهوك بمقتل شخصين بقصف لطائرة مسيرة تركية استهدف سيارة في قضاء العمادية شمالي المحافظة ظهر الثلاثاء. وتشن تركيا منذ سنوات عمليات ضد مسلحي حزب العمال الكردستاني في المنطقة.",
                minutes: 80, language: "ar"),
            labelled.report(
                "C1", "محافظ دهوك يبحث مع وفد أممي أوضاع النازحين",
                "بحث محافظ دهوك اليوم الثلاثاء مع وفد من الأمم المتحدة أوضاع النازحين في مخيمات المحافظة واحتياجاتهم مع اقتراب فصل الشتاء.",
                minutes: 160, language: "ar"),
            labelled.report(
                "B2", "تشييع جثامين ضحايا قصف الطائرة المسيرة التركية في زاخو",
                "شيع المئات، اليوم الأربعاء، جثامين ثلاثة شبان قتلوا مساء الثلاثاء بقصف طائرة مسيرة تركية استهدف منتجعا سياحيا في ناحية باتيفا التابعة لقضاء زاخو في محافظة دهوك. وطالب المشيعون الحكومة الاتحادية بوقف القصف التركي المتكرر على قرى المنطقة.",
                minutes: 1360, language: "ar"),
            labelled.report(
                "B3", "Three young men killed in Turkish drone strike on Batifa resort",
                "Three young men were killed on Tuesday evening when a Turkish drone struck a tourist resort in Batifa subdistrict north of Zakho, in Duhok province, a local official said. Hundreds attended their funeral on Wednesday, and mourners called on Baghdad to stop the repeated Turkish bombardment of villages in the area.",
                minutes: 1540, language: "en"),
            labelled.report(
                "B4", "سێ گەنج لە بۆردومانی فڕۆکەیەکی بێفڕۆکەوانی تورکیا لە باتیفا گیانیان لەدەستدا",
                "ئێوارەی سێشەممە فڕۆکەیەکی بێفڕۆکەوانی تورکیا هاوینەهەوارێکی گەشتیاری لە ناحیەی باتیفای سەر بە زاخۆ بۆردومان کرد و سێ گەنج گیانیان لەدەستدا، بەپێی بەرپرسێکی ناوچەکە. بەیانی چوارشەممە تەرمی قوربانییەکان بە خاک سپێردران.",
                minutes: 1600, language: "ckb"),
        ]
        LabelledReports.expectKeptAsLabelled(ammar)
        LabelledReports.expectKeptAsLabelled(pastNight)
        LabelledReports.expectKeptAsLabelled(drones)
    }
}
