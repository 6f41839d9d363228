/// How a headline tells its happening's toll: people killed or hurt ("Turkish drone strike kills
/// two", "مقتل شخصين", "دوو کەس کوژران", "2 kes hatin kuştin"), or no one ("Turkish strikes hit
/// Kurdish village, no casualties", "دون إصابات", "زیانی گیانی نەبوو", "bê zirara canî").
///
/// Days after a story whose headlines told people killed or hurt, a headline telling a happening
/// that hurt no one is another happening: a strike that wounded two farmers is not the one that
/// hit a village without casualties two days later. A headline saying both ("no one hurt as…"
/// beside "killed") tells none: the harmless reading wins only where no harm is told.
///
/// Read per language: the phrases of no harm as words in a row (Arabic also after "و"); the words
/// of harm whole in English and Arabic (Arabic also after a clitic prefix), by their beginning in
/// Sorani and Kurmanji, which inflect them.
enum CasualtyCue {
    /// What a headline tells of the people its happening hurt.
    enum Toll: Sendable {
        /// It tells nothing of them.
        case untold
        /// It tells that it hurt no one.
        case none
        /// It tells people killed or hurt.
        case some
    }

    /// The cues of one language.
    struct Words: Sendable {
        /// Phrases telling no one hurt, as normalised words in a row.
        var noHarm: [[String]]
        /// Words of harm matched whole.
        var harmWhole: Set<String>
        /// Words of harm matched at a word's beginning.
        var harmBeginnings: [String]

        init(noHarm: [String], harmWhole: [String] = [], harmBeginnings: [String] = []) {
            self.noHarm = noHarm.map { TextNormalizer.tokens($0).map(\.text) }.filter { !$0.isEmpty }
            self.harmWhole = TextNormalizer.normalizedWords(harmWhole)
            self.harmBeginnings = harmBeginnings.flatMap { TextNormalizer.tokens($0).map(\.text) }
        }
    }

    static let languages: [String: Words] = [
        "en": Words(
            noHarm: [
                "no casualties", "no injuries", "no deaths", "no one hurt", "no one injured", "no one killed",
                "no one was hurt", "no one was injured", "no one was killed", "nobody hurt", "nobody injured",
                "nobody killed", "without casualties",
            ],
            harmWhole: [
                "killed", "kills", "kill", "killing", "dead", "dies", "die", "died", "death", "deaths", "wounded",
                "wounds", "wounding", "injured", "injures", "injuring", "injuries", "hurt", "casualties", "drowns",
                "drowned",
            ]),
        "ar": Words(
            noHarm: [
                "دون إصابات", "بدون إصابات", "لا إصابات", "ولا إصابات", "دون خسائر بشرية", "لا خسائر بشرية",
                "ولا خسائر بشرية", "دون وقوع إصابات", "دون تسجيل إصابات", "دون وقوع خسائر بشرية",
            ],
            harmWhole: [
                "مقتل", "قتلى", "قتل", "قتيل", "قتيلا", "مصرع", "وفاة", "إصابة", "إصابات", "جرحى", "جريح", "مصابين",
                "استشهاد", "ضحايا",
            ]),
        "ckb": Words(
            noHarm: ["زیانی گیانی نەبوو", "زیانی گیانیی نەبوو", "بێ زیانی گیانی", "هیچ زیانێکی گیانی"],
            harmBeginnings: ["کوژرا", "کوژران", "کوشت", "بریندار", "گیانیان", "خنکا"]),
        "kmr": Words(
            noHarm: [
                "zirara canî tune", "bê zirara canî", "ziyana canî tune", "bê ziyana canî", "kes birîndar nebû",
                "kes nemir",
            ],
            harmWhole: ["mir", "mirin", "miriye", "mirî"],
            harmBeginnings: ["kuşt", "birîndar", "jiyana"]),
    ]

    /// What `tokens` (a headline, normalised) tell of the people their happening hurt, in
    /// `language` (`en`, `ar`, `ckb`, `kmr`; other languages tell nothing).
    static func toll(_ tokens: [Token], language: String) -> Toll {
        guard let words = languages[language] else { return .untold }
        var covered = Set<Int>()
        var toldNone = false
        for phrase in words.noHarm {
            guard let head = phrase.first else { continue }
            for start in tokens.indices where start + phrase.count <= tokens.count && tokens[start].text == head {
                guard zip(phrase, tokens[start...]).allSatisfy({ $0 == $1.text }) else { continue }
                toldNone = true
                covered.formUnion(start..<(start + phrase.count))
            }
        }
        let toldSome = tokens.indices.contains { index in
            guard !covered.contains(index) else { return false }
            let token = tokens[index]
            if words.harmBeginnings.contains(where: { token.text.hasPrefix($0) }) { return true }
            if words.harmWhole.contains(token.text) { return true }
            guard token.script == .arabic, !words.harmWhole.isEmpty else { return false }
            return Gazetteer.cliticForms(token).dropFirst().contains { form in
                form.count >= 4 && words.harmWhole.contains(String(form))
            }
        }
        if toldSome { return .some }
        return toldNone ? .none : .untold
    }
}
