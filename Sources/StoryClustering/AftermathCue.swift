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
/// four letters remain: "والتحقيق", "and the inquiry"); Sorani and Kurmanji words by their
/// beginning, as they take case, plural and possessive endings, unless a longer word would read
/// otherwise ("ئازادکرا", freed, whole: "ئازادکراوەکان" are the liberated areas); a few cues only as a
/// pair ("ژمارەی قوربانی…", "hejmara qurbaniyan": victims alone are in first reports too; "يكشف سبب"
/// and "سبب الحريق", as "سبب" alone is also "caused"). A fire put out counts unless the headline
/// tells it breaking out too or firefighters putting one out (``PutOut``). Words that
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
        /// How a headline tells a fire put out (``PutOut``).
        var putOut: PutOut

        /// Words for villages, and for people leaving them: together, villages emptied by the
        /// happening (matched at a word's beginning, Arabic also after a clitic).
        var villages: [String]
        var leaving: [String]
        /// Words for an aftershock (matched at a word's beginning, Arabic also after a clitic).
        var aftershocks: [String]

        init(
            whole: [String] = [], beginnings: [String] = [], pairs: [(String, String)] = [],
            putOut: PutOut = PutOut(), villages: [String] = [], leaving: [String] = [], aftershocks: [String] = []
        ) {
            self.putOut = putOut
            self.aftershocks = aftershocks.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.villages = villages.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.leaving = leaving.compactMap { TextNormalizer.tokens($0).first?.text }
            self.whole = TextNormalizer.normalizedWords(whole)
            self.beginnings = beginnings.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.pairs = AftermathCue.normalized(pairs)
        }
    }

    /// How a headline tells a fire put out: the fire's end, what followed it, unless the headline
    /// also tells it breaking out, the whole of a small fire told at once ("إخماد حريق اندلع في
    /// سوق…", "şewatek derket û hat vemirandin"), or firefighters putting one out without telling
    /// how long it burned ("Civil defence teams put out fire at…", not "Taqtaq oil well fire put out
    /// after two days").
    struct PutOut: Sendable {
        /// Matched whole.
        var whole: Set<String>
        /// Matched at a word's beginning.
        var beginnings: [String]
        /// A word matched whole followed by one matched at its beginning, unless a word of
        /// ``notAfter`` comes before ("battling to put out") or one of ``notBefore`` after ("teams
        /// put out fire at…"), which a headline telling how long the fire burned lifts
        /// ("Firefighters put out blaze at Iraqi oil well after 60 hours": a word of ``lastedAfter``
        /// with one of ``lastedUnits`` one or two words on).
        var pairs: [(first: String, second: String)]
        var notAfter: Set<String>
        var notBefore: Set<String>
        var lastedAfter: Set<String>
        var lastedUnits: Set<String>
        /// Words matched whole as a headline's first word only: an Arabic headline opening with the
        /// verbal noun tells it done ("إخماد حريق البئر", the well fire put out), where the noun
        /// elsewhere is work going on ("تحاول إخماد الحريق").
        var openings: Set<String>
        /// Words telling the fire breaking out, whole or at a word's beginning: with one of them,
        /// no put-out cue counts.
        var breakingOut: Set<String>
        var breakingOutBeginnings: [String]

        init(
            whole: [String] = [], beginnings: [String] = [], pairs: [(String, String)] = [],
            notAfter: [String] = [], notBefore: [String] = [], lastedAfter: [String] = [], lastedUnits: [String] = [],
            openings: [String] = [], breakingOut: [String] = [], breakingOutBeginnings: [String] = []
        ) {
            self.lastedAfter = TextNormalizer.normalizedWords(lastedAfter)
            self.lastedUnits = TextNormalizer.normalizedWords(lastedUnits)
            self.whole = TextNormalizer.normalizedWords(whole)
            self.beginnings = beginnings.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.pairs = AftermathCue.normalized(pairs)
            self.notAfter = TextNormalizer.normalizedWords(notAfter)
            self.notBefore = TextNormalizer.normalizedWords(notBefore)
            self.openings = TextNormalizer.normalizedWords(openings)
            self.breakingOut = TextNormalizer.normalizedWords(breakingOut)
            self.breakingOutBeginnings = breakingOutBeginnings.flatMap { TextNormalizer.tokens($0).map(\.text) }
        }

        /// Whether `tokens` (a headline, normalised) tell the fire put out.
        func matches(_ tokens: [Token]) -> Bool {
            // Whole, or an Arabic word after a clitic ("وأخمدت", "واندلع").
            func names(_ words: Set<String>, _ token: Token) -> Bool {
                Gazetteer.cliticForms(token).contains { words.contains(String($0)) }
            }
            let breaksOut = tokens.contains { token in
                names(breakingOut, token) || breakingOutBeginnings.contains { token.text.hasPrefix($0) }
            }
            if breaksOut { return false }
            if let first = tokens.first, openings.contains(first.text) { return true }
            for (index, token) in tokens.enumerated() {
                if names(whole, token) || beginnings.contains(where: { token.text.hasPrefix($0) }) { return true }
                guard index + 1 < tokens.count else { continue }
                let next = tokens[index + 1].text
                guard pairs.contains(where: { $0.first == token.text && next.hasPrefix($0.second) }) else { continue }
                if index > 0, notAfter.contains(tokens[index - 1].text) { continue }
                if index + 2 < tokens.count, notBefore.contains(tokens[index + 2].text), !tellsHowLong(tokens) {
                    continue
                }
                return true
            }
            return false
        }

        /// Whether `tokens` tell how long the fire burned ("after 60 hours").
        private func tellsHowLong(_ tokens: [Token]) -> Bool {
            tokens.indices.contains { index in
                lastedAfter.contains(tokens[index].text)
                    && tokens[(index + 1)..<min(tokens.count, index + 3)].contains { lastedUnits.contains($0.text) }
            }
        }
    }

    /// `pairs` normalised as headline tokens are.
    static func normalized(_ pairs: [(String, String)]) -> [(first: String, second: String)] {
        pairs.compactMap { first, second in
            guard let first = TextNormalizer.tokens(first).first?.text,
                let second = TextNormalizer.tokens(second).first?.text
            else { return nil }
            return (first, second)
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
                "straight", "consecutive", "still", "renewed", "freed", "rescued",
            ],
            pairs: [
                ("second", "day"), ("second", "night"), ("third", "day"), ("third", "night"), ("of", "wounds"),
                // The dead buried, not a landslide burying them: "Kubaisa buries slain shepherds".
                ("buries", "slain"), ("buries", "victim"), ("buries", "dead"), ("bury", "slain"), ("bury", "victim"),
                ("bury", "dead"), ("bury", "their"),
            ],
            putOut: PutOut(
                whole: ["extinguished"], pairs: [("put", "out")], notAfter: ["to"],
                notBefore: ["fire", "fires", "blaze", "blazes", "a"], lastedAfter: ["after"],
                lastedUnits: ["hours", "days", "weeks", "hour", "day"],
                breakingOut: ["erupts", "erupted", "breaks", "broke"]),
            villages: ["village", "villages", "villagers"],
            leaving: ["displaced", "displacement", "emptied", "abandon", "abandoned", "flee", "fled", "deserted"],
            aftershocks: ["aftershock"]),
        "ar": Words(
            whole: [
                "حصيلة", "تحقيق", "التحقيق", "تحقيقات", "لجنة", "أسباب", "اسباب", "تعويض", "تعويضا", "تعويضات",
                "جثامين", "تشييع", "الناجين", "ناجين", "ناجون", "هدنة", "صلح", "يواصل", "يواصلون", "تتواصل", "متواصلة",
                "متواصل",
                "استمرار", "مستمرة", "لليوم", "لليلة", "انتشال", "تجدد", "تجددت", "يزال", "تحرير", "جثة", "جثث",
                // Those it hurt ("أصحاب المحال المتضررة من حريق الشورجة"): a first report tells the
                // shops damaged with the verb, "تضرر".
                "متضرر", "متضررة", "متضررين", "متضرري", "متضررون", "متضررو",
            ],
            // One dying of wounds ("متأثرا بجراحه", not "متأثرا بانخفاض الأسعار", nor burns, a fire's
            // first report), a hostage freed ("تحرر مختطفا", not traffic fines "تحرر مخالفات").
            pairs: [
                ("نجم", "عن"), ("نجمت", "عن"), ("متأثرا", "بجراح"), ("متأثرا", "بجروح"), ("متأثرة", "بجراح"),
                ("متأثرة", "بجروح"), ("متأثرا", "بإصاب"), ("تحرر", "مختطف"), ("يحرر", "مختطف"), ("تحرر", "رهين"),
                // The cause found ("يكشف سبب حريق…", "عطل … وراء حريق القيارة"); not "سبب" alone, as
                // a verb "caused" ("سبب أضرارا") and in first reports ("والتماس سبب أولي").
                ("يكشف", "سبب"), ("تكشف", "سبب"), ("كشف", "سبب"), ("يحدد", "سبب"), ("تحدد", "سبب"),
                ("سبب", "الحريق"), ("سبب", "الانفجار"), ("سبب", "اندلاع"), ("سبب", "الحادث"),
                ("وراء", "حريق"), ("وراء", "الحريق"), ("وراء", "انفجار"), ("وراء", "الانفجار"),
                // After the happening, told as known ("يعودون إلى بسطاتهم بعد الانفجار"; not "بعد
                // حريق في مستشفى", a first report).
                ("بعد", "الانفجار"), ("بعد", "الحريق"), ("بعد", "التفجير"),
            ],
            // The fire put out ("تم إخماد", "أخمدت"; not "تحاول إخماده", firefighters at work).
            putOut: PutOut(
                whole: ["أخمدت"], pairs: [("تم", "إخماد")], openings: ["إخماد"],
                breakingOut: ["اندلع", "اندلعت", "نشب", "نشبت", "شب", "شبت"]),
            villages: ["قرى", "قرية", "القرى", "قراهم"],
            leaving: ["نزوح", "نزحت", "تنزح", "تهجير", "إفراغ", "افراغ", "هجرة"],
            aftershocks: ["ارتدادي", "توابع"]),
        "ckb": Words(
            // A hostage freed, whole ("ئازادکرا", not "ناوچە ئازادکراوەکان", the liberated areas).
            whole: ["ئازادکرا", "ئازادکران"],
            beginnings: [
                "لێکۆڵینەوە", "هۆکاری", "قەرەبوو", "تەرمی", "ئاشتبوونەوە", "بەردەوام", "کرایەوە", "سپێردران",
                "هێشتا",
            ],
            pairs: [
                ("ژمارەی", "قوربانی"), ("ژمارەی", "کوژراو"), ("ئازاد", "کرا"), ("ڕۆژی", "دووەم"), ("ڕۆژی", "سێیەم"),
                ("شەوی", "دووەم"), ("دوای", "ئاگرەکە"), ("دوای", "تەقینەوەکە"),
            ],
            putOut: PutOut(beginnings: ["کوژایەوە", "کوژێنرایەوە"], breakingOutBeginnings: ["هەڵگیرسا"]),
            villages: ["گوند"], leaving: ["چۆڵ", "ئاوارە"], aftershocks: ["پاشلەرز", "پاشکۆ"]),
        "kmr": Words(
            beginnings: [
                "lêkolîn", "sedema", "tazmînat", "tezmînat", "cenaze", "termên", "termê", "berdewam", "aştiy",
                "gumanbar",
                "rizgarkirin", "tometa",
            ],
            // A hostage freed ("hat azadkirin"; not "daxwaza azadkirina…", a demand).
            pairs: [
                ("hejmara", "qurbaniy"), ("hejmara", "miriy"), ("hejmara", "kuştiy"), ("rizgar", "bû"), ("azad", "bû"),
                ("hat", "azadkirin"), ("hatin", "azadkirin"), ("roja", "duyem"), ("roja", "sêyem"), ("şeva", "duyem"),
            ],
            // The fire put out ("hat vemirandin", "vemirî"; not "ji bo vemirandina agir", firefighters
            // at work), unless it broke out in the same headline ("derket", "pêket").
            putOut: PutOut(
                beginnings: ["vemirî"], pairs: [("hat", "vemirandin"), ("hatin", "vemirandin")],
                breakingOut: ["derket", "derketiye", "pêket", "pêketiye"]),
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
        if words.putOut.matches(tokens) { return true }
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
            }
        }
        return false
    }
}
