/// How a headline says that its happening is not the first of its kind lately: "second drone
/// strike this week", "Drone strike kills shepherd, second this week", "another mass grave",
/// "for the second time", "مقبرة جماعية ثانية هذا الأسبوع", "بۆ جاری دووەم", "careke din".
///
/// Read per language. An ordinal (second, third) counts beside a word for time ("for the second
/// time", "للمرة الثانية"), when the headline also names a short span ("this week", "in days"),
/// or within two words of a kind of event the headline names (``Gazetteer/eventKinds``; in
/// English only before it: "second drone strike", not "Zakho floods: another body recovered").
/// A word for "other" counts only beside a word for time ("مرة أخرى", "جارێکی تر", "careke din"):
/// "and other cities", "two more victims" are no repeat. An ordinal beside a stage ("second day",
/// "third straight day", "لليوم الثالث", "roja duyemîn", "second week", "second round") describes
/// a later stage of one happening and does not count, and neither does an ordinal next to what
/// follows an event ("second suspect arrested": arrests are no kind).
enum RepeatCue {
    /// The words of one language.
    struct Words: Sendable {
        var ordinals: Set<String>
        var others: Set<String>
        var times: Set<String>
        var stages: Set<String>
        var spans: [[String]]
        /// Whether an ordinal may stand after the kind of event it counts ("مقبرة جماعية ثانية").
        var ordinalAfterNoun: Bool

        init(
            ordinals: [String], others: [String], times: [String], stages: [String], spans: [String],
            ordinalAfterNoun: Bool
        ) {
            self.ordinals = RepeatCue.normalizedWords(ordinals)
            self.others = RepeatCue.normalizedWords(others)
            self.times = RepeatCue.normalizedWords(times)
            self.stages = RepeatCue.normalizedWords(stages)
            self.spans = spans.map { TextNormalizer.tokens($0).map(\.text) }
            self.ordinalAfterNoun = ordinalAfterNoun
        }
    }

    /// Words between an ordinal and its stage ("third straight day").
    static let intensifiers: Set<String> = ["straight", "consecutive", "successive", "full"]

    static let languages: [String: Words] = [
        "en": Words(
            ordinals: ["second", "third", "fourth", "another"], others: [], times: ["time"],
            stages: ["day", "days", "week", "weeks", "month", "round", "phase", "stage", "half", "session", "term"],
            spans: [
                "this week", "in a week", "within a week", "in days", "this month", "in two days", "in three days",
            ],
            ordinalAfterNoun: false),
        "ar": Words(
            ordinals: ["ثانية", "ثاني", "الثانية", "الثاني", "ثالثة", "ثالث", "الثالثة", "الثالث"],
            others: ["أخرى", "اخرى"], times: ["مرة", "للمرة", "المرة"],
            stages: [
                "يوم", "اليوم", "ليوم", "لليوم", "أيام", "ايام", "يومها", "أسبوع", "الأسبوع", "اسبوع", "للأسبوع",
                "الجولة", "جولة", "المرحلة", "مرحلة", "الدور", "دور", "الجلسة", "جلسة",
            ],
            spans: ["هذا الأسبوع", "خلال أسبوع", "خلال أيام", "في أسبوع", "هذا الشهر", "خلال يومين"],
            ordinalAfterNoun: true),
        "ckb": Words(
            ordinals: ["دووەم", "دووەمی", "دووەمین", "سێیەم", "سێیەمی", "سێیەمین"], others: ["دیکە", "تر"],
            times: ["جار", "جاری", "جارێک", "جارێکی"],
            stages: ["ڕۆژ", "ڕۆژی", "ڕۆژە", "ڕۆژێ", "هەفتە", "هەفتەی", "قۆناغی", "قۆناغ", "خولی", "دانیشتنی"],
            spans: ["ئەم هەفتەیە", "لەم هەفتەیەدا", "لە هەفتەیەکدا", "ئەم مانگە", "لە ماوەی هەفتەیەکدا"],
            ordinalAfterNoun: true),
        "kmr": Words(
            ordinals: ["duyemîn", "duyem", "sêyemîn"], others: ["din"],
            times: ["car", "cara", "careke", "carek", "carê"],
            stages: [
                "roj", "roja", "rojê", "rojan", "hefte", "hefteya", "heftê", "qonax", "qonaxa", "gera", "rûniştina",
            ],
            spans: ["vê hefteyê", "di hefteyekê de", "vê mehê", "di nava hefteyekê de"],
            ordinalAfterNoun: true),
    ]

    /// Whether `tokens` (a headline in `language`) mark its happening as a repeat; `kinds` are the
    /// token ranges of the kinds of event found in it.
    static func marksRepeat(_ tokens: [Token], language: String, kinds: [Range<Int>]) -> Bool {
        guard let words = languages[language] else { return false }
        func text(_ index: Int) -> String? { tokens.indices.contains(index) ? tokens[index].text : nil }
        func isTime(_ index: Int) -> Bool { text(index).map(words.times.contains) ?? false }
        for index in tokens.indices {
            let word = tokens[index].text
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
            if names(words.spans, in: tokens) { return true }
            let nearKind = kinds.contains { range in
                if index < range.lowerBound { return range.lowerBound - index <= 2 }
                return words.ordinalAfterNoun && index >= range.upperBound && index - (range.upperBound - 1) <= 2
            }
            if nearKind { return true }
        }
        return false
    }

    private static func names(_ phrases: [[String]], in tokens: [Token]) -> Bool {
        phrases.contains { phrase in
            guard !phrase.isEmpty, tokens.count >= phrase.count else { return false }
            return (0...(tokens.count - phrase.count)).contains { start in
                phrase.indices.allSatisfy { tokens[start + $0].text == phrase[$0] }
            }
        }
    }

    fileprivate static func normalizedWords(_ words: [String]) -> Set<String> {
        Set(words.flatMap { TextNormalizer.tokens($0).map(\.text) })
    }
}
