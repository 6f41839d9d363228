/// Words for a building or a facility a fire, a blast or a collapse strikes — a hotel, a market, a
/// hospital, a refinery — in English, Arabic, Sorani and Kurmanji, as the `w:` feature keys the
/// extractor gives them: what ``DocumentFeatures/titleSites`` holds of a headline.
///
/// A kind phrase of the gazetteer ("hotel fire", "الفندق المحترق", "agirê otêlê") is one term, its
/// kind: the site word inside it is no headline word of its own. So "Iraq hotel fire toll rises to
/// four" shared no headline word with "Fire at Karbala hotel kills three", and the bar for a report
/// of what followed within two days, which asks for a headline word shared beyond the kind, never
/// let it in. The site words of a headline, inside a kind phrase or standing alone, are kept for
/// that bar: the same site word shared counts as a word shared.
///
/// The list is explicit and narrow. Only fixed sites of which a governorate has few, so that two
/// happenings of one kind at one such site within two days are rare: not a house, a car, a bus, a
/// camp or a field, which a kind often names as itself ("car crash", "car bomb", "camp fire"), and
/// whose happenings come several a week. No word that is also another common word once normalised
/// and stemmed: Arabic "عمارة" (the name Ammar; Amarah), "جامع" (a university's stem), "سجن" (a
/// prison sentence), "مدرسة" (a teacher), "بيت", "برج"; Kurmanji "dêr" (folded to "der", about),
/// "borî" (past), "bîr" (memory), "mal" (goods); Sorani "بیر" (thought).
enum SiteWords {
    /// English site words; a plural reads as its singular.
    static let english = [
        "hotel", "market", "bazaar", "souk", "mall", "restaurant", "school", "hospital", "clinic", "warehouse",
        "factory", "refinery", "mosque", "church",
    ]
    /// Arabic site words, normalised and stemmed as Arabic is (the article and clitics dropped).
    static let arabic = [
        "فندق", "سوق", "مول", "مطعم", "مستشفى", "مستوصف", "مخزن", "مستودع", "مصنع", "مصفى", "مصفاة", "مسجد", "كنيسة",
    ]
    /// Sorani site words.
    static let sorani = [
        "هوتێل", "ئوتێل", "بازاڕ", "مۆڵ", "چێشتخانە", "قوتابخانە", "نەخۆشخانە", "کۆگا", "کارگە", "پاڵاوگە", "مزگەوت",
        "کڵێسا",
    ]
    /// Kurmanji site words, stemmed as Kurmanji is (its endings dropped).
    static let kurmanji = [
        "otêl", "bazar", "sûk", "xwaringeh", "dibistan", "nexweşxane", "embar", "kargeh", "rafîneri", "rafîne",
        "mizgeft",
    ]

    /// The `w:` keys of the site words, each stemmed as a document of its language stems it.
    static let keys: Set<String> = {
        var keys = Set<String>()
        func add(_ words: [String], _ stem: (Token) -> String) {
            for word in words {
                for token in TextNormalizer.tokens(word) { keys.insert("w:" + stem(token)) }
            }
        }
        add(english) { Stemmer.plural($0.text) }
        add(kurmanji) { Stemmer.kurmanji($0.text) }
        add(arabic + sorani) { Stemmer.stem($0.text, script: $0.script) }
        return keys
    }()
}
