import Testing

@testable import StoryClustering

/// What ``CasualtyCue`` reads of the people a headline's happening hurt.
@Suite struct CasualtyCueTests {
    static func toll(_ title: String, _ language: String) -> CasualtyCue.Toll {
        CasualtyCue.toll(TextNormalizer.tokens(title), language: language)
    }

    /// Each language's ways of telling a happening that hurt no one, harm words denied.
    @Test func aHappeningThatHurtNoOneIsToldSo() {
        for (title, language) in [
            ("Turkish strikes hit Kurdish village in north Iraq, no casualties", "en"),
            ("Rockets target Ain al-Asad base in Anbar, no one injured", "en"),
            ("Rockets hit near Balad air base, no one hurt", "en"),
            ("Drone downed near Erbil airport, no immediate reports of casualties", "en"),
            ("Rocket lands near Balad air base without any casualties", "en"),
            ("Building collapses in Mosul's old city, no one died", "en"),
            ("سقوط صاروخ قرب قاعدة بلد ولم يسفر عن إصابات", "ar"),
            ("انهيار منزل قديم في الموصل دون وقوع ضحايا", "ar"),
            ("تۆپبارانی ئێران لە سیدەکان، کەس بریندار نەبوو", "ckb"),
            ("Topbarana Îranê li Sîdekanê, kes nehat kuştin", "kmr"),
            ("السيطرة على حريق في مستشفى الحكيم بالنجف دون إصابات", "ar"),
            ("الصاروخ سقط في أرض زراعية قرب خبات ولا إصابات بشرية", "ar"),
            ("کەلار: بوومەلەرزەکەی شەو زیانی گیانی نەبوو، 9 خانوو درزیان برد", "ckb"),
            ("Balafirên Tirkiyê gundekî Zaxoyê bombebaran kirin, bê zirara canî", "kmr"),
        ] {
            #expect(Self.toll(title, language) == .none, "\(title)")
        }
    }

    /// People killed or hurt, in each language; a headline that also tells someone unhurt tells
    /// harm; one telling neither tells nothing.
    @Test func peopleKilledOrHurtAreHarmAndOtherHeadlinesTellNothing() {
        for (title, language) in [
            ("Turkish drone strike kills two in Iraq's Kurdistan region", "en"),
            ("Two farmers wounded in Turkish drone strike, driver unhurt, no one else hurt", "en"),
            ("إصابة مزارعين اثنين بقصف تركي في ناحية كاني ماسي", "ar"),
            ("مقتل شخصين بقصف لطائرة مسيرة تركية استهدف عجلة في سيدكان", "ar"),
            ("درۆنێکی تورکیا دوو جووتیاری لە کانی ماسێ بریندار کرد", "ckb"),
            ("Lezgîn: Droneke Tirkiyê erebeyek kir armanc, 2 kes hatin kuştin", "kmr"),
            ("No justice for shepherds killed in drone strike, families say", "en"),
            ("Not one but three killed in Sidakan drone strike", "en"),
            ("لم يتم التعرف على القتلى بعد", "ar"),
            ("لا يزال القتلى في ثلاجة مستشفى سوران", "ar"),
        ] {
            #expect(Self.toll(title, language) == .some, "\(title)")
        }
        for (title, language) in [
            ("Turkish strikes hit outskirts of Batifa village, families flee", "en"),
            ("قصف يطال أطراف قرية في ناحية باطوفة", "ar"),
            ("دوای سێ ڕۆژ، گوندێکی سنووری دهۆک بۆردومان کرا", "ckb"),
            ("Derdora gundê Kêstê hat bombebarankirin, 12 malbat koç kirin", "kmr"),
            ("No casualties reported", "fr"),
            ("Erbil traders hurt by salary delays", "en"),
            ("لا يزال البحث جاريا في موقع القصف", "ar"),
            ("Jiyana bazara Hewlêrê rawestiya", "kmr"),
        ] {
            #expect(Self.toll(title, language) == .untold, "\(title)")
        }
    }
}
