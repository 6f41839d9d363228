/// How a headline tells a road accident without a word for one: a vehicle overturning or colliding
/// ("Bus carrying students overturns", "انقلاب حافلة تقل طلبة", "پاسێکی خوێندکاران وەرگەڕا", "otobusa
/// xwendekaran wergeriya", "پێکدادانی مینیپاسێک و تانکەرێک", "mînîbusek û kamyonek li hev ketin").
/// The gazetteer cannot list those verbs alone (a court overturns a ruling, a boat overturns and
/// people drown, پێکدادان is a clash of arms too, a drone crashes), nor the vehicle and the verb as
/// one phrase: words come between them.
/// A road accident, then, when a word for a road vehicle and one for overturning or colliding stand
/// within eight words of each other in a headline. English words are matched whole; in the other
/// languages by their beginning, as they take case, number, indefinite and possessive endings (Arabic
/// also after a clitic prefix: ال، و، ب…), except short ones that begin other words (Sorani پاس
/// begins پاسەوان, a guard; Arabic باص begins بأصوات once folded), matched in their listed forms.
/// Boats and tankers at sea are no road vehicle.
enum RoadAccidentCue {
    /// Whether `tokens`, a headline's in `language`, tell a road vehicle overturning or colliding.
    static func tellsRoadAccident(_ tokens: [Token], language: String) -> Bool {
        let english = language == "en"
        // "Car slams into truck", "car and truck collide": the vehicle first, within three words;
        // "chamber slams ban on car imports" and "leaders collide over vehicle rules" are no crash.
        if english,
            tokens.indices.contains(where: { index in
                vehicleFirstWords.contains(tokens[index].text)
                    && (max(0, index - 3)..<index).contains { vehicleWords.contains(tokens[$0].text) }
            })
        {
            return true
        }
        let overturning = tokens.indices.filter {
            english
                ? overturnWords.contains(tokens[$0].text)
                : matches(tokens[$0], whole: [], beginnings: overturnBeginnings)
                    || language == "kmr" && collidedInKurmanji(tokens, at: $0)
        }
        guard !overturning.isEmpty else { return false }
        return tokens.indices.contains { index in
            (english
                ? vehicleWords.contains(tokens[index].text)
                : matches(tokens[index], whole: vehicleForms, beginnings: vehicleBeginnings))
                && overturning.contains { abs($0 - index) <= 8 }
        }
    }

    /// Kurmanji "li hev ketin", "li hevdu ketin" or "li hev qelibîn" (ran into each other) with its
    /// "hev" at `index`: "hev" alone is "each other" in any sentence ("bi hev re", together).
    private static func collidedInKurmanji(_ tokens: [Token], at index: Int) -> Bool {
        (tokens[index].text == hev || tokens[index].text == hevdu) && index > 0 && tokens[index - 1].text == li
            && index + 1 < tokens.count
            && collideVerbBeginnings.contains { tokens[index + 1].text.hasPrefix($0) }
    }

    private static let hev = TextNormalizer.normalized("hev")
    private static let hevdu = TextNormalizer.normalized("hevdu")
    private static let li = TextNormalizer.normalized("li")
    private static let collideVerbBeginnings = ["ket", "qelib"].flatMap { TextNormalizer.tokens($0).map(\.text) }

    private static func matches(_ token: Token, whole: Set<String>, beginnings: [String]) -> Bool {
        Gazetteer.cliticForms(token).contains { form in
            whole.contains(String(form)) || beginnings.contains { form.hasPrefix($0) }
        }
    }

    /// English road vehicles, whole.
    private static let vehicleWords = TextNormalizer.normalizedWords([
        "bus", "buses", "minibus", "minibuses", "car", "cars", "truck", "trucks", "lorry", "lorries", "vehicle",
        "vehicles", "van", "pickup",
    ])

    /// Arabic, Sorani and Kurmanji road vehicles, by their beginning: حافلة، سيارة، شاحنة (with their
    /// duals and plurals), مركبة (not مركب, a boat), صهريج، عجلة (Iraqi for a vehicle); ئۆتۆمبێل،
    /// بارهەڵگر، تانکەر، مینیباس؛ otobus, wesayît, kamyon, tirimbêl, minîbus (not "erebe": "Ereb",
    /// Arabs, begins it once folded).
    private static let vehicleBeginnings = [
        "حافل", "سيار", "شاحن", "مركبه", "مركبات", "صهريج", "عجله", "عجلات", "ئۆتۆمبێل", "ئوتومبێل",
        "بارهەڵگر", "تانکەر", "مینیباس", "otobus", "otobûs", "wesayît", "kamyon", "tirimbêl", "minîbus", "mînîbus",
        "otomobîl",
    ].flatMap { TextNormalizer.tokens($0).map(\.text) }

    /// Short vehicle words matched in these forms only: باص, the Sorani bus with its endings.
    private static let vehicleForms = TextNormalizer.normalizedWords([
        "باص", "باصات", "پاس", "پاسی", "پاسێک", "پاسێکی", "پاسەکە", "پاسەکەی", "پاسەکان",
    ])

    /// English words for overturning or colliding, whole.
    private static let overturnWords = TextNormalizer.normalizedWords([
        "overturn", "overturns", "overturned", "overturning", "flips", "flipped", "rollover", "collides",
        "collided", "colliding", "rams", "rammed", "crashes", "crashed", "crash", "plunges", "plunged",
    ])

    /// English verbs of a crash only after their vehicle (``tellsRoadAccident(_:language:)``): also a
    /// critic's verb ("slams") or a quarrel ("collide over"), whole.
    private static let vehicleFirstWords = TextNormalizer.normalizedWords([
        "collide", "slams", "slammed", "ploughs", "ploughed", "plows", "plowed", "skids", "skidded",
    ])

    /// Arabic, Sorani and Kurmanji words for overturning or colliding, by their beginning: انقلاب،
    /// انقلبت، اصطدام، تصادم، اصطدمت؛ وەرگەڕا، وەرگەڕان، پێکدادان، بەریەککەوتن؛ wergeriya, wergerî
    /// (also "turned into": a vehicle must be near).
    private static let overturnBeginnings = [
        "انقلاب", "انقلب", "اصطدام", "اصطدم", "تصادم", "وەرگەڕ", "پێکدادان", "بەریەککەوتن", "wergeri", "wergerî",
    ].flatMap { TextNormalizer.tokens($0).map(\.text) }
}
