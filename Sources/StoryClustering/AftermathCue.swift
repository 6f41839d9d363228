/// How a headline says it reports what followed a happening, not the happening itself: its toll
/// rising, its cause found, an inquiry, compensation, survivors, bodies returned, a truce, a
/// reopening, a protest going on, villages emptied by it ("Death toll from Erbil bazaar blaze rises to five", "ارتفاع حصيلة
/// ضحايا انفجار البصرة", "ژمارەی قوربانییانی تەقینەوەکە", "Lêkolîn: sedema şewatê…",
/// "خۆپیشاندانەکە بۆ ڕۆژی سێیەم بەردەوامە").
///
/// Days after a fire or a blast, a headline of that kind naming none of the story's particulars is
/// read as another happening of the kind unless it says it is about what followed. Read per
/// language: English and Arabic words whole (Arabic ones also after a clitic prefix, و، ب، ال…, when
/// four letters remain: "بسبب", "because of", is not "سبب", "cause"); Sorani and Kurmanji words by
/// their beginning, as they take case, plural and possessive endings; a few cues only as a pair
/// ("ژمارەی قوربانی…", "hejmara qurbaniyan": victims alone are in first reports too). Words that
/// are also names or everyday words count only in a pair or not at all ("نجم عن", "resulted from",
/// not نجم, a star or a name; "rizgar bû", not the name Rizgar; ناجي, a name; تواصل as in "social
/// media"; Qurban as in the Eid). People displaced count ("displaced", "نزوح", "ئاوارە", "koçber",
/// villages "vala kirin"), people evacuated or fleeing do not: first reports of fires say so.
enum AftermathCue {
    /// The cues of one language.
    struct Words: Sendable {
        /// Matched whole.
        var whole: Set<String>
        /// Matched at a word's beginning.
        var beginnings: [String]
        /// A word matched whole followed by one matched at its beginning.
        var pairs: [(first: String, second: String)]

        init(whole: [String] = [], beginnings: [String] = [], pairs: [(String, String)] = []) {
            self.whole = TextNormalizer.normalizedWords(whole)
            self.beginnings = beginnings.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.pairs = pairs.compactMap { first, second in
                guard let first = TextNormalizer.tokens(first).first?.text,
                    let second = TextNormalizer.tokens(second).first?.text
                else { return nil }
                return (first, second)
            }
        }
    }

    static let languages: [String: Words] = [
        "en": Words(whole: [
            "toll", "tolls", "investigation", "investigations", "investigators", "investigator", "probe", "probes",
            "inquiry", "inquest", "cause", "caused", "blamed", "blames", "compensation", "compensate", "compensated",
            "survivor", "survivors", "suspect", "suspects", "mourn", "mourns", "mourners", "mourning", "funeral", "funerals", "buried",
            "burial", "truce", "reconciliation", "reopen", "reopens", "reopened", "reopening", "repatriated",
            "aftermath", "rebuild", "rebuilding", "continue", "continues", "continuing", "resume", "resumes",
            "straight", "consecutive", "displaced", "displacement",
        ]),
        "ar": Words(whole: [
            "حصيلة", "تحقيق", "التحقيق", "تحقيقات", "لجنة", "أسباب", "اسباب", "تعويض", "تعويضات", "جثامين", "تشييع",
            "الناجين", "ناجين", "ناجون", "هدنة", "صلح", "يواصل", "يواصلون", "تتواصل", "متواصلة", "متواصل",
            "استمرار", "مستمرة", "لليوم", "نزوح", "نزحت", "تنزح", "النازحة", "تهجير",
        ], pairs: [("نجم", "عن"), ("نجمت", "عن")]),
        "ckb": Words(
            beginnings: [
                "لێکۆڵینەوە", "هۆکاری", "قەرەبوو", "تەرمی", "ئاشتبوونەوە", "بەردەوام", "کرایەوە", "سپێردران", "ئاوارە",
                "چۆڵبوون",
            ],
            pairs: [("ژمارەی", "قوربانی"), ("ژمارەی", "کوژراو")]),
        "kmr": Words(
            beginnings: ["lêkolîn", "sedema", "tazmînat", "tezmînat", "cenaze", "termên", "berdewam", "aştiy", "koçber"],
            pairs: [
                ("hejmara", "qurbaniy"), ("hejmara", "miriy"), ("hejmara", "kuştiy"), ("rizgar", "bû"), ("vala", "kir"),
            ]),
    ]

    /// Whether `tokens` (a headline, normalised) say the report is about what followed its
    /// happening, in `language` (`en`, `ar`, `ckb`, `kmr`; other languages never do).
    static func marksAftermath(_ tokens: [Token], language: String) -> Bool {
        guard let words = languages[language] else { return false }
        for (index, token) in tokens.enumerated() {
            let text = token.text
            if words.whole.contains(text) { return true }
            if token.script == .arabic, !words.whole.isEmpty {
                for clitic in Gazetteer.arabicPrefixes where text.hasPrefix(clitic) {
                    let rest = text.dropFirst(clitic.count)
                    if rest.unicodeScalars.count >= 4, words.whole.contains(String(rest)) { return true }
                }
            }
            if words.beginnings.contains(where: { text.hasPrefix($0) }) { return true }
            if index + 1 < tokens.count,
                words.pairs.contains(where: { $0.first == text && tokens[index + 1].text.hasPrefix($0.second) })
            {
                return true
            }
        }
        return false
    }
}
