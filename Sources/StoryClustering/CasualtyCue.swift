/// How a headline tells its happening's toll: people killed or hurt ("Turkish drone strike kills
/// two", "مقتل شخصين", "دوو کەس کوژران", "2 kes hatin kuştin"), or no one ("Turkish strikes hit
/// Kurdish village, no casualties", "دون إصابات", "کەس بریندار نەبوو", "kes nehat kuştin").
///
/// Days after a story whose headlines told people killed or hurt, a headline naming none of its
/// headlines' governorates and telling a happening that hurt no one is another happening: a strike
/// that wounded two farmers is not the one that hit a village without casualties two days later.
///
/// Read per language: a word of harm (whole in English and Arabic, Arabic also after a clitic
/// prefix; by its beginning in Sorani and Kurmanji, which inflect it) tells harm unless a negation
/// governs it: in English and Arabic one a few words before it with only words of the phrase
/// between ("no casualties", "no immediate reports of casualties", "without any casualties", "no
/// one died", "لم يسفر عن إصابات", "دون وقوع ضحايا"; not "No justice for shepherds killed", "لا يزال
/// القتلى"), in Sorani and Kurmanji the word just before or after it ("kes nehat kuştin", "کەس
/// بریندار نەبوو"). Some words tell no harm only denied ("no one hurt"; "traders hurt by delays"
/// is no toll). A headline telling harm anywhere tells harm, whatever else it denies.
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
        /// Words of harm that count only denied ("no one hurt").
        var deniedOnly: Set<String>
        /// Words denying the harm named up to ``negationReach`` words after them, with only words
        /// of ``phraseWords`` between ("no immediate reports of casualties").
        var negationsBefore: Set<String>
        var negationReach: Int
        var phraseWords: Set<String>
        /// Words denying the harm named just before them.
        var negationsAfter: Set<String>

        init(
            harmWhole: [String] = [], harmBeginnings: [String] = [], deniedOnly: [String] = [],
            negationsBefore: [String] = [], negationReach: Int = 1, phraseWords: [String] = [],
            negationsAfter: [String] = []
        ) {
            self.deniedOnly = TextNormalizer.normalizedWords(deniedOnly)
            self.phraseWords = TextNormalizer.normalizedWords(phraseWords)
            self.harmWhole = TextNormalizer.normalizedWords(harmWhole)
            self.harmBeginnings = harmBeginnings.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.negationsBefore = TextNormalizer.normalizedWords(negationsBefore)
            self.negationReach = negationReach
            self.negationsAfter = TextNormalizer.normalizedWords(negationsAfter)
        }
    }

    // Left out: Kurmanji "jiyana" (also "the life of").
    static let languages: [String: Words] = [
        "en": Words(
            harmWhole: [
                "killed", "kills", "kill", "killing", "dead", "dies", "die", "died", "death", "deaths", "wounded",
                "wounds", "wounding", "injured", "injures", "injuring", "injuries", "casualties", "drowns", "drowned",
            ],
            deniedOnly: ["hurt"], negationsBefore: ["no", "without", "nobody"], negationReach: 4,
            phraseWords: [
                "one", "was", "were", "immediate", "reports", "report", "reported", "of", "any", "human", "serious",
                "major", "else",
            ]),
        "ar": Words(
            harmWhole: [
                "مقتل", "قتلى", "قتل", "قتيل", "قتيلا", "مصرع", "وفاة", "إصابة", "إصابات", "جرحى", "جريح", "مصابين",
                "استشهاد", "ضحايا",
            ],
            negationsBefore: ["لم", "ولم", "دون", "بدون", "ودون", "لا", "ولا", "دونما"], negationReach: 4,
            phraseWords: ["يسفر", "تسفر", "عن", "وقوع", "تسجيل", "تسجل", "يسجل", "أي", "بشرية", "تقع", "يقع"]),
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
    ].mapValues { $0.map(CountedPhrase.words) }

    /// What `tokens` (a headline, normalised) tell of the people their happening hurt, in
    /// `language` (`en`, `ar`, `ckb`, `kmr`; other languages tell nothing).
    static func toll(_ tokens: [Token], language: String) -> Toll {
        guard let words = languages[language] else { return .untold }
        var toldNone = false
        for index in tokens.indices {
            let deniedOnly = words.deniedOnly.contains(tokens[index].text)
            guard deniedOnly || namesHarm(tokens[index], words) else { continue }
            if denied(index, tokens, words) {
                toldNone = true
            } else if !deniedOnly {
                return .some
            }
        }
        if toldNone { return .none }
        return CountedPhrase.occurs(noHarmPhrases[language] ?? [], in: tokens, language: language) ? .none : .untold
    }

    /// Whether a negation governs the word of harm at `index`.
    private static func denied(_ index: Int, _ tokens: [Token], _ words: Words) -> Bool {
        if index + 1 < tokens.count, words.negationsAfter.contains(tokens[index + 1].text) { return true }
        var position = index - 1
        while position >= max(0, index - words.negationReach) {
            let text = tokens[position].text
            if words.negationsBefore.contains(text) { return true }
            guard words.phraseWords.contains(text) else { return false }
            position -= 1
        }
        return false
    }

    /// Whether `token` is a word of harm.
    private static func namesHarm(_ token: Token, _ words: Words) -> Bool {
        if words.harmBeginnings.contains(where: { token.text.hasPrefix($0) }) { return true }
        return Gazetteer.namesWhole(words.harmWhole, token, minimumAfterClitic: 4)
    }
}
