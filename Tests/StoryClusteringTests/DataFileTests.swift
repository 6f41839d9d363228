import Testing

@testable import StoryClustering

/// The gazetteer and stop-word lists are data files (`Sources/StoryClustering/Data/`) that people
/// edit by hand: a mistake there must fail here, not silently drop an entry.
@Suite struct DataFileTests {
    @Test func everyGazetteerLineIsAnEntryWithAPlaceColumnAndASpelling() {
        let rows = EmbeddedTable.rows(PackageResources.gazetteer_tsv)
        let short = rows.filter { $0.count < 3 || $0[2...].contains("") }
        #expect(short.isEmpty, "lines with a missing field or an empty spelling: \(short)")
        #expect(Gazetteer.entries.count == rows.count)
        #expect(Gazetteer.entries.count > 300)
    }

    @Test func gazetteerIdsAreUniqueAndPlacesLieInKnownGovernorates() {
        let ids = Gazetteer.entries.map(\.id)
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys
        #expect(repeated.isEmpty, "ids listed twice: \(repeated.sorted())")
        // A governorate is an entry or a key of its own ("province:…"); a typo would silently make
        // a town its own governorate and headlines about it conflict with their province's.
        let known = Set(ids)
        let unknown = Set(Gazetteer.governorates.values.joined()).filter {
            !known.contains($0) && !$0.hasPrefix("province:")
        }
        #expect(unknown.isEmpty, "governorates that are neither entries nor province: keys: \(unknown.sorted())")
    }

    @Test func capitalGovernoratesAreBroadPlacesWithPlacesInside() {
        let inside = Set(Gazetteer.governorates.values.joined())
        for id in Gazetteer.capitalGovernorates {
            #expect(Gazetteer.isBroad(id) && inside.contains(id), "\(id)")
        }
    }

    @Test func spellingsFromTheDataFileMatchInText() {
        let tokens = TextNormalizer.tokens("Drone strike near Amedi in Duhok, says the KRG; هجوم في كركوك")
        let ids = Gazetteer.shared.matches(in: tokens).map(\.id)
        #expect(ids == ["topic:drone", "amedi", "duhok", "org:krg", "topic:attack", "kirkuk"])
        #expect(Gazetteer.governorate(of: "amedi") == "duhok")
        #expect(!Gazetteer.isSpecificPlace("baghdad") && Gazetteer.isSpecificPlace("amedi"))
        // A border crossing and a town in Kurmanji, as Kurdish outlets write them.
        let crossing = TextNormalizer.tokens("Li deriyê Munzirîyeyê 26 kîlo krîstal hat desteserkirin li Miqdadiyê")
        let places = Gazetteer.shared.matches(in: crossing, latinSuffixes: true).map(\.id)
        #expect(places.filter { !$0.hasPrefix("topic:") } == ["mundhiriya", "muqdadiyah"])
        let towns = TextNormalizer.tokens("Cotkarên Xalisê, Museyibê û Çibayişê li Teqteqê û Samerayê")
        #expect(
            Gazetteer.shared.matches(in: towns, latinSuffixes: true).map(\.id)
                == ["khalis", "musayyib", "chibayish", "taqtaq", "samarra"])
    }

    /// The south's districts, marshes, fields and crossings in the outlets' spellings; a bare name
    /// that is also a word ("الشيب", grey hair) or a name ("الحويزة", also a town in Iran) is not one.
    @Test func southernPlacesMatchInEveryScriptAndWordsThatShareTheirNamesDoNot() {
        func places(_ text: String, kurmanji: Bool = false) -> [String] {
            Gazetteer.shared.matches(in: TextNormalizer.tokens(text), latinSuffixes: kurmanji).map(\.id)
                .filter { !$0.contains(":") }
        }
        #expect(places("Ali al-Gharbi residents cut Kut-Amarah highway").contains("aligharbi"))
        #expect(places("محتجون يقطعون الطريق في علي الغربي") == ["aligharbi"])
        #expect(places("ضبط مخدرات في منفذ الشيب الحدودي") == ["sheeb"])
        #expect(places("لە هۆری حەویزە ماسی مردوون") == ["huwaizah"])
        #expect(places("حريق في حقل الحلفاية النفطي") == ["halfaya"])
        #expect(places("اشتعل الشيب في رأسه").isEmpty)
        #expect(places("الحويزة").isEmpty)
        #expect(places("وإنه قال").isEmpty)
        #expect(places("غماس") == ["ghammas"])
        #expect(places("مقتل شخص بنزاع في ناحية البدير") == ["budair"])
        #expect(places("بدير").isEmpty)
        // "أبو" names read in the genitive too.
        #expect(places("غرق شقيقين في شط العرب بقضاء أبي الخصيب").contains("abualkhasib"))
        #expect(places("اشتباك في أبي غريب") == ["abughraib"])
        // A range across three governorates places no event in one of them.
        #expect(Gazetteer.isBroad("hamrin"))
        // Two mountains of Duhok that shelling sets alight days apart; not a Kurdish given name.
        #expect(places("بەهۆی تۆپبارانی تورکیاوە ئاگر لە چیای مەتین بەربوو") == ["matin"])
        #expect(places("Agirê ku li Çiyayê Metînê pêket hê jî berdewam e", kurmanji: true) == ["matin"])
        #expect(places("Piştî Metînê, niha jî Çiyayê Garê dişewite", kurmanji: true) == ["gara"])
    }

    /// An Arabic name that begins with the article matches without it ("الموصل", "موصل"), but some
    /// names are words without it: "أحد" is "one of", "اثنين" two, and Sorani "بیابان" a desert
    /// (after its clitic, "يابان", Japan). Those match only with their article.
    @Test func wordsThatANameIsWithoutItsArticleAreNoName() {
        func ids(_ text: String) -> [String] { Gazetteer.shared.matches(in: TextNormalizer.tokens(text)).map(\.id) }
        #expect(!ids("إصابة أحد العاملين واثنين من المارة").contains { $0.hasPrefix("day:") })
        #expect(!ids("مقتل شخص واحد").contains("day:sun"))
        #expect(ids("هجوم يوم الأحد") == ["topic:attack", "day:sun"])
        #expect(ids("والاثنين") == ["day:mon"])
        #expect(ids("للأحد") == ["day:sun"])
        #expect(!ids("لە بیابانی ئەنبار").contains("japan"))
        #expect(ids("الكرد واليابان") == ["kurds", "japan"])
        // Sorani "کرد" ("did") still reads as the Kurds: matched only with the article, it moved
        // stories in the fixture weeks both ways (anbar and koya lost, balad and zakho gained; mean
        // pairwise F1 -0.001, three more stories mixing events), so it waits for a retune.
        withKnownIssue("Sorani 'کرد' (did) folds to Arabic 'كرد' (Kurds)") {
            #expect(!ids("پۆلیس ڕایگەیاند کە دەستگیری کرد").contains("kurds"))
        }
    }

    /// Folded, August ("آب") is "father" ("أب") and, after its clitic, "door" ("باب"): it is
    /// August beside a day before it, "month" before it, or a year after it.
    @Test func anArabicMonthNameIsAMonthBesideAFigure() {
        func numbers(_ title: String, _ language: String) -> [String] {
            HeadlineFeatures.of(title, language: language).numbers
        }
        #expect(!numbers("مقتل أب ونجله بهجوم مسلح", "ar").contains("m:8"))
        #expect(!numbers("مقتل أب و3 من أبنائه", "ar").contains { $0.hasPrefix("d:8") })
        #expect(!numbers("إغلاق باب المعظم", "ar").contains("m:8"))
        #expect(numbers("هجوم في 10 آب", "ar").contains("d:8-10"))
        #expect(numbers("موجة حر بشهر آب", "ar").contains("m:8"))
        #expect(numbers("موازنة آب 2030", "ar").contains("m:8"))
        // Months whose names are no other word count anywhere, as in Latin script.
        #expect(numbers("خلال تموز الماضي", "ar").contains("m:7"))
        #expect(numbers("کۆتایی ئاب", "ckb").contains("m:8"))
        #expect(numbers("Heatwave in August", "en").contains("m:8"))
    }

    /// Sorani's word for shops, "دووکان", folds to Arabic's spelling of Dukan: in a Sorani report a
    /// fire that burned 38 shops in Tikrit's bazaar names no town of Sulaimani, while Arabic's bare
    /// "دوكان" and Sorani's frames of the town ("بەنداوی دووکان", "ناوچەی دووکان") still name Dukan.
    @Test func soraniShopsAreNoDukan() {
        func names(_ title: String, _ language: String) -> [String] {
            HeadlineFeatures.of(title, language: language).namedEntities.filter { !$0.contains(":") }
        }
        #expect(names("ئاگر 38 دووکانی لە بازاڕی قەیسەریی تکریت سووتاند", "ckb") == ["tikrit"])
        #expect(names("شارەوانیی شەقڵاوە دەڵێت 62 دووکان و خانوو زیانیان پێگەیشتووە", "ckb") == ["shaqlawa"])
        #expect(names("پۆلیسی دووکان گەنجێکی دەستگیر کرد", "ckb").contains("dukan"))
        #expect(names("ئاستی ئاوی دەریاچەی دووکان دابەزی", "ckb").contains("dukan"))
        #expect(names("غرق شاب في دوكان", "ar") == ["dukan"])
        #expect(names("Young man drowns in Dukan lake", "en") == ["dukan"])
        // Sorani "جیهان" is the world; Ceyhan is "جەیهان" in Sorani and "جيهان" in Arabic.
        #expect(names("ڕێکخراوی تەندروستیی جیهانی لە هەولێر", "ckb") == ["erbil"])
        #expect(names("استئناف الضخ عبر أنبوب كركوك - جيهان", "ar").contains("ceyhan"))
        // Kurmanji "gaza" is "the gas of"; Gaza is "Gazze".
        #expect(names("Kêmbûna gaza îtxalkirî li Hewlêrê", "kmr") == ["erbil"])
        #expect(names("Şer li Gazzeyê berdewam e", "kmr").contains("gaza"))
    }

    /// A readable name comes from an entry's first spelling: none may carry the "=" of a spelling
    /// that matches only as written.
    @Test func noReadableNameIsAnExactSpelling() {
        let marked = Gazetteer.entries.filter { $0.names.first?.hasPrefix("=") ?? true }.map(\.id)
        #expect(marked.isEmpty, "entries whose first spelling starts with =: \(marked)")
    }

    /// What happened is an anchor too: a protest, a bomb, a fire or an arrest is the same topic in
    /// English, Arabic, Sorani and Kurmanji, and everyday phrases that share a word with them are not.
    @Test func eventKindsMatchInEveryLanguageAndEverydayPhrasesDoNot() {
        let cases: [(String, Bool, String?)] = [
            ("Protesters block road in Nasiriyah", false, "topic:protest"),
            ("محتجون يقطعون طريقا في الناصرية", false, "topic:protest"),
            ("خۆپیشاندەران ڕێگایان گرت", false, "topic:protest"),
            ("Li Nasiriyê xwepêşandan hat kirin", true, "topic:protest"),
            ("Roadside bomb hits police patrol", false, "topic:explosion"),
            ("Li Tûzê otomobîlek hat teqandin", true, "topic:explosion"),
            ("Li Dubizê baregeheke polîsan hat armanckirin", true, "topic:attack"),
            ("انفجار عبوة ناسفة يستهدف دورية", false, "topic:explosion"),
            ("Blaze guts shops in Tikrit market", false, "topic:fire"),
            ("ئاگر لە بازاڕی تکریت بەربوو", false, "topic:fire"),
            ("Gunmen opened fire on a checkpoint", false, "topic:shooting"),
            ("Former official arrested in Baghdad", false, "topic:arrest"),
            ("Roof collapsed on a family in Kirkuk", false, "topic:collapse"),
            ("بانهيار مبنى قيد الإنشاء في السليمانية", false, "topic:collapse"),
            ("ڕووخانی بینایەک لە سلێمانی", false, "topic:collapse"),
            ("Budget talks between Baghdad and Erbil collapse", false, nil),
            ("Three of one family killed in crash on Sulaimani-Halabja road", false, "topic:accident"),
            ("Markets crash as investors flee", false, nil),
            ("Fire engulfs fuel station in Baqubah", false, "topic:fire"),
            ("Short circuit caused Qaysari bazaar fire, investigation finds", false, "topic:fire"),
            ("Hamdaniya wedding fire toll rises to nine", false, "topic:fire"),
            ("Crane collapses at Umm Qasr port", false, "topic:collapse"),
            ("Jury finds Andrew Lopez guilty in murder of Zurana Horton", false, "topic:sentence"),
            ("Jury convicts Kraft Foods plant killer", false, "topic:sentence"),
            ("Convoy came under fire near Tarmiyah", false, nil),
            ("Landslide closes Hamilton road", false, "topic:landslide"),
            ("ڕێگای هاملتۆن بەهۆی داڕمانی خاکەوە داخرا", false, "topic:landslide"),
            ("KDP wins landslide in Kurdistan Region vote", false, nil),
            ("تەقەی پاسەوانانی سنوور لە کێلەشین", false, "topic:shooting"),
            ("بزووتنەوەی گۆڕان کۆبوونەوەی کرد", false, nil),
            ("The court overturned the council vote", false, nil),
            ("Li Zaxoyê rê hatin girtin", true, nil),
            ("بەرپرسان باسی ئەم پرسە دەکەن", false, nil),
        ]
        Self.expectNamed(cases, counting: { $0.hasPrefix("topic:") })
    }

    /// Kurdish headlines name their kind in the forms the news writes: Kurmanji "a fire" (agirek,
    /// agirekî), "fire broke out" (agir derket), "the fire of" and "fire fell on" a site (agirê
    /// çiyayê, agir bi bazarê), "another accident" (qezayeke din), "the accident of
    /// the road" (qezaya rêya); Sorani words with the indefinite article (هێرشێکی an attack,
    /// کاتیۆشایەک a Katyusha), "a mass grave" (گۆڕێکی بەکۆمەڵ) and "the accident of the road"
    /// (ڕووداوەکەی ڕێگای); Arabic "the burnt hotel" (الفندق المحترق) and "two rockets" (صاروخين).
    /// What a review found these words also say names no kind: Kurmanji "qezayek" (a district),
    /// "agirê Newrozê" (the Newroz fire), "agir bi bihayê … ket" (prices soared); Sorani
    /// "چەکدارانی پەکەکە" (the PKK's fighters); Arabic "الغاز المحترق" (flared gas), "انهيار
    /// المنظومة الصحية" (the health system's collapse), "حادث مروع" (a murder as well as a crash).
    @Test func kurdishAndArabicHeadlinesNameTheirKindInTheFormsTheNewsWrites() {
        let cases: [(String, Bool, String?)] = [
            ("Li bazara Şêxanê agirekî mezin derket", true, "topic:fire"),
            ("Lezgîn: Li nexweşxaneyeke Kûtê agir derket", true, "topic:fire"),
            ("Agir bi bazara Qeyseriyê ya Hewlêrê ket", true, "topic:fire"),
            ("Agirê çiyayê Garê hat vemirandin", true, "topic:fire"),
            ("Gundên Amêdiyê di bin agirê topên Tirkiyê de ne", true, nil),
            ("Li Multeqayê 400 donim genim şewitî", true, "topic:fire"),
            ("Li ser heman rêyê qezayeke din: 3 kes mirin", true, "topic:accident"),
            ("Hejmara miriyên qezaya rêya Felûceyê bû çar", true, "topic:accident"),
            ("Li Gelîyê Elî Begê otomobîlek ket newalê", true, "topic:accident"),
            ("Cenazeyê zarokê ku di Zaba Biçûk de xeniqîbû hat dîtin", true, "topic:drowning"),
            ("Lezgîn: Êrîşeke nû li ser gundekî hat kirin", true, "topic:attack"),
            ("Bêrsîv bû qezayek û Sêmêl bû parêzgeh", true, nil),
            ("Agirê Newrozê li çiyayê Akrê hat vêxistin", true, nil),
            ("Agir bi bihayê goştê li Duhokê ket", true, nil),
            ("بەپەلە: هێرشێکی نوێ کرایە سەر جووتیاران", false, "topic:attack"),
            ("گۆڕێکی بەکۆمەڵ لە شنگال دۆزرایەوە", false, "topic:massgrave"),
            ("کاتیۆشایەک کەوتە نزیک فڕۆکەخانەکە", false, "topic:rocket"),
            ("ژمارەی قوربانیانی ڕووداوەکەی ڕێگای کەلار گەیشتە پێنج کەس", false, "topic:accident"),
            ("گرووپی یەکەمی چەکدارانی پەکەکە چەک دادەنێن", false, nil),
            ("الفندق المحترق في كربلاء يفتح أبوابه للتحقيق", false, "topic:fire"),
            ("سقوط صاروخين قرب قاعدة القيارة", false, "topic:rocket"),
            ("أهالي داقوق يتظاهرون للمطالبة بمياه الشرب", false, "topic:protest"),
            ("فلاحو مندلي يرفعون اعتصامهم بعد وعود بزيادة الحصة المائية", false, "topic:protest"),
            ("انطفاء تام في منظومة الكهرباء", false, "topic:powercut"),
            ("انهيار ثلجي يحاصر عشرات المسافرين على طريق بيارة", false, "topic:landslide"),
            ("ڕنوو ڕێگای تەوێڵە - بیارەی داخست", false, "topic:landslide"),
            ("Şapeyeke berfê li rêya Hacî Umeranê ajokarek kuşt", true, "topic:landslide"),
            ("مامۆستایان بایکۆتی دەوام دەکەن", false, "topic:strike"),
            ("Ciwanekî Besrayî li Aşawayê di avê de winda bû", true, "topic:drowning"),
            ("Mamosteyên Helebceyê jî rijiyan kolanan", true, "topic:protest"),
            ("Li başûrê Tikrîtê gora bi komî tê vekirin", true, "topic:massgrave"),
            ("Tîmên paqijkirinê 500 mayînan li Zaxo rakirin", true, nil),
            ("سەدان زائری خانەقین بەرەو کەربەلا ڕێپێوانیان کرد", false, nil),
            ("Sobeya neftê li ser malbatên kampa Şarya hatin belavkirin", true, nil),
            ("Mayîna hêzên Amerîkî li Iraqê hat nîqaşkirin", true, nil),
            ("کارەبا بڕا لە هەولێر و دهۆک", false, "topic:powercut"),
            ("پاش 20 کاتژمێر کارەبا گەڕایەوە زومار", false, "topic:powercut"),
            ("تەرمی گەنجێک کە لە ڕووباری دیجلە خنکابوو دۆزرایەوە", false, "topic:drowning"),
            ("خطة لاستثمار الغاز المحترق في البصرة", false, nil),
            ("فاض الكيل.. عشائر الناصرية تمهل الحكومة أسبوعاً", false, nil),
            ("Polîs şapê li xortekî xist", true, nil),
            ("نقابة الأطباء تحذر من انهيار المنظومة الصحية", false, nil),
        ]
        Self.expectNamed(cases, counting: { $0.hasPrefix("topic:") })
    }

    /// English headlines of sit-ins, capsized boats, grid collapses and bursting rivers name their
    /// kind of event; markets rallying, the month of March, a town ablaze for Newroz, a party that
    /// will "sit in opposition", a team swept away and police closing roads name none, and a drug
    /// seizure is no smuggling kind (every week has one).
    @Test func englishHeadlinesNameTheKindsTheirRegionsNewsReports() {
        let cases: [(String, String?)] = [
            ("Contract teachers start open sit-in outside Wasit education directorate", "topic:protest"),
            ("Contract workers begin open-ended sit-in in Hit over unpaid wages", "topic:protest"),
            ("Graduates' sit-ins spread to three southern provinces", "topic:protest"),
            ("Karbala sit-in enters its second week", "topic:protest"),
            ("Young man swept away by the river near Rawanduz", "topic:drowning"),
            ("Farmers block road over water shares", "topic:protest"),
            ("Koya teachers boycott classes over two months of unpaid salaries", "topic:strike"),
            ("Fisherman missing after boat capsizes on the Euphrates near Haditha", "topic:drowning"),
            ("Heater sets home ablaze in Jalawla", "topic:fire"),
            ("Southern Iraq plunged into darkness as grid collapses in 51-degree heat", "topic:powercut"),
            ("Second deadly tanker crash in three days on Iraq-Jordan highway", "topic:accident"),
            ("Alwand River bursts its banks in Khanaqin", "topic:flood"),
            ("Oil prices rally over supply fears", nil),
            ("Talks to resume in March over the budget", nil),
            ("Akre ablaze as thousands mark Newroz", nil),
            ("KDP will sit in opposition, party spokesman says", nil),
            ("Iraqi team swept away 4-0 by Iran", nil),
            ("Police block roads in Karbala ahead of Arbaeen", nil),
            ("Iraq seizes eight kilos of crystal meth at Najaf airport", nil),
        ]
        Self.expectNamed(cases.map { ($0.0, false, $0.1) }, counting: { Gazetteer.kindBit($0) != nil })
    }

    /// Expects each text (read as Kurmanji when its flag is set) to name exactly its expected id
    /// among the ids `counting` accepts, or none of them when it expects nil.
    private static func expectNamed(
        _ cases: [(String, Bool, String?)], counting: (String) -> Bool,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (text, kurmanji, expected) in cases {
            let ids = Gazetteer.shared.matches(in: TextNormalizer.tokens(text), latinSuffixes: kurmanji).map(\.id)
            #expect(
                Set(ids.filter(counting)) == Set(expected.map { [$0] } ?? []), "\(text): \(ids)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func stopWordListsAreReadForEveryLanguage() {
        for (language, list) in [
            ("en", StopWords.english), ("ar", StopWords.arabic), ("ckb", StopWords.sorani), ("kmr", StopWords.kurmanji),
        ] {
            #expect(list.count > 40, "\(language): \(list.count) stop words")
            #expect(!list.contains(where: { $0.isEmpty || $0.hasPrefix("#") }), "\(language)")
        }
        #expect(StopWords.all.contains("the") && StopWords.all.contains("li gorî") == false)
        #expect(TextNormalizer.tokens("li gorî").allSatisfy { StopWords.all.contains($0.text) })
    }
}
