import Testing

@testable import StoryClustering

/// A vehicle overturning or colliding is a road accident in every language, with words between the
/// vehicle and the verb; a court overturning a ruling, a boat capsizing or a clash of arms is not.
@Suite struct RoadAccidentCueTests {
    private static func namesAccident(_ title: String, _ language: String) -> Bool {
        guard let bit = Gazetteer.kindBit("topic:accident") else { return false }
        return HeadlineFeatures.of(title, language: language).titleKinds & bit != 0
    }

    @Test func aVehicleOverturningIsARoadAccident() {
        #expect(Self.namesAccident("Bus carrying students to Halabja commemoration overturns, two killed", "en"))
        #expect(Self.namesAccident("انقلاب حافلة تقل طلبة متوجهين إلى حلبجة", "ar"))
        #expect(Self.namesAccident("مصرع طالبين بانقلاب حافلة على طريق حلبجة", "ar"))
        #expect(Self.namesAccident("پاسێکی خوێندکاران لە نزیک سەید سادق وەرگەڕا", "ckb"))
        #expect(Self.namesAccident("Li nêzîkî Seyîdsadiqê otobusa xwendekaran wergeriya: 1 mirî", "kmr"))
        #expect(Self.namesAccident("شەش زائیر لە پێکدادانی مینیپاسێک و تانکەرێک نزیک مسەیەب گیانیان لەدەستدا", "ckb"))
        #expect(Self.namesAccident("Four dead as minibus collides with tanker on Amarah-Kut road", "en"))
        #expect(Self.namesAccident("Li bakurê Kûtê mînîbusek û kamyonek li hev ketin", "kmr"))
        #expect(Self.namesAccident("Du otomobîl li ser rêya Hewlêr-Koyê li hev qelibîn: 2 mirî", "kmr"))
    }

    @Test func kurmanjiCollisionNeedsAVehicleAndLiHev() {
        #expect(Self.namesAccident("Kamyonek û otobusek li hev ketin, 3 kes mirin", "kmr"))
        // "Each other" without the verb of running into, or the verb without a vehicle.
        #expect(!Self.namesAccident("Otobusên zaîran bi hev re gihîştin Kerbelayê", "kmr"))
        #expect(!Self.namesAccident("Du eşîr li hev ketin, 2 kes birîndar bûn", "kmr"))
    }

    @Test func otherOverturningsAreNot() {
        #expect(!Self.namesAccident("Court overturns ban on Kirkuk council vote", "en"))
        #expect(!Self.namesAccident("Boat overturns in the Tigris, two missing", "en"))
        #expect(!Self.namesAccident("انقلاب زورق في دجلة وفقدان شخصين", "ar"))
        #expect(!Self.namesAccident("پێکدادانی چەکداری لە نێوان دوو هۆز لە مەجەر", "ckb"))
        #expect(!Self.namesAccident("Drone crashes near Erbil airport", "en"))
        // Words that begin like a vehicle or mean "turned into" beside no vehicle.
        #expect(!Self.namesAccident("پێکدادان لە نێوان پاسەوانانی سنوور و قاچاخچییان", "ckb"))
        #expect(!Self.namesAccident("Nakokiya Erebên Kerkûkê wergeriya pevçûnê", "kmr"))
        #expect(!Self.namesAccident("Tanker collides with cargo ship off Fao", "en"))
        // Duals and plurals of a vehicle.
        #expect(Self.namesAccident("مصرع ثلاثة بتصادم شاحنتين قرب جمجمال", "ar"))
        // A vehicle and the verb far apart in a long headline are two things said.
        #expect(
            !Self.namesAccident(
                "Car bomb suspect arrested in Kirkuk as protesters in Basra demand the governor overturn the decision",
                "en"))
    }
}
