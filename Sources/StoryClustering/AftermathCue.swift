/// How a headline says it reports what followed a happening, not the happening itself: its toll
/// rising, its cause found, an inquiry, compensation, survivors and victims, bodies returned, a
/// truce, a reopening, a protest going on ("Death toll from Erbil bazaar blaze rises to five",
/// "ارتفاع حصيلة ضحايا انفجار البصرة", "ژمارەی قوربانییانی تەقینەوەکە", "Lêkolîn: sedema şewatê…",
/// "خۆپیشاندانەکە بۆ ڕۆژی سێیەم بەردەوامە").
///
/// Days after a fire or a blast, a headline of that kind naming none of the story's particulars is
/// read as another happening of the kind unless it says it is about what followed. Read per
/// language: English words whole; Arabic, Sorani and Kurmanji words by their beginning (they take
/// case, plural and possessive endings), Arabic ones after a clitic prefix (و، ف، ب، ل، ال).
enum AftermathCue {
    /// The cues of one language.
    struct Words: Sendable {
        /// Matched whole.
        var whole: Set<String>
        /// Matched at a word's beginning (at least four letters each).
        var beginnings: [String]

        init(whole: [String] = [], beginnings: [String] = []) {
            self.whole = TextNormalizer.normalizedWords(whole)
            self.beginnings = beginnings.flatMap { TextNormalizer.tokens($0).map(\.text) }
        }
    }

    static let languages: [String: Words] = [
        "en": Words(whole: [
            "toll", "tolls", "investigation", "investigations", "investigators", "investigator", "probe", "probes",
            "inquiry", "inquest", "cause", "caused", "causes", "blamed", "blames", "compensation", "compensate",
            "compensated", "survivor", "survivors", "survived", "victims", "victim's", "bodies", "mourn", "mourns",
            "mourners", "mourning", "funeral", "funerals", "buried", "burial", "truce", "reconciliation", "reopen",
            "reopens", "reopened", "reopening", "repatriated", "identified", "freed", "released", "aftermath",
            "rebuild", "rebuilding", "continue", "continues", "continuing", "enters", "resume", "resumes", "straight",
            "consecutive",
        ]),
        "ar": Words(beginnings: [
            "حصيلة", "تحقيق", "التحقيق", "لجنة", "سبب", "أسباب", "اسباب", "نجم", "تعويض", "ضحايا", "جثامين", "جثث",
            "تشييع", "ناجي", "ناجين", "هدنة", "صلح", "افتتاح", "يواصل", "تواصل", "متواصل", "استمرار", "مستمر",
            "لليوم",
        ]),
        "ckb": Words(beginnings: [
            "قوربانی", "لێکۆڵینەوە", "هۆکار", "قەرەبوو", "تەرم", "ئاشتبوونەوە", "بەردەوام", "ڕزگاربوو", "کرایەوە",
            "سپێردرا", "پرسە",
        ]),
        "kmr": Words(beginnings: [
            "qurban", "lêkolîn", "sedem", "tazmînat", "tezmînat", "cenaze", "termê", "rizgar", "berdewam", "aştî",
        ]),
    ]

    private static let arabicClitics = ["وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل"]

    /// Whether `tokens` (a headline, normalised) say the report is about what followed its
    /// happening, in `language` (`en`, `ar`, `ckb`, `kmr`; other languages never do).
    static func marksAftermath(_ tokens: [Token], language: String) -> Bool {
        guard let words = languages[language] else { return false }
        for token in tokens {
            let text = token.text
            if words.whole.contains(text) { return true }
            guard !words.beginnings.isEmpty else { continue }
            var forms = [text]
            if token.script == .arabic {
                for clitic in arabicClitics where text.hasPrefix(clitic) {
                    forms.append(String(text.dropFirst(clitic.count)))
                }
            }
            for form in forms where words.beginnings.contains(where: { form.hasPrefix($0) }) { return true }
        }
        return false
    }
}
