/// How a headline tells its happening's toll: people killed or hurt ("Turkish drone strike kills
/// two", "مقتل شخصين", "دوو کەس کوژران", "2 kes hatin kuştin"), or no one ("Turkish strikes hit
/// Kurdish village, no casualties", "دون إصابات", "کەس بریندار نەبوو", "kes nehat kuştin").
///
/// Days after a story whose headlines told people killed or hurt, a headline naming none of its
/// particulars and telling a happening that hurt no one is another happening: a strike that wounded
/// two farmers is not the one that hit a village without casualties two days later.
///
/// Read per language: a word of harm (whole in English and Arabic, Arabic also after a clitic
/// prefix; by its beginning in Sorani and Kurmanji, which inflect it) tells harm unless a negation
/// denies it: one of the few words before it in English and Arabic ("no casualties", "no immediate
/// reports of casualties", "without any casualties", "لم يسفر عن إصابات", "دون وقوع ضحايا"), the word
/// before or after it in Sorani and Kurmanji ("kes nehat kuştin", "کەس بریندار نەبوو"). A headline
/// telling harm anywhere tells harm, whatever else it denies ("no one else hurt").
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
        /// Words of harm matched whole.
        var harmWhole: Set<String>
        /// Words of harm matched at a word's beginning.
        var harmBeginnings: [String]
        /// Words denying the harm named up to ``negationReach`` words after them.
        var negationsBefore: Set<String>
        var negationReach: Int
        /// Words denying the harm named just before them.
        var negationsAfter: Set<String>

        init(
            harmWhole: [String] = [], harmBeginnings: [String] = [], negationsBefore: [String] = [],
            negationReach: Int = 1, negationsAfter: [String] = []
        ) {
            self.harmWhole = TextNormalizer.normalizedWords(harmWhole)
            self.harmBeginnings = harmBeginnings.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.negationsBefore = TextNormalizer.normalizedWords(negationsBefore)
            self.negationReach = negationReach
            self.negationsAfter = TextNormalizer.normalizedWords(negationsAfter)
        }
    }

    // Left out: English "hurt" (also "traders hurt by salary delays"), Kurmanji "jiyana" (also
    // "the life of").
    static let languages: [String: Words] = [
        "en": Words(
            harmWhole: [
                "killed", "kills", "kill", "killing", "dead", "dies", "die", "died", "death", "deaths", "wounded",
                "wounds", "wounding", "injured", "injures", "injuring", "injuries", "casualties", "drowns", "drowned",
            ],
            negationsBefore: ["no", "without", "not", "nobody", "none"], negationReach: 4),
        "ar": Words(
            harmWhole: [
                "مقتل", "قتلى", "قتل", "قتيل", "قتيلا", "مصرع", "وفاة", "إصابة", "إصابات", "جرحى", "جريح", "مصابين",
                "استشهاد", "ضحايا",
            ],
            negationsBefore: ["لم", "ولم", "دون", "بدون", "ودون", "لا", "ولا", "عدم", "دونما"], negationReach: 4),
        "ckb": Words(
            harmBeginnings: ["کوژرا", "کوژران", "کوشت", "بریندار", "گیانیان", "خنکا"],
            negationsBefore: ["بێ"], negationsAfter: ["نەبوو", "نەبوون", "نەکرا", "نەکران"]),
        "kmr": Words(
            harmWhole: ["mir", "mirin", "miriye", "mirî"], harmBeginnings: ["kuşt", "birîndar"],
            negationsBefore: ["nehat", "nehatin", "bê", "ne"], negationsAfter: ["nebû", "nebûn", "nehat"]),
    ]

    /// Words telling no harm by themselves ("no casualties" is read from its negation; these name
    /// the harm's absence): Sorani "زیانی گیانی نەبوو" and Kurmanji "zirara canî tune" deny a loss
    /// of life, words the harm lists leave out.
    static let noHarmPhrases: [String: [[String]]] = [
        "ckb": ["زیانی گیانی نەبوو", "زیانی گیانیی نەبوو", "بێ زیانی گیانی", "هیچ زیانێکی گیانی"],
        "kmr": ["zirara canî tune", "bê zirara canî", "ziyana canî tune", "bê ziyana canî", "kes nemir"],
    ].mapValues { $0.map { TextNormalizer.tokens($0).map(\.text) } }

    /// What `tokens` (a headline, normalised) tell of the people their happening hurt, in
    /// `language` (`en`, `ar`, `ckb`, `kmr`; other languages tell nothing).
    static func toll(_ tokens: [Token], language: String) -> Toll {
        guard let words = languages[language] else { return .untold }
        var toldNone = false
        for index in tokens.indices where namesHarm(tokens[index], words) {
            let before = tokens[max(0, index - words.negationReach)..<index]
            let denied =
                before.contains { words.negationsBefore.contains($0.text) }
                || (index + 1 < tokens.count && words.negationsAfter.contains(tokens[index + 1].text))
            if !denied { return .some }
            toldNone = true
        }
        if toldNone { return .none }
        for phrase in noHarmPhrases[language] ?? [] {
            guard let head = phrase.first else { continue }
            for start in tokens.indices where start + phrase.count <= tokens.count && tokens[start].text == head {
                if zip(phrase, tokens[start...]).allSatisfy({ $0 == $1.text }) { return .none }
            }
        }
        return .untold
    }

    /// Whether `token` is a word of harm.
    private static func namesHarm(_ token: Token, _ words: Words) -> Bool {
        if words.harmBeginnings.contains(where: { token.text.hasPrefix($0) }) { return true }
        if words.harmWhole.contains(token.text) { return true }
        guard token.script == .arabic, !words.harmWhole.isEmpty else { return false }
        return Gazetteer.cliticForms(token).dropFirst().contains { form in
            form.count >= 4 && words.harmWhole.contains(String(form))
        }
    }
}
