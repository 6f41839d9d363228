extension Gazetteer {
    /// The rows of `Data/gazetteer.tsv`: id, where the place lies, spellings.
    private static let rows = EmbeddedTable.rows(PackageResources.gazetteer_tsv).filter { $0.count >= 3 }

    /// The region's places, institutions, armed groups, countries and office holders, weekdays and
    /// months, with English, Arabic, Sorani (`ckb`) and Kurmanji (`kmr`) spellings, in file order.
    static let entries: [GazetteerEntry] = rows.map { GazetteerEntry($0[0], Array($0[2...])) }

    /// The governorate (province) each place below that level lies in, by entry id: the
    /// governorate's own entry id, or a key of its own for a province the gazetteer has no entry
    /// for. A governorate, and any place not listed, is its own. A place on a border that outlets
    /// put in either governorate lists both ("salahuddin|diyala"); the first is the one that runs it.
    ///
    /// Headlines name an event's place at any level ("Duhok", "Amedi", "Kani Masi" for one drone
    /// strike), so two headlines conflict only when their places lie in different governorates.
    /// Where the administration is disputed, the place follows the governorate that runs it.
    static let governorates: [String: [String]] = Dictionary(
        rows.filter { $0[1] != "-" && $0[1] != "broad" }.map { ($0[0], $0[1].split(separator: "|").map(String.init)) },
        uniquingKeysWith: { first, _ in first }
    )

    /// Places that stand for more than where an event happened: countries, regions and capitals
    /// (capitals stand for governments in headlines).
    static let broadPlaces = Set(rows.filter { $0[1] == "broad" }.map { $0[0] })

    /// Topics that reports of every kind of violent or economic event share: the killed and the
    /// wounded, an attack, soldiers, salaries, oil, oil exports, a pipeline.
    private static let commonTopics: Set<String> = [
        "topic:killed", "topic:wounded", "topic:attack", "topic:soldiers", "topic:salaries", "topic:oil",
        "topic:oilexports", "topic:pipeline",
    ]

    /// Whether `id` is a topic that tells what happened (a protest, a bomb, a fire, an arrest), not
    /// one that reports of many kinds of event share (``commonTopics``).
    static func isTellingTopic(_ id: String) -> Bool { id.hasPrefix("topic:") && !commonTopics.contains(id) }

    /// The kinds of event a topic names, as families of topics one event's headlines may use in
    /// turn: a drone strike is reported as an air strike or a blast, a blast or a strike as the
    /// fire it started ("blaze at Khor Mor put out three days after drone strike"), gunmen's attack
    /// as a shooting or an assassination, an assassination as a drone strike, a protest that turns
    /// violent as clashes or shooting, a crash as a fire, a drowning as a flood's. Topics that follow an event of any kind
    /// (arrests, a verdict, a funeral, a resignation) and those of many kinds (``commonTopics``)
    /// name none, nor do drugs ("hospitals short of drugs" is no drug bust).
    static let eventKinds: [String: [String]] = [
        "topic:explosion": ["strike", "fire"], "topic:drone": ["strike", "fire"],
        "topic:bombardment": ["strike", "fire"], "topic:rocket": ["strike", "fire"], "topic:fire": ["fire"],
        "topic:shooting": ["gunfire", "protest"], "topic:assassination": ["gunfire", "strike"],
        "topic:clashes": ["gunfire", "protest"], "topic:kidnapping": ["gunfire"], "topic:protest": ["protest"],
        "topic:strike": ["protest"], "topic:campaign": ["election"], "topic:polling": ["election"],
        "topic:flood": ["flood"], "topic:drowning": ["drowning", "flood"], "topic:earthquake": ["earthquake"],
        "topic:drought": ["drought"],
        "topic:accident": ["accident", "fire"], "topic:epidemic": ["epidemic"], "topic:massgrave": ["massgrave"],
        "topic:smuggling": ["crime"], "topic:powercut": ["powercut"], "topic:collapse": ["collapse"],
        "topic:landslide": ["landslide"],
    ]

    /// The topics of ``eventKinds`` in a fixed order: bit `i` of a kind mask is topic `i`.
    private static let kindTopics: [String] = eventKinds.keys.sorted()

    /// The families of ``eventKinds`` in a fixed order: bit `i` of a family mask is family `i`.
    private static let familyNames: [String] = {
        let families = Set(eventKinds.values.joined()).sorted()
        precondition(kindTopics.count <= 64 && families.count <= 64, "kinds and families are kept as 64-bit masks")
        return families
    }()

    /// The families of each topic of ``kindTopics``, one bit per family.
    private static let kindFamilies: [UInt64] = kindTopics.map { familyMask(eventKinds[$0] ?? []) }

    /// The first family of each topic of ``kindTopics`` (what it is; the others are what it may be
    /// told as: a strike's fire, a crash's fire).
    private static let kindPrimaryFamilies: [UInt64] = kindTopics.map {
        familyMask(Array((eventKinds[$0] ?? []).prefix(1)))
    }

    private static let kindBits: [String: UInt64] = Dictionary(
        uniqueKeysWithValues: kindTopics.enumerated().map { ($0.element, UInt64(1) << UInt64($0.offset)) })

    /// The bit of a kind-of-event topic (``eventKinds``), or nil for any other id.
    static func kindBit(_ id: String) -> UInt64? { kindBits[id] }

    /// The families (``eventKinds``) of the kinds in `kinds`, one bit each.
    private static func families(_ kinds: UInt64) -> UInt64 { union(of: kindFamilies, over: kinds) }

    /// The first families (``kindPrimaryFamilies``) of the kinds in `kinds`, one bit each.
    private static func primaryFamilies(_ kinds: UInt64) -> UInt64 { union(of: kindPrimaryFamilies, over: kinds) }

    /// The union of `masks[i]` for every bit `i` set in `kinds`.
    private static func union(of masks: [UInt64], over kinds: UInt64) -> UInt64 {
        var union: UInt64 = 0
        var rest = kinds
        while rest != 0 {
            union |= masks[rest.trailingZeroBitCount]
            rest &= rest - 1
        }
        return union
    }

    /// Whether two masks of kinds share a family that is what one of them is: a blast and a fire
    /// do (a blast may be told as its fire), a blast and a collapse not, nor a crash and a drone
    /// strike though either may be told as the fire it started.
    static func shareFamily(_ kinds: UInt64, _ others: UInt64) -> Bool {
        primaryFamilies(kinds) & families(others) != 0 || families(kinds) & primaryFamilies(others) != 0
    }

    /// Whether the kinds in `kinds` are what a happening of a kind in `others` leaves behind: a
    /// building collapsing after a blast, a strike, an earthquake or a fire ("Child's body pulled from
    /// collapsed building" two days after a gas explosion), though a collapse shares no family with
    /// them and a blast after a collapse is another happening; a landslide after floods or a quake.
    static func follows(_ kinds: UInt64, _ others: UInt64) -> Bool {
        if let landslide = kindBit("topic:landslide"), kinds & landslide != 0,
            kinds & stayingKinds & ~landslide == 0, families(others) & landslideCauses != 0
        {
            return true
        }
        guard let collapse = kindBit("topic:collapse"), kinds & collapse != 0,
            kinds & stayingKinds & ~collapse == 0
        else { return false }
        return families(others) & collapseCauses != 0
    }

    /// Whether `kinds` is a power cut alone and `earlier` a happening that brings power down (what it
    /// is, not what it may be told as: a crash's fire cuts no town's power): a fire at
    /// a power station, a strike on pylons, a flood, a collapse, an earthquake ("Power cuts hit
    /// Kirkuk after power station damaged" after "Fire breaks out at Kirkuk gas power station"). Not
    /// the other way round: a fire hours after a storm's power cut is another happening.
    static func leavesWithoutPower(_ kinds: UInt64, after earlier: UInt64) -> Bool {
        guard let cut = kindBit("topic:powercut"), kinds == cut else { return false }
        return primaryFamilies(earlier) & powerCutCauses != 0
    }

    /// The families of kinds that bring power down.
    private static let powerCutCauses: UInt64 = familyMask(["strike", "fire", "flood", "collapse", "earthquake"])

    /// Pairs of families one happening's reports name in turn though no kind is of both: protesters
    /// setting offices on fire, an ambush of a bomb and gunfire, rain bringing a house down, a car
    /// plunging into a river.
    private static let sidesOfOneHappening: [(String, String)] = [
        ("protest", "fire"), ("gunfire", "strike"), ("flood", "collapse"), ("accident", "drowning"),
    ]

    /// ``sidesOfOneHappening`` as masks of families, each pair both ways.
    private static let sidesOfOneHappeningMasks: [(UInt64, UInt64)] = sidesOfOneHappening.flatMap {
        let (a, b) = (familyMask([$0.0]), familyMask([$0.1]))
        return [(a, b), (b, a)]
    }

    /// Whether two masks of kinds may be one happening's: they share a family, one follows the other
    /// (``follows(_:_:)``), or they name two sides of one (``sidesOfOneHappening``).
    static func mayBeOneHappening(_ kinds: UInt64, _ others: UInt64) -> Bool {
        if shareFamily(kinds, others) || follows(kinds, others) || follows(others, kinds) { return true }
        // Not by the fire a kind may be told as: protesters set fire to offices, but a crash (which
        // may be told as its fire) is no side of a protest. Gunfire told as a protest's still is.
        let (a, b) = (sideFamilies(kinds), sideFamilies(others))
        return sidesOfOneHappeningMasks.contains { a & $0.0 != 0 && b & $0.1 != 0 }
    }

    /// The families of `kinds` but the fire a kind of another family may be told as.
    private static func sideFamilies(_ kinds: UInt64) -> UInt64 {
        primaryFamilies(kinds) | (families(kinds) & ~familyMask(["fire"]))
    }

    /// The families of kinds that bring buildings down: strikes and blasts, earthquakes, fires.
    private static let collapseCauses: UInt64 = familyMask(["strike", "earthquake", "fire"])

    /// The families of kinds that bring hillsides down: floods, earthquakes.
    private static let landslideCauses: UInt64 = familyMask(["flood", "earthquake"])

    /// One bit for each of `names` among ``familyNames``.
    private static func familyMask(_ names: [String]) -> UInt64 {
        names.reduce(0) { mask, family in
            mask | (familyNames.firstIndex(of: family).map { UInt64(1) << UInt64($0) } ?? 0)
        }
    }

    /// Whether `kinds` holds a kind of event none of whose families any kind in `others` shares:
    /// a drone strike besides a fire (a blast would share the fire), a protest besides a flood.
    static func namesNewKind(_ kinds: UInt64, besides others: UInt64) -> Bool {
        var rest = kinds
        while rest != 0 {
            if !shareFamily(rest & (~rest &+ 1), others) { return true }
            rest &= rest - 1
        }
        return false
    }

    /// The kinds of event whose happenings are over within a day (a blast, a strike, a fire, a
    /// shooting, a protest, a crash, a drowning), one bit each: days later, a headline of the same kind naming
    /// none of a story's particulars tells another happening. Floods, epidemics, labour strikes,
    /// campaigns and power cuts run for days.
    static let briefKinds: UInt64 = [
        "topic:explosion", "topic:drone", "topic:bombardment", "topic:rocket", "topic:fire", "topic:shooting",
        "topic:assassination", "topic:clashes", "topic:kidnapping", "topic:protest", "topic:accident",
        "topic:collapse", "topic:drowning", "topic:landslide",
    ].reduce(0) { $0 | (kindBit($1) ?? 0) }

    /// The kinds each of whose happenings is one act, so that another told days later in the same
    /// place is another happening: the brief kinds and a seizure of smuggled goods (cigarettes at a
    /// crossing, medicines there four days later).
    static let singleActKinds: UInt64 = briefKinds | (kindBit("topic:smuggling") ?? 0)

    /// The kinds of protests, sit-ins and labour strikes: what ``ProtestEndCue`` tells the end of.
    static let protestKindIDs = ["topic:protest", "topic:strike"]
    /// ``protestKindIDs``, one bit each.
    static let protestKinds: UInt64 = protestKindIDs.reduce(0) { $0 | (kindBit($1) ?? 0) }

    /// The brief kinds whose happenings stay where they began (a blast, a strike, a house fire, a
    /// shooting, a crash): not protests and clashes, which spread to the next town within a day.
    static let stayingKinds: UInt64 =
        briefKinds & ~["topic:clashes", "topic:protest"].reduce(0) { $0 | (kindBit($1) ?? 0) }

    /// The kinds whose happening in another town a day or more later is another happening: the
    /// staying kinds and clashes, which spread to the next town within hours, not two days on (a
    /// clan clash in Al-Hartha, another in Zubair 39 hours later); not protests, which spread for
    /// days.
    static let dayBoundKinds: UInt64 = stayingKinds | (kindBit("topic:clashes") ?? 0)

    /// Of a headline's `kinds`, those day-bound (``dayBoundKinds``): clashes not when the headline
    /// names a protest or a strike too, as protesters clash with the police in the next town a day
    /// on ("Power-cut protesters clash … in Shatra" after Nasiriyah's). A story's other headlines do
    /// not decide it: a clan clash's story may hold a protest against the violence.
    static func dayBound(_ kinds: UInt64) -> UInt64 {
        kinds & protestKinds != 0 ? kinds & stayingKinds : kinds & dayBoundKinds
    }

    /// The kinds of event felt across a region at once: an earthquake. Flashes of one in several
    /// languages within hours are of one event though none names a place ("عاجل | هزة أرضية يشعر
    /// بها سكان عدة مناطق", "بەپەلە: بوومەلەرزەیەک هەستی پێکرا", "Lezgîn: Erdhejek hat hîskirin").
    static let wideKinds: UInt64 = kindBit("topic:earthquake") ?? 0

    /// Topics that name what follows a happening of any kind: arrests, a sentence, a funeral, a
    /// resignation.
    static let aftermathTopics: Set<String> = ["topic:arrest", "topic:sentence", "topic:funeral", "topic:resignation"]

    /// Topics that name an event without its kind: an attack, deaths, injuries.
    static let unspecifiedEventTopics: Set<String> = ["topic:attack", "topic:killed", "topic:wounded"]

    /// The capitals that are governorates too: broad places, with places listed inside them.
    static let capitalGovernorates: Set<String> = ["baghdad", "erbil"]

    /// Whether `id` is a capital that is a governorate too (``capitalGovernorates``).
    static func isCapitalGovernorate(_ id: String) -> Bool { capitalGovernorates.contains(id) }

    /// The governorate `id` lies in (the one that runs it, for a border place; ``governorates``),
    /// or `id` itself.
    static func governorate(of id: String) -> String {
        governorates[id]?.first ?? id
    }

    /// Every governorate outlets put `id` in (``governorates``), or `id` itself.
    static func allGovernorates(of id: String) -> [String] {
        governorates[id] ?? [id]
    }
}
