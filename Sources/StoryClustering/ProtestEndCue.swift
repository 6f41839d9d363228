/// How a headline says a protest ended: farmers ending their sit-in, teachers suspending their
/// boycott, days after it began ("Hit contract workers end sit-in after governorate pledges",
/// "انتهاء اعتصام الخريجين", "خۆپیشاندانەکەیان کۆتایی پێهێنا", "xwepêşandana xwe rawestandin"). What
/// followed the protest (an ``AftermathCue``), not another one.
///
/// A phrase of ending beside a word for the protest it ends. In English and Arabic the phrase comes
/// first and the protest within three words after it; in Sorani and Kurmanji, whose verbs come last,
/// the protest somewhere before it. What only looks like an end is left out: an end demanded or a
/// noun ("demand an end to power cuts", "at the end of the protest", "خۆپیشاندان بۆ داوای کۆتایی
/// هێنان بە…", "divê bombebarana … bê rawestandin"), work stopped in protest ("suspend classes in
/// protest", "احتجاجاً"), a comment ("تعليق على تظاهرات", a comment on protests), a "last" ("mehên
/// dawî", the last months). Labour strikes and boycotts count as protests here, but the engine
/// reads a headline's aftermath only beside a brief kind of happening (a protest or a sit-in is
/// one, a labour strike runs for days), and air strikes are no protest ("end air strikes").
enum ProtestEndCue {
    /// The cue of one language.
    struct Words: Sendable {
        /// Phrases of ending, each word matched whole (the first also after an Arabic clitic).
        var endings: [[String]]
        /// A single-word ending is a noun or a comment when the word after it is one of these ("end
        /// of", "end to", "تعليق على") or the word before it one of those ("an end", "dead end").
        var notAfterEnding: Set<String>
        var notBeforeEnding: Set<String>
        /// Words for a protest, matched at a word's beginning (Arabic also after a clitic), except
        /// the forms that say work stopped in protest ("احتجاجا") and any after "in" ("in protest").
        var protests: [String]
        var notProtests: Set<String>
        var notBeforeProtest: Set<String>
        /// Whether the ending comes first (English, Arabic); otherwise the protest comes before it.
        var endingFirst: Bool

        init(
            endings: [String], notAfterEnding: [String] = [], notBeforeEnding: [String] = [], protests: [String],
            notProtests: [String] = [], notBeforeProtest: [String] = [], endingFirst: Bool
        ) {
            self.endings = endings.map { TextNormalizer.tokens($0).map(\.text) }.filter { !$0.isEmpty }
            self.notAfterEnding = TextNormalizer.normalizedWords(notAfterEnding)
            self.notBeforeEnding = TextNormalizer.normalizedWords(notBeforeEnding)
            self.protests = protests.flatMap { TextNormalizer.tokens($0).map(\.text) }
            self.notProtests = TextNormalizer.normalizedWords(notProtests)
            self.notBeforeProtest = TextNormalizer.normalizedWords(notBeforeProtest)
            self.endingFirst = endingFirst
        }
    }

    static let languages: [String: Words] = [
        // "ended" left out ("begin open-ended sit-in"); "strike" too (air strikes; a labour strike
        // is no brief kind).
        "en": Words(
            endings: ["end", "ends", "suspend", "suspends"], notAfterEnding: ["of", "to"],
            notBeforeEnding: ["an", "the", "dead", "at"], protests: ["sit", "boycott", "protest"],
            notProtests: ["site", "sites", "situation", "sits", "sitting"], notBeforeProtest: ["in"], endingFirst: true),
        "ar": Words(
            endings: ["انتهاء", "إنهاء", "ينهون", "ينهي", "تنهي", "فض", "تعليق", "يعلقون", "يعلق"],
            notAfterEnding: ["على"], protests: ["اعتصام", "إضراب", "احتجاج", "مقاطعة", "مقاطعت", "تظاهر"],
            notProtests: ["احتجاجا", "احتجاجاً"], endingFirst: true),
        "ckb": Words(
            endings: ["کۆتایی هات", "کۆتاییان هات", "کۆتایی پێهێنا", "کۆتایی پێهێنرا", "ڕاگرت", "هەڵوەشاندەوە"],
            protests: ["مانگرتن", "بایکۆت", "ناڕەزایی", "ناڕەزایەتی", "خۆپیشاندان"], endingFirst: false),
        "kmr": Words(
            endings: [
                "bi dawî kir", "bi dawî kirin", "bi dawî bû", "bi dawî bûn", "xwe rawestand", "xwe rawestandin",
            ],
            protests: ["grev", "mangirtin", "rûniştin", "boykot", "xwepêşandan"], endingFirst: false),
    ]

    /// Whether `tokens` (a headline, normalised) say a protest ended, in `language`.
    static func marksEnd(_ tokens: [Token], language: String) -> Bool {
        guard let words = languages[language] else { return false }
        func isProtest(_ position: Int) -> Bool {
            let token = tokens[position]
            guard !words.notProtests.contains(token.text) else { return false }
            if position > 0, words.notBeforeProtest.contains(tokens[position - 1].text) { return false }
            return Gazetteer.cliticForms(token).contains { form in words.protests.contains { form.hasPrefix($0) } }
        }
        for start in tokens.indices {
            for phrase in words.endings where matches(phrase, tokens, at: start) {
                let end = start + phrase.count
                if phrase.count == 1 {
                    if end < tokens.count, words.notAfterEnding.contains(tokens[end].text) { continue }
                    if start > 0, words.notBeforeEnding.contains(tokens[start - 1].text) { continue }
                }
                let around = words.endingFirst ? end..<min(tokens.count, end + 3) : 0..<start
                if around.contains(where: isProtest) { return true }
            }
        }
        return false
    }

    /// Whether `phrase` stands in `tokens` from `start`, its first word also after an Arabic clitic.
    private static func matches(_ phrase: [String], _ tokens: [Token], at start: Int) -> Bool {
        guard start + phrase.count <= tokens.count,
            Gazetteer.cliticForms(tokens[start]).contains(where: { $0 == phrase[0] })
        else { return false }
        return zip(phrase.dropFirst(), tokens[(start + 1)...]).allSatisfy { $0 == $1.text }
    }
}
