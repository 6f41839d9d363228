/// The sites a happening strikes — a hotel, a market, a bus, a bridge — named in English, Arabic,
/// Sorani and Kurmanji, in classes of words for one kind of site, one bit each: what
/// ``DocumentFeatures/titleSites`` holds of a headline.
///
/// A kind phrase of the gazetteer ("hotel fire", "bus crash", "الفندق المحترق", "agirê otêlê")
/// is one term, its kind: the site word inside it is no headline word of its own. So "Iraq hotel
/// fire toll rises to four" shared no headline word with "Fire at Karbala hotel kills three", and
/// the bar for a report of what followed within two days, which asks for a headline word shared
/// beyond the kind, never let it in. A headline's sites, in a kind phrase or not, are kept for that
/// bar: a site class shared counts as a word shared.
///
/// The classes are explicit, not learnt: a word is here because it names a place or a vehicle a
/// fire, a blast, a crash or a collapse happens at, and words for one kind of site share a class
/// ("market", "souk", "shop"; "bus", "minibus"). Words that also mean something common in one of
/// the languages are left out: Kurmanji "pir" (very, and a bridge), "bîr" and Sorani "بیر" (a well,
/// and memory or thought), Kurmanji "mal" (a house, and goods). Arabic "حقل" and Sorani "کێڵگە"
/// are a farm's field and an oil field: both classes.
enum SiteWords {
    /// The classes, each a name and its words as written in the four languages.
    static let classes: [(name: String, words: [String])] = [
        ("hotel", ["hotel", "فندق", "هوتێل", "ئوتێل", "otêl"]),
        (
            "market",
            [
                "market", "bazaar", "souk", "mall", "shop", "store", "سوق", "محل", "محال", "متجر", "مول", "بازاڕ",
                "دوکان", "مۆڵ", "bazar", "sûk", "dikan", "mol",
            ]
        ),
        (
            "house",
            [
                "house", "home", "apartment", "building", "tower", "roof", "wall", "ceiling", "منزل", "منازل", "بيت",
                "مبنى", "بناية", "عمارة", "برج", "سقف", "جدار", "ماڵ", "خانوو", "بینا", "باڵەخانە", "تاوەر", "سەقف",
                "دیوار", "xanî", "avahî", "birc", "dîwar",
            ]
        ),
        ("warehouse", ["warehouse", "depot", "مخزن", "مستودع", "کۆگا", "embar"]),
        ("restaurant", ["restaurant", "مطعم", "چێشتخانە", "xwaringeh"]),
        ("school", ["school", "مدرسة", "قوتابخانە", "dibistan"]),
        ("camp", ["camp", "tent", "مخيم", "خيمة", "خيم", "کەمپ", "ئۆردوگا", "چادر", "خێوەت", "kamp", "kon"]),
        (
            "farm",
            [
                "farm", "field", "orchard", "wheat", "crop", "مزرعة", "بستان", "حقل", "حنطة", "قمح", "کێڵگە", "باخ",
                "گەنم", "zevî", "baxçe", "genim",
            ]
        ),
        (
            "oil",
            [
                "refinery", "oilfield", "pipeline", "مصفى", "مصفاة", "بئر", "أنبوب", "حقل", "پاڵاوگە", "بۆری", "کێڵگە",
                "rafîneri", "rafîne", "borî",
            ]
        ),
        ("hospital", ["hospital", "clinic", "ward", "مستشفى", "مستوصف", "نەخۆشخانە", "nexweşxane"]),
        ("hall", ["hall", "wedding", "قاعة", "عرس", "هۆڵ", "salon", "dawet"]),
        ("factory", ["factory", "plant", "مصنع", "معمل", "کارگە", "kargeh"]),
        ("bus", ["bus", "minibus", "حافلة", "باص", "پاس", "مینیباس", "otobus", "mînîbus", "minîbus", "mînîbas"]),
        ("truck", ["truck", "lorry", "tanker", "شاحنة", "صهريج", "بارهەڵگر", "تانکەر", "kamyon", "trêl", "tanker"]),
        ("car", ["car", "سيارة", "ئۆتۆمبێل", "otomobîl", "erebe"]),
        ("aircraft", ["plane", "helicopter", "طائرة", "مروحية", "فڕۆکە", "هەلیکۆپتەر", "balafir", "helîkopter"]),
        ("boat", ["boat", "ship", "زورق", "قارب", "سفينة", "بەلەم", "کەشتی", "belem", "keştî"]),
        ("bridge", ["bridge", "جسر", "پرد"]),
        ("crane", ["crane", "رافعة", "vinç"]),
        ("worship", ["mosque", "church", "جامع", "مسجد", "كنيسة", "مزگەوت", "کڵێسا", "mizgeft", "dêr"]),
        ("prison", ["prison", "سجن", "زیندان", "girtîgeh"]),
        ("forest", ["forest", "غابة", "دارستان", "daristan"]),
    ]

    /// The classes of each `w:` feature key a site word may take (``FeatureExtractor``: normalised,
    /// a Latin plural or Kurmanji ending stripped, the Arabic article and clitics too), one bit per
    /// class. Each word is read through every stemmer a document of any language may apply to it.
    static let masks: [String: UInt64] = {
        var masks: [String: UInt64] = [:]
        for (index, siteClass) in classes.enumerated() {
            let bit: UInt64 = 1 << UInt64(index)
            for word in siteClass.words {
                for token in TextNormalizer.tokens(word) {
                    var stems: [String] = []
                    switch token.script {
                    case .latin:
                        stems = [Stemmer.plural(token.text), Stemmer.kurmanji(token.text)]
                    case .arabic:
                        stems = [Stemmer.stem(token.text, script: .arabic)]
                    case .number, .other:
                        continue
                    }
                    for stem in stems { masks["w:" + stem, default: 0] |= bit }
                }
            }
        }
        return masks
    }()
}
