import Testing

@testable import StoryClustering

/// Kurmanji outlets write the region's towns in Latin letters each their own way ("Ekaşat" for
/// Akashat, "Dakûk" for Daquq, "Tilafer" for Tal Afar). A spelling the gazetteer does not list
/// still names the town when it follows a word that puts a place there ("li", "nêzîkî",
/// "navçeya") and its consonants agree with a listed Latin spelling's, so the Kurmanji report
/// joins the town's story in the other languages.
@Suite struct KurmanjiSpellingsTests {
    private let labelled = LabelledReports(base: 1_916_100_000)

    @Test func transliterationsOfOneNameShareAKey() {
        let pairs = [
            ("akashat", "ekasat"), ("daquq", "dakuk"), ("tal afar", "tilafer"), ("zummar", "zimar"),
            ("shatra", "setre"), ("latifiyah", "letifiye"), ("kawergosk", "kewrgosk"), ("dhi qar", "ziqar"),
        ]
        for (english, kurmanji) in pairs {
            let key = LatinSpellingKey.key(english)
            #expect(key != nil, "\(english)")
            #expect(LatinSpellingKey.keysOfInflected(kurmanji).contains { $0 == key }, "\(english) / \(kurmanji)")
        }
        // A case ending after the name: "li Rutbeyê", "li Dakûkê".
        #expect(LatinSpellingKey.keysOfInflected("rutbeye").contains { $0 == LatinSpellingKey.key("rutba") })
        #expect(LatinSpellingKey.keysOfInflected("dakuke").first == LatinSpellingKey.key("daquq"))
    }

    @Test func namesThatSoundAlikeOnlyInPartKeepTheirOwnKeys() {
        #expect(LatinSpellingKey.key("kerim") != LatinSpellingKey.key("karmah"))
        #expect(LatinSpellingKey.key("hashim") != LatinSpellingKey.key("hashimiya"))
        // Two consonants say too little ("Kût", "Ane", "Qayim").
        #expect(LatinSpellingKey.key("kut") == nil)
        #expect(LatinSpellingKey.key("qayim") == nil)
        #expect(LatinSpellingKey.key("anah") == nil)
        // Words with digits or other scripts have no key.
        #expect(LatinSpellingKey.key("kurdistan24") == nil)
    }

    @Test func anUnlistedSpellingAfterALocativeNamesTheTown() {
        let rutba = HeadlineFeatures.of("Li Rutbeyê du şivan hatin kuştin", language: "kmr")
        #expect(rutba.titleTowns.contains("rutba"))
        let akashat = HeadlineFeatures.of("Êrîş li ser baregehekê nêzîkî Ekaşatê", language: "kmr")
        #expect(akashat.titleTowns.contains("akashat"))
        // A key that a listed word of another kind shares names nothing: "Tarmiyê" could be
        // Tarmiyah or "Tîrmeh" (July).
        let july = HeadlineFeatures.of("Li Tarmiyê agir bi zeviyan ket", language: "kmr")
        #expect(!july.titleTowns.contains("tarmiyah"))
    }

    @Test func aCapitalisedWordElsewhereIsNoTown() {
        // "Silêman Beg" is a town of its own, not Sulaymaniyah; a ministry is no place.
        let sulaimanBeg = HeadlineFeatures.of("Li Silêman Begê agir bi zeviyan ket", language: "kmr")
        #expect(!sulaimanBeg.titleTowns.contains("sulaymaniyah"))
        #expect(!sulaimanBeg.namedEntities.contains("sulaymaniyah"))
        let ministry = HeadlineFeatures.of("Wezareta Bazirganiyê biha diyar kir", language: "kmr")
        #expect(!ministry.namedEntities.contains("buzurgan"))
        // English spellings go through the gazetteer's own list only.
        let english = HeadlineFeatures.of("Fire near Dakuk destroys wheat", language: "en")
        #expect(!english.titleTowns.contains("daquq"))
    }

    @Test func kurmanjiReportsJoinTheirTownsStories() {
        let reports = [
            labelled.report(
                "A1", "عمال معامل الطابوق في اللطيفية يقطعون الطريق للمطالبة بأجورهم",
                "قطع مئات العمال في معامل الطابوق بناحية اللطيفية جنوبي بغداد الطريق العام صباح الأحد للمطالبة بصرف أجورهم المتأخرة منذ أربعة أشهر، وقال ممثل عن العمال إن عددهم يبلغ 2300 عامل.",
                minutes: 0, language: "ar"),
            labelled.report(
                "A2", "Latifiyah brick kiln workers block road over unpaid wages",
                "Hundreds of workers at brick kilns in Latifiyah, south of Baghdad, blocked the main road on Sunday to demand four months of unpaid wages. A workers' representative said 2,300 employees are owed pay.",
                minutes: 40, language: "en"),
            labelled.report(
                "B1", "معلمو الشطرة يقاطعون الدوام احتجاجا على تأخر الرواتب",
                "أعلن معلمو قضاء الشطرة شمالي ذي قار مقاطعة الدوام الرسمي في المدارس الأحد احتجاجا على تأخر صرف رواتبهم للشهر الثالث، وتجمع العشرات منهم أمام مديرية التربية.",
                minutes: 20, language: "ar"),
            labelled.report(
                "B2", "Teachers in Shatra boycott classes over late pay",
                "Teachers in the Shatra district north of Nasiriyah in Dhi Qar boycotted classes on Sunday to protest salaries delayed for a third month, gathering outside the education directorate.",
                minutes: 60, language: "en"),
            labelled.report(
                "A3", "Karkerên kargehên kerpîçan li Letîfiyê rê girtin",
                "Bi sedan karkerên kargehên kerpîçan li Letîfiyê li başûrê Bexdayê roja Yekşemê rê girtin û daxwaza mûçeyên xwe yên çar mehan kirin. Nûnerekî karkeran got ku 2300 karker mûçeyê xwe wernegirtine.",
                minutes: 90, language: "kmr"),
            labelled.report(
                "B3", "Mamosteyên li Şetreyê dersan boykot dikin",
                "Mamosteyên navçeya Şetreyê li parêzgeha Ziqarê roja Yekşemê li dijî derengketina meaşan ji bo meha sêyem dersan boykot kirin û li ber rêveberiya perwerdeyê kom bûn.",
                minutes: 100, language: "kmr"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }
}
