import Testing

@testable import StoryClustering

/// Days after a crash, a fire, a drowning or a blast, a headline telling that kind again and nothing
/// that followed it is of another happening, on the same road or in the same town; one telling
/// what followed (compensation, the funerals, the toll) is still of the first.
@Suite struct DaysLaterTests {
    private let labelled = LabelledReports(base: 1_917_000_000)
    private let day: Int64 = 24 * 60

    @Test func aCrashOnTheSameRoadFiveDaysLaterIsAnother() {
        let reports = [
            labelled.report(
                "A1", "Five dead as minibus collides with fuel tanker near Zubair",
                "Five labourers were killed and seven injured on Tuesday morning when their minibus collided with a fuel tanker on the Basra–Safwan road near Zubair, traffic police said. The injured were taken to Zubair general hospital.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "مصرع خمسة عمال بتصادم حافلة مع صهريج قرب الزبير",
                "لقي خمسة عمال مصرعهم وأصيب سبعة آخرون صباح الثلاثاء بتصادم حافلة صغيرة تقلهم مع صهريج وقود على طريق البصرة - صفوان قرب الزبير، بحسب مديرية المرور.",
                minutes: 45, language: "ar"),
            labelled.report(
                "A3", "Zubair minibus crash toll rises to six as injured labourer dies",
                "One of the labourers injured when a minibus collided with a fuel tanker near Zubair on Tuesday died in hospital on Wednesday, bringing the toll to six, Zubair general hospital said. Six others remain in hospital.",
                minutes: day + 120, language: "en"),
            labelled.report(
                "A4", "تشييع ضحايا حادث الحافلة في الزبير",
                "شيع المئات في الزبير يوم الخميس جثامين العمال الستة الذين قتلوا بتصادم حافلتهم مع صهريج وقود قرب الزبير صباح الثلاثاء، وسط مطالبات بتوسيع طريق البصرة - صفوان.",
                minutes: 2 * day + 180, language: "ar"),
            labelled.report(
                "B1", "مصرع ثلاثة من أسرة واحدة بتصادم قرب مدخل الزبير",
                "لقي ثلاثة أشخاص من أسرة واحدة مصرعهم مساء السبت بتصادم سيارتهم مع شاحنة قرب مدخل الزبير على طريق البصرة - صفوان، وقالت مديرية المرور إن السائق سلم نفسه. ويأتي الحادث بعد أيام من مصرع خمسة عمال وإصابة سبعة بتصادم حافلة مع صهريج وقود على الطريق نفسه قرب الزبير.",
                minutes: 5 * day, language: "ar"),
            labelled.report(
                "B2", "Three of one family killed in crash near Zubair",
                "Three members of one family were killed on Saturday evening when their car collided with a lorry near the entrance of Zubair on the Basra–Safwan road, traffic police said. The lorry driver handed himself in. The crash came days after five labourers were killed and seven injured when their minibus collided with a fuel tanker on the same road near Zubair.",
                minutes: 5 * day + 60, language: "en"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }

    @Test func whatFollowedTheCrashDaysLaterIsOfIt() {
        let reports = [
            labelled.report(
                "A1", "Five dead as minibus collides with fuel tanker near Zubair",
                "Five labourers were killed and seven injured on Tuesday morning when their minibus collided with a fuel tanker on the Basra–Safwan road near Zubair, traffic police said. The injured were taken to Zubair general hospital.",
                minutes: 0, language: "en"),
            labelled.report(
                "A2", "مصرع خمسة عمال بتصادم حافلة مع صهريج قرب الزبير",
                "لقي خمسة عمال مصرعهم وأصيب سبعة آخرون صباح الثلاثاء بتصادم حافلة صغيرة تقلهم مع صهريج وقود على طريق البصرة - صفوان قرب الزبير، بحسب مديرية المرور.",
                minutes: 45, language: "ar"),
            labelled.report(
                "A3", "١٠ ملايين دينار تعويضاً لكل عائلة من ضحايا تصادم طريق صفوان",
                "قررت الحكومة المحلية في البصرة صرف عشرة ملايين دينار لكل عائلة من عائلات العمال الخمسة الذين قتلوا بتصادم حافلتهم مع صهريج وقود على طريق البصرة - صفوان قرب الزبير.",
                minutes: 4 * day, language: "ar"),
        ]
        LabelledReports.expectKeptAsLabelled(reports)
    }
}
