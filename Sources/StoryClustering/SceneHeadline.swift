/// A feature's English headline, which sets a scene before it tells anything: a place set off by a
/// comma ("In Iraq's Fao, the sea is killing the date palms", "At Iraq's shrinking Razzaza lake,
/// fishermen give up", "On the Euphrates, Iraq's last waterwheels turn again"). Wires write their
/// features so: a day after a story began, a piece of its own though it recalls the story's
/// happening, not one of its reports (the engine still joins one naming the story's kind of
/// happening or what followed it).
///
/// The phrase opens with a preposition of place, names something capitalised after it and holds
/// no figure; a time or a count is no scene ("On Monday, …", "In 2024, …", "At least five killed in
/// Kirkuk, police say", "In the wake of the blast, …", "In pictures, …"). Or it sets the scene in
/// years gone by, as an anniversary's feature does ("Fifteen years on, Yazidis in Iraq's camps weigh
/// the road home", "Ten years after the siege, …").
enum SceneHeadline {
    /// Prepositions of place a scene opens with, lower-cased.
    private static let openings: Set<String> = ["in", "at", "on", "inside", "across", "along", "near", "beyond", "amid"]

    /// Words that make the phrase a time, a count or a format wherever they stand in it, lower-cased.
    private static let notScenes: Set<String> = [
        "least", "most", "first", "last", "times", "brief", "short", "pictures", "photos", "numbers", "quotes",
        "video", "full", "wake", "aftermath", "meantime", "time", "morning", "evening", "night", "week",
        "weekend", "year", "past", "future", "response", "addition", "contrast", "fact", "turn", "total", "end",
        "day", "news",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Spans of time ("years") and the words after them ("on", "after") that open an anniversary's
    /// scene, lower-cased.
    private static let spans: Set<String> = ["year", "years", "month", "months", "decade", "decades"]
    /// See ``spans``.
    private static let sinceWords: Set<String> = ["on", "after", "later", "since"]

    /// How many words the scene may take before its comma, the preposition included.
    private static let longestScene = 7

    /// Whether `title` (without its label) is an English feature's scene-setting headline.
    static func setsScene(_ title: String, language: String) -> Bool {
        guard language == "en" else { return false }
        guard let comma = title.firstIndex(of: ",") else { return false }
        let scene = title[..<comma].split(separator: " ")
        let rest = title[title.index(after: comma)...].split(separator: " ")
        guard scene.count >= 2, scene.count <= longestScene, rest.count >= 3, let first = scene.first else {
            return false
        }
        if scene.count >= 3, spans.contains(scene[1].lowercased()), sinceWords.contains(scene[2].lowercased()) {
            return true
        }
        guard openings.contains(first.lowercased()),
            !scene.dropFirst().contains(where: { notScenes.contains(Self.withoutPossessive($0.lowercased())) }),
            !scene.contains(where: { $0.contains(where: \.isNumber) })
        else { return false }
        return scene.dropFirst().contains { $0.first?.isUppercase == true }
    }

    /// `word` without an English possessive ending ("monday's", "monday’s" → "monday").
    private static func withoutPossessive(_ word: String) -> String {
        word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") ? String(word.dropLast(2)) : word
    }
}
