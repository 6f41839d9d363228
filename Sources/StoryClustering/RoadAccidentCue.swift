/// How a headline tells a road accident without a word for one: a vehicle overturning or colliding
/// ("Bus carrying students overturns", "انقلاب حافلة تقل طلبة", "پاسێکی خوێندکاران وەرگەڕا", "otobusa
/// xwendekaran wergeriya", "پێکدادانی مینیپاسێک و تانکەرێک"). The gazetteer cannot list those verbs
/// alone (a court overturns a ruling, a boat overturns and people drown, پێکدادان is a clash of
/// arms too, a drone crashes), nor the vehicle and the verb as one phrase: words come between them.
/// A road accident, then, when a word for a road vehicle and one for overturning or colliding stand
/// within eight words of each other in a headline. English words are matched whole; in the other languages by their
/// beginning, as they take case, indefinite and possessive endings (Arabic also after a clitic prefix:
/// ال، و، ب…). Boats are no road vehicle.
enum RoadAccidentCue {
    /// Whether `tokens`, a headline's in `language`, tell a road vehicle overturning or colliding.
    static func tellsRoadAccident(_ tokens: [Token], language: String) -> Bool {
        let byBeginning = language != "en"
        let overturning = tokens.indices.filter {
            matches(tokens[$0], whole: overturnWords, beginnings: byBeginning ? overturnBeginnings : [])
        }
        guard !overturning.isEmpty else { return false }
        return tokens.indices.contains { index in
            matches(tokens[index], whole: vehicleWords, beginnings: byBeginning ? vehicleBeginnings : [])
                && overturning.contains { abs($0 - index) <= 8 }
        }
    }

    private static func matches(_ token: Token, whole: Set<String>, beginnings: [String]) -> Bool {
        if whole.contains(token.text) { return true }
        guard !beginnings.isEmpty else { return false }
        return Gazetteer.cliticForms(token).contains { form in beginnings.contains { form.hasPrefix($0) } }
    }

    /// English road vehicles, whole.
    private static let vehicleWords = TextNormalizer.normalizedWords([
        "bus", "buses", "minibus", "minibuses", "car", "cars", "truck", "trucks", "lorry", "lorries", "tanker",
        "tankers", "vehicle", "vehicles", "van", "pickup",
    ])

    /// Arabic, Sorani and Kurmanji road vehicles, by their beginning: حافلة، سيارة، شاحنة، مركبة
    /// (not مركب, a boat), صهريج، باص; پاس، ئۆتۆمبێل، بارهەڵگر، تانکەر،
    /// مینیباس؛ otobus, erebe, wesayît, kamyon, tirimbêl, minîbus.
    private static let vehicleBeginnings = [
        "حافله", "سياره", "شاحنه", "مركبه", "صهريج", "باص", "پاس", "ئۆتۆمبێل", "ئوتومبێل", "بارهەڵگر",
        "تانکەر", "مینیباس", "otobus", "otobûs", "erebe", "wesayît", "kamyon", "tirimbêl", "minîbus",
    ].flatMap { TextNormalizer.tokens($0).map(\.text) }

    /// English words for overturning or colliding, whole.
    private static let overturnWords = TextNormalizer.normalizedWords([
        "overturn", "overturns", "overturned", "overturning", "flips", "flipped", "rollover", "collides",
        "collided", "colliding", "rams", "rammed", "crashes", "crashed", "crash", "plunges", "plunged",
    ])

    /// Arabic, Sorani and Kurmanji words for overturning or colliding, by their beginning: انقلاب،
    /// انقلبت، اصطدام، تصادم، اصطدمت؛ وەرگەڕا، وەرگەڕان، پێکدادان، بەریەککەوتن، لێکدان؛ wergeriya,
    /// wergerî.
    private static let overturnBeginnings = [
        "انقلاب", "انقلب", "اصطدام", "اصطدم", "تصادم", "وەرگەڕ", "پێکدادان", "بەریەککەوتن", "لێکدان", "wergeri",
        "wergerî",
    ].flatMap { TextNormalizer.tokens($0).map(\.text) }
}
