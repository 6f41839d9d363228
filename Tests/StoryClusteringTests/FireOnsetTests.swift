import Testing

@testable import StoryClustering

/// A headline telling a fire breaking out ("Fire breaks out at…", "اندلاع حريق", "ئاگر … کەوتەوە")
/// is, like a breaking flash, of a fire of just now: three days after a house fire in a town, the
/// fire at its oil field is another. What followed the first fire recalls it in other forms ("الحريق
/// الذي اندلع", the fire that broke out) and stays with it.
@Suite struct FireOnsetTests {
    private let labelled = LabelledReports(base: 1_894_590_000)

    @Test func aFireBreakingOutDaysLaterInTheSameTownIsAnother() {
        let reports = [
            labelled.report(
                "A1", "Three children killed in Taqtaq house fire caused by kerosene heater",
                "Three children died when a fire started by a kerosene heater swept through their family's house in Taqtaq, east of Erbil, on Monday morning, civil defence said. Their parents were treated for smoke inhalation.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "وفاة ثلاثة أطفال بحريق منزل في طق طق",
                "توفي ثلاثة أطفال صباح الاثنين بحريق اندلع في منزل عائلتهم بناحية طق طق شرقي أربيل بسبب مدفأة نفطية، بحسب الدفاع المدني.",
                minutes: 40, language: "ar"),
            labelled.report(
                "A3", "سێ منداڵ لە ئاگرکەوتنەوەی ماڵێک لە تەقتەق گیانیان لەدەستدا",
                "بەیانیی دووشەممە سێ منداڵ لە ئاگرکەوتنەوەی ماڵەکەیان لە تەقتەق گیانیان لەدەستدا. بەرگریی شارستانی ڕایگەیاند سۆپایەکی نەوتی هۆکاری ئاگرەکە بووە.",
                minutes: 60, language: "ckb"),
            labelled.report(
                "A4", "الحريق الذي اندلع في منزل بطق طق: الدفاع المدني يحذر من المدافئ النفطية",
                "حذر الدفاع المدني في أربيل من استخدام المدافئ النفطية بعد وفاة ثلاثة أطفال بحريق منزل في طق طق يوم الاثنين.",
                minutes: 1800, language: "ar"),
            labelled.report(
                "B1", "ئاگر لە بیرێکی نەوتی کێڵگەی تەقتەق کەوتەوە",
                "بەیانیی پێنجشەممە ئاگر لە بیرێکی نەوتی کێڵگەی تەقتەق کەوتەوە و دوو کرێکار بە سووکی بریندار بوون. تیمە تایبەتەکان خەریکی کوژاندنەوەی ئاگرەکەن.",
                minutes: 4320, language: "ckb"),
            labelled.report(
                "B2", "اندلاع حريق في بئر نفطية بحقل طق طق",
                "اندلع صباح الخميس حريق في بئر نفطية بحقل طق طق شرقي أربيل، وأصيب عاملان بجروح طفيفة، فيما تعمل فرق متخصصة على إخماده.",
                minutes: 4370, language: "ar"),
            labelled.report(
                "B3", "Fire breaks out at oil well in Taqtaq field, two workers hurt",
                "A fire broke out at an oil well in the Taqtaq field east of Erbil on Thursday morning, lightly injuring two workers, the operator said. Specialist teams were working to put it out.",
                minutes: 4400, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    private static func onset(_ title: String, _ language: String) -> Bool {
        FeatureExtractor.tellsFireBreakingOut(TextNormalizer.tokens(title), language: language)
    }

    @Test func theOnsetIsReadInEachLanguage() {
        #expect(Self.onset("Fire breaks out at Erbil market", "en"))
        #expect(Self.onset("اندلاع حريق في سوق أربيل", "ar"))
        #expect(Self.onset("ئاگر لە بازاڕی هەولێر کەوتەوە", "ckb"))
        #expect(Self.onset("Li bazara Hewlêrê agir ket", "kmr"))
        #expect(!Self.onset("الحريق الذي اندلع في سوق أربيل", "ar"))
        #expect(!Self.onset("Fire that broke out at Erbil market was arson", "en"))
        // Something else breaking out over a fire, a fire that broke out (told after it), what it caused.
        #expect(!Self.onset("Anger erupts in Nasiriyah over hospital blaze", "en"))
        #expect(!Self.onset("اندلاع احتجاجات غاضبة في الناصرية بعد حريق مستشفى الحسين", "ar"))
        #expect(!Self.onset("السيطرة على حريق اندلع في بئر نفطي بحقل باي حسن", "ar"))
        #expect(!Self.onset("ئاگرەکەی قەیسەری زیانی ملیۆنان دیناری لێ کەوتەوە", "ckb"))
    }
}
