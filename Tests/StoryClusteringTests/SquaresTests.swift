import Testing

@testable import StoryClustering

/// A square, a street or a market where events happen again and again is a place of the gazetteer
/// in every language: Baghdad's Tahrir Square joins the reports of one protest there in English,
/// Arabic, Sorani and Kurmanji, whose other anchors (Baghdad, power cuts, a count) every protest
/// in the capital that summer shares.
@Suite struct SquaresTests {
    private let labelled = LabelledReports(base: 1_915_890_000)

    @Test func oneProtestInTahrirSquareIsOneStoryInFourLanguages() {
        let reports = [
            labelled.report(
                "A2", "تظاهرة في ساحة التحرير احتجاجاً على تردي الكهرباء",
                "تظاهر المئات مساء الأربعاء في ساحة التحرير وسط بغداد احتجاجاً على تردي التيار الكهربائي مع تجاوز درجات الحرارة خمسين درجة مئوية، وأحرق المحتجون إطارات، فيما أفاد مصدر طبي بإصابة 11 شخصاً خلال تفريق التظاهرة.",
                minutes: 0, language: "ar"),
            labelled.report(
                "A1", "Hundreds protest power cuts in Baghdad's Tahrir Square",
                "Hundreds of people protested in Baghdad's Tahrir Square on Wednesday evening against power cuts as temperatures passed 50 degrees Celsius. Protesters burned tyres and chanted against the electricity ministry. Security forces dispersed the crowd and 11 people were injured, a medical source said.",
                minutes: 30, language: "en"),
            labelled.report(
                "A3", "Li Meydana Tehrîrê xwepêşandan li dijî qutbûna elektrîkê",
                "Êvara Çarşemê bi sedan kes li Meydana Tehrîrê ya Bexdayê li dijî qutbûna elektrîkê xwepêşandan kirin. Xwepêşanderan teker şewitandin. Çavkaniyeke bijîşkî ragihand ku 11 kes birîndar bûn.",
                minutes: 60, language: "kmr"),
            labelled.report(
                "A4", "خۆپیشاندەران لە گۆڕەپانی تەحریر تایەیان سووتاند",
                "ئێوارەی چوارشەممە سەدان کەس لە گۆڕەپانی تەحریر لە بەغدا دژی بڕانی کارەبا خۆپیشاندانیان کرد و تایەیان سووتاند. سەرچاوەیەکی پزیشکی ڕایگەیاند 11 کەس بریندار بوون.",
                minutes: 90, language: "ckb"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    @Test func theSquareIsAPlaceInBaghdad() {
        let features = HeadlineFeatures.of("تظاهرة في ساحة التحرير احتجاجاً على تردي الكهرباء", language: "ar")
        #expect(features.titleTowns == ["tahrirsquare"])
        // "Tahrir" alone is Hayat Tahrir al-Sham as often; Arabic "التحرير" alone is any liberation.
        let group = HeadlineFeatures.of("Hayat Tahrir al-Sham fighters push into Aleppo", language: "en")
        #expect(!group.titleTowns.contains("tahrirsquare"))
        let liberation = HeadlineFeatures.of("تحرير تاجر مختطف في النهروان", language: "ar")
        #expect(!liberation.titleTowns.contains("tahrirsquare"))
    }
}
