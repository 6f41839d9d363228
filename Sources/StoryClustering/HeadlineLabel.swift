/// The labels outlets put before a headline ("Breaking: …", "عاجل | …", "Bilez: …"): they tell
/// nothing of the event, so a title is read without them. Only a label before a separator at the
/// start counts: the same words inside a title or a text ("record-breaking", "القوات الخاصة") are
/// ordinary words.
enum HeadlineLabel {
    /// Labels, normalised as ``TextNormalizer/normalized(_:)`` writes them.
    private static let labels: Set<String> = Set(
        [
            "breaking", "breaking news", "exclusive", "urgent", "update", "updated", "watch", "video", "live",
            "photos", "just in", "عاجل", "خاص", "فيديو", "بالفيديو", "بالصور", "محدث", "خبر عاجل",
            "بەپەلە", "بە پەلە", "پەلە", "فیدیۆ", "هەواڵی بەپەلە", "lezgîn", "bilez", "nûçeya lezgîn", "vîdyo",
        ].map(TextNormalizer.normalized))

    /// Separators between a label and its headline.
    private static let separators: Set<Unicode.Scalar> = ["|", ":", "-", "–", "—", "｜", "："]

    /// `title` without a leading label and its separator.
    static func stripped(_ title: String) -> String {
        let scalars = title.unicodeScalars
        var index = scalars.startIndex
        var count = 0
        while index != scalars.endIndex, count < 32 {
            if separators.contains(scalars[index]) {
                let label = String(scalars[scalars.startIndex..<index])
                guard labels.contains(TextNormalizer.normalized(label)) else { return title }
                return String(scalars[scalars.index(after: index)...])
            }
            index = scalars.index(after: index)
            count += 1
        }
        return title
    }
}
