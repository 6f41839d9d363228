/// What the language-independent anchors two sides share say about one event.
enum SharedAnchors {
    /// Whether shared anchors name where but not what: one place (a town and its governorate count
    /// once; countries, the region and capitals not at all), no topic, no figure of 10 or more and
    /// no date. Two reports from one city in one week share that much whatever happened there: a
    /// protest over power cuts and a roadside bomb in Kirkuk, a rally and an arrest in Mosul.
    /// - Parameters:
    ///   - names: the shared gazetteer ids (`kirkuk`, `org:ihec`) and Latin-script names (`x:…`).
    ///   - numbers: the shared number keys (`n:3`, `d:7-12`, `m:7`, weekdays as `g:day:…`).
    ///   - sharesTopic: whether a gazetteer topic (an attack, a drone, oil exports) is shared.
    static func nameOnlyAPlace(names: [String], numbers: [String], sharesTopic: Bool) -> Bool {
        if sharesTopic { return false }
        if numbers.contains(where: isTellingFigure) { return false }
        let specific = names.filter { !Gazetteer.isBroad($0) }
        let governorates = Set(specific.flatMap { id in Gazetteer.allGovernorates(of: id).filter { $0 != id } })
        return specific.filter { !governorates.contains($0) }.count <= 1
    }

    /// A date, or a figure of 10 or more: a count of one to nine, a weekday or a month is in the
    /// reports of many events.
    private static func isTellingFigure(_ key: String) -> Bool {
        if key.hasPrefix("d:") { return true }
        guard key.hasPrefix("n:"), let value = Double(key.dropFirst(2)) else { return false }
        return value >= 10
    }
}
