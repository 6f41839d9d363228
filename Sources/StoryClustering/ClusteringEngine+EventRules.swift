extension ClusteringEngine {
    /// Whether a headline naming `kinds` of event, the later side, and a story whose headlines name
    /// `storyKinds`, the earlier, tell two kinds of happening: both name some that cannot be one
    /// happening's (``Gazetteer/mayBeOneHappening(_:_:)``: a fire and a drowning; not a blast and its
    /// fire, nor protesters and the offices they set on fire), the later is not about what followed,
    /// and it is not a power cut the earlier caused (``Gazetteer/leavesWithoutPower(_:after:)``: one
    /// way only, so the order matters).
    static func kindsContradict(_ kinds: UInt64, _ storyKinds: UInt64, laterNamesAftermath: Bool) -> Bool {
        kinds != 0 && storyKinds != 0 && !laterNamesAftermath && !Gazetteer.mayBeOneHappening(kinds, storyKinds)
            && !Gazetteer.leavesWithoutPower(kinds, after: storyKinds)
    }

    /// Whether two sides name places (below the region, its countries and capitals) in their reports
    /// and none in common: an earthquake felt in Halabja and one felt in Zakho.
    static func placesNamedApart(_ names: some Sequence<String>, _ others: some Sequence<String>) -> Bool {
        func places(_ names: some Sequence<String>) -> Set<String> {
            Set(names.filter { !$0.contains(":") && !Gazetteer.isBroad($0) })
        }
        let (a, b) = (places(names), places(others))
        return !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b)
    }

    /// Whether two sides' headlines name a kind of event felt across the region at once
    /// (``Gazetteer/wideKinds``: an earthquake), told within ``feltAtOnceSeconds`` of each other.
    static func feltAtOnce(_ kinds: UInt64, _ time: Int64?, _ otherKinds: UInt64, _ otherTime: Int64?) -> Bool {
        guard kinds & otherKinds & Gazetteer.wideKinds != 0, let time, let otherTime else { return false }
        return abs(time - otherTime) <= feltAtOnceSeconds
    }

    /// How far apart an earthquake's reports naming no place may be told (``feltAtOnce(_:_:_:_:)``).
    static let feltAtOnceSeconds: Int64 = 6 * 3600

    /// Whether a shared name is narrower than a governorate: a name written in Latin script, or a
    /// gazetteer id of one happening's particulars (``SharedAnchors/namesOneHappening(_:)``).
    static func namesOneHappening(_ key: String) -> Bool {
        key.hasPrefix("x:") || SharedAnchors.namesOneHappening(key)
    }

    /// The fingerprints of the gazetteer's kinds of event as terms ("g:topic:fire"): a headline word
    /// shared beyond the kind is asked of follow-ups.
    static let topicFingerprints = Set(
        Gazetteer.eventKinds.keys.map { TermAccumulator.fingerprint(of: "g:" + $0) })

    /// Whether a headline and a story's headlines share a term, when both have terms: a word, a
    /// name, a number or a place narrower than a governorate. Asked when a full report meets a
    /// story of headlines alone, or a headline a story of reports: a report that only recounts a
    /// flash's event in its body ("…after a bomb hit a police patrol") shares the city with it, not
    /// its headline's words, and stays apart even at the low headline bar.
    static func titlesMeet(_ terms: some Collection<UInt64>, _ other: Set<UInt64>) -> Bool {
        terms.isEmpty || other.isEmpty || terms.contains(where: other.contains)
    }

    /// Whether `governorate` is the other side of a border place among `towns` (a headline's) that
    /// `inOther` holds a governorate of: Khazir, in Nineveh or Erbil, is in a story placed "east of
    /// Mosul" (Nineveh), whichever governorate its other reports put it in.
    static func onBorderWith(_ governorate: String, towns: [String], _ inOther: (String) -> Bool) -> Bool {
        towns.contains { town in
            let governorates = Gazetteer.allGovernorates(of: town)
            return governorates.count > 1 && governorates.contains(governorate) && governorates.contains(where: inOther)
        }
    }

    /// Whether the headline governorates of two stories differ only where a border place of one
    /// (``onBorderWith(_:towns:_:)``) lies in a governorate of the other.
    static func placesDifferOnlyByBorders(_ a: StoryState, _ b: StoryState, symbolKeys: [String]) -> Bool {
        func keys(_ set: IDSet) -> Set<String> { Set(set.ids.map { symbolKeys[Int($0)] }) }
        for (one, other) in [(a, b), (b, a)] {
            let places = keys(one.titlePlaces)
            let otherPlaces = keys(other.titlePlaces)
            let towns = one.titleTowns.ids.map { symbolKeys[Int($0)] }
            for place in places.subtracting(otherPlaces)
            where !onBorderWith(place, towns: towns, otherPlaces.contains) {
                return false
            }
        }
        return true
    }

    /// Whether both stories' headlines name specific places, and not the same governorates: one
    /// of them names a governorate the other's headlines never name; or, when the stories began
    /// more than ``StoryClusterer/Configuration/decayStartSeconds`` apart, both name towns and
    /// none in common, or either's headlines name a kind of event the other's never named (a side
    /// naming no kind counts too, even one told only as an attack or deaths, which a single
    /// headline joining it would not: two stories that grew apart for days are two happenings), or
    /// the later one is another happening of a brief kind the earlier named
    /// (``anotherOfItsKind(_:_:_:)``) and names no aftermath; that last in other towns as well
    /// already after ``otherTownApartSeconds``, as are kinds that cannot be one happening
    /// (``kindsContradict(_:_:laterNamesAftermath:)``: a protest, a crash). Headlines on different
    /// sides of one place (``PlaceBearing``) count as other towns. Headlines naming only sums of
    /// money twenty times apart (``HeadlineSums``) are apart at any time, as other routes are.
    static func titlesNameOtherPlaces(
        _ a: StoryState, _ b: StoryState, decayStartSeconds: Int64, symbolKeys: [String]
    ) -> Bool {
        if !a.titlePlaces.isEmpty && !b.titlePlaces.isEmpty && a.titlePlaces != b.titlePlaces,
            !Self.placesDifferOnlyByBorders(a, b, symbolKeys: symbolKeys)
        {
            return true
        }
        if !a.titleRoutes.isEmpty && !b.titleRoutes.isEmpty && a.titleRoutes.isDisjoint(with: b.titleRoutes) {
            return true
        }
        if HeadlineSums.apart(a.titleSums, b.titleSums) { return true }
        let kindsApart =
            Gazetteer.namesNewKind(a.titleKinds, besides: b.titleKinds)
            || Gazetteer.namesNewKind(b.titleKinds, besides: a.titleKinds)
        guard let aFirst = a.firstTime, let bFirst = b.firstTime else { return false }
        // The later story, unless its headlines name an aftermath (arrests, a funeral), against the earlier.
        let (earlier, later) = aFirst <= bFirst ? (a, b) : (b, a)
        // A story of a drowning whose bodies' recoveries outnumber its first report is still
        // another drowning's, not the aftermath of the earlier (``StoryState/openedWithHappening``).
        let anotherOfKind =
            (!later.isMostlyAftermath || later.openedWithHappening)
            && Self.anotherOfItsKindBeyondPlaces(
                later.titleKinds, later.titleParticulars, terms: later.titleTerms, earlier)
        let otherVillages = !later.isMostlyAftermath && villagesApart(a.titleVillages, b.titleVillages)
        let otherTowns =
            (!a.titleTowns.isEmpty && !b.titleTowns.isEmpty && a.titleTowns.isDisjoint(with: b.titleTowns))
            || otherVillages
        // The later's headline towns, where the earlier's headlines name none and its reports none of them.
        let townsUnheardOf =
            !later.titleTowns.isEmpty && earlier.titleTowns.isEmpty
            && later.titleTowns.isDisjoint(with: earlier.namedEntities) && namesATown(earlier, symbolKeys: symbolKeys)
        if abs(aFirst - bFirst) > otherTownApartSeconds,
            kindsContradict(later.titleKinds, earlier.titleKinds, laterNamesAftermath: later.isMostlyAftermath)
        {
            return true
        }
        if abs(aFirst - bFirst) > otherTownApartSeconds, !later.isMostlyAftermath,
            (otherTowns || townsUnheardOf)
                && Self.anotherOfItsKind(Gazetteer.dayBound(later.titleKinds), later.titleParticulars, earlier)
                || Self.otherStayingKind(later.titleKinds, earlier)
                || otherVillages && later.titleKinds & earlier.titleKinds & Gazetteer.briefKinds != 0
        {
            return true
        }
        // Sides of one place, unless the headlines share another town or the later names what followed.
        let references = Set(a.titleBearings.map(\.place) + b.titleBearings.map(\.place))
        let bearingsApart =
            !later.isMostlyAftermath && PlaceBearing.apart(a.titleBearings, b.titleBearings)
            && !a.titleTowns.intersection(b.titleTowns).contains { !references.contains(symbolKeys[Int($0)]) }
        let townsApart = otherTowns || bearingsApart
        guard townsApart || kindsApart || anotherOfKind else { return false }
        return abs(aFirst - bFirst) > decayStartSeconds
    }

    /// Whether a headline names sudden happenings that stay put (``Gazetteer/stayingKinds``) and
    /// the story's headlines name one too, of no family of the headline's: a gas blast and a
    /// building's collapse in one neighbourhood, a crash and a shooting on one road. A day after a
    /// story began such a headline tells another happening (unless it names an aftermath); the
    /// reports of one name its kind within hours, and a cause found later comes with the kind it
    /// caused ("Gas leak blamed for building collapse").
    static func otherStayingKind(_ kinds: UInt64, _ story: StoryState) -> Bool {
        kinds & Gazetteer.stayingKinds != 0 && story.titleKinds & Gazetteer.stayingKinds != 0
            && !Gazetteer.shareFamily(kinds, story.titleKinds) && !Gazetteer.follows(kinds, story.titleKinds)
    }

    /// Whether a headline names a sudden happening of a kind that stays put (``Gazetteer/stayingKinds``:
    /// a blast, a strike, a fire, a shooting, a crash) and the story's headlines name no happening
    /// at all, not even an attack or deaths: export figures, a contract, a visit. After
    /// ``suddenWait(sharesParticular:)`` such a headline tells a happening of its own ("Bomb hits
    /// Kirkuk-Ceyhan pipeline" the day after "Ceyhan flows rise"); sooner it may be the first
    /// report's kind coming to light ("Pipeline flows halted", then "Bomb hits pipeline").
    static func suddenAfterNoHappening(_ kinds: UInt64, _ story: StoryState) -> Bool {
        kinds & Gazetteer.stayingKinds != 0 && story.titleKinds == 0 && !story.titleNamesUnspecifiedEvent
    }

    /// Whether a feature's headline setting a scene (``SceneHeadline``), published at `time`, is a
    /// piece of its own beside `story`: the story began more than a day before it, and the headline
    /// names no kind of the story's and nothing that followed ("In Iraq's Fao, the sea is killing the
    /// date palms" days after the farmers' salinity protest, which it recalls; not "In Basra,
    /// protesters storm governorate building" on the protest's second day).
    static func sceneApart(kinds: UInt64, namesAftermath: Bool, time: Int64?, _ story: StoryState) -> Bool {
        guard let time, let first = story.firstTime, !namesAftermath, kinds & story.titleKinds == 0 else {
            return false
        }
        return time - first > otherTownApartSeconds
    }

    /// Whether a headline counting a period's happenings (``RoundupCue``) meets a story of a happening,
    /// or a headline of a happening a story of a roundup: "Sulaimani traffic police: 58 killed on
    /// province's roads in first quarter" is not the story of the crash at Bazian the day before.
    static func roundupApart(_ countsPeriod: Bool, _ kinds: UInt64, _ story: StoryState) -> Bool {
        countsPeriod ? !story.isRoundup && story.titleKinds != 0 : story.isRoundup && kinds != 0
    }

    /// ``roundupApart(_:_:_:)`` for two stories.
    static func roundupApart(_ a: StoryState, _ b: StoryState) -> Bool {
        guard a.isRoundup != b.isRoundup else { return false }
        return (a.isRoundup ? b : a).titleKinds != 0
    }

    /// Whether the later of two stories, begun more than ``suddenApartSeconds`` after the other,
    /// names a sudden happening in its headlines and the earlier's name none
    /// (``suddenAfterNoHappening(_:_:)``). Weighs as a place conflict counted twice, as for a join.
    static func happeningApart(_ a: StoryState, _ b: StoryState) -> Bool {
        guard let aFirst = a.firstTime, let bFirst = b.firstTime, abs(aFirst - bFirst) > suddenApartSeconds
        else { return false }
        let (earlier, later) = aFirst <= bFirst ? (a, b) : (b, a)
        return !later.isMostlyAftermath && suddenAfterNoHappening(later.titleKinds, earlier)
            && abs(aFirst - bFirst)
                > suddenWait(sharesParticular: !later.titleParticulars.isDisjoint(with: earlier.titleParticulars))
    }

    /// How long after a story whose headlines name no happening began a headline naming a sudden one
    /// (``suddenAfterNoHappening(_:_:)``) tells another event: the kind of a happening reported
    /// first without it comes to light within hours.
    static let suddenApartSeconds: Int64 = 12 * 3600

    /// How long ``suddenAfterNoHappening(_:_:)`` waits: ``suddenApartSeconds``, or a day for a
    /// headline sharing a particular with the story's headlines ("Lanaz refinery blaze under
    /// control" 13 hours after "Smoke rises over Lanaz refinery" is the smoke's fire).
    static func suddenWait(sharesParticular: Bool) -> Int64 {
        sharesParticular ? otherTownApartSeconds : suddenApartSeconds
    }

    /// The bit of a fire among kinds of event.
    private static let fireKind: UInt64 = Gazetteer.kindBit("topic:fire") ?? 0

    /// Whether a headline announcing news just breaking ("Lezgîn:", "عاجل |") names a brief kind of
    /// event of a family the story's headlines named, and no aftermath: a day after the story began,
    /// such a flash is of a happening just now, not of the story's ("Lezgîn: a drone bombs a car in
    /// Sinjar" three days after a drone strike near Khanasor). A flash of what followed ("عاجل |
    /// ارتفاع حصيلة…") names an aftermath.
    /// A flash telling its event only as an attack or deaths ("BREAKING: Two killed in militant
    /// attack in Tuz Khurmatu") is so of a story told as one, or of a brief kind. A headline telling
    /// a fire breaking out (``DocumentFeatures/titleTellsFireOnset``: "Fire breaks out at oil well in
    /// Taqtaq field" three days after a house fire in Taqtaq) is such a flash too.
    static func breaksAnotherOfKind(_ features: DocumentFeatures, _ story: StoryState) -> Bool {
        let fireOnset = features.titleTellsFireOnset && features.titleKinds & Self.fireKind != 0
        guard features.titleIsBreaking || fireOnset, !features.titleNamesAftermath else { return false }
        if features.titleKinds == 0 {
            return features.titleNamesUnspecifiedEvent
                && (story.titleNamesUnspecifiedEvent || story.titleKinds & Gazetteer.briefKinds != 0)
        }
        let kinds = features.titleKinds & Gazetteer.briefKinds
        return kinds != 0 && Gazetteer.shareFamily(kinds, story.titleKinds & Gazetteer.briefKinds)
    }

    /// Whether the later of two stories, begun more than ``repeatApartSeconds`` after the other,
    /// holds a report calling its happening a repeat of its kind (``DocumentFeatures/marksRepeat``)
    /// and the earlier none: two happenings.
    static func repeatsAnother(_ a: StoryState, _ b: StoryState) -> Bool {
        guard let aFirst = a.firstTime, let bFirst = b.firstTime, abs(aFirst - bFirst) > Self.repeatApartSeconds
        else { return false }
        let (earlier, later) = aFirst > bFirst ? (b, a) : (a, b)
        return later.holdsRepeatReport && !earlier.holdsRepeatReport
    }

    /// How long after a story began a headline of its brief kind naming only other towns and none
    /// of its particulars (``anotherOfItsKind(_:_:_:)``) tells another happening: a second house fire
    /// in another town of the province the next day. Either clue alone waits for
    /// ``StoryClusterer/Configuration/decayStartSeconds``; a day and more of the two together is
    /// rarely one happening's later reports, which name its town or its particulars, or what followed.
    static let otherTownApartSeconds: Int64 = 24 * 3600

    /// How long after a story began a headline marking its happening as a repeat ("second drone
    /// strike this week") tells another happening: the reports of one happening come within a day.
    static let repeatApartSeconds: Int64 = 24 * 3600

    /// Whether a headline puts its event on other sides of a place than the story's headlines do
    /// (``PlaceBearing/apart(_:_:)``), names no town of theirs but those places, and names no
    /// aftermath: "Two Tarmiyah attack suspects arrested in south Baghdad" follows "Gunmen kill four
    /// soldiers in Tarmiyah, north of Baghdad".
    func bearingsApart(_ features: DocumentFeatures, _ story: StoryState) -> Bool {
        guard !features.titleNamesAftermath, PlaceBearing.apart(features.titleBearings, story.titleBearings)
        else { return false }
        let references = Set(features.titleBearings.map(\.place))
        let symbolIDs = self.symbolIDs
        return !features.titleTowns.contains {
            !references.contains($0) && (symbolIDs[$0].map(story.titleTowns.contains) ?? false)
        }
    }

    /// Whether a headline names towns (places below a governorate) and none the story's headlines,
    /// which name towns too, name. A headline naming the story's town beside a new one (a funeral
    /// in the victims' home town, a trial in the provincial capital over the town's bombing) is a
    /// follow-up.
    func townsApart(_ towns: [String], _ story: StoryState) -> Bool {
        let symbolIDs = self.symbolIDs
        return !towns.isEmpty && !story.titleTowns.isEmpty
            && !towns.contains(where: { symbolIDs[$0].map(story.titleTowns.contains) ?? false })
    }

    /// Whether two sets of villages unknown to the gazetteer (``DocumentFeatures/titleVillages``)
    /// name villages in a common language and none in common: a grave opened in Qiniyê, four days
    /// after one in Hardan; a crop fire in Sultan Abdullah the day after one in Kandinawa. Villages
    /// of two languages are not compared ("قرية حردان" and "گوندی هاردان" are one village).
    static func villagesApart(_ villages: some Collection<String>, _ others: Set<String>) -> Bool {
        guard !villages.isEmpty, !others.isEmpty, !villages.contains(where: others.contains) else { return false }
        func language(_ village: String) -> Substring { village.prefix { $0 != ":" } }
        let languages = Set(villages.map(language))
        return others.contains { languages.contains(language($0)) }
    }

    /// Whether a headline names towns and the story's headlines name none, nor any of its reports
    /// the headline's towns: a bomb on a pipeline in Dibis two days after the story of a bomb on it
    /// whose headlines named no town and whose reports named Baiji.
    func townsUnheardOf(_ towns: [String], _ story: StoryState) -> Bool {
        let symbolIDs = self.symbolIDs
        return !towns.isEmpty && story.titleTowns.isEmpty
            && !towns.contains(where: { symbolIDs[$0].map(story.namedEntities.contains) ?? false })
            && Self.namesATown(story, symbolKeys: symbolKeys)
    }

    /// Whether a story's reports name a town (a place below a governorate): a story told only as
    /// "south of Kirkuk" may yet turn out to be in Daquq.
    private static func namesATown(_ story: StoryState, symbolKeys: [String]) -> Bool {
        story.namedEntities.ids.contains { Gazetteer.isTown(symbolKeys[Int($0)]) }
    }

    /// ``anotherOfItsKind(_:_:_:)``, for ``Gazetteer/singleActKinds``, when the only particulars
    /// shared are places: days after a drowning in the Gharraf river near Nasr, "a young man drowns
    /// in the Gharraf near Shatra" is another drowning, though the river is one.
    ///
    /// Protests run for days and their later reports name who protests beside the town ("1,500
    /// contracts for graduates after the Nasiriyah protest"): when the kinds shared are protests
    /// only, a shared headline word beyond the words of protest and demanding
    /// (``protestCueFingerprints``) and the places keeps the headline the story's: who protests or
    /// what for, mostly, though any other word shared counts too.
    static func anotherOfItsKindBeyondPlaces(
        _ kinds: UInt64, _ particulars: some Sequence<UInt64>, terms: some Sequence<UInt64>, _ story: StoryState
    ) -> Bool {
        let shared = kinds & story.titleKinds & Gazetteer.singleActKinds
        guard shared != 0,
            !particulars.contains(where: {
                story.titleParticulars.contains($0) && !story.titlePlaceParticulars.contains($0)
            })
        else { return false }
        return shared & ~Gazetteer.protestKinds != 0
            || !sharesHeadlineWord(terms, story, beyond: protestCueFingerprints.union(story.titlePlaceParticulars))
    }

    /// Whether a headline names a brief kind of event the story's headlines named too (a fire, a
    /// protest: ``Gazetteer/briefKinds``) and none of the particulars they named (a town or site, a
    /// person, an institution, a capitalised word, a figure of 10 or more): days later, another
    /// happening of that kind. Asked of headlines that name no aftermath (arrests, a funeral).
    /// A story whose headlines name no particulars ("Blaze at Erbil bazaar": a capital is no
    /// particular) meets any later headline of its kind this way: it said nothing that one happening's
    /// later reports would repeat.
    static func anotherOfItsKind(_ kinds: UInt64, _ particulars: some Sequence<UInt64>, _ story: StoryState)
        -> Bool
    {
        kinds & story.titleKinds & Gazetteer.briefKinds != 0
            && !particulars.contains(where: story.titleParticulars.contains)
    }

    /// Whether a headline names a kind of event (``Gazetteer/eventKinds``: a strike from the air, a
    /// fire, a protest) that none of the story's headlines named, beside any it shares ("Flood-hit
    /// residents protest over slow relief" is a protest, days after the flood). Later stages of one
    /// happening stay within its kinds (a fire at the site of a blast: a blast is both) or name
    /// what follows any event (arrests, a funeral), which is no kind.
    func kindsApart(_ kinds: UInt64, _ story: StoryState) -> Bool {
        // A story told only as an attack, deaths or injuries ("Attack on army checkpoint") may
        // turn out to be any kind ("IS claims roadside bomb attack on Daquq checkpoint").
        if story.titleKinds == 0 && story.titleNamesUnspecifiedEvent { return false }
        // What a happening of the story's kind leaves behind (a landslide after floods, a power cut
        // after a fire) is no new kind.
        return Gazetteer.namesNewKind(kinds, besides: story.titleKinds) && !Gazetteer.follows(kinds, story.titleKinds)
            && !Gazetteer.leavesWithoutPower(kinds, after: story.titleKinds)
    }

    /// Whether a headline naming what followed a happening (``DocumentFeatures/titleNamesAftermath``)
    /// with these particulars names the story's: one of its headlines' towns, sites, people or
    /// figures. "Short circuit caused Qaysari bazaar fire, investigation finds" follows "Fire
    /// destroys dozens of shops in Erbil's historic Qaysari bazaar" three days on.
    static func followsUp(_ particulars: some Sequence<UInt64>, _ story: StoryState) -> Bool {
        particulars.contains(where: story.titleParticulars.contains)
    }

    /// Whether a headline names no happening, nothing that followed one and no word of the headlines
    /// of a story of a happening: "Raniya hospital opens new emergency and burns wing" a day after
    /// the crash whose injured it took in shares the town, the hospital and the injured with it, and
    /// only its copy may join it.
    static func namesNoHappeningOf(_ features: DocumentFeatures, _ story: StoryState) -> Bool {
        features.titleKinds == 0 && !features.titleNamesAftermath && story.titleKinds != 0
            && !features.titleWords.contains(where: story.titleWords.contains)
    }

    /// ``namesNoHappeningOf(_:_:)`` for a lone article's story (``isLoneArticle(_:records:)``) meeting
    /// a story in a merge.
    static func namesNoHappeningOf(_ lone: StoryState, _ story: StoryState) -> Bool {
        lone.titleKinds == 0 && !lone.holdsAftermathHeadline && story.titleKinds != 0
            && lone.titleWords.isDisjoint(with: story.titleWords)
    }

    /// ``followsUp(_:_:)`` for two stories: the later one's headlines name an aftermath and a
    /// particular of the earlier one's.
    static func followsUp(_ a: StoryState, _ b: StoryState) -> Bool {
        guard let aFirst = a.firstTime, let bFirst = b.firstTime else { return false }
        let (earlier, later) = aFirst <= bFirst ? (a, b) : (b, a)
        return later.holdsAftermathHeadline && followsUp(later.titleParticulars, earlier)
    }

    /// Whether the later of two stories is made of what followed a happening (most members'
    /// headlines name an aftermath: a payment to the victims' families may not say so) of a kind
    /// the earlier one's headlines name.
    static func madeOfAftermath(_ a: StoryState, _ b: StoryState) -> Bool {
        guard let aFirst = a.firstTime, let bFirst = b.firstTime else { return false }
        let (earlier, later) = aFirst <= bFirst ? (a, b) : (b, a)
        return later.isMostlyAftermath && later.titleKinds != 0
            && Gazetteer.shareFamily(later.titleKinds, earlier.titleKinds)
    }

    /// Whether a headline, read days after a story of a brief happening began (a crash, a blast, a
    /// fire, a drowning; not a story whose headlines name a protest at all, whose demands met are
    /// told without its kind: "Water returns to Zummar"), names no happening at all, nothing that
    /// followed one (no aftermath, no word of one: an inquiry, compensation, a burial, a
    /// confession) and no attack: "Traffic police to install speed cameras on Erbil-Duhok road"
    /// three days after a crash there, "Jalawla's Kurdish schools short of teachers" two days after
    /// a cell's arrest there. Its copy recalls the happening, which is no report of it: the
    /// headlines place the two apart. A headline of no plain word (a date, a dateline) says nothing
    /// either way.
    static func namesNoHappeningAfter(_ features: DocumentFeatures, _ story: StoryState) -> Bool {
        features.titleKinds == 0 && !features.titleNamesAftermath && !features.titleNamesUnspecifiedEvent
            && !features.titleHasAftermathWords && !features.titleWords.isEmpty
            && story.titleKinds & Gazetteer.briefKinds != 0 && story.titleKinds & Gazetteer.protestKinds == 0
    }

    /// Whether a headline ends the protest, sit-in or strike a story tells, begun days before
    /// ("Garmiyan teachers suspend strike as October salaries due Sunday" five days after "Garmiyan
    /// teachers go on strike"): the story names a protest or a strike, the headline shares a word
    /// with its headlines beyond the kind and the words of ending and demanding (who protests:
    /// "teachers", not "strike", "suspend" or "demanding"), and it comes at most
    /// ``protestEndReachSeconds`` after the story's last report. Such a report is read without the
    /// time factor, even once the story closed, at the bar of what followed a happening.
    static func endsProtest(_ features: DocumentFeatures, time: Int64?, of story: StoryState) -> Bool {
        guard features.titleEndsProtest, story.titleKinds & Gazetteer.protestKinds != 0,
            let time, let last = story.lastTime, time - last <= protestEndReachSeconds
        else { return false }
        return sharesHeadlineWord(features.titleTerms, story, beyond: protestCueFingerprints)
    }

    /// Whether a headline's terms share one with a story's headlines beyond the kinds of event
    /// (``topicFingerprints``) and any `excluded`: a word, a name, a number or a town.
    static func sharesHeadlineWord(
        _ terms: some Sequence<UInt64>, _ story: StoryState, beyond excluded: Set<UInt64> = []
    ) -> Bool {
        terms.contains { story.titleTerms.contains($0) && !topicFingerprints.contains($0) && !excluded.contains($0) }
    }

    /// Fingerprints of the words that tell a protest, its end or what it demands
    /// (``ProtestEndCue/cueWordKeys``) and of the gazetteer's protest kinds
    /// (``Gazetteer/protestKindIDs``) a title names as "g:" terms.
    static let protestCueFingerprints = Set(
        (Array(ProtestEndCue.cueWordKeys) + Gazetteer.protestKindIDs.map { "g:" + $0 })
            .map(TermAccumulator.fingerprint(of:)))

    /// How long after a protest's last report its end may still be told: two weeks (a sit-in or a
    /// strike lasts days to weeks; a strike months later is another).
    static let protestEndReachSeconds: Int64 = 14 * 86_400
}
