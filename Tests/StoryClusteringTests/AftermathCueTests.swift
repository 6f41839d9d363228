import Testing

@testable import StoryClustering

/// What ``AftermathCue`` reads as a headline about what followed a happening.
@Suite struct AftermathCueTests {
    /// Whether the headline is read as about what followed (also for ``ProtestEndTests``).
    static func marks(_ title: String, _ language: String) -> Bool {
        AftermathCue.marksAftermath(TextNormalizer.tokens(title), language: language)
    }

    @Test func tollsInquiriesAndCompensationAreAftermath() {
        for (title, language) in [
            ("Death toll from Erbil bazaar blaze rises to five", "en"),
            ("Short circuit caused hospital blaze, investigators say", "en"),
            ("Governor pledges compensation for traders hit by bazaar blaze", "en"),
            ("Protesting teachers vow to continue as schools stay shut", "en"),
            ("ارتفاع حصيلة ضحايا انفجار البصرة إلى ستة قتلى", "ar"),
            ("١٠ ملايين دينار تعويضاً لكل عائلة من ضحايا تصادم طريق صفوان", "ar"),
            ("لجنة التحقيق: تماس كهربائي وراء حريق المستشفى", "ar"),
            ("ژمارەی قوربانییانی تەقینەوەکەی وێستگەی سووتەمەنی گەیشتە شەش کەس", "ckb"),
            ("خۆپیشاندانی مامۆستایان بۆ ڕۆژی سێیەم بەردەوامە", "ckb"),
            ("Hejmara qurbaniyên teqîna stasyona sotemeniyê gihîşt şeş kesan", "kmr"),
            ("Lêkolîn: sedema şewata bazarê kurtebûna elektrîkê bû", "kmr"),
            // Villages emptied by days of strikes: what followed them.
            ("Hundreds displaced as Turkish shelling hits Amedi villages", "en"),
            ("نزوح عشرات العائلات من قرى العمادية جراء القصف التركي", "ar"),
            ("بەردەوامیی بۆردومانی تورکیا لە چیای مەتینا و چۆڵبوونی گوندەکان", "ckb"),
            ("27 malbat ji ber bombebarana Tirkiyê gundên xwe yên li Batîfayê vala kirin", "kmr"),
            // A happening going on, resumed or over: still burning, a second day, renewed, freed.
            ("Qaysari bazaar blaze still burning a day on", "en"),
            ("Basra protesters take to streets for second night", "en"),
            ("تجدد الاشتباكات العشائرية في قلعة صالح", "ar"),
            ("مامۆستایانی سلێمانی بۆ ڕۆژی دووەم خۆپیشاندان دەکەن", "ckb"),
            ("Du endezyarên revandî li Hewîceyê hatin rizgarkirin", "kmr"),
            // The dead buried, a wounded victim dying days on.
            ("Kubaisa buries slain shepherds as troops clear two more bombs from desert track", "en"),
            ("Third victim of Zakho fuel station blast succumbs to burns", "en"),
            ("Policeman dies of wounds from Tarmiyah bombing", "en"),
            ("وفاة جريح ثالث متأثراً بجراحه في انفجار محطة الوقود بزاخو", "ar"),
            ("عاجل | وفاة مزارع متأثراً بجروح أصيب بها جراء القصف", "ar"),
            // A confession, a hostage freed.
            ("Driver confesses to causing Hajiawa collision", "en"),
            ("قوة أمنية تحرر مختطفاً وتعتقل ثلاثة متهمين", "ar"),
        ] {
            #expect(Self.marks(title, language), "\(title)")
        }
    }

    @Test func aHappeningsOwnReportIsNoAftermath() {
        for (title, language) in [
            ("Two firefighters injured as blaze guts furniture warehouse in Erbil", "en"),
            ("Explosion at fuel station in Zakho kills three, injures 14", "en"),
            ("Turkish shelling sparks fires near Amedi village, days after deadly drone strike", "en"),
            ("حريق يلتهم مخزناً للأثاث في المنطقة الصناعية بأربيل", "ar"),
            ("ئاگر لە کۆگایەکی مۆبیلیات لە هەولێر کەوتەوە", "ckb"),
            ("Li Zaxoyê teqînek li stasyoneke sotemeniyê çêbû, sê kes mirin", "kmr"),
            // A fire's first reports tell of people evacuated or fleeing.
            ("Blaze in Erbil residential tower forces families to flee", "en"),
            ("Families evacuated as blaze hits Erbil high-rise", "en"),
            ("حريق في برج سكني بأربيل وإخلاء عشرات العائلات", "ar"),
            // Camps of the displaced burn too, and a building is evacuated in a fire's first reports.
            ("Fire destroys 30 tents of displaced families in Duhok camp", "en"),
            ("ئاگر لە کەمپێکی ئاوارەکان لە دهۆک کەوتەوە", "ckb"),
            ("Li Duhokê agir bi xaniyekî ket, avahî hat vala kirin", "kmr"),
            // The wounded of a first report.
            ("Blast at Zakho fuel station leaves dozens of wounded", "en"),
            ("Gunmen kill two, wound three in Tarmiyah", "en"),
            // Found by review: a landslide burying people, traffic fines, prices, burns of a fire.
            ("Avalanche buries kolbars near Penjwen", "en"),
            ("المرور تحرر 300 مخالفة على طريق أربيل دهوك", "ar"),
            ("أسواق أربيل متأثرة بانخفاض أسعار النفط", "ar"),
            ("وفاة طفل متأثرا بحروقه إثر حريق في منزل بالموصل", "ar"),
        ] {
            #expect(!Self.marks(title, language), "\(title)")
        }
        #expect(!Self.marks("Death toll rises", "fr"))
    }

    /// A fire put out, its cause found, a hostage freed, people charged, those it hurt: what
    /// followed, in each language, also where the fire's start is recalled ("that broke out
    /// Sunday"); firefighters still at work, "because of", a name are not.
    @Test func aFirePutOutACauseFoundAndAHostageFreedAreAftermath() {
        for (title, language) in [
            ("Taqtaq oil well fire put out after two days", "en"),
            ("الدفاع المدني يكشف سبب حريق مخزن الشورجة", "ar"),
            ("عطل في صمام رأس البئر وراء حريق القيارة", "ar"),
            ("تم إخماد حريق بئر القيارة النفطية", "ar"),
            ("إخماد حريق البئر النفطية في القيارة بعد ثلاثة أيام من اندلاعه", "ar"),
            ("ئاگری بیرە نەوتەکەی تەقتەق کوژایەوە", "ckb"),
            ("بەڵێندەرە ڕفێنراوەکەی مەدائین ئازاد کرا", "ckb"),
            ("Şewata bîra petrolê ya Teqteqê hat vemirandin", "kmr"),
            ("Peymankarê ku li Medainê hatibû revandin hat azadkirin", "kmr"),
            ("Du kes bi tometa teqandina boriya neftê ya li nêzîkî Beycîyê hatin girtin", "kmr"),
            ("Firefighters put out Mount Matin blaze after two days", "en"),
            ("Firefighters put out blaze at Iraqi oil well after 60 hours", "en"),
            ("الدفاع المدني يحدد سبب الحريق في منطقة الجسر", "ar"),
            ("أخمدت فرق الدفاع المدني حريق سوق الشورجة بعد ساعات", "ar"),
            ("Agirê Metînê vemirî: nêzîkî 600 donim daristan şewitî", "kmr"),
            ("Bazirganê revandî yê Felûceyê piştî çar rojan hat azadkirin", "kmr"),
            ("بازرگانە ڕفێنراوەکەی فەلووجە ئازادکرا", "ckb"),
            ("أصحاب المحال المتضررة من حريق الشورجة يناشدون الحكومة", "ar"),
            ("Shorja market fire that broke out Sunday put out after 60 hours", "en"),
            ("Shorja market blaze that erupted Sunday finally extinguished", "en"),
            ("Iraq Kurdistan oil well fire extinguished", "en"),
            ("إخماد حريق مصفى بيجي بعد ساعات", "ar"),
            ("Fire at Iraqi oil well extinguished", "en"),
            ("Fire at Qadir Karam gas field near Chamchamal put out, no casualties", "en"),
            ("Blaze at Iraqi oil well put out after burning for three days", "en"),
            ("Agirê bîra petrolê hat vemirandin, bihayê petrolê ket", "kmr"),
            ("ئاگری بیرە نەوتەکەی عێراق کوژێنرایەوە، بەرهەمهێنان کەوتەوە سەر ڕەوتی خۆی", "ckb"),
            ("إخماد حريق سوق الشورجة الذي اندلع الأحد", "ar"),
            ("الدفاع المدني يعلن سبب حريق سوق الشورجة", "ar"),
            ("Agirê bîra petrolê ya Qeyyarayê piştî sê rojan hat vemirandin", "kmr"),
        ] {
            #expect(Self.marks(title, language), "\(title)")
        }
        for (title, language) in [
            ("Firefighters battle to extinguish blaze at Taqtaq oil well", "en"),
            ("Firefighters struggle to put out blaze at Taqtaq oil well", "en"),
            ("Tîmên parastina sivîl ji bo vemirandina agirê bîra petrolê dixebitin", "kmr"),
            ("فرق الدفاع المدني تحاول إخماد حريق في بئر نفطية بالقيارة", "ar"),
            ("ئازاد بەرواری سەردانی کەمپی شاریای کرد", "ckb"),
            ("Azad Berwarî serdana kampa Şarya kir", "kmr"),
        ] {
            #expect(!Self.marks(title, language), "\(title)")
        }
    }

    /// A fire told breaking out and put out in one headline, or "a fire" or a fire "at"/"in" a place
    /// put out within hours, is a first report: a second fire at one market days later is another.
    /// So are "caused damage", liberated areas, a ransom asked for a hostage's release, a fire
    /// firefighters try to put out, the houses a blast damaged.
    @Test func aFirstReportTellingTheFirePutOutIsNoAftermath() {
        for (title, language) in [
            ("Civil defence teams put out fire at textile store in Shorja market", "en"),
            ("Fire breaks out at Erbil bazaar, put out within an hour", "en"),
            ("إخماد حريق اندلع في مخزن للأقمشة بسوق الشورجة", "ar"),
            ("النيران تلتهم مخزنا للأقمشة في سوق الشورجة وفرق الدفاع المدني تحاول إخمادها", "ar"),
            ("حريق جديد في مخيم شاريا سبب أضرارا بعشر خيم", "ar"),
            ("احتراق 23 محلاً تجارياً في سوق الشيخان والتماس الكهربائي سبب أولي", "ar"),
            ("إخلاء 57 مريضاً بينهم خدج بعد حريق في مستشفى بنت الهدى بالناصرية", "ar"),
            ("Li bazara Zaxoyê şewatek derket û agir hat vemirandin", "kmr"),
            ("Li Kerkûkê bijîşkek hat revandin, revandiyan ji bo azadkirina wî fîdye xwestin", "kmr"),
            ("تەقینەوەی مین لە یەکێک لە گوندە ئازادکراوەکانی شنگال منداڵێکی بریندار کرد", "ckb"),
            ("ئاگرێک لە بازاڕی هەولێر هەڵگیرسا و کوژێنرایەوە", "ckb"),
            ("Civil defence teams put out fire at textile store in Shorja market after two hours", "en"),
            ("Firefighters put out a blaze in Erbil's old bazaar", "en"),
            ("إخماد حريق في مخزن للأقمشة بسوق الشورجة", "ar"),
            ("مقتل اثنين وإصابة خمسة بعد الانفجار الذي هز ساحة مزدحمة في مدينة الصدر", "ar"),
            ("انفجار صهريج غاز في مدينة الصدر وعشرات المنازل المتضررة", "ar"),
            ("Li bazara Zaxoyê agir bi dikaneke cilan ket û hat vemirandin", "kmr"),
            ("Li Zaxoyê şewatek hat vemirandin", "kmr"),
            ("إخماد الحريق الذي اندلع في مخزن للأقمشة بسوق الشورجة", "ar"),
            ("Fire that broke out at textile warehouse in Shorja market put out", "en"),
            ("Fire that broke out at textile warehouse earlier today put out", "en"),
            ("Li Zaxoyê şewatek li bazarê derket û hat vemirandin, zirar mezin in", "kmr"),
            ("Li bazara Zaxoyê agir bi dikaneke cilan a li nêzîkî mizgefta mezin a bajêr ket û hat vemirandin", "kmr"),
            ("Firefighters put out fire inside textile warehouse in Shorja market", "en"),
            ("ئاگر لە کۆگایەکی نەخۆشخانەی منداڵانی چەمچەماڵ کەوتەوە و کوژێنرایەوە", "ckb"),
        ] {
            #expect(!Self.marks(title, language), "\(title)")
        }
    }

    /// Words a first report uses, names and everyday words are no cue: "because of" is not "cause",
    /// "causes damage" is the happening, Najm and Rizgar are names, "social media" is no continuing,
    /// the Eid of Qurban is no victim.
    @Test func everydayWordsAndNamesAreNoCue() {
        for (title, language) in [
            ("Fire causes damage to dozens of shops in Erbil", "en"),
            ("حريق بسبب تماس كهربائي يلتهم محال في أربيل", "ar"),
            ("مقتل نجم رياضي بانفجار في البصرة", "ar"),
            ("انفجار يثير ذعرا على مواقع التواصل الاجتماعي", "ar"),
            ("Rizgar Ehmed di teqînekê de birîndar bû", "kmr"),
            ("Di Cejna Qurbanê de agir bi bazarê ket", "kmr"),
        ] {
            #expect(!Self.marks(title, language), "\(title)")
        }
        #expect(Self.marks("الدفاع المدني: انفجار البصرة نجم عن تسرب غاز", "ar"))
        #expect(Self.marks("Keça ku ji gulebaranê rizgar bû diaxive", "kmr"))
    }
}
