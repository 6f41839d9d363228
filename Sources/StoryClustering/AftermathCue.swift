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
/// tells a fire breaking out too or one named for the first time (``PutOut``). Words that
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

    /// How a headline tells a fire put out: the fire's end, what followed it. Not when the headline
    /// also tells a fire breaking out, the whole of a small fire told at once ("إخماد حريق اندلع في
    /// سوق…", "agir bi dikanekê ket û hat vemirandin"), unless a relative word is followed by a
    /// weekday or "yesterday", recalling another day's start ("the Shorja fire that broke out Sunday
    /// put out", "…الذي اندلع الأحد"); nor when it tells a fire it has not named before: "a fire"
    /// anywhere, or, after the words of putting out, a fire "at"/"in" a place ("Civil defence teams
    /// put out fire at textile store", "تم إخماد حريق في مخزن"), "agirek", "ئاگرێک", unless it tells
    /// the fire burned for days ("…put out blaze at Iraqi oil well after 60 hours"): a small fire is
    /// put out within hours, and a fire's end days after it began is the story's ("Fire at Iraqi oil
    /// well extinguished", which a small fire's report may read too).
    struct PutOut: Sendable {
        /// Matched whole (Arabic also after a clitic).
        var whole: Set<String>
        /// Matched at a word's beginning.
        var beginnings: [String]
        /// A word matched whole followed by one matched at its beginning, unless a word of
        /// ``notAfter`` comes before ("battling to put out").
        var pairs: [(first: String, second: String)]
        var notAfter: Set<String>
        /// Words matched whole as a headline's first word only: an Arabic headline opening with the
        /// verbal noun tells it done ("إخماد حريق البئر", the well fire put out), where the noun
        /// elsewhere is work going on ("تحاول إخماد الحريق").
        var openings: Set<String>
        /// Words telling a fire breaking out, whole (Arabic also after a clitic) or at a word's
        /// beginning; those of ``breakingOutAfterFire`` (at a word's beginning) only after a word
        /// beginning with one of ``fireStems`` with no words of putting out between ("agir … ket",
        /// not "Agirê … hat vemirandin, bihayê petrolê ket", prices fell) and not before a word of
        /// ``notBeforeBreaking`` ("کەوتەوە سەر ڕەوتی خۆی", got back on track).
        var breakingOut: Set<String>
        var breakingOutBeginnings: [String]
        var breakingOutAfterFire: [String]
        var fireStems: [String]
        var notBeforeBreaking: Set<String>
        /// Words opening a relative clause, and words of a past day ("Sunday", "الأحد", "yesterday"):
        /// one of these after one of those makes a headline's breaking out another day's, recalled.
        var relatives: Set<String>
        var pastTimes: Set<String>
        /// Words for a fire; one is told unnamed before when a word of ``indefiniteBefore`` comes
        /// before it ("a fire", "put out fire"), or, after the words of putting out and unless the
        /// word after it is definite (begins with ``definitePrefix``: "حريق البئر"), when one of the
        /// two words after it is a word of ``placing`` ("fire at", "حريق في"). Words of
        /// ``indefiniteFires`` are such a fire anywhere ("şewatek", "ئاگرێک").
        var fires: Set<String>
        var indefiniteBefore: Set<String>
        var placing: Set<String>
        var definitePrefix: String?
        var indefiniteFires: Set<String>
        /// How a headline tells the fire burned for days: a word of ``lastedAfter`` with, up to
        /// four words on, a word of ``dayUnits`` ("after two days", "after burning for three days",
        /// "بعد يومين", "piştî sê rojan") or of ``hourUnits`` after a number of 24 or more ("after 60
        /// hours").
        var lastedAfter: Set<String>
        var dayUnits: Set<String>
        var hourUnits: Set<String>

        init(
            whole: [String] = [], beginnings: [String] = [], pairs: [(String, String)] = [], notAfter: [String] = [],
            openings: [String] = [], breakingOut: [String] = [], breakingOutBeginnings: [String] = [],
            breakingOutAfterFire: [String] = [], fireStems: [String] = [], notBeforeBreaking: [String] = [],
            relatives: [String] = [],
            pastTimes: [String] = [], fires: [String] = [], indefiniteBefore: [String] = [], placing: [String] = [],
            definitePrefix: String? = nil, indefiniteFires: [String] = [],
            lastedAfter: [String] = [], dayUnits: [String] = [], hourUnits: [String] = []
        ) {
            func words(_ list: [String]) -> Set<String> { TextNormalizer.normalizedWords(list) }
            func stems(_ list: [String]) -> [String] { list.flatMap { TextNormalizer.tokens($0).map(\.text) } }
            self.whole = words(whole)
            self.beginnings = stems(beginnings)
            self.pairs = AftermathCue.normalized(pairs)
            self.notAfter = words(notAfter)
            self.openings = words(openings)
            self.breakingOut = words(breakingOut)
            self.breakingOutBeginnings = stems(breakingOutBeginnings)
            self.breakingOutAfterFire = stems(breakingOutAfterFire)
            self.fireStems = stems(fireStems)
            self.notBeforeBreaking = words(notBeforeBreaking)
            self.relatives = words(relatives)
            self.pastTimes = words(pastTimes)
            self.fires = words(fires)
            self.indefiniteBefore = words(indefiniteBefore)
            self.placing = words(placing)
            self.definitePrefix = definitePrefix.flatMap { TextNormalizer.tokens($0).first?.text }
            self.indefiniteFires = words(indefiniteFires)
            self.lastedAfter = words(lastedAfter)
            self.dayUnits = words(dayUnits)
            self.hourUnits = words(hourUnits)
        }

        /// Whether `tokens` (a headline, normalised) tell the fire put out.
        func matches(_ tokens: [Token]) -> Bool {
            guard let cue = putOutPosition(tokens), !tellsBreakingOut(tokens, putOutAt: cue) else { return false }
            return !tellsUnnamedFire(tokens, after: cue) || tellsDaysBurning(tokens)
        }

        /// Whole, or an Arabic word after a clitic ("وأخمدت", "واندلع").
        private func names(_ words: Set<String>, _ token: Token) -> Bool {
            Gazetteer.namesWhole(words, token, minimumAfterClitic: 3)
        }

        /// Where the words of putting out begin, if the headline has them.
        private func putOutPosition(_ tokens: [Token]) -> Int? {
            if let first = tokens.first, openings.contains(first.text) { return 0 }
            for (index, token) in tokens.enumerated() {
                if names(whole, token) || beginnings.contains(where: { token.text.hasPrefix($0) }) { return index }
                guard index + 1 < tokens.count else { continue }
                let next = tokens[index + 1].text
                guard pairs.contains(where: { $0.first == token.text && next.hasPrefix($0.second) }) else { continue }
                if index > 0, notAfter.contains(tokens[index - 1].text) { continue }
                return index
            }
            return nil
        }

        private func tellsBreakingOut(_ tokens: [Token], putOutAt cue: Int) -> Bool {
            if let relative = tokens.firstIndex(where: { relatives.contains($0.text) }),
                tokens[(relative + 1)...].contains(where: { names(pastTimes, $0) })
            {
                return false
            }
            return tokens.indices.contains { index in
                let token = tokens[index]
                if names(breakingOut, token) || breakingOutBeginnings.contains(where: { token.text.hasPrefix($0) }) {
                    return true
                }
                return breakingOutAfterFire.contains(where: { token.text.hasPrefix($0) })
                    && !(index + 1 < tokens.count && notBeforeBreaking.contains(tokens[index + 1].text))
                    && tokens[(cue < index ? cue + 1 : 0)..<index].contains { word in
                        fireStems.contains { word.text.hasPrefix($0) }
                    }
            }
        }

        private func tellsUnnamedFire(_ tokens: [Token], after cue: Int) -> Bool {
            tokens.indices.contains { index in
                let text = tokens[index].text
                if indefiniteFires.contains(text) { return true }
                guard fires.contains(text) else { return false }
                if index > 0, indefiniteBefore.contains(tokens[index - 1].text) { return true }
                guard index > cue else { return false }
                if index + 1 < tokens.count, let definitePrefix, tokens[index + 1].text.hasPrefix(definitePrefix) {
                    return false
                }
                return tokens[(index + 1)..<min(tokens.count, index + 3)].contains { placing.contains($0.text) }
            }
        }

        private func tellsDaysBurning(_ tokens: [Token]) -> Bool {
            tokens.indices.contains { index in
                guard lastedAfter.contains(tokens[index].text) else { return false }
                return ((index + 1)..<min(tokens.count, index + 5)).contains { position in
                    let text = tokens[position].text
                    if dayUnits.contains(text) { return true }
                    guard hourUnits.contains(text), position > index + 1,
                        let hours = Int(tokens[position - 1].text)
                    else { return false }
                    return hours >= 24
                }
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
                breakingOut: ["erupts", "erupted", "breaks", "broke"], relatives: ["that", "which"],
                pastTimes: ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "yesterday"],
                fires: ["fire", "fires", "blaze", "blazes"], indefiniteBefore: ["a", "an", "out"],
                placing: ["at", "in", "on", "near"], lastedAfter: ["after"], dayUnits: ["days", "day", "weeks", "week"],
                hourUnits: ["hours"]),
            villages: ["village", "villages", "villagers"],
            leaving: ["displaced", "displacement", "emptied", "abandon", "abandoned", "flee", "fled", "deserted"],
            aftershocks: ["aftershock"]),
        "ar": Words(
            whole: [
                "حصيلة", "تحقيق", "التحقيق", "تحقيقات", "لجنة", "أسباب", "اسباب", "تعويض", "تعويضا", "تعويضات",
                "جثامين", "تشييع", "الناجين", "ناجين", "ناجون", "هدنة", "صلح", "يواصل", "يواصلون", "تتواصل", "متواصلة",
                "متواصل",
                "استمرار", "مستمرة", "لليوم", "لليلة", "انتشال", "تجدد", "تجددت", "يزال", "تحرير", "جثة", "جثث",
                "متضرري",
            ],
            // One dying of wounds ("متأثرا بجراحه", not "متأثرا بانخفاض الأسعار", nor burns, a fire's
            // first report), a hostage freed ("تحرر مختطفا", not traffic fines "تحرر مخالفات").
            pairs: [
                ("نجم", "عن"), ("نجمت", "عن"), ("متأثرا", "بجراح"), ("متأثرا", "بجروح"), ("متأثرة", "بجراح"),
                ("متأثرة", "بجروح"), ("متأثرا", "بإصاب"), ("تحرر", "مختطف"), ("يحرر", "مختطف"), ("تحرر", "رهين"),
                // The cause found ("يكشف سبب حريق…", "عطل … وراء حريق القيارة"); not "سبب" alone, as
                // a verb "caused" ("سبب أضرارا") and in first reports ("والتماس سبب أولي").
                ("يكشف", "سبب"), ("تكشف", "سبب"), ("كشف", "سبب"), ("يحدد", "سبب"), ("تحدد", "سبب"),
                ("يعلن", "سبب"), ("تعلن", "سبب"), ("عن", "سبب"), ("ما", "سبب"), ("معرفة", "سبب"),
                ("سبب", "الحريق"), ("سبب", "الانفجار"), ("سبب", "اندلاع"), ("سبب", "الحادث"),
                ("وراء", "حريق"), ("وراء", "الحريق"), ("وراء", "انفجار"), ("وراء", "الانفجار"),
                // Those it hurt ("أصحاب المحال المتضررة من حريق الشورجة"), not the damage a first report
                // tells ("وعشرات المنازل المتضررة").
                ("المتضررة", "من"), ("المتضررين", "من"), ("المتضرر", "من"), ("متضررة", "من"), ("متضررين", "من"),
            ],
            // The fire put out ("تم إخماد", "أخمدت"; not "تحاول إخماده", firefighters at work).
            putOut: PutOut(
                whole: ["أخمدت"], pairs: [("تم", "إخماد")], openings: ["إخماد"],
                breakingOut: ["اندلع", "اندلعت", "نشب", "نشبت", "شب", "شبت"], relatives: ["الذي", "التي"],
                pastTimes: ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أمس"],
                fires: ["حريق", "حريقا"], placing: ["في", "داخل"], definitePrefix: "ال",
                lastedAfter: ["بعد"], dayUnits: ["يومين", "أيام", "يوم", "أسبوع"], hourUnits: ["ساعة", "ساعات"]),
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
                ("شەوی", "دووەم"),
            ],
            putOut: PutOut(
                beginnings: ["کوژایەوە", "کوژێنرایەوە"], breakingOutBeginnings: ["هەڵگیرسا"],
                breakingOutAfterFire: ["کەوتەوە", "بەربوو"], fireStems: ["ئاگر"], notBeforeBreaking: ["سەر"],
                relatives: ["کە"],
                pastTimes: ["یەکشەممە", "دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە", "دوێنێ"],
                indefiniteFires: ["ئاگرێک", "ئاگرکەوتنەوەیەک"], lastedAfter: ["دوای"],
                dayUnits: ["ڕۆژ", "ڕۆژێک", "ڕۆژان"], hourUnits: ["کاتژمێر", "سەعات"]),
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
                breakingOut: ["derket", "derketiye", "pêket", "pêketiye"], breakingOutAfterFire: ["ket"],
                fireStems: ["agir", "şewat"], relatives: ["ku"],
                pastTimes: ["yekşem", "duşem", "sêşem", "çarşem", "pêncşem", "şemî", "duh"],
                indefiniteFires: ["agirek", "agirekî", "şewatek", "şewateke", "şewatekê", "şewatekî"],
                lastedAfter: ["piştî"], dayUnits: ["rojan", "roj", "rojên", "hefteyekê"],
                hourUnits: ["saetan", "demjimêran"]),
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
            if Gazetteer.namesWhole(words.whole, token, minimumAfterClitic: 4) { return true }
            if words.beginnings.contains(where: { text.hasPrefix($0) }) { return true }
            if index + 1 < tokens.count {
                let next = tokens[index + 1].text
                if words.pairs.contains(where: { $0.first == text && next.hasPrefix($0.second) }) { return true }
            }
        }
        return false
    }
}
