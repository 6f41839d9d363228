import Testing

@testable import StoryClustering

/// Normalisation of Arabic-script and Latin text.
@Suite struct TextNormalizerTests {
    @Test func hamzaFormsOfAlefAreUnified() {
        #expect(TextNormalizer.normalized("أحمد") == TextNormalizer.normalized("احمد"))
        #expect(TextNormalizer.normalized("إبراهيم") == TextNormalizer.normalized("ابراهيم"))
    }

    @Test func tashkeelTatweelAndLetterVariantsAreFolded() {
        #expect(TextNormalizer.normalized("مُحَمَّد") == "محمد")
        #expect(TextNormalizer.normalized("كـــبير") == "كبير")
        #expect(TextNormalizer.normalized("مدرسة") == TextNormalizer.normalized("مدرسه"))
        #expect(TextNormalizer.normalized("مستشفى") == TextNormalizer.normalized("مستشفي"))
        #expect(TextNormalizer.normalized("کوردی") == TextNormalizer.normalized("كوردي"))
    }

    @Test func arabicIndicAndPersianDigitsBecomeASCII() {
        #expect(TextNormalizer.normalized("٢٠٢٥") == "2025")
        #expect(TextNormalizer.normalized("۷۶۰") == "760")
    }

    /// Tokens keep a number's separators; its reading knows the language: Kurmanji, like
    /// Turkish, groups thousands with a period and marks decimals with a comma.
    @Test func numbersReadTheWayTheirLanguageWritesThem() {
        func reading(_ text: String, _ language: String) -> String {
            FeatureExtractor.canonicalNumber(TextNormalizer.tokens(text).first?.text ?? "", language: language)
        }
        #expect(reading("1,250 dinars", "en") == "1250")
        #expect(reading("2.650 MW", "kmr") == "2650")
        #expect(reading("2.650", "en") == "2.65")
        #expect(reading("52,6 pile", "kmr") == "52.6")
        #expect(reading("52,6", "en") == "52.6")
        #expect(reading("1.250.000", "en") == "1250000")
        #expect(reading("1,250.50", "en") == "1250.5")
        #expect(reading("1.250,5", "kmr") == "1250.5")
        #expect(reading("12.08.2025", "en") == "12.08.2025")
        #expect(reading("007", "en") == "7")
        // Only one to three digits, not starting with 0, can open groups of thousands.
        #expect(reading("0.500", "kmr") == "0.5")
        #expect(reading("12345.678", "kmr") == "12345.678")
        // Arabic thousands and decimal separators.
        #expect(reading("٢٬٦٥٠ ميغاواط", "ar") == "2650")
        #expect(reading("٥٢٫٦ درجة", "ar") == "52.6")
        // A full stop after a number still ends the sentence.
        #expect(TextNormalizer.sentences("It rose by 12. Then it fell").count == 2)
    }

    @Test func compatibilityFormsReadAsThePlainLettersTheyShow() {
        // Arabic presentation forms (text from PDFs and old pages), the lam-alef ligature.
        #expect(TextNormalizer.normalized("ﺑﻐﺪﺍﺩ ﻛﺮﻛﻮﻙ") == "بغداد كركوك")
        #expect(TextNormalizer.normalized("ﻻ") == TextNormalizer.normalized("لا"))
        // Latin ligatures, full-width and mathematical letters.
        #expect(TextNormalizer.normalized("ﬁnance ﬂood") == "finance flood")
        #expect(TextNormalizer.normalized("ＫＤＰ 𝐄𝐫𝐛𝐢𝐥") == "kdp erbil")
        #expect(TextNormalizer.normalized("Straße") == "strasse")
        // An isolated harakah (presentation form) is a mark like any other.
        #expect(TextNormalizer.normalized("ب\u{FE76}غداد") == "بغداد")
    }

    @Test func digitsAndSymbolsInCompatibilityFormsMakeNoNumbersOrWords() {
        // `2½` is not 21, `CO₂` not CO2, `™` no part of the name it follows.
        #expect(TextNormalizer.normalized("2½ percent") == "2 percent")
        #expect(TextNormalizer.normalized("CO₂ km²") == "co km")
        #expect(TextNormalizer.normalized("Asiacell™ outage") == "asiacell outage")
    }

    @Test func decomposedAccentsFoldLikePrecomposedOnes() {
        #expect(TextNormalizer.normalized("re\u{301}sume\u{301} Kerku\u{302}k") == "resume kerkuk")
        #expect(TextNormalizer.normalized("résumé Kerkûk") == "resume kerkuk")
    }

    /// Sorani writes a long u as a doubled waw, though not always: both spellings are one word.
    @Test func soraniDoubledWawReadsAsOne() {
        #expect(TextNormalizer.normalized("مەخموور") == TextNormalizer.normalized("مەخمور"))
        #expect(TextNormalizer.normalized("کەرکووک") == TextNormalizer.normalized("کەرکوک"))
        #expect(TextNormalizer.normalized("و وزارة") != TextNormalizer.normalized("وزارة"))
    }

    @Test func soraniLettersAreKept() {
        #expect(TextNormalizer.normalized("ڕێگە") == "ڕێگە")
        #expect(TextNormalizer.normalized("هەولێر") == "هەولێر")
    }

    @Test func latinTextIsCaseFoldedAndPossessivesDropped() {
        #expect(TextNormalizer.normalized("Reid's U.S. Tour") == "reid us tour")
        #expect(TextNormalizer.tokens("The U.S. said")[1].isAllCaps)
        #expect(TextNormalizer.normalized("Hewlêr") == "hewler")
    }

    @Test func gazetteerMatchesSpellingsAcrossScriptsAndClitics() {
        let gazetteer = Gazetteer.shared
        let english = gazetteer.matches(in: TextNormalizer.tokens("Fighting in Kirkuk and Erbil"))
        #expect(english.map(\.id) == ["kirkuk", "erbil"])
        let arabic = gazetteer.matches(in: TextNormalizer.tokens("وصل إلى أربيل ثم بكركوك"))
        #expect(arabic.map(\.id) == ["erbil", "kirkuk"])
        let sorani = gazetteer.matches(in: TextNormalizer.tokens("لە هەولێر و کەرکووکدا"))
        #expect(sorani.map(\.id) == ["erbil", "kirkuk"])
        #expect(gazetteer.matches(in: TextNormalizer.tokens("let us go")).isEmpty)
        #expect(gazetteer.matches(in: TextNormalizer.tokens("the US said")).map(\.id) == ["us"])
    }

    /// Wire services spell the region's names their own way (AFP's "Hashed al-Shaabi" and "Kataeb
    /// Hezbollah", Reuters' "Nassiriya"): each names what the local outlets' spellings name.
    @Test func wireServicesSpellingsNameWhatLocalSpellingsName() {
        let gazetteer = Gazetteer.shared
        func ids(_ text: String) -> [String] { gazetteer.matches(in: TextNormalizer.tokens(text)).map(\.id) }
        let pairs = [
            ("Hashed al-Shaabi fighters", "Popular Mobilization Forces fighters"),
            ("a Kataeb Hezbollah base", "a Kataib Hezbollah base"),
            ("in Nassiriya", "in Nasiriyah"),
            ("at the Faysh Khabour crossing", "at the Fishkhabour crossing"),
            ("at Peshkhabour", "at Fishkhabour"),
            ("farmers in Garmian", "farmers in Garmiyan"),
            ("in Hasakeh province", "in Hasakah province"),
            ("near Qalat Dizah", "near Qaladze"),
        ]
        for (wire, local) in pairs {
            #expect(!ids(local).isEmpty, "\(local)")
            #expect(ids(wire) == ids(local), "\(wire) → \(ids(wire)), \(local) → \(ids(local))")
        }
    }

    /// A label before a headline is dropped; the same words elsewhere are kept.
    @Test func headlineLabelsAreDroppedOnlyBeforeTheHeadline() {
        #expect(HeadlineLabel.stripped("عاجل | حريق كبير في سوق الشورجة") == "حريق كبير في سوق الشورجة")
        #expect(HeadlineLabel.stripped("BREAKING: Blast hits Kirkuk") == " Blast hits Kirkuk")
        #expect(HeadlineLabel.stripped("Bilez: Dronek li Mexmûrê ket") == "Dronek li Mexmûrê ket")
        // Arabic, Sorani and Kurmanji labels open a title with any punctuation or none.
        #expect(HeadlineLabel.stripped("عاجل.. حريق كبير في سوق الشورجة") == "حريق كبير في سوق الشورجة")
        #expect(HeadlineLabel.stripped("#عاجل ـ انفجار في كركوك") == "انفجار في كركوك")
        #expect(HeadlineLabel.stripped("خبر عاجل / 3 قتلى بحادث") == "3 قتلى بحادث")
        #expect(HeadlineLabel.stripped("بەپەلە.. ئاگر لە بازاڕ") == "ئاگر لە بازاڕ")
        #expect(HeadlineLabel.stripped("Bilez Dronek li Mexmûrê ket") == "Dronek li Mexmûrê ket")
        #expect(HeadlineLabel.stripped("EXCLUSIVE-Iraq plans oil deal") == "Iraq plans oil deal")
        for title in [
            "Record-breaking heat in Basra", "Erbil-Mosul road reopens", "القوات الخاصة تعتقل مطلوبين",
            "Live-fire drills near Kirkuk", "Video-sharing app banned", "Kirkuk: governor meets protesters",
        ] {
            #expect(HeadlineLabel.stripped(title) == title)
        }
    }

    /// Labels announcing news just breaking, in four languages, and not those of a format.
    @Test func breakingLabelsAreTold() {
        for title in [
            "BREAKING: Blast hits Kirkuk", "Urgent - Fire at Baiji refinery", "عاجل | حريق كبير في سوق الشورجة",
            "بەپەلە: بوومەلەرزەیەک هەستی پێکرا", "Lezgîn: Dronekê li Şingalê erebeyek bombebaran kir",
        ] {
            #expect(HeadlineLabel.isBreaking(title), "\(title)")
        }
        for title in [
            "EXCLUSIVE-Iraq plans oil deal", "Video: Flood sweeps cars in Erbil", "Record-breaking heat in Basra",
            "Kirkuk: governor meets protesters", "Drone strike kills two near Khanasor",
        ] {
            #expect(!HeadlineLabel.isBreaking(title), "\(title)")
        }
    }

    /// The US-led coalition is named as such; an electoral list called a coalition ("Two Springs
    /// Coalition", "تحالف عهد نينوى") is not it.
    @Test func electoralCoalitionsAreNotTheUSLedCoalition() {
        let gazetteer = Gazetteer.shared
        for text in [
            "Two Springs Coalition rallies in Mosul", "تحالف عهد نينوى يعقد مهرجانا", "هاوپەیمانی ڕەبیعەین",
            "Hevpeymaniya Peymana Neynewayê",
        ] {
            #expect(
                !gazetteer.matches(in: TextNormalizer.tokens(text)).contains { $0.id == "org:coalition" }, "\(text)")
        }
        for text in ["the US-led coalition said", "التحالف الدولي", "Hevpeymaniya Navdewletî"] {
            #expect(gazetteer.matches(in: TextNormalizer.tokens(text)).contains { $0.id == "org:coalition" }, "\(text)")
        }
    }

    /// Reports name a ministry by its minister as often as by itself ("lawmakers questioned the
    /// electricity minister", "استضاف وزير الكهرباء", "wezîrê karebayê mêvan kir"): both are one
    /// anchor, in every language.
    @Test func aMinisterNamesTheMinistryInEveryLanguage() {
        let gazetteer = Gazetteer.shared
        for text in [
            "Lawmakers questioned the electricity minister", "the Ministry of Electricity said",
            "استضاف البرلمان وزير الكهرباء", "وەزیری کارەبا لە پەرلەمان",
        ] {
            #expect(
                gazetteer.matches(in: TextNormalizer.tokens(text)).map(\.id).contains("org:electricityministry"),
                "\(text)")
        }
        let kurmanji = gazetteer.matches(
            in: TextNormalizer.tokens("Parlamentoya Iraqê wezîrê karebayê mêvan kir"), latinSuffixes: true)
        #expect(kurmanji.map(\.id).contains("org:electricityministry"))
        #expect(gazetteer.matches(in: TextNormalizer.tokens("وزير الموارد المائية")).map(\.id) == ["org:waterministry"])
    }

    /// Kurmanji outlets write places their own way, and inflect them ("li Şengalê", "ji Raniyê"):
    /// in a Kurmanji document both are read as the place. A Kurmanji spelling that is also a
    /// common word ("xebat", work) or, folded, an English one ("Şam" for Damascus reads "sam") is
    /// not in the table.
    @Test func kurmanjiSpellingsAndCaseEndingsNameThePlace() {
        let gazetteer = Gazetteer.shared
        let text = "Malbat ji Dihokê vegeriyan Şengalê; mamosteyên Raniyê; deriyê Sêmalka–Fîşxabûrê"
        let ids = gazetteer.matches(in: TextNormalizer.tokens(text), latinSuffixes: true).map(\.id)
        #expect(ids == ["duhok", "sinjar", "ranya", "semalka", "fishkhabour"])
        #expect(gazetteer.matches(in: TextNormalizer.tokens("Sam Altman said"), latinSuffixes: false).isEmpty)
        #expect(gazetteer.matches(in: TextNormalizer.tokens("xebata me berdewam e"), latinSuffixes: true).isEmpty)
    }

    /// Sorani writes pronoun and case clitics onto the name they follow ("بای حەسەنیان کردە ئامانج",
    /// they targeted Bai Hassan; "لە کەرکووکدا", in Kirkuk): the name is still read.
    @Test func soraniCliticsOnANameStillNameThePlace() {
        let gazetteer = Gazetteer.shared
        for (text, id) in [
            ("دوو درۆن کێڵگەی نەوتی بای حەسەنیان کردە ئامانج", "baihassan"),
            ("پۆلیس لە کەرکووکدا دوو کەسی دەستگیر کرد", "kirkuk"),
            ("خەڵکی هەڵەبجەیش بەشدار بوون", "halabja"),
        ] {
            #expect(gazetteer.matches(in: TextNormalizer.tokens(text)).map(\.id).contains(id), "\(text)")
        }
    }

    /// Kurmanji endings (case, ezafe, plural, indefinite) come off, so that the forms of one word
    /// meet; what remains keeps at least three letters.
    @Test func kurmanjiEndingsConflate() {
        func stem(_ word: String) -> String { Stemmer.kurmanji(TextNormalizer.normalized(word)) }
        #expect(stem("Zaxoyê") == stem("Zaxo"))
        #expect(stem("malbatên") == stem("malbat"))
        #expect(stem("mamosteyan") == stem("mamoste"))
        #expect(stem("gundekî") == stem("gund"))
        #expect(stem("Silêmaniyê") == stem("Silêmanî"))
        #expect(stem("mamosteyek") == stem("mamoste"))
        #expect(stem("roj") == "roj")
        #expect(stem("av") == "av")
        // Words that only end like an inflection keep what tells them apart.
        #expect(stem("baran") != stem("bar"))
        #expect(stem("Hesen") != stem("Hesekê"))
        #expect(stem("dinya") != stem("dîn"))
        #expect(stem("desteya") != stem("dest"))
        // A noun that ends in "-an" meets its inflected forms.
        #expect(stem("xwepêşandan") == stem("xwepêşandanê"))
        #expect(stem("dibistan") == stem("dibistana"))
    }

    /// Every spelling in the gazetteer, written alone (and capitalised, as names are), is read as
    /// its own entry: no spelling is shadowed by another entry's.
    @Test func everyGazetteerSpellingNamesItsOwnEntry() {
        let gazetteer = Gazetteer.shared
        let ids = Gazetteer.entries.map(\.id)
        #expect(
            Set(ids).count == ids.count,
            "entries listed twice: \(Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys.sorted())")
        var wrong: [String] = []
        for entry in Gazetteer.entries where !entry.id.hasPrefix("month:") && !entry.id.hasPrefix("day:") {
            for name in entry.names {
                let ids = gazetteer.matches(in: TextNormalizer.tokens(name)).map(\.id)
                if ids != [entry.id] { wrong.append("\(name) → \(ids), expected \(entry.id)") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) spellings: \(wrong.prefix(20))")
    }

    @Test func headlinePlacesInOneGovernorateAreOnePlace() {
        #expect(Gazetteer.governorate(of: "kanimasi") == Gazetteer.governorate(of: "duhok"))
        #expect(Gazetteer.governorate(of: "abusaida") == "diyala")
        // A sub-district between two governorates follows the one that runs it: it is a place a
        // headline puts an event in, not a broad region.
        #expect(Gazetteer.isSpecificPlace("mutaibija") && Gazetteer.governorate(of: "mutaibija") == "salahuddin")
        // Outlets put it in either governorate: a headline naming it names both.
        #expect(Gazetteer.allGovernorates(of: "mutaibija") == ["salahuddin", "diyala"])
        #expect(Gazetteer.allGovernorates(of: "amedi") == ["duhok"])
        #expect(Gazetteer.governorate(of: "wadishay") != Gazetteer.governorate(of: "abusaida"))
        #expect(Gazetteer.governorate(of: "kobani") == Gazetteer.governorate(of: "manbij"))
        // Every place the table names is a gazetteer entry.
        let ids = Set(Gazetteer.entries.map(\.id))
        let unknown = Gazetteer.governorates.keys.filter { !ids.contains($0) }
        #expect(unknown.isEmpty, "\(unknown)")
    }

    @Test func logarithmMatchesKnownValues() {
        #expect(abs(Elementary.ln(1)) < 1e-15)
        #expect(abs(Elementary.ln(2.718281828459045) - 1) < 1e-14)
        #expect(abs(Elementary.ln(1000) - 6.907755278982137) < 1e-12)
        #expect(abs(Elementary.exp(1) - 2.718281828459045) < 1e-14)
        #expect(abs(Elementary.pow(9, 0.5) - 3) < 1e-13)
    }
}

/// Headlines written "Place: what happened" and Kurmanji fires.
@Suite struct HeadlineFormTests {
    /// The word after a colon is capitalised as a sentence's first, not as a name, and a name does
    /// not run across the colon.
    @Test func theWordAfterAColonStartsASentence() {
        let tokens = TextNormalizer.tokens("Hewlêr: Agir bi bazara Lengê ket")
        #expect(tokens.map(\.startsSentence) == [true, true, false, false, false, false])
        // A colon inside a time is no break.
        #expect(
            TextNormalizer.tokens("Fire at 10:30 in Erbil").map(\.startsSentence) == [
                true, false, false, false, false, false,
            ])
    }

    /// Kurmanji tells a blaze as "agir bi … ket", "agir … pêket", "agir … berbû" or "agir girt": a
    /// fire, unlike "agir vekirin" (opened fire).
    @Test func kurmanjiFireHeadlinesNameAFire() {
        func kinds(_ title: String) -> UInt64 { HeadlineFeatures.of(title, language: "kmr").titleKinds }
        let fire = Gazetteer.kindBit("topic:fire") ?? 0
        #expect(fire != 0)
        #expect(kinds("Hewlêr: Agir bi embareke mobîlyayan ket") & fire != 0)
        #expect(kinds("Li Duhokê agir berbû bazara kevn") & fire != 0)
        #expect(kinds("Li rafîneriya Beycîyê agir pêket, sê karker birîndar bûn") & fire != 0)
        #expect(kinds("Çekdaran li Kerkûkê agir vekirin") & fire == 0)
    }
}
