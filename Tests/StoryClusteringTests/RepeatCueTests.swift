import Testing

@testable import StoryClustering

/// Headlines that say their happening is not the first of its kind lately, in four languages, and
/// headlines that only name a later stage of one happening.
@Suite struct RepeatCueTests {
    private static func marksRepeat(_ title: String, kurmanji: Bool = false) -> Bool {
        let tokens = TextNormalizer.tokens(title)
        let topics = Gazetteer.shared.matches(in: tokens, latinSuffixes: kurmanji)
            .filter { Gazetteer.isTellingTopic($0.id) }.map(\.range)
        return RepeatCue.marksRepeat(tokens, topics: topics)
    }

    @Test(arguments: [
        ("Drone strike kills shepherd in Iraqi Kurdistan, second this week", false),
        ("Army officer killed in second Diyala IED attack this week", false),
        ("Another mass grave exhumed in Sinjar", false),
        ("فتح مقبرة جماعية ثانية هذا الأسبوع في قرية قني جنوب سنجار", false),
        ("هێرشی دووەمی درۆن لەم هەفتەیەدا لە سیدەکان", false),
        ("Li gundê Qiniyê gora komî ya duyemîn a vê hefteyê tê vekirin", true),
        ("Drone targets Khor Mor gas field again", false),
        ("Drone hits Iraqi Kurdish gas field for second time in a week", false),
        ("کێڵگەی کۆرمۆر بۆ جاری دووەم لە ماوەی چوار ڕۆژدا کرایە ئامانج", false),
        ("Dronek careke din kêlgeha gazê ya Kormorê kir armanc", true),
        ("طائرة مسيرة تستهدف حقل كورمور مجدداً", false),
    ])
    func aRepeatOfItsKindIsMarked(title: String, kurmanji: Bool) {
        #expect(Self.marksRepeat(title, kurmanji: kurmanji), "\(title)")
    }

    @Test(arguments: [
        ("Di roja duyemîn a vekirina gora komî ya Hardanê de bermahiyên 19 Êzidiyan hatin derxistin", true),
        ("خۆپیشاندانی مامۆستایان بۆ ڕۆژی دووەم بەردەوامە", false),
        ("Protests enter second day in Sulaimani", false),
        ("Third soldier dies after Diyala IED attack; four suspects detained", false),
        ("Another 150 Iraqi families return from Syria's al-Hol camp", false),
        ("المالية الاتحادية تحول رواتب موظفي إقليم كوردستان لشهر كانون الثاني", false),
        ("Erbil, Baghdad and oil firms to meet again this week on pipeline restart", false),
    ])
    func aLaterStageOrAnotherUseOfTheWordIsNot(title: String, kurmanji: Bool) {
        #expect(!Self.marksRepeat(title, kurmanji: kurmanji), "\(title)")
    }
}
