/// Where a headline puts its event relative to a town or a capital: "west of Sinjar", "غربي سنجار",
/// "لە باشووری شەنگال", "li rojavayê Şengalê". Two headlines putting their events on different sides
/// of one place (south and west of it, not south and southwest) tell of two places. Sides of a
/// governorate ("western Anbar", "north of Anbar") are regions that overlap, and do not count.
struct PlaceBearing: Hashable, Sendable, Comparable {
    /// The gazetteer id of the place.
    var place: String
    /// The compass bearing from the place, in degrees (0 north, 90 east).
    var degrees: Int

    /// By place, then bearing.
    static func < (lhs: PlaceBearing, rhs: PlaceBearing) -> Bool {
        (lhs.place, lhs.degrees) < (rhs.place, rhs.degrees)
    }

    /// Whether `self` and `other` name one place on sides a quarter turn or more apart.
    func isApart(from other: PlaceBearing) -> Bool {
        guard place == other.place else { return false }
        let difference = abs(degrees - other.degrees) % 360
        return min(difference, 360 - difference) >= 90
    }

    /// Whether `bearings` (a headline's) and `others` (a story's headlines') name a place both give
    /// a side of, and on every such place no side of one is within less than a quarter turn of a
    /// side of the other.
    static func apart(_ bearings: some Collection<PlaceBearing>, _ others: some Collection<PlaceBearing>) -> Bool {
        guard !bearings.isEmpty, !others.isEmpty else { return false }
        var sawShared = false
        for bearing in bearings {
            let sides = others.filter { $0.place == bearing.place }
            guard !sides.isEmpty else { continue }
            sawShared = true
            if sides.contains(where: { !$0.isApart(from: bearing) }) { return false }
        }
        return sawShared
    }

    /// The direction words of the four languages that stand before a place ("north of Baghdad",
    /// "شمالي بغداد", "باکووری بەغدا", "bakurê Bexdayê"), with their bearings. A side between two
    /// ("جنوب غرب", "باکووری ڕۆژئاوای") is read from two words in a row.
    private static let directionNouns: [(degrees: Int, words: [String])] = [
        (0, ["north", "شمال", "شمالي", "باکوور", "باکووری", "bakur", "bakurê"]),
        (45, ["northeast"]),
        (90, ["east", "شرق", "شرقي", "ڕۆژهەڵاتی", "rojhilat", "rojhilatê"]),
        (135, ["southeast"]),
        (180, ["south", "جنوب", "جنوبي", "باشوور", "باشووری", "başûr", "başûrê"]),
        (225, ["southwest"]),
        (270, ["west", "غرب", "غربي", "ڕۆژئاوای", "rojava", "rojavayê"]),
        (315, ["northwest"]),
    ]

    /// English adjectives of direction ("in western Mosul"), which give a side but, unlike the
    /// nouns, do not make "in" of a capital.
    private static let directionAdjectives: [(degrees: Int, words: [String])] = [
        (0, ["northern"]), (90, ["eastern"]), (180, ["southern"]), (270, ["western"]),
    ]

    /// The direction nouns, normalised: a capital after one is where the event happened
    /// (``FeatureExtractor``).
    static let directionWords = Set(directionNouns.flatMap { TextNormalizer.normalizedWords($0.words) })

    /// The bearing each direction word gives, normalised.
    static let directions: [String: Int] = {
        var table: [String: Int] = [:]
        for (degrees, words) in directionNouns + directionAdjectives {
            for word in TextNormalizer.normalizedWords(words) { table[word] = degrees }
        }
        return table
    }()

    /// The bearing the words just before `index` give the place starting there: a direction ("south
    /// of Sinjar", "جنوب سنجار", "باشووری شەنگال", "rojavayê Şengalê"), two of them in a row ("شمال
    /// شرق", "باشووری ڕۆژئاوای") for the side between; nil when there is none.
    static func bearing(_ tokens: [Token], before index: Int) -> Int? {
        var position = index - 1
        guard position >= 0 else { return nil }
        if tokens[position].text == "of" { position -= 1 }
        guard position >= 0, let last = directions[tokens[position].text] else { return nil }
        if position >= 1, let first = directions[tokens[position - 1].text], first != last {
            // "north east", "باکووری ڕۆژهەڵاتی": the side between, when the two are a quarter apart.
            let difference = abs(first - last)
            if difference == 90 { return (first + last) / 2 }
            if difference == 270 { return 315 }
        }
        return last
    }
}
