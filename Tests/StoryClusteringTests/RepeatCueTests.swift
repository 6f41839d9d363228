import Testing

@testable import StoryClustering

/// Headlines that say their happening is not the first of its kind lately, in four languages, and
/// headlines that only name a later stage of one happening, or use the same words otherwise.
@Suite struct RepeatCueTests {
    private static func marksRepeat(_ title: String, _ language: String) -> Bool {
        let tokens = TextNormalizer.tokens(title)
        return RepeatCue.marksRepeat(tokens, language: language)
    }

    @Test(arguments: [
        ("Drone strike kills shepherd in Iraqi Kurdistan, second this week", "en"),
        ("Army officer killed in second Diyala IED attack this week", "en"),
        ("Drone hits Iraqi Kurdish gas field for second time in a week", "en"),
        ("فتح مقبرة جماعية ثانية هذا الأسبوع في قرية قني جنوب سنجار", "ar"),
        ("طائرة مسيرة تستهدف حقل كورمور للمرة الثانية", "ar"),
        ("هێرشی دووەمی درۆن لەم هەفتەیەدا لە سیدەکان", "ckb"),
        ("کێڵگەی کۆرمۆر بۆ جاری دووەم لە ماوەی چوار ڕۆژدا کرایە ئامانج", "ckb"),
        ("Li gundê Qiniyê gora komî ya duyemîn a vê hefteyê tê vekirin", "kmr"),
        ("Dronek careke din kêlgeha gazê ya Kormorê kir armanc", "kmr"),
        ("Rockets hit Baghdad airport, third attack in 48 hours", "en"),
        ("طائرة مسيرة تستهدف حقل كورمور لثاني مرة", "ar"),
        ("کێڵگەی کۆرمۆر جارێکیتر کرایە ئامانج", "ckb"),
        // Any count of days in a short span.
        ("Father and son killed in fog on Erbil–Kirkuk road, second deadly crash in five days", "en"),
        ("لە ماوەی چوار ڕۆژدا دووەم هێرشی داعش لە شەنگال؛ سەربازێک کوژرا", "ckb"),
        // "Another" or "new" beside a word for a happening.
        ("Another IS attack near Sinjar kills soldier", "en"),
        ("هجوم آخر لداعش على نقطة للجيش غربي سنجار", "ar"),
        ("تەمومژ ڕووداوێکی دیکەی کوشندەی لە ڕێگای هەولێر - کەرکووک نایەوە", "ckb"),
        ("Di êrîşeke nû ya DAIŞê de li rojavayê Şengalê leşkerek hat kuştin", "kmr"),
        // A second convoy of families going home is another convoy.
        ("Another convoy of displaced Yazidis returns to Sinjar", "en"),
        ("قافلة أخرى من النازحين تعود إلى سنجار", "ar"),
        ("Karwaneke din a koçberan ji kampên Zaxoyê gihîşt Şingalê", "kmr"),
        // Two words describing the happening in English, one after it in the others; a clan clash.
        ("Another deadly tribal clash hits Majar al-Kabir", "en"),
        // What burned or was hit, and by whom, between "another" and the happening.
        ("Another wheat fire hits Makhmour, 600 dunams burned in Qutan", "en"),
        ("Another Turkish drone strike hits village in Duhok", "en"),
        ("نزاع عشائري جديد في المجر الكبير يخلف قتيلا", "ar"),
        ("حادث سير جديد على طريق بغداد - الكوت", "ar"),
    ])
    func aRepeatOfItsKindIsMarked(title: String, language: String) {
        #expect(Self.marksRepeat(title, language), "\(title)")
    }

    @Test(arguments: [
        ("Di roja duyemîn a vekirina gora komî ya Hardanê de bermahiyên 19 Êzidiyan hatin derxistin", "kmr"),
        ("خۆپیشاندانی مامۆستایان بۆ ڕۆژی دووەم بەردەوامە", "ckb"),
        ("Protests enter second day in Sulaimani", "en"),
        ("Sulaimani protests enter third straight day", "en"),
        ("Sulaimani teachers' protests enter second week", "en"),
        ("تظاهرات لليوم الثالث في السليمانية", "ar"),
        ("في ثالث أيام التظاهرات في السليمانية", "ar"),
        ("Third soldier dies after Diyala IED attack; four suspects detained", "en"),
        ("Police arrest second suspect in Kirkuk market bombing", "en"),
        ("Kirkuk police find second car used by market attackers", "en"),
        ("Zakho floods: another body recovered", "en"),
        ("Zakho flood death toll rises again", "en"),
        ("Another 150 Iraqi families return from Syria's al-Hol camp", "en"),
        ("تفاصيل جديدة عن تفجير سوق كركوك", "ar"),
        ("السليمانية ومدن أخرى تشهد تظاهرات", "ar"),
        ("Li Silêmaniyê û bajarên din xwepêşandan hatin kirin", "kmr"),
        ("المالية الاتحادية تحول رواتب موظفي إقليم كوردستان لشهر كانون الثاني", "ar"),
        ("Erbil, Baghdad and oil firms to meet again this week on pipeline restart", "en"),
        ("Second cholera death recorded in Sulaimani", "en"),
        ("Another strong aftershock jolts Halabja", "en"),
        ("Second gunman in Ainkawa restaurant shooting arrested", "en"),
        ("هزة ارتدادية ثانية تضرب حلبجة", "ar"),
        ("قصف تركي على قرى العمادية للشهر الثاني", "ar"),
        ("Du kes hatin kuştin û çar din winda ne", "kmr"),
        ("Another mass grave exhumed in Sinjar", "en"),
        ("Rescuers recover another body after Erbil–Kirkuk road crash", "en"),
        ("New details emerge on Kirkuk fuel station blast", "en"),
        ("Li Silêmaniyê û bajarên din xwenîşandan hatin kirin", "kmr"),
        ("Crash survivors describe the new road's dangers", "en"),
        // A happening word as a modifier, in a name, or as the start of another word; spans with no count.
        ("New Orleans attack: FBI says truck driver acted alone", "en"),
        ("Kirkuk police arrest another bombing suspect", "en"),
        ("New crash toll: seven dead on Erbil–Kirkuk road", "en"),
        ("هێرشبەرێکی دیکەی تەقینەوەی بازاڕی کەرکووک دەستگیرکرا", "ckb"),
        ("Xwenîşandana mamosteyan gihîşt qezayên din", "kmr"),
        ("Second suspect in Kirkuk market bombing to be charged in coming days", "en"),
        // "ser" (on) is no fight, whatever the folding makes of "şer".
        ("Parlamentoya Kurdistanê Sêşema bê ji bo dengdana li ser kabîneya nû kom dibe", "kmr"),
        ("انفجار سيارة مفخخة قرب سوق جديد في كركوك", "ar"),
        // A dispute between governments; fighting spreading to other places.
        ("Baghdad, Erbil in another dispute over salaries", "en"),
        ("نزاع جديد بين بغداد وأربيل على الرواتب", "ar"),
        ("امتداد اشتباكات عشائرية إلى مناطق أخرى في البصرة", "ar"),
        ("خۆپیشاندان شارەکانی تری گرتەوە", "ckb"),
    ])
    func aLaterStageOrAnotherUseOfTheWordsIsNot(title: String, language: String) {
        #expect(!Self.marksRepeat(title, language), "\(title)")
    }

    @Test(arguments: [
        ("It was the second shooting in Erbil in less than a week.", "en"),
        ("The blast was the third such attack in the province this month.", "en"),
        ("ئەمە دووەم ڕووداوی تەقەکردنە لەم هەفتەیەدا لە هەولێر.", "ckb"),
        ("وهذا ثاني هجوم يستهدف الحقل خلال أسبوع.", "ar"),
        ("Ev duyemîn êrîşa vê hefteyê ye li herêmê.", "kmr"),
    ])
    func aBodySentenceCountingItsHappeningAmongOthersIsMarked(sentence: String, language: String) {
        #expect(RepeatCue.countsAmongOthers(TextNormalizer.tokens(sentence), language: language), "\(sentence)")
    }

    /// Bodies recount more than headlines: an ordinal that counts people, days or arrests, or a
    /// repeat with no span named, is no cue.
    @Test(arguments: [
        ("Police arrested a second gunman this week.", "en"),
        ("Protesters gathered for the second day this week outside the governorate building.", "en"),
        ("The second attack suspect was detained on Tuesday.", "en"),
        ("It was the second shooting in the city since the elections.", "en"),
        ("Another attack this week would deepen the crisis, officials warned.", "en"),
        ("وتوفي الجريح الثاني هذا الأسبوع متأثرا بجراحه.", "ar"),
        ("بۆ دووەم ڕۆژ لەم هەفتەیەدا خۆپیشاندەران کۆبوونەوە.", "ckb"),
    ])
    func aBodySentenceWithoutACountOfHappeningsIsNotMarked(sentence: String, language: String) {
        #expect(!RepeatCue.countsAmongOthers(TextNormalizer.tokens(sentence), language: language), "\(sentence)")
    }
}
