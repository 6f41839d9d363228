import Testing

@testable import StoryClustering

/// A pipeline or a road named by the places at its ends ("the Kirkuk-Ceyhan pipeline", "ڕێگای
/// هەولێر - کەرکووک") says where it runs, not where on it a bomb or a crash happened: those places do
/// not place the headline's event, so a report placing it in Salahuddin still meets the story.
@Suite struct RouteEndsTests {
    /// The governorates and towns a headline places its event in.
    private static func places(_ title: String, language: String) -> (places: [String], towns: [String]) {
        let features = HeadlineFeatures.of(title, language: language)
        return (features.titlePlaces, features.titleTowns)
    }

    @Test func theEndsOfARouteDoNotPlaceTheEventInEveryLanguage() {
        #expect(
            Self.places("Bomb hits Iraq's Kirkuk-Ceyhan oil pipeline, halting flows", language: "en").places.isEmpty)
        #expect(Self.places("تفجير يستهدف أنبوب نقل النفط الخام كركوك - جيهان", language: "ar").places.isEmpty)
        #expect(Self.places("پێکدادانی دوو ئۆتۆمبێل لە ڕێگای هەولێر - کەرکووک", language: "ckb").places.isEmpty)
        #expect(Self.places("Qeza li ser rêya Hewlêr-Kerkûkê", language: "kmr").places.isEmpty)
        // A place named besides the route still places the event.
        #expect(Self.places("Bomb hits Kirkuk-Ceyhan pipeline near Baiji", language: "en").towns == ["baiji"])
    }

    @Test func aRouteBetweenCountriesIsNoRoad() {
        // "Iraq-Iran trade route" names no road: a report of the Penjwen road shut by snow is not on
        // another road than it.
        #expect(HeadlineFeatures.of("Snowstorm cuts Iraq-Iran trade route in Kurdistan region", language: "en")
            .titleRoutes.isEmpty)
        #expect(!HeadlineFeatures.of("Snow shuts the Penjwen-Sulaimani road", language: "en").titleRoutes.isEmpty)
        #expect(!HeadlineFeatures.of("Crash on the Erbil-Kirkuk road", language: "en").titleRoutes.isEmpty)
    }

    @Test func placesJoinedOtherwiseStillPlaceTheEvent() {
        // A crossing named by its two sides is where the event is.
        #expect(
            !Self.places("Faysh Khabur–Semalka crossing reopens after ten-day closure", language: "en").towns.isEmpty)
        // Two places in a list, or a dash with no road or pipeline beside it.
        #expect(Self.places("Floods hit Zakho, Soran after heavy rain", language: "en").towns.count == 2)
        #expect(!Self.places("Floods in Zakho - Duhok governor visits", language: "en").places.isEmpty)
    }

    @Test func theTokeniserMarksAWordAfterADashAlone() {
        let tokens = TextNormalizer.tokensMarkingDashes("Kirkuk-Ceyhan and كركوك - جيهان, Erbil, Duhok")
        #expect(tokens.map(\.followsDash) == [false, true, false, false, true, false, false])
    }

    /// The ends of a road name no one crash's particulars: three days after a crash on the
    /// Baiji–Tikrit highway, a car overturning on it is another crash, while the toll rising the
    /// next day stays with the first.
    @Test func aCrashOnTheSameRoadDaysLaterIsAnother() {
        let labelled = LabelledReports(base: 1_910_136_600)
        let reports = [
            labelled.report(
                "A1", "Five killed as minibus collides with fuel tanker on Baiji-Tikrit highway",
                "Five people were killed and eight injured when a minibus carrying refinery workers collided with a fuel tanker on the Baiji-Tikrit highway on Thursday morning, Salahuddin traffic police said. The tanker caught fire after the collision.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "مصرع خمسة أشخاص بتصادم حافلة وصهريج وقود على طريق بيجي – تكريت",
                "لقي خمسة أشخاص مصرعهم وأصيب ثمانية آخرون صباح الخميس بتصادم حافلة تقل عمالاً في المصفى مع صهريج وقود على طريق بيجي – تكريت، بحسب مرور صلاح الدين.",
                minutes: 40, language: "ar"),
            labelled.report(
                "A3", "ارتفاع حصيلة ضحايا حادث طريق بيجي – تكريت إلى ستة",
                "ارتفعت حصيلة ضحايا حادث التصادم بين حافلة العمال وصهريج الوقود على طريق بيجي – تكريت إلى ستة قتلى بعد وفاة أحد المصابين في مستشفى تكريت.",
                minutes: 1500, language: "ar"),
            labelled.report(
                "B1", "وفاة أب وطفليه بانقلاب سيارة على طريق بيجي – تكريت",
                "توفي رجل وطفلاه ظهر الأحد إثر انقلاب سيارتهم على طريق بيجي – تكريت، فيما نقلت الأم إلى مستشفى تكريت بجروح، بحسب مرور صلاح الدين.",
                minutes: 4800, language: "ar"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }
}
