/// The feature vocabulary of a clustering pass — every feature key interned to a dense id, in order
/// of first use — and the weighted term frequencies of the document being extracted.
///
/// Long-lived so that a document's terms are counted in an array indexed by id (reset term by term
/// at ``begin()``) rather than in a fresh dictionary of strings, and so that a word's id, once known
/// to the ``WordCache``, costs no hashing at all.
struct TermAccumulator {
    private var ids: [String: Int32] = [:]
    /// The readable form of each term id (that of its first occurrence).
    private(set) var displays: [String] = []
    /// A 64-bit fingerprint of each term id's key (see ``ForgottenFrequencies``).
    private var fingerprints: [UInt64] = []
    /// Whether each term id says little of which event a report is about: a broad place
    /// (``Gazetteer/isBroad(_:)``: a country, the region, a capital, the Kurds, the Tigris), a name
    /// run that spells one ("United States"), a weekday or a month.
    private(set) var isGeneric: [Bool] = []
    /// Whether each term id is a telling gazetteer topic (a protest, a bomb, a drone): what happened,
    /// in any language (``Gazetteer/isTellingTopic(_:)``).
    private(set) var isTopic: [Bool] = []
    /// Whether each term is a run of capitalised words of which the gazetteer knows no word (nor
    /// an acronym): a person, a company ("yvonne hiller", "kraft foods"); not the region's places,
    /// parties, ministries and people, nor pieces of their names ("patriotic union", "kdp
    /// politburo"), which recur in every story of them. Only text in Latin script has capitals: a
    /// report in Arabic script has none.
    private(set) var isNameRun: [Bool] = []
    /// What each term id is worth as evidence that two headlines tell one event
    /// (``HeadlineEvidence``).
    private(set) var headlineEvidence: [HeadlineEvidence] = []
    /// When each term id names one happening's particulars in a headline.
    private var specificity: [Specificity] = []
    /// Position in `terms` of each id seen in the current document, -1 for the others.
    private var slots: [Int32] = []
    /// The current document's terms, in order of first occurrence.
    private(set) var terms: [DocumentFeatures.Term] = []
    /// Distinct named gazetteer ids seen.
    var named = Set<String>()
    /// Governorates of the specific places named in the title.
    var titlePlaces = Set<String>()
    /// The places below a governorate named in the title.
    var titleTowns = Set<String>()
    /// The sides of places the title puts its event on (``PlaceBearing``).
    var titleBearings = Set<PlaceBearing>()
    /// Villages the title names that the gazetteer does not know (``DocumentFeatures/titleVillages``).
    var titleVillages = Set<String>()
    /// The routes the title names by their ends (``DocumentFeatures/titleRoutes``).
    var titleRoutes = Set<String>()
    /// The kinds of event the title names, one bit each (``Gazetteer/kindBit(_:)``).
    var titleKinds: UInt64 = 0
    /// Whether the title names an attack, deaths or injuries (``Gazetteer/unspecifiedEventTopics``).
    var titleNamesUnspecifiedEvent = false
    /// Whether the title names what follows a happening (``Gazetteer/aftermathTopics``).
    var titleNamesAftermath = false
    /// The capitals that are governorates too (Baghdad, Erbil) named in the title after a locative.
    var titleCapitals = Set<String>()
    /// Distinct number and date keys seen.
    var numbers = Set<String>()
    /// The latest year (1900–2100) written anywhere in the document; a decade ("the 1990s") is none.
    var latestYear: Int?
    /// Whether the terms added now come from the title.
    var inTitle = false
    /// The fingerprints of the terms added from the title.
    var titleTerms: [UInt64] = []
    /// The fingerprints of the title's terms that name the happening's particulars (``Specificity``).
    var titleParticulars: [UInt64] = []
    /// The fingerprints of the title's particulars that are places (``Specificity/place``).
    var titlePlaceParticulars: [UInt64] = []
    /// Whether a title term added now may be a particular (``Specificity``): not a road's ends.
    var namesParticulars = true
    /// The fingerprints of the title's plain words (no name, place, figure or concept).
    var titleWords: [UInt64] = []

    /// The number of interned terms.
    var vocabularySize: Int { displays.count }

    /// The fingerprint of term `id`'s key.
    func fingerprint(of id: Int32) -> UInt64 { fingerprints[Int(id)] }

    /// Starts a new document.
    mutating func begin() {
        for term in terms { slots[Int(term.id)] = -1 }
        terms.removeAll(keepingCapacity: true)
        named = []
        titlePlaces = []
        titleTowns = []
        titleBearings = []
        titleVillages = []
        titleRoutes = []
        titleKinds = 0
        titleNamesUnspecifiedEvent = false
        titleNamesAftermath = false
        titleCapitals = []
        numbers = []
        latestYear = nil
        titleTerms.removeAll(keepingCapacity: true)
        titleParticulars.removeAll(keepingCapacity: true)
        titlePlaceParticulars.removeAll(keepingCapacity: true)
        titleWords.removeAll(keepingCapacity: true)
    }

    /// The fingerprint of a term's key (what ``titleTerms`` and ``titleParticulars`` hold).
    static func fingerprint(of key: String) -> UInt64 { StableHash.mix(StableHash.fnv1a(key)) }

    /// The id of `key`, interned now (with `display`) if it is new.
    mutating func id(of key: String, display: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(displays.count)
        ids[key] = id
        displays.append(display)
        fingerprints.append(Self.fingerprint(of: key))
        isGeneric.append(Self.isGeneric(key))
        isTopic.append(key.hasPrefix("g:topic:") && Gazetteer.isTellingTopic(String(key.dropFirst(2))))
        isNameRun.append(Self.isNameRun(key))
        headlineEvidence.append(Self.headlineEvidence(key))
        specificity.append(Self.specificity(key))
        slots.append(-1)
        return id
    }

    /// When a term names one happening's particulars in a headline.
    enum Specificity: UInt8 {
        /// Never: a word of no name, a broad place, a governorate, a topic, a weekday, a small count.
        case never
        /// Always: a town or site, a person, an institution (``SharedAnchors/namesOneHappening(_:)``),
        /// a name run, a name in Latin script, a figure of 10 or more other than a year.
        case always
        /// Always, and a place: a town or site.
        case place
        /// When capitalised in the headline: a word ("Langa", "Sergele").
        case whenCapitalised
    }

    /// What a term shared by two headlines says of their being one event.
    enum HeadlineEvidence: UInt8 {
        /// Nothing: a weekday, a month, a small count ("2 new trailers").
        case none
        /// Where, broadly: a country, the region, a capital ("Erbil flood kills two").
        case broadPlace
        /// What or who: any other word, name, place or figure.
        case telling
    }

    /// ``HeadlineEvidence`` of `key`; asked once per new key.
    private static func headlineEvidence(_ key: String) -> HeadlineEvidence {
        if key.hasPrefix("g:day:") || key.hasPrefix("m:") { return .none }
        if key.hasPrefix("n:") { return SharedAnchors.isTellingFigure(key) ? .telling : .none }
        return isGeneric(key) ? .broadPlace : .telling
    }

    /// ``Specificity`` of `key`; asked once per new key.
    private static func specificity(_ key: String) -> Specificity {
        if key.hasPrefix("w:") { return .whenCapitalised }
        if key.hasPrefix("x:") { return .always }
        if key.hasPrefix("e:") { return isGeneric(key) ? .never : .always }
        if key.hasPrefix("n:") { return SharedAnchors.isTellingFigure(key) ? .always : .never }
        if key.hasPrefix("g:") {
            let id = String(key.dropFirst(2))
            guard SharedAnchors.namesOneHappening(id) else { return .never }
            return id.contains(":") ? .always : .place
        }
        return .never
    }

    /// Whether `key` says little of which event a report is about (``isGeneric``); asked once per
    /// new key.
    private static func isGeneric(_ key: String) -> Bool {
        if key.hasPrefix("g:day:") || key.hasPrefix("m:") { return true }
        if key.hasPrefix("g:") { return Gazetteer.isBroad(String(key.dropFirst(2))) }
        guard key.hasPrefix("e:") else { return false }
        // A run of capitalised words the gazetteer reads as broad places only.
        let tokens = TextNormalizer.tokens(String(key.dropFirst(2)))
        var covered = [Bool](repeating: false, count: tokens.count)
        for match in Gazetteer.shared.matches(in: tokens) {
            guard Gazetteer.isBroad(match.id) else { return false }
            for index in match.range { covered[index] = true }
        }
        return !tokens.isEmpty && !covered.contains(false)
    }

    /// ``isNameRun`` of `key`; asked once per new key.
    private static func isNameRun(_ key: String) -> Bool {
        guard key.hasPrefix("e:") else { return false }
        let tokens = TextNormalizer.tokens(String(key.dropFirst(2)))
        let gazetteer = Gazetteer.shared
        return !tokens.isEmpty && !tokens.contains(where: { gazetteer.latinWords.contains($0.text) })
            && gazetteer.matches(in: tokens, latinSuffixes: true).isEmpty
    }

    /// Keeps the terms whose `map` entry is not -1, renumbered to it (between documents: the
    /// current document's terms are dropped).
    mutating func keep(_ map: [Int32]) {
        terms.removeAll()
        ids = ids.compactMapValues { map[Int($0)] >= 0 ? map[Int($0)] : nil }
        var kept: [String] = []
        var keptFingerprints: [UInt64] = []
        var keptGeneric: [Bool] = []
        var keptTopic: [Bool] = []
        var keptNameRun: [Bool] = []
        var keptSpecificity: [Specificity] = []
        var keptEvidence: [HeadlineEvidence] = []
        for index in displays.indices where map[index] >= 0 {
            kept.append(displays[index])
            keptFingerprints.append(fingerprints[index])
            keptGeneric.append(isGeneric[index])
            keptTopic.append(isTopic[index])
            keptNameRun.append(isNameRun[index])
            keptSpecificity.append(specificity[index])
            keptEvidence.append(headlineEvidence[index])
        }
        displays = kept
        fingerprints = keptFingerprints
        isGeneric = keptGeneric
        isTopic = keptTopic
        isNameRun = keptNameRun
        specificity = keptSpecificity
        headlineEvidence = keptEvidence
        slots = [Int32](repeating: -1, count: kept.count)
    }

    /// Adds `weight` to the frequency of `key`; the strongest kind wins.
    mutating func add(_ key: String, kind: DocumentFeatures.Kind, weight: Double, display: String) {
        add(id: id(of: key, display: display), kind: kind, weight: weight)
    }

    /// Adds `weight` to the frequency of the term `id`; the strongest kind wins.
    mutating func add(id: Int32, kind: DocumentFeatures.Kind, weight: Double) {
        if inTitle {
            titleTerms.append(fingerprints[Int(id)])
            if kind == .word { titleWords.append(fingerprints[Int(id)]) }
            switch namesParticulars ? specificity[Int(id)] : .never {
            case .always: titleParticulars.append(fingerprints[Int(id)])
            case .place:
                titleParticulars.append(fingerprints[Int(id)])
                titlePlaceParticulars.append(fingerprints[Int(id)])
            case .whenCapitalised where kind == .entity: titleParticulars.append(fingerprints[Int(id)])
            default: break
            }
        }
        let slot = Int(slots[Int(id)])
        if slot >= 0 {
            terms[slot].frequency += weight
            if kind > terms[slot].kind { terms[slot].kind = kind }
        } else {
            slots[Int(id)] = Int32(terms.count)
            terms.append(DocumentFeatures.Term(id: id, kind: kind, frequency: weight))
        }
    }
}
