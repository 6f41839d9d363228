/// How a headline says that its happening is not the first of its kind lately: "second drone
/// strike this week", "Drone strike kills shepherd, second this week", "for the second time",
/// "مقبرة جماعية ثانية هذا الأسبوع", "هجوم ثان", "بۆ جاری دووەم", "careke din".
///
/// Read per language. An ordinal (second, third) counts beside a word for time ("for the second
/// time", "للمرة الثانية") or when the headline also names a short span ("this week", "in 48
/// hours"). Beside a kind of event alone it does not: ordinals count the people and victims of one
/// happening as often as happenings ("second cholera death", "second gunman arrested", "هزة
/// ارتدادية ثانية"), and "another" is no ordinal ("another body recovered"). Even so a cue can be
/// wrong ("second cholera death this week"), so the clusterer only penalises a repeat headline, as
/// it does a headline naming another place.
/// A word for "other" counts only beside a word for time ("مرة أخرى", "جارێکی تر", "careke din")
/// or, with "another" and "new", beside a word for a happening ("another deadly crash", "هجوم آخر",
/// "ڕووداوێکی دیکە", "êrîşeke nû"; "new" also one describing word away: "نزاع عشائري جديد"): "and
/// other cities", "two more victims", "another body recovered", "clashes spread to other areas" are
/// no repeat. A short span may leave its count open ("in five days", "لە ماوەی چوار
/// ڕۆژدا"). An ordinal beside a stage ("second day",
/// "third straight day", "لليوم الثالث", "roja duyemîn", "second week", "second round") describes
/// a later stage of one happening and does not count.
enum RepeatCue {
    /// The words of one language.
    struct Words: Sendable {
        var ordinals: Set<String>
        /// ``StableHash/fnv1a(_:)`` of each ordinal: a token's hash settles most tokens without
        /// hashing its text.
        var ordinalHashes: [UInt64]
        /// Words that say "another time" on their own ("جارێکیتر", written joined).
        var alone: Set<String>
        var others: Set<String>
        var times: Set<String>
        var stages: Set<String>
        var spans: [[String]]
        /// Words for "another" or "new" that mark a repeat beside a word for a happening ("another
        /// crash", "هجوم آخر", "ڕووداوێکی دیکە", "êrîşeke nû").
        var another: Set<String>
        /// Those of ``another`` that say "new" (``another`` also says "other").
        var new: Set<String>
        /// Words for a happening (stems).
        var happenings: [String]
        /// The endings a happening's stem may take ("" for the stem alone): Sorani and Kurmanji add
        /// their articles and case to the noun ("ڕووداوێکی", "êrîşeke"), and nothing else may follow
        /// the stem ("هێرشبەر" is an attacker, "qezayên" districts).
        var endings: [String]

        init(
            ordinals: [String], alone: [String] = [], others: [String], times: [String], stages: [String],
            spans: [String], another: [String] = [], happenings: [String] = [], endings: [String] = [""]
        ) {
            self.another = TextNormalizer.normalizedWords(another)
            self.new = self.another.intersection(TextNormalizer.normalizedWords(RepeatCue.newWords))
            self.happenings = happenings.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.endings = endings.map { $0.isEmpty ? "" : TextNormalizer.tokens($0).first?.text ?? $0 }
            self.ordinals = TextNormalizer.normalizedWords(ordinals)
            self.ordinalHashes = self.ordinals.map(StableHash.fnv1a).sorted()
            self.alone = TextNormalizer.normalizedWords(alone)
            self.others = TextNormalizer.normalizedWords(others)
            self.times = TextNormalizer.normalizedWords(times)
            self.stages = TextNormalizer.normalizedWords(stages)
            // "*" in a span stands for any one word ("in * days": in four days, in 5 days).
            self.spans = spans.map(CountedPhrase.words)
        }
    }

    /// Words for "new" in the four languages.
    static let newWords = ["new", "fresh", "جديد", "جديدة", "نوێ", "نوێی", "nû"]

    /// Words between an ordinal and its stage ("third straight day").
    static let intensifiers: Set<String> = ["straight", "consecutive", "successive", "full"]

    /// English words that may stand between "another" and its happening ("another deadly crash",
    /// "another IS attack"); any other word there ("New Orleans attack") makes it no cue.
    static let englishModifiers: Set<String> = [
        "deadly", "fatal", "major", "big", "huge", "large", "similar", "suspected", "roadside", "suicide", "car",
        "drone", "rocket", "is", "isis", "militant", "terrorist", "armed", "tribal", "clan", "fuel", "gas", "house",
        "road", "traffic", "night", "overnight", "bloody", "fresh",
        // What burned, crashed or was hit, and by whom ("another wheat fire", "another Turkish drone strike").
        "wheat", "barley", "crop", "field", "farm", "forest", "market", "shop", "warehouse", "hotel", "camp", "tent",
        "oil", "well", "refinery", "pipeline", "bus", "minibus", "truck", "tanker", "highway", "mortar", "ied",
        "grenade", "border", "turkish", "iranian",
    ]

    /// English nouns that make a happening word a modifier of what followed it ("another bombing
    /// suspect", "new crash footage", "new crash toll").
    static let englishFollowUps: Set<String> = [
        "suspect", "suspects", "victim", "victims", "toll", "footage", "video", "videos", "probe", "inquiry",
        "survivor", "survivors", "case", "trial", "site", "scene", "details", "detail", "death", "deaths",
        "claim", "report", "reports", "witness", "witnesses", "photos", "images",
    ]

    static let languages: [String: Words] = [
        "en": Words(
            ordinals: ["second", "third", "fourth", "fifth"], others: [], times: ["time"],
            stages: [
                "day", "days", "week", "weeks", "month", "months", "year", "years", "round", "phase", "stage", "half",
                "session", "term",
            ],
            spans: [
                "this week", "in a week", "within a week", "in days", "this month", "in a month", "this year",
                "in two days", "in three days", "in 24 hours", "in 48 hours", "in as many days", "in * days",
                "within * days", "in * weeks", "in less than a week", "in under a week", "in * hours",
            ],
            another: ["another", "new", "fresh"],
            happenings: [
                "attack", "attacks", "bomb", "bombing", "blast", "explosion", "strike", "airstrike", "crash",
                "accident", "collision", "fire", "blaze", "protest", "demonstration", "clashes", "shooting", "assault",
                "shootings", "explosions", "bombings", "crashes", "accidents", "fires", "convoy", "drowning", "clash",
            ]),
        "ar": Words(
            ordinals: ["ثانية", "ثاني", "ثان", "الثانية", "الثاني", "لثاني", "ثالثة", "ثالث", "الثالثة", "الثالث"],
            others: ["أخرى", "اخرى"], times: ["مرة", "للمرة", "وللمرة", "المرة"],
            stages: [
                "يوم", "اليوم", "ليوم", "لليوم", "أيام", "ايام", "يومها", "أسبوع", "الأسبوع", "اسبوع", "للأسبوع",
                "شهر", "الشهر", "للشهر", "عام", "العام", "للعام", "سنة", "السنة", "للسنة", "الجولة", "جولة", "المرحلة",
                "مرحلة", "الدور", "دور", "الجلسة", "جلسة",
            ],
            spans: ["هذا الأسبوع", "خلال أسبوع", "خلال أيام", "في أسبوع", "هذا الشهر", "خلال يومين", "خلال * أيام"],
            another: ["آخر", "اخر", "أخرى", "جديد", "جديدة"],
            happenings: [
                "هجوم", "هجوما", "انفجار", "حادث", "حادثة", "حريق", "تظاهرة", "احتجاج", "اشتباك", "اشتباكات", "قصف",
                "غارة", "ضربة", "قافلة", "غرق", "شجار",
                // A tribal dispute ("نزاع عشائري جديد"): bare نزاع is Baghdad and Erbil's too.
                "عشائري",
            ]),
        "ckb": Words(
            ordinals: [
                "دووەم", "دووەمی", "دووەمین", "دووهەم", "دووهەمی", "دووهەمین", "سێیەم", "سێیەمی", "سێیەمین", "سێهەم",
                "سێهەمین",
            ],
            alone: ["جارێکیتر"], others: ["دیکە", "تر"], times: ["جار", "جاری", "جارێک", "جارێکی"],
            stages: [
                "ڕۆژ", "ڕۆژی", "ڕۆژە", "ڕۆژێ", "هەفتە", "هەفتەی", "مانگ", "مانگی", "ساڵ", "ساڵی", "قۆناغی", "قۆناغ",
                "خولی", "دانیشتنی",
            ],
            spans: [
                "ئەم هەفتەیە", "لەم هەفتەیەدا", "لە هەفتەیەکدا", "ئەم مانگە", "لە ماوەی هەفتەیەکدا", "لە ماوەی * ڕۆژدا",
            ],
            another: ["دیکە", "دیکەی", "تر", "تری", "نوێ", "نوێی"],
            happenings: [
                "ڕووداو", "هێرش", "تەقینەوە", "ئاگرکەوتنەوە", "خۆپیشاندان", "پێکدادان", "بۆردومان", "تەقەکردن",
                "کاروان", "شەڕ", "ئاگر",
            ],
            endings: ["", "ی", "ێک", "ێکی", "ێکە", "یەک", "یەکی", "ەکە", "ەکەی"]),
        "kmr": Words(
            ordinals: ["duyemîn", "duyem", "duwemîn", "sêyemîn", "sêyem"], others: ["din"],
            times: ["cara", "careke", "carek", "carê"],
            stages: [
                "roj", "roja", "rojê", "rojan", "hefte", "hefteya", "heftê", "meh", "meha", "sal", "sala", "qonax",
                "qonaxa", "gera", "rûniştina",
            ],
            spans: ["vê hefteyê", "di hefteyekê de", "vê mehê", "di nava hefteyekê de", "di * rojan de"],
            another: ["din", "nû"],
            happenings: [
                "êriş", "êrîş", "teqîn", "qeza", "şewat", "xwenîşandan", "xwepêşandan", "pevçûn", "bombebaran",
                "gulebaran", "karwan",
            ],
            endings: ["", "a", "ê", "ek", "eke", "ekê", "ya", "yê", "yek", "yeke", "yekê"]),
    ]

    /// Whether `tokens` (a headline in `language`, a language group such as "en" or "ckb") mark
    /// its happening as a repeat.
    static func marksRepeat(_ tokens: [Token], language: String) -> Bool {
        guard let words = languages[language] else { return false }
        // Whether the headline names a short span, worked out once (not per ordinal).
        var namesSpan: Bool?
        func text(_ index: Int) -> String? { tokens.indices.contains(index) ? tokens[index].text : nil }
        func isTime(_ index: Int) -> Bool { text(index).map(words.times.contains) ?? false }
        func isHappening(_ index: Int) -> Bool { Self.isHappening(tokens, at: index, words: words) }
        /// "another crash", "another deadly tribal clash", but not "another bombing suspect".
        func isEnglishHappening(after index: Int) -> Bool {
            for offset in 1...3 {
                let position = index + offset
                if offset > 1 && !(text(position - 1).map(englishModifiers.contains) ?? false) { return false }
                if isHappening(position) { return !(text(position + 1).map(englishFollowUps.contains) ?? false) }
            }
            return false
        }
        for index in tokens.indices {
            let word = tokens[index].text
            if words.alone.contains(word) { return true }
            // English puts the word before its noun, maybe with words between ("another crash",
            // "another deadly tribal clash"), the others after it ("هجوم آخر", "ڕووداوێکی دیکە",
            // "êrîşeke nû"), "new" also after a word describing it ("حادث سير جديد"): "bajarên din
            // xwepêşandan" is "other cities protest", "اشتباكات بمناطق أخرى" clashes spreading.
            if words.another.contains(word),
                language == "en"
                    ? isEnglishHappening(after: index)
                    : isHappening(index - 1) || words.new.contains(word) && isHappening(index - 2)
            {
                return true
            }
            if words.others.contains(word) {
                if isTime(index - 1) || isTime(index + 1) { return true }
                continue
            }
            guard words.ordinals.contains(word) else { continue }
            // "second day", "لليوم الثالث", and "third straight day".
            let stageAfterIntensifier = text(index + 1).map(intensifiers.contains) ?? false
            let stageNear = [index - 1, index + 1] + (stageAfterIntensifier ? [index + 2] : [])
            if stageNear.contains(where: { text($0).map(words.stages.contains) ?? false }) { continue }
            if isTime(index - 1) || isTime(index + 1) { return true }
            if namesSpan == nil { namesSpan = CountedPhrase.occurs(words.spans, in: tokens, language: language) }
            if namesSpan == true { return true }
        }
        return false
    }

    /// Whether a sentence of a report's body counts its happening among others of its kind in a
    /// short span: "It was the second shooting in Erbil in less than a week", "the third such attack
    /// this month", "ئەمە دووەم ڕووداوی تەقەکردنە لەم هەفتەیەدا", "ثاني هجوم خلال أسبوع". Stricter than a
    /// headline's cue, since bodies recount: the ordinal must stand beside a word for a happening
    /// (one listed modifier or "such" may stand between in English) and the sentence must name the
    /// span. "The second gunman arrested this week" and "the second day of protests this week" are
    /// no cue.
    static func countsAmongOthers(_ tokens: [Token], language: String) -> Bool {
        guard let words = languages[language] else { return false }
        return countsAmongOthers(tokens, words: words, language: language)
    }

    /// Whether a sentence among a body's first `limit` words counts the happening among others of
    /// its kind lately (``countsAmongOthers(_:language:)``).
    static func bodyCountsAmongOthers(_ sentences: [[Token]], limit: Int, language: String) -> Bool {
        guard let words = languages[language] else { return false }
        var count = 0
        for sentence in sentences {
            if count >= limit { break }
            count += sentence.count
            // Most sentences hold no ordinal: settled on the tokens' hashes.
            guard sentence.contains(where: { words.ordinalHashes.contains($0.hash) }) else { continue }
            if countsAmongOthers(sentence, words: words, language: language) { return true }
        }
        return false
    }

    private static func countsAmongOthers(_ tokens: [Token], words: Words, language: String) -> Bool {
        func text(_ index: Int) -> String? { tokens.indices.contains(index) ? tokens[index].text : nil }
        func isHappening(_ index: Int) -> Bool { Self.isHappening(tokens, at: index, words: words) }
        for index in tokens.indices where words.ordinals.contains(tokens[index].text) {
            let beside: Bool
            if language == "en" {
                let between = text(index + 1).map { $0 == "such" || englishModifiers.contains($0) } ?? false
                let position = between ? index + 2 : index + 1
                beside = isHappening(position) && !(text(position + 1).map(englishFollowUps.contains) ?? false)
            } else {
                // "ثاني هجوم", "الهجوم الثاني", "دووەم ڕووداوی", "duyemîn êrîşa".
                beside = isHappening(index + 1) || isHappening(index - 1)
            }
            if beside { return CountedPhrase.occurs(words.spans, in: tokens, language: language) }
        }
        return false
    }

    /// Whether the token at `index` is a word for a happening: a stem of `words` with one of its
    /// endings, after any Arabic-script clitic ("ڕووداوێکی", "êrîşeke", "والهجوم").
    private static func isHappening(_ tokens: [Token], at index: Int, words: Words) -> Bool {
        guard tokens.indices.contains(index) else { return false }
        return Gazetteer.cliticForms(tokens[index]).contains { form in
            words.happenings.contains { stem in
                form.hasPrefix(stem) && words.endings.contains(String(form.dropFirst(stem.count)))
            }
        }
    }
}
