/// What the language-independent anchors two sides share say about one event.
enum SharedAnchors {
    /// Whether shared anchors name where but not what: one name (a town and its governorate count
    /// once; countries, the region and capitals not at all, nor the governments, the army and civil
    /// defence, which reports of every event there name), and no topic, no person, no name in Latin
    /// script and no figure of 10 or more other than a year. Weekdays, months and dates do not
    /// count either: every report of that day carries them. Two reports from one city in one week
    /// share that much whatever happened there: a protest over power cuts and a roadside bomb in
    /// Kirkuk, a rally and an arrest in Mosul.
    /// - Parameters:
    ///   - names: the shared gazetteer ids (`kirkuk`, `org:ihec`, `p:…`) and Latin-script names (`x:…`).
    ///   - numbers: the shared number keys (`n:3`, `d:7-12`, `m:7`, weekdays as `g:day:…`).
    ///   - sharesTopic: whether a telling gazetteer topic (a protest, a bomb, a drone) is shared.
    static func nameOnlyAPlace(names: [String], numbers: [String], sharesTopic: Bool) -> Bool {
        if sharesTopic { return false }
        if numbers.contains(where: isTellingFigure) { return false }
        if names.contains(where: { $0.hasPrefix("p:") || $0.hasPrefix("x:") }) { return false }
        let telling = names.filter { !Gazetteer.isBroad($0) && !everyEventsInstitutions.contains($0) }
        let governorates = Set(telling.flatMap { id in Gazetteer.allGovernorates(of: id).filter { $0 != id } })
        return telling.filter { !governorates.contains($0) }.count <= 1
    }

    /// Whether a gazetteer id names one happening's particulars rather than where it was or who
    /// reports every event: a town or site narrower than a governorate, a person, or an institution
    /// other than ``everyEventsInstitutions``.
    static func namesOneHappening(_ id: String) -> Bool {
        if id.hasPrefix("p:") { return true }
        if id.hasPrefix("org:") { return !everyEventsInstitutions.contains(id) }
        return !id.contains(":") && Gazetteer.isTown(id)
    }

    /// Institutions named by reports of every kind of event where they are: the two governments,
    /// the army ("security forces") and civil defence.
    private static let everyEventsInstitutions: Set<String> = [
        "org:federalgov", "org:krg", "org:army", "org:civildefence",
    ]

    /// A figure of 10 or more that is not a year: a count of one to nine, a year, a weekday, a
    /// month or a date is in the reports of many events.
    static func isTellingFigure(_ key: String) -> Bool {
        guard key.hasPrefix("n:"), let value = Double(key.dropFirst(2)) else { return false }
        return value >= 10 && !(value >= 1900 && value <= 2100 && value == value.rounded())
    }
}
