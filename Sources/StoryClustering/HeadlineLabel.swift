/// The labels outlets put before a headline ("Breaking: …", "عاجل | …", "عاجل.. …", "Bilez: …"):
/// they tell nothing of the event, so a title is read without them. An English label counts only
/// before a separator ("Breaking:", "EXCLUSIVE -"); an Arabic, Sorani or Kurmanji one whenever it
/// opens the title, since those outlets also write "عاجل.." or "#عاجل" or nothing at all after
/// it. The same words elsewhere ("record-breaking", "Live-fire drills", "القوات الخاصة") are ordinary
/// words.
enum HeadlineLabel {
    /// Labels that count only before a separator, normalised as
    /// ``TextNormalizer/normalized(_:)`` writes them.
    private static let labels: Set<String> = Set(
        [
            "breaking", "breaking news", "exclusive", "urgent", "update", "updated", "watch", "video", "live",
            "photos", "just in", "خاص", "فيديو", "بالفيديو", "بالصور", "محدث", "فیدیۆ", "vîdyo",
        ].map(TextNormalizer.normalized))

    /// The labels of ``labels`` that announce news just breaking.
    private static let breakingLabels: Set<String> = Set(
        ["breaking", "breaking news", "urgent", "just in"].map(TextNormalizer.normalized))

    /// Labels that count whenever they open the title (all announce news just breaking).
    private static let openingLabels: Set<String> = Set(
        ["عاجل", "خبر عاجل", "بەپەلە", "بە پەلە", "هەواڵی بەپەلە", "lezgîn", "bilez", "nûçeya lezgîn"].map(
            TextNormalizer.normalized))

    /// Separators between a label and its headline.
    private static let separators: Set<Unicode.Scalar> = ["|", ":", "-", "–", "—", "｜", "："]

    /// `title` without a leading label and its separator, and whether that label announced news just
    /// breaking ("Breaking:", "عاجل |", "بەپەلە:", "Lezgîn:"), not a format ("Video:", "Exclusive -").
    static func read(_ title: String) -> (headline: String, isBreaking: Bool) {
        if let rest = withoutOpeningLabel(title) { return (rest, true) }
        guard let (label, rest) = separatedLabel(title) else { return (title, false) }
        return (rest, breakingLabels.contains(label))
    }

    /// `title` without a leading label and its separator (``read(_:)``).
    static func stripped(_ title: String) -> String { read(title).headline }

    /// Whether `title` opens with a label announcing news just breaking (``read(_:)``).
    static func isBreaking(_ title: String) -> Bool { read(title).isBreaking }

    /// The label (normalised) before the title's first separator and the rest of the title, when
    /// what precedes that separator is a label of ``labels``.
    private static func separatedLabel(_ title: String) -> (label: String, rest: String)? {
        let scalars = Array(title.unicodeScalars)
        for index in scalars.indices.prefix(40) where separators.contains(scalars[index]) {
            // A hyphen joins words ("Live-fire") unless spaced ("Live - …") or after capitals.
            if scalars[index] == "-" {
                let spaced =
                    (index > 0 && scalars[index - 1] == " ") || (index + 1 < scalars.count && scalars[index + 1] == " ")
                let capitals = scalars[..<index].allSatisfy { !$0.properties.isLowercase }
                guard spaced || capitals else { return nil }
            }
            let label = TextNormalizer.normalized(String(String.UnicodeScalarView(scalars[..<index])))
            guard labels.contains(label) else { return nil }
            return (label, String(String.UnicodeScalarView(scalars[(index + 1)...])))
        }
        return nil
    }

    /// `title` after an opening label of one or two words and what follows it up to the next
    /// word, or nil when it opens with none.
    private static func withoutOpeningLabel(_ title: String) -> String? {
        let scalars = Array(title.unicodeScalars)
        /// Where the `n`th word of the title ends (letters, skipping what precedes each word).
        func endOfWords(_ n: Int) -> Int {
            var index = 0
            for _ in 0..<n {
                while index < scalars.count, !scalars[index].properties.isAlphabetic { index += 1 }
                while index < scalars.count, scalars[index].properties.isAlphabetic { index += 1 }
            }
            return index
        }
        for words in [2, 1] {
            let end = endOfWords(words)
            let label = String(String.UnicodeScalarView(scalars[..<end]))
            guard openingLabels.contains(TextNormalizer.normalized(label)) else { continue }
            var rest = end
            while rest < scalars.count, !scalars[rest].properties.isAlphabetic,
                scalars[rest].properties.numericType == nil
            {
                rest += 1
            }
            return String(String.UnicodeScalarView(scalars[rest...]))
        }
        return nil
    }
}
