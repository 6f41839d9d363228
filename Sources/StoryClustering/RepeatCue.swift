/// How a headline says that its happening is not the first of its kind lately: "second drone
/// strike this week", "Drone strike kills shepherd, second this week", "another mass grave",
/// "مقبرة جماعية ثانية هذا الأسبوع", "گۆڕێکی بەکۆمەڵی دیکە", "gora komî ya duyemîn a vê hefteyê".
///
/// "Again" counts in a headline naming a kind of event ("drone targets Khor Mor again", "مجدداً",
/// "dîsa"; not "oil firms to meet again"); a word for second,
/// third or another counts beside a word for time ("for the second time", "للمرة الثانية", "careke
/// din"), when the headline also names a short span ("this week", "in days") or when it stands
/// within two words of a kind of event the headline names (a telling topic). "The second day of
/// the exhumation", "for the second day", "second round" describe a later stage of one happening
/// and do not count.
enum RepeatCue {
    /// Second, third, another, in the four languages (normalised tokens).
    static let ordinals: Set<String> = normalizedWords([
        "second", "third", "fourth", "another",
        "ثانية", "ثاني", "الثانية", "الثاني", "ثالثة", "ثالث", "الثالثة", "الثالث", "أخرى", "جديدة",
        "دووەم", "دووەمی", "دووەمین", "سێیەم", "سێیەمی", "سێیەمین", "دیکە", "تر",
        "duyemîn", "duyem", "sêyemîn", "din",
    ])

    /// Words that say "again" on their own.
    static let again: Set<String> = normalizedWords(["again", "مجددا", "مجدداً", "dîsa", "دیسان"])

    /// "Time" in "for the second time", "للمرة الثانية", "بۆ جاری دووەم", "cara duyemîn", "careke din".
    static let times: Set<String> = normalizedWords([
        "time", "مرة", "للمرة", "المرة", "جار", "جاری", "جارێکی", "car", "cara", "careke", "carek",
    ])

    /// Words after or before which an ordinal counts a stage of one happening, not a new one.
    static let stages: Set<String> = normalizedWords([
        "day", "days", "round", "phase", "stage", "half", "session",
        "يوم", "اليوم", "ليوم", "الجولة", "جولة", "المرحلة", "مرحلة", "الدور", "دور",
        "ڕۆژ", "ڕۆژی", "ڕۆژە", "قۆناغی", "قۆناغ", "خولی",
        "roj", "roja", "rojê", "qonax", "qonaxa", "gera",
    ])

    /// Short spans a repeat is counted in ("second … this week").
    static let spans: [[String]] = [
        "this week", "in a week", "within a week", "in days", "this month", "in two days", "in three days",
        "هذا الأسبوع", "خلال أسبوع", "خلال أيام", "في أسبوع", "هذا الشهر", "خلال يومين",
        "ئەم هەفتەیە", "لەم هەفتەیەدا", "لە هەفتەیەکدا", "ئەم مانگە", "لە ماوەی هەفتەیەکدا",
        "vê hefteyê", "di hefteyekê de", "vê mehê", "di nava hefteyekê de",
    ].map { TextNormalizer.tokens($0).map(\.text) }

    /// Whether `tokens` (a headline) mark its happening as a repeat; `topics` are the token ranges
    /// of the telling topics found in it.
    static func marksRepeat(_ tokens: [Token], topics: [Range<Int>]) -> Bool {
        if !topics.isEmpty, tokens.contains(where: { again.contains($0.text) }) { return true }
        for index in tokens.indices where ordinals.contains(tokens[index].text) {
            if index > 0, stages.contains(tokens[index - 1].text) { continue }
            if index + 1 < tokens.count, stages.contains(tokens[index + 1].text) { continue }
            if index > 0, times.contains(tokens[index - 1].text) { return true }
            if index + 1 < tokens.count, times.contains(tokens[index + 1].text) { return true }
            if names(spans, in: tokens) { return true }
            let nearTopic = topics.contains { range in
                index < range.lowerBound ? range.lowerBound - index <= 2 : index - (range.upperBound - 1) <= 2
            }
            if nearTopic { return true }
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

    private static func normalizedWords(_ words: [String]) -> Set<String> {
        Set(words.flatMap { TextNormalizer.tokens($0).map(\.text) })
    }
}
