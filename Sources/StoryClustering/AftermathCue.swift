/// How a headline says it reports what followed a happening, not the happening itself: its toll
/// rising, a victim dying of wounds or buried, its cause found, an inquiry, compensation,
/// survivors, bodies found or returned, a confession, a hostage freed, a truce, a
/// reopening, a protest going on, villages emptied by it ("Death toll from Erbil bazaar blaze rises
/// to five", "ارتفاع حصيلة ضحايا انفجار البصرة", "ژمارەی قوربانییانی تەقینەوەکە", "Lêkolîn: sedema
/// şewatê…", "خۆپیشاندانەکە بۆ ڕۆژی سێیەم بەردەوامە").
///
/// Days after a fire or a blast, a headline of that kind naming none of the story's particulars is
/// read as another happening of the kind unless it says it is about what followed. Read per
/// language: English and Arabic words whole (Arabic ones also after a clitic prefix, و، ب، ال…, when
/// four letters remain: "بسبب", "because of", is not "سبب", "cause"); Sorani and Kurmanji words by
/// their beginning, as they take case, plural and possessive endings; a few cues only as a pair
/// ("ژمارەی قوربانی…", "hejmara qurbaniyan": victims alone are in first reports too). Words that
/// are also names or everyday words count only in a pair or not at all ("نجم عن", "resulted from",
/// not نجم, a star or a name; "rizgar bû", not the name Rizgar; ناجي, a name; تواصل as in "social
/// media"; Qurban as in the Eid). Villages emptied count: a word for villages beside one for people
/// leaving or displaced ("families flee Amedi villages", "نزوح … من قرى", "چۆڵبوونی گوندەکان",
/// "gundên xwe … vala kirin"); people evacuated, fleeing or displaced alone do not: first reports of
/// fires say so, and camps of the displaced burn too. A protest's end counts (``ProtestEndCue``).
enum AftermathCue {
    /// The cues of one language.
    struct Words: Sendable {
        /// Matched whole.
        var whole: Set<String>
        /// Matched at a word's beginning.
        var beginnings: [String]
        /// A word matched whole followed by one matched at its beginning.
        var pairs: [(first: String, second: String)]
        /// Pairs as ``pairs``, unless "to" comes before them: a fire "put out", not "battling to put
        /// out".
        var pairsUnlessAfterTo: [(first: String, second: String)]
        /// Words matched whole as a headline's first word only: an Arabic headline opening with the
        /// verbal noun tells it done ("إخماد حريق البئر", the well fire put out), where the noun
        /// elsewhere is work going on ("تحاول إخماد الحريق").
        var openings: Set<String>

        /// Words for villages, and for people leaving them: together, villages emptied by the
        /// happening (matched at a word's beginning, Arabic also after a clitic).
        var villages: [String]
        var leaving: [String]
        /// Words for an aftershock (matched at a word's beginning, Arabic also after a clitic).
        var aftershocks: [String]

        init(
            whole: [String] = [], beginnings: [String] = [], pairs: [(String, String)] = [],
            pairsUnlessAfterTo: [(String, String)] = [], openings: [String] = [], villages: [String] = [],
            leaving: [String] = [], aftershocks: [String] = []
        ) {
            self.openings = TextNormalizer.normalizedWords(openings)
            self.aftershocks = aftershocks.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.villages = villages.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.leaving = leaving.compactMap { TextNormalizer.tokens($0).first?.text }
            self.whole = TextNormalizer.normalizedWords(whole)
            self.beginnings = beginnings.flatMap { TextNormalizer.tokens($0).map(\.text) }
            func normalized(_ pairs: [(String, String)]) -> [(first: String, second: String)] {
                pairs.compactMap { first, second in
                    guard let first = TextNormalizer.tokens(first).first?.text,
                        let second = TextNormalizer.tokens(second).first?.text
                    else { return nil }
                    return (first, second)
                }
            }
            self.pairs = normalized(pairs)
            self.pairsUnlessAfterTo = normalized(pairsUnlessAfterTo)
        }
    }

    static let languages: [String: Words] = [
        "en": Words(
            whole: [
                "toll", "tolls", "investigation", "investigations", "investigators", "investigator", "probe", "probes",
                "inquiry", "inquest", "cause", "caused", "blamed", "blames", "compensation", "compensate",
                "compensated",
                "survivor", "survivors", "suspect", "suspects", "mourn", "mourns", "mourners", "mourning", "funeral",
                "funerals", "buried", "succumbs", "succumbed", "confesses", "confessed", "body", "bodies",
                "recovered", "recover", "recovers",
                "burial", "truce", "reconciliation", "reopen", "reopens", "reopened", "reopening", "repatriated",
                "aftermath", "rebuild", "rebuilding", "continue", "continues", "continuing", "resume", "resumes",
                "straight", "consecutive", "still", "renewed", "freed", "rescued", "extinguished",
            ],
            pairs: [
                ("second", "day"), ("second", "night"), ("third", "day"), ("third", "night"), ("of", "wounds"),
                // The dead buried, not a landslide burying them: "Kubaisa buries slain shepherds".
                ("buries", "slain"), ("buries", "victim"), ("buries", "dead"), ("bury", "slain"), ("bury", "victim"),
                ("bury", "dead"), ("bury", "their"),
            ],
            pairsUnlessAfterTo: [("put", "out")],
            villages: ["village", "villages", "villagers"],
            leaving: ["displaced", "displacement", "emptied", "abandon", "abandoned", "flee", "fled", "deserted"],
            aftershocks: ["aftershock"]),
        "ar": Words(
            whole: [
                "حصيلة", "تحقيق", "التحقيق", "تحقيقات", "لجنة", "أسباب", "اسباب", "تعويض", "تعويضا", "تعويضات",
                "جثامين", "تشييع", "الناجين", "ناجين", "ناجون", "هدنة", "صلح", "يواصل", "يواصلون", "تتواصل", "متواصلة", "متواصل",
                "استمرار", "مستمرة", "لليوم", "لليلة", "انتشال", "تجدد", "تجددت", "يزال", "تحرير", "جثة", "جثث",
                "سبب", "أخمدت", "إخمادها",
            ],
            // One dying of wounds ("متأثرا بجراحه", not "متأثرا بانخفاض الأسعار", nor burns, a fire's
            // first report), a hostage freed ("تحرر مختطفا", not traffic fines "تحرر مخالفات").
            pairs: [
                ("نجم", "عن"), ("نجمت", "عن"), ("متأثرا", "بجراح"), ("متأثرا", "بجروح"), ("متأثرة", "بجراح"),
                ("متأثرة", "بجروح"), ("متأثرا", "بإصاب"), ("تحرر", "مختطف"), ("يحرر", "مختطف"), ("تحرر", "رهين"),
                // The fire put out ("تم إخماد"; not "تحاول إخماده", firefighters at work), the cause
                // found ("عطل … وراء حريق القيارة").
                ("تم", "إخماد"), ("وراء", "حريق"), ("وراء", "الحريق"), ("وراء", "انفجار"), ("وراء", "الانفجار"),
            ],
            openings: ["إخماد"],
            villages: ["قرى", "قرية", "القرى", "قراهم"],
            leaving: ["نزوح", "نزحت", "تنزح", "تهجير", "إفراغ", "افراغ", "هجرة"],
            aftershocks: ["ارتدادي", "توابع"]),
        "ckb": Words(
            beginnings: [
                "لێکۆڵینەوە", "هۆکاری", "قەرەبوو", "تەرمی", "ئاشتبوونەوە", "بەردەوام", "کرایەوە", "سپێردران",
                "هێشتا", "کوژایەوە", "کوژێنرایەوە", "ئازادکرا",
            ],
            pairs: [
                ("ژمارەی", "قوربانی"), ("ژمارەی", "کوژراو"), ("ئازاد", "کرا"), ("ڕۆژی", "دووەم"), ("ڕۆژی", "سێیەم"), ("شەوی", "دووەم"),
            ],
            villages: ["گوند"], leaving: ["چۆڵ", "ئاوارە"], aftershocks: ["پاشلەرز", "پاشکۆ"]),
        "kmr": Words(
            beginnings: [
                "lêkolîn", "sedema", "tazmînat", "tezmînat", "cenaze", "termên", "termê", "berdewam", "aştiy",
                "gumanbar",
                "rizgarkirin", "vemirî", "azadkirin", "tometa",
            ],
            pairs: [
                ("hejmara", "qurbaniy"), ("hejmara", "miriy"), ("hejmara", "kuştiy"), ("rizgar", "bû"), ("azad", "bû"),
                // The fire put out ("hat vemirandin"; not "ji bo vemirandina agir", firefighters at work).
                ("hat", "vemirandin"), ("hatin", "vemirandin"),
                ("roja", "duyem"), ("roja", "sêyem"), ("şeva", "duyem"),
            ],
            villages: ["gund"], leaving: ["vala", "koçber"], aftershocks: ["paşerdhej", "paşlerz", "paşhej"]),
    ]

    /// Whether `tokens` (a headline, normalised) name an aftershock ("4.1-magnitude aftershock
    /// rattles Darbandikhan", "هزة ارتدادية", "بوومەلەرزەیەکی پاشکۆ", "paşerdhejek din"): what follows
    /// an earthquake whatever the headline's other words, and no repeat of it however often it
    /// comes ("another aftershock", "جارێکی تر").
    static func namesAftershock(_ tokens: [Token], language: String) -> Bool {
        guard let stems = languages[language]?.aftershocks, !stems.isEmpty else { return false }
        return tokens.contains { token in
            Gazetteer.cliticForms(token).contains { form in stems.contains { form.hasPrefix($0) } }
        }
    }

    /// Whether `tokens` (a headline, normalised) say the report is about what followed its
    /// happening, in `language` (`en`, `ar`, `ckb`, `kmr`; other languages never do).
    static func marksAftermath(_ tokens: [Token], language: String) -> Bool {
        guard let words = languages[language] else { return false }
        if ProtestEndCue.marksEnd(tokens, language: language) { return true }
        if !words.villages.isEmpty {
            func names(_ stems: [String]) -> Bool {
                tokens.contains { token in
                    Gazetteer.cliticForms(token).contains { form in stems.contains { form.hasPrefix($0) } }
                }
            }
            if names(words.villages) && names(words.leaving) { return true }
        }
        if let first = tokens.first, words.openings.contains(first.text) { return true }
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
            if index + 1 < tokens.count {
                let next = tokens[index + 1].text
                if words.pairs.contains(where: { $0.first == text && next.hasPrefix($0.second) }) { return true }
                if index == 0 || tokens[index - 1].text != "to",
                    words.pairsUnlessAfterTo.contains(where: { $0.first == text && next.hasPrefix($0.second) })
                {
                    return true
                }
            }
        }
        return false
    }
}
