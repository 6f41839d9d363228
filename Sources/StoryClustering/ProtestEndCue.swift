/// How a headline says a protest ended: farmers ending their sit-in, teachers suspending their
/// boycott, days after it began ("Hit contract workers end sit-in after governorate pledges",
/// "انتهاء اعتصام الخريجين", "خۆپیشاندانەکەیان کۆتایی پێهێنا", "xwepêşandana xwe rawestandin"). What
/// followed the protest (an ``AftermathCue``), not another one.
///
/// A phrase of ending beside a word for the protest it ends. In English and Arabic the phrase comes
/// first and the protest within three words after it, with no preposition between ("suspends
/// officers over protest shooting" ends no protest); in Sorani and Kurmanji, whose verbs come last,
/// the protest within four words before it, in the same clause (not across "و", "û": "they
/// protested and stopped work" is a protest's first report). In English the ending may also follow
/// the protest ("Sit-in ends after pay deal"), but not to say how it went ("Protest ends in
/// clashes"). Kurmanji "belav bûn" counts only after the protesters (dispersed, not protests
/// spreading). What only looks like an end is left out: an end demanded or a noun ("urges teachers to end boycott", "calls for end to sit-ins", "at
/// the end of", "يطالبون بإنهاء الاعتصام", "خۆپیشاندان بۆ داوای کۆتایی هێنان بە…", "divê … bê
/// rawestandin"), work stopped in protest ("احتجاجا"), a comment ("يعلق الصدر على تظاهرات"), "the
/// last months" ("mehên dawî"), a session ended (Kurmanji "rûniştin" is left out: in "çalakiya
/// rûniştinê", a sit-in, the action counts), air strikes.
/// Labour strikes count (strike, إضراب, مانگرتن, grev). The engine reads a headline's aftermath only
/// beside a brief kind of happening, which a strike running for days is not; such an end joins the
/// protest's story by ``ClusteringEngine/endsProtest(_:time:of:)``, and the mark also keeps the
/// body's count of earlier happenings from reading as a repeat (see ``FeatureExtractor``).
enum ProtestEndCue {
    /// The cue of one language.
    struct Words: Sendable {
        /// Phrases of ending, each word matched whole (the first also after the conjunction "و" or
        /// "ف" fused to it in Arabic script, not after "ب" or "ل": "بإنهاء", "by ending", is a demand).
        var endings: [[String]]
        /// A single-word ending is a noun or a comment when the word after it is one of these ("end
        /// of", "end to") or the word before it one of those ("an end", "dead end", "to end"), unless
        /// the word before "to" decides it ("agree to end", ``decidingBeforeTo``).
        var notAfterEnding: Set<String>
        var notBeforeEnding: Set<String>
        var decidingBeforeTo: Set<String>
        /// Words for a protest, matched at a word's beginning (also after a clitic in Arabic
        /// script), except the forms that say work stopped in protest ("احتجاجا") and any after one
        /// of ``notBeforeProtest`` ("in protest", "على تظاهرات", a comment on protests).
        var protests: [String]
        var notProtests: Set<String>
        var notBeforeProtest: Set<String>
        /// Words that end the span searched for the protest: prepositions after an English ending,
        /// conjunctions before a Sorani or Kurmanji one.
        var stops: Set<String>
        /// Whether the ending comes first (English, Arabic); otherwise the protest comes before it.
        var endingFirst: Bool
        /// In a language whose ending comes first, endings that may also come after the protest,
        /// within two words of it ("Sit-in ends", "Teachers' boycott ended"), unless the word after
        /// the ending is one of ``notAfterTrailing`` ("protest ends in clashes" tells the protest
        /// itself, "sit-in ends its second week" goes on) or the word before it one of
        /// ``notBeforeTrailing`` ("protest not ended", "boycott open-ended").
        var trailingEndings: Set<String>
        var notAfterTrailing: Set<String>
        var notBeforeTrailing: Set<String>
        /// Endings that tell people dispersing, counted only after a word for them, ``protesters``
        /// (``dispersers(before:_:_:)``): Kurmanji "Xwepêşander li Zummarê belav bûn" (the protesters
        /// dispersed), where "xwepêşandan … belav bûn" is protests spreading.
        var dispersals: [[String]]
        var protesters: [String]

        init(
            endings: [String], notAfterEnding: [String] = [], notBeforeEnding: [String] = [],
            decidingBeforeTo: [String] = [], protests: [String], notProtests: [String] = [],
            notBeforeProtest: [String] = [], stops: [String] = [], endingFirst: Bool,
            trailingEndings: [String] = [], notAfterTrailing: [String] = [], notBeforeTrailing: [String] = [],
            dispersals: [String] = [], protesters: [String] = []
        ) {
            self.dispersals = dispersals.map { TextNormalizer.tokens($0).map(\.text) }.filter { !$0.isEmpty }
            self.protesters = protesters.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.endings = endings.map { TextNormalizer.tokens($0).map(\.text) }.filter { !$0.isEmpty }
            self.notAfterEnding = TextNormalizer.normalizedWords(notAfterEnding)
            self.notBeforeEnding = TextNormalizer.normalizedWords(notBeforeEnding)
            self.decidingBeforeTo = TextNormalizer.normalizedWords(decidingBeforeTo)
            self.protests = protests.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.notProtests = TextNormalizer.normalizedWords(notProtests)
            self.notBeforeProtest = TextNormalizer.normalizedWords(notBeforeProtest)
            self.stops = TextNormalizer.normalizedWords(stops)
            self.endingFirst = endingFirst
            self.trailingEndings = TextNormalizer.normalizedWords(trailingEndings)
            self.notAfterTrailing = TextNormalizer.normalizedWords(notAfterTrailing)
            self.notBeforeTrailing = TextNormalizer.normalizedWords(notBeforeTrailing)
        }
    }

    /// The term keys ("w:" and a stem, as ``FeatureExtractor`` keys a title's words) of every
    /// language's words of ending, of protest and of demanding (``demandWords``), with and without
    /// the stem: a headline that shares only these with a story's ("suspend", "strike",
    /// "demanding") names neither who protests nor where.
    static let cueWordKeys: Set<String> = {
        var keys = Set<String>()
        for (language, words) in languages {
            let all = words.endings.joined() + words.protests + (demandWords[language] ?? [])
            for token in all.flatMap({ TextNormalizer.tokens($0) }) {
                let stem: String
                switch token.script {
                case .latin: stem = language == "kmr" ? Stemmer.kurmanji(token.text) : Stemmer.plural(token.text)
                default: stem = Stemmer.stem(token.text, script: token.script)
                }
                keys.insert("w:" + token.text)
                keys.insert("w:" + stem)
            }
        }
        return keys
    }()

    /// Words every protest's headline may use for what it wants or opposes ("demanding",
    /// "للمطالبة", "داوای", "daxwaza"), and in English for the protesters and their rally or march:
    /// shared, they name neither who protests nor why.
    static let demandWords: [String: [String]] = [
        "en": [
            "demand", "demands", "demanding", "demanded", "call", "calls", "calling", "against", "over",
            "protesting", "protesters", "rally", "rallies", "march", "marches",
        ],
        "ar": [
            "للمطالبة", "بالمطالبة", "مطالبة", "مطالبين", "يطالبون", "يطالب", "تطالب", "احتجاجا", "تنديدا", "رفضا",
            "ضد",
        ],
        "ckb": ["داوای", "داواکاری", "داواکردنی", "دژی"],
        "kmr": ["daxwaza", "daxwazên", "daxwaz", "dijî"],
    ]

    static let languages: [String: Words] = [
        // "ended" only after the protest ("begin open-ended sit-in" ends nothing); "strike" a
        // labour strike ("Garmiyan teachers suspend strike"), not after a word of war ("suspends
        // air strikes", "drone strike"), nor a striker, nor strikes (war's are plural: "Coalition
        // suspends strikes in Syria", "Erbil ends row, strikes deal").
        "en": Words(
            endings: ["end", "ends", "suspend", "suspends"], notAfterEnding: ["of", "to"],
            notBeforeEnding: ["an", "the", "dead", "at", "to"],
            decidingBeforeTo: ["agree", "agrees", "agreed", "decide", "decides", "decided", "vote", "votes", "voted"],
            protests: ["sit", "boycott", "protest", "strike"],
            notProtests: ["site", "sites", "situation", "sits", "sitting", "striker", "strikers", "strikes"],
            notBeforeProtest: [
                "in", "air", "drone", "missile", "rocket", "turkish", "iranian", "us", "israeli", "coalition",
                "artillery", "jet", "jets",
            ],
            stops: ["over", "after", "for", "against", "amid", "at", "in", "on", "with"],
            endingFirst: true, trailingEndings: ["ends", "ended", "disperse", "dispersed"],
            notAfterTrailing: ["in", "with", "its", "first", "second", "third", "fourth", "day", "week"],
            notBeforeTrailing: ["not", "never", "open", "yet"]),
        "ar": Words(
            // "يرفعون اعتصامهم", they lift their sit-in; not the banners, slogans and flags a protest
            // raises, a ban on protests lifted or a protest note submitted ("يرفعون مذكرة احتجاج").
            endings: [
                "انتهاء", "إنهاء", "ينهون", "ينهي", "تنهي", "فض", "تعليق", "يعلقون", "يعلق", "رفع", "يرفعون", "يرفع", "ترفع",
            ],
            notAfterEnding: [
                "على", "لافتات", "اللافتات", "لافتة", "شعارات", "الشعارات", "شعار", "صور", "الصور", "راية", "رايات",
                "الرايات", "أعلام", "الأعلام", "علم", "العلم", "حظر", "الحظر", "منع", "مذكرة", "شكوى", "دعوى",
            ],
            // "مظاهرات", not "مظاهرة", which reads as "مظاهره" (its displays) once normalised, nor
            // "المظاهر المسلحة" (armed displays, which officials vow to end).
            protests: ["اعتصام", "إضراب", "احتجاج", "مقاطعة", "مقاطعت", "تظاهر", "مظاهرات"],
            notProtests: ["احتجاجا"], notBeforeProtest: ["على"], endingFirst: true),
        "ckb": Words(
            endings: [
                "کۆتایی هات", "کۆتاییان هات", "کۆتایی پێهات", "کۆتایی پێ هات", "کۆتایی پێهێنا", "کۆتایی پێ هێنا",
                "کۆتایی پێهێنرا", "ڕاگرت", "هەڵوەشاندەوە", "بڵاوەیان کرد", "بڵاوەیان لێکرد",
            ],
            protests: ["مانگرتن", "بایکۆت", "ناڕەزایی", "ناڕەزایەتی", "خۆپیشاندان", "خۆپیشاندەر"], stops: ["و"],
            endingFirst: false),
        "kmr": Words(
            endings: [
                "bi dawî kir", "bi dawî kirin", "bi dawî bû", "bi dawî bûn", "bi dawî hat", "bidawî kir",
                "bidawî kirin", "bidawî bû", "bidawî bûn", "bidawî hat", "xwe rawestand", "xwe rawestandin",
            ],
            protests: ["grev", "mangirtin", "boykot", "xwepêşandan", "xwepêşander", "protesto", "çalakiy"],
            stops: ["û"], endingFirst: false, dispersals: ["belav bûn", "belav bûne", "belav bû"],
            protesters: ["xwepêşander"]),
    ]

    /// Whether protesters are who disperse at `start`: a word for them within four words before
    /// it, with no stop between, and not owned by the word before it ("Wêneyên xwepêşanderan belav
    /// bûn", the protesters' photos circulated: a word ending in a plural's construct "-ên").
    private static let pluralConstruct = TextNormalizer.tokens("ên").first?.text ?? "ên"

    private static func dispersers(before start: Int, _ tokens: [Token], _ words: Words) -> Bool {
        for position in stride(from: start - 1, through: max(0, start - 4), by: -1) {
            let text = tokens[position].text
            if words.stops.contains(text) { return false }
            guard words.protesters.contains(where: { text.hasPrefix($0) }) else { continue }
            return position == 0 || !tokens[position - 1].text.hasSuffix(pluralConstruct)
        }
        return false
    }

    /// The conjunctions fused to an Arabic-script word that leave it an ending: "وانتهاء", "and the
    /// end of".
    private static let conjunctions = ["و", "ف"]

    /// Whether `tokens` (a headline, normalised) say a protest ended, in `language`.
    static func marksEnd(_ tokens: [Token], language: String) -> Bool {
        guard let words = languages[language] else { return false }
        func isProtest(_ position: Int) -> Bool {
            let forms = Gazetteer.cliticForms(tokens[position])
            if forms.contains(where: { words.notProtests.contains(String($0)) }) { return false }
            if position > 0, words.notBeforeProtest.contains(tokens[position - 1].text) { return false }
            return forms.contains { form in words.protests.contains { form.hasPrefix($0) } }
        }
        for start in tokens.indices {
            if words.dispersals.contains(where: { matches($0, tokens, at: start) }),
                dispersers(before: start, tokens, words)
            {
                return true
            }
            for phrase in words.endings where matches(phrase, tokens, at: start) {
                let end = start + phrase.count
                if phrase.count == 1 {
                    if end < tokens.count, words.notAfterEnding.contains(tokens[end].text) { continue }
                    if start > 0, words.notBeforeEnding.contains(tokens[start - 1].text),
                        !(tokens[start - 1].text == "to" && start > 1
                            && words.decidingBeforeTo.contains(tokens[start - 2].text))
                    {
                        continue
                    }
                }
                // The span searched, from the ending outwards, up to a stop word.
                let span: [Int] =
                    words.endingFirst
                    ? Array(end..<min(tokens.count, end + 3)) : Array((max(0, start - 4)..<start).reversed())
                for position in span {
                    if words.stops.contains(tokens[position].text) { break }
                    if isProtest(position) { return true }
                }
            }
            // An ending after the protest, in a language whose endings come first ("Sit-in ends").
            if words.trailingEndings.contains(tokens[start].text), start > 0,
                start + 1 >= tokens.count || !words.notAfterTrailing.contains(tokens[start + 1].text),
                !words.notBeforeTrailing.contains(tokens[start - 1].text),
                (max(0, start - 2)..<start).contains(where: isProtest)
            {
                return true
            }
        }
        return false
    }

    /// Whether `phrase` stands in `tokens` from `start`, its first word also after a fused "و" or
    /// "ف".
    private static func matches(_ phrase: [String], _ tokens: [Token], at start: Int) -> Bool {
        guard start + phrase.count <= tokens.count else { return false }
        let first = tokens[start].text
        guard
            first == phrase[0]
                || tokens[start].script == .arabic
                    && conjunctions.contains(where: { first.hasPrefix($0) && first.dropFirst($0.count) == phrase[0] })
        else { return false }
        return zip(phrase.dropFirst(), tokens[(start + 1)...]).allSatisfy { $0 == $1.text }
    }
}
