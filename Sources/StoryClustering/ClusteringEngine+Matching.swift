extension ClusteringEngine {
    func nearestDuplicate(_ signature: [UInt32], time: Int64?) -> (Int32, Double)? {
        guard !signature.isEmpty else { return nil }
        var candidates: [Int32] = []
        for key in MinHash.bands(signature) {
            bandIndex.appendRecords(for: key, to: &candidates)
        }
        guard !candidates.isEmpty else { return nil }
        var best: (Int32, Double)?
        for candidate in Set(candidates).sorted() {
            guard let record = records[candidate], stories[Int(record.story)].isOpen,
                !(time != nil && stories[Int(record.story)].isClosed), !tooFarForACopy(time, stories[Int(record.story)])
            else { continue }
            let score = MinHash.similarity(signature, record.signature)
            if score >= configuration.duplicateThreshold, score > (best?.1 ?? 0) {
                best = (candidate, score)
            }
        }
        return best
    }

    /// The stories among `hits` (one entry per shared term) that share the most terms, at most
    /// ``StoryClusterer/Configuration/maxCandidates``, in story order (ties: earlier story).
    func topCandidates(_ hits: [Int32]) -> [Int32] {
        candidateCounter.top(hits, storyCount: stories.count, limit: configuration.maxCandidates)
    }

    func bestStory(
        _ document: ClusterDocument, time: Int64?, features: DocumentFeatures, vector: SparseVector,
        entities: SparseVector, anchors: SparseVector
    ) -> (Int, Double, [String])? {
        let query = vector.truncated(to: configuration.queryTerms)
        var hits: [Int32] = []
        for id in query.ids { hits.append(contentsOf: postings[Int(id)].suffix(Self.postingsLookupLimit)) }
        for id in anchors.ids { hits.append(contentsOf: postings[Int(id)].suffix(Self.postingsLookupLimit)) }
        guard !hits.isEmpty else { return nil }
        let candidates = topCandidates(hits)
        let headlineOnly = isHeadlineOnly(features)

        var best: (Int, Double, SparseVector)?
        // The document's runs of capitalised words, read when a closed story is first met in range.
        var documentNameRuns: [Int32]?
        // The settings and the symbol table as locals: the closures below then capture them, not a
        // copy of the engine.
        let configuration = self.configuration
        let symbolIDs = self.symbolIDs
        scatteredDocument.load(vector, vocabularySize: terms.vocabularySize)
        defer { scatteredDocument.clear() }
        for candidate in candidates {
            let story = stories[Int(candidate)]
            guard story.isOpen else { continue }
            if features.titleSetsScene,
                Self.sceneApart(
                    kinds: features.titleKinds, namesAftermath: features.titleNamesAftermath, time: time, story)
            {
                continue
            }
            var decay = timeFactor(time, story)
            // A dated report meets a story the window has passed (closed by the sweep or not yet)
            // only as its follow-up days or months later (``continuesLater``), or, the same article,
            // through its canonical link: without decay or the closed-story factor, but still
            // subject to every headline rule for reports that long after a story began.
            let continuesLater = continuesLater(time, vector, features, story, nameRuns: &documentNameRuns)
            let endsItsProtest = Self.endsProtest(features, time: time, of: story)
            if continuesLater || endsItsProtest {
                decay = 1
            } else if story.isClosed && document.published != nil {
                continue
            }
            guard decay > 0 else { continue }
            // What followed a happening is told days later by nature (its cause found, arrests,
            // compensation): a headline saying so and naming the story's particulars (its town, its
            // site, its people) is not judged older for being late.
            if features.titleNamesAftermath, Self.followsUp(features.titleParticulars, story) { decay = 1 }
            if configuration.yearGap >= 0, yearsConflict(time: time, latestYear: features.latestYear, story) {
                continue
            }
            // Factors for how the story stands to this document, whatever the evidence.
            // Or, days after the story began, only other towns of one governorate: a second bomb in
            // Diyala, a second flood in Duhok, whose reports recall the first; or a kind of event the
            // story's headlines never named: a drone attack on the oil field a deal was about, a
            // teachers' protest over the salaries a transfer paid.
            // A headline with no narrower place may still place its event in a capital ("…in Erbil's
            // historic bazaar"): that capital's governorate is then its place.
            let docPlaces = features.titlePlaces.isEmpty ? features.titleCapitals : features.titlePlaces
            let sinceStart = time.map { $0 - (story.firstTime ?? $0) } ?? 0
            // Villages are read from loose words: what followed (an exhumation, compensation) may name
            // a village its first reports did not.
            let otherVillages =
                !features.titleNamesAftermath && Self.villagesApart(features.titleVillages, story.titleVillages)
            let otherTowns = townsApart(features.titleTowns, story) || otherVillages
            func anotherOfKind(_ kinds: UInt64) -> Bool {
                !features.titleNamesAftermath && Self.anotherOfItsKind(kinds, features.titleParticulars, story)
            }
            // A headline of what followed that names the story's own place may name others too:
            // where a victim came from, where the funerals were ("Karbala hotel fire toll rises to
            // four as Khanaqin woman dies").
            let inStoryPlace = { (place: String) in symbolIDs[place].map(story.titlePlaces.contains) ?? false }
            // Kinds that cannot be one happening's, the later side's against the earlier's: a report
            // older than the story's start (a late arrival) is the earlier side.
            let kindsContradicting =
                sinceStart >= 0
                ? Self.kindsContradict(
                    features.titleKinds, story.titleKinds, laterNamesAftermath: features.titleNamesAftermath)
                : Self.kindsContradict(
                    story.titleKinds, features.titleKinds, laterNamesAftermath: story.isMostlyAftermath)
            // A place on a border (Khazir, Makhmour: Nineveh or Erbil) is in the story's governorate
            // if either of its governorates is.
            let titlesNameOtherPlaces =
                (!docPlaces.isEmpty && !story.titlePlaces.isEmpty
                    && docPlaces.contains(where: {
                        !inStoryPlace($0) && !Self.onBorderWith($0, towns: features.titleTowns, inStoryPlace)
                    })
                    && !(features.titleNamesAftermath && docPlaces.contains(where: inStoryPlace)))
                || (!features.titleRoutes.isEmpty && !story.titleRoutes.isEmpty
                    && !features.titleRoutes.contains(where: story.titleRoutes.contains))
                || HeadlineSums.apart(features.titleSums, story.titleSums)
                || ((otherTowns || bearingsApart(features, story) || kindsApart(features.titleKinds, story)
                    || (!features.titleNamesAftermath
                        && Self.anotherOfItsKindBeyondPlaces(
                            features.titleKinds, features.titleParticulars, terms: features.titleTerms, story)))
                    && sinceStart > configuration.decayStartSeconds)
                || (((otherTowns || townsUnheardOf(features.titleTowns, story))
                    && anotherOfKind(Gazetteer.dayBound(features.titleKinds))
                    || (!features.titleNamesAftermath && Self.otherStayingKind(features.titleKinds, story))
                    || (otherVillages && features.titleKinds & story.titleKinds & Gazetteer.briefKinds != 0))
                    && sinceStart > Self.otherTownApartSeconds)
                || (features.marksRepeat && !story.holdsRepeatReport && sinceStart > Self.repeatApartSeconds)
                // Kinds that cannot be one happening (a protest, a crash), a day after the story began.
                || (kindsContradicting && sinceStart > Self.otherTownApartSeconds)
                // A happening that hurt no one, a day after a story of people killed or hurt, in none
                // of its headlines' governorates ("Turkish strikes hit Kurdish village, no casualties"
                // is no drone strike's), in a story that never said no one was. (Its particulars are
                // no guard: "Iraqi Kurdish" is one.)
                || (features.titleToll == .none && story.titleTellsHarm && !story.titleTellsNoHarm
                    && !features.titleNamesAftermath && sinceStart > Self.otherTownApartSeconds
                    && !docPlaces.contains(where: inStoryPlace))
            // A sudden happening hours after a story of no happening began: its copy often recalls
            // that story (the export figures of the pipeline a bomb hit), so the place-conflict
            // factor counts twice.
            // Or a flash of a kind of the story's a day after it began: of a happening just now.
            let happeningApart =
                !features.titleNamesAftermath && Self.suddenAfterNoHappening(features.titleKinds, story)
                && sinceStart
                    > Self.suddenWait(
                        sharesParticular: features.titleParticulars.contains(where: story.titleParticulars.contains))
                || Self.breaksAnotherOfKind(features, story) && sinceStart > Self.otherTownApartSeconds
            // Headlines of two kinds that cannot be one happening (a camp fire, a storm's power cut)
            // place the reports apart as two towns would: a wire's framing shared by its reports of
            // the day ("Erbil (Iraq) –", the displaced, "officials said") is not one event.
            // A roundup of a period's happenings and a report of one of them: two stories, however
            // many places, victims and words of the week they share (counted twice over, as a
            // happening apart is: a short report meets a story at the headline bar).
            let roundupApart = Self.roundupApart(features.titleCountsPeriod, features.titleKinds, story)
            // A report of what followed dating its happening by a weekday ("over Tuesday's patrol
            // bombing") is not of a story that began on another day.
            let dayApart = HappeningWeekday.datesApart(
                happeningDay: features.titleHappeningDay, storyStart: story.firstTime)
            let placesApart =
                titlesNameOtherPlaces || happeningApart || kindsContradicting || roundupApart || dayApart
                || (sinceStart > configuration.decayStartSeconds && Self.namesNoHappeningAfter(features, story))
            let sameSource = known(document.source).map(story.sources.contains) ?? false
            // An undated report writing no year of the story's time is compared as a report from
            // outside the story's days: at the closed-story factor (once, whether or not the story
            // has closed) and, below, the full bar. (Later follow-ups and protests' ends are dated.)
            let outOfTime = time == nil && writesNoYearOf(features.latestYear, story)
            let outsideItsDays = outOfTime || story.isClosed && !continuesLater && !endsItsProtest
            func adjusted(_ similarity: Double) -> Double {
                var score = similarity * decay
                if placesApart { score *= configuration.placeConflictFactor }
                if happeningApart || roundupApart { score *= configuration.placeConflictFactor }
                if sameSource { score *= configuration.sameSourceFactor }
                if outsideItsDays { score *= configuration.closedStoryFactor }
                return score
            }

            var accepted: (score: Double, against: SparseVector)?
            let position = story.centroidIndex(for: features.language)
            if let position {
                // The words, against the story's centroid in the document's language.
                let centroid = story.centroids[position]
                let score = adjusted(centroid.sumNorm > 0 ? scatteredDocument.dot(centroid.sum) / centroid.sumNorm : 0)
                if headlineOnly || !centroid.holdsFullText {
                    // A headline on either side: a full report meeting a story of headlines alone
                    // is judged as that headline would be meeting the report, so that arrival
                    // order matters little.
                    // A full report on one side must share a headline term with the other's
                    // headlines, not only words its body recounts.
                    // And the words shared must include more than a country, the region, a capital
                    // or a day: "US employers posted more open jobs" is not the story of "US gas
                    // prices jump", nor a book fair in Baghdad on Tuesday a car bomb there that day.
                    // Two headlines alone must share more: a word ("Watch: a new trailer for Game of
                    // Thrones" meeting the stories of a game's trailers) is a word in common, and the
                    // story it joins then takes in every report of the other event.
                    let headlinesAlone = headlineOnly && !centroid.holdsFullText
                    if score >= configuration.headlineThreshold,
                        headlinesAlone || Self.titlesMeet(features.titleTerms, story.titleTerms),
                        headlinesAlone ? headlinesShareEnough(vector, centroid.sum) : sharesSpecificTerm(vector, centroid.sum)
                    {
                        accepted = (score, centroid.sum)
                    }
                } else {
                    // Headlines placing the events apart outweigh shared names in the copy (a second
                    // attack's report recounting the first): only the content can still join them.
                    // The names are compared only when the content alone does not decide.
                    // And a headline of nothing that happened shares names with a story of a happening
                    // without being of it (``namesNoHappeningOf(_:_:)``).
                    let entitySimilarity = {
                        placesApart || Self.namesNoHappeningOf(features, story)
                            ? 0 : centroid.entitySimilarity(entities)
                    }
                    // A report of what followed (the toll rising, an arrest, the cause) within two days,
                    // whose headline names the story's kind and shares a headline word beyond it ("Death
                    // toll from Hayyaniya gas depot blast rises to five" the day after "Gas depot blast
                    // kills three in Basra's Hayyaniya"), retells less of the first reports: the bar
                    // halfway to the entity bar's content. A site inside a kind's phrase is the kind's
                    // term, no word of its own: "Iraq hotel fire toll rises to four" shares none with
                    // "Fire at Karbala hotel kills three", and stays out (a shared site word let a second
                    // hotel's or market's fire in as surely; see BENCHMARKS.md, forty-eighth stop).
                    let followsItsHappening = {
                        !placesApart && features.titleNamesAftermath && sinceStart <= configuration.decayStartSeconds
                            && features.titleKinds & story.titleKinds & Gazetteer.briefKinds != 0
                            && Self.sharesHeadlineWord(features.titleTerms, story)
                    }
                    // A lede meeting a story of ledes (and perhaps headlines) without a body: short
                    // texts on both sides, at the lede bar, resting on a specific term as a
                    // headline's join does.
                    let ledesAlone = {
                        !centroid.holdsBody && self.isBodiless(features)
                            && score >= self.ledeThreshold && self.sharesSpecificTerm(vector, centroid.sum)
                    }
                    // So, whenever it comes, is a report of what followed whose headline names the
                    // story's kind and one of its headline particulars (its town, its site, its
                    // people): "Khanke fire victims to receive compensation and caravans" four days
                    // after the camp fire. Not arrests in the town that name no kind: drug dealers
                    // arrested in Al-Hartha are not the Al-Hartha clan clash's arrests.
                    let followsItsParticulars = {
                        !placesApart && features.titleNamesAftermath
                            && features.titleKinds & story.titleKinds & Gazetteer.briefKinds != 0
                            && Self.followsUp(features.titleParticulars, story)
                    }
                    if passesFullText(content: score, entities: entitySimilarity())
                        || score >= (configuration.threshold + configuration.entityContentThreshold) / 2
                            && (followsItsHappening() || followsItsParticulars() || (endsItsProtest && !placesApart))
                        || ledesAlone()
                    {
                        accepted = (score, centroid.sum)
                    }
                }
            }
            if accepted == nil, position == nil || (story.centroids.count > 1 && !placesApart) {
                // The language-independent anchors (places, names, numbers, dates): for a story in
                // other languages only, or one covered in several, which its anchors describe
                // better than its thin centroid in any one language — unless the headlines place
                // the events apart, when only the words may join them.
                // Countries, the region and its capitals are named by reports of every event: two
                // reports sharing only those ("Erbil", "Syria") say nothing of one event.
                let shared = features.namedEntities.filter { symbolIDs[$0].map(story.namedEntities.contains) ?? false }
                let sharedNumbers = features.numbers.filter { symbolIDs[$0].map(story.numbers.contains) ?? false }
                // Names and figures shared do not make one event of two kinds of happening: a fuel
                // station fire in the town where two brothers drowned the day before.
                // An earthquake's flashes name no place: told within hours, they are of one quake.
                let against = story.anchorSum.normalized()
                let oneQuake =
                    !placesApart && Self.feltAtOnce(features.titleKinds, time, story.titleKinds, story.firstTime)
                    && !Self.placesNamedApart(features.namedEntities, Self.keys(story.namedEntities, symbolKeys))
                // A headline naming the story's kind of happening that stays put (a fire, a crash, a
                // blast) and one of its headline towns, within a day of its start, tells the same
                // happening, in another language or in words too few to decide, though the place it
                // names more narrowly (a valley, a street) is in no gazetteer: the anchors need only
                // lean its way. Joined so, it scores at the bar, not above: any story the usual
                // evidence accepts comes first.
                let sameHappeningInTown = {
                    !placesApart
                        && features.titleKinds & story.titleKinds & Gazetteer.stayingKinds != 0
                        && abs(sinceStart) <= Self.otherTownApartSeconds
                        && features.titleTowns.contains(where: { symbolIDs[$0].map(story.titleTowns.contains) ?? false })
                }
                if oneQuake
                    || !kindsContradicting
                        && anchorsTellOneEvent(
                            names: shared, numbers: sharedNumbers, sharesTopic: sharesTopic(anchors, story.anchorSum),
                            score: { adjusted(anchors.dot(against)) })
                {
                    accepted = (adjusted(anchors.dot(against)), against)
                } else if sameHappeningInTown(),
                    adjusted(anchors.dot(against)) >= configuration.crossLanguageThreshold
                {
                    accepted = (configuration.crossLanguageThreshold, against)
                }
            }
            guard let (score, against) = accepted else { continue }
            // Two days and more after the story's last report (the time factor below 1), a join must
            // reach the full bar: below it, names in common (every session of one cabinet names its
            // ministers, every flood in a valley its villages) and the lower bars of headlines and
            // ledes no longer suffice. Unless the headline tells what followed a happening ("Police
            // arrest night guard over Erbil market blaze").
            // So must a full report without a date writing no year of the story's time
            // (``writesNoYearOf(_:_:)``); a headline alone says too little to be held to it.
            if decay < 1 || (outOfTime && !headlineOnly), score < configuration.threshold,
                !features.titleNamesAftermath
            {
                continue
            }
            if score > (best?.1 ?? -1) { best = (Int(candidate), score, against) }
        }
        guard let (story, score, against) = best else { return nil }
        return (story, score, sharedDisplays(vector, against))
    }

    /// The readable forms of the (at most eight) terms contributing most to `vector`'s similarity
    /// with `other`.
    func sharedDisplays(_ vector: SparseVector, _ other: SparseVector) -> [String] {
        let contributions = vector.sharedProducts(other).sorted {
            $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0
        }
        return contributions.prefix(8).map { terms.displays[Int($0.0)] }
    }

    /// Whether the language-independent anchors two sides share (places, names, numbers, dates)
    /// make them one event: enough shared names — at least one narrower than a country, the
    /// region or a capital, which reports of every event name ("Erbil", "Syria") — with a shared
    /// number, or many names alone; then the anchor cosine `score` (with the story's factors)
    /// above the bar, a higher one when the names say only where.
    /// What happened counts as much as who and where: a telling kind of event shared (a protest, a
    /// bomb, not "killed" or "attack") counts as one more name.
    func anchorsTellOneEvent(
        names: [String], numbers: [String], sharesTopic: Bool, score: () -> Double
    ) -> Bool {
        let sharedNamed = names.contains(where: { !Gazetteer.isBroad($0) }) ? names.count + (sharesTopic ? 1 : 0) : 0
        guard
            (sharedNamed >= configuration.crossLanguageMinEntities
                && numbers.count >= configuration.crossLanguageMinNumbers)
                || sharedNamed >= configuration.crossLanguageMinEntitiesAlone
        else { return false }
        let score = score()
        return score >= configuration.crossLanguagePlaceOnlyThreshold
            || (score >= configuration.crossLanguageThreshold
                && !SharedAnchors.nameOnlyAPlace(names: names, numbers: numbers, sharesTopic: sharesTopic))
    }

    /// Whether `vector` and `other` share a term that says something of which event it is: not only
    /// broad places (a country, the region, a capital), weekdays and months. What a comparison at the
    /// headline bar must rest on.
    func sharesSpecificTerm(_ vector: SparseVector, _ other: SparseVector) -> Bool {
        let isGeneric = terms.isGeneric
        return vector.sharesID(with: other) { !isGeneric[Int($0)] }
    }

    /// Whether two headlines alone (`vector` and a story of headlines, `other`) share enough to be
    /// one event: two terms that say what happened or who (not a weekday, a month or a small count),
    /// or one and a broad place ("Erbil flood kills two" and "Flood hits Erbil"). One word alone is
    /// a word in common ("Watch: a new trailer for Game of Thrones" meeting the stories of a game's
    /// trailers), even a name ("Titanfall review" is not the story of the game's launch).
    func headlinesShareEnough(_ vector: SparseVector, _ other: SparseVector) -> Bool {
        let evidence = terms.headlineEvidence
        var telling = 0
        var broadPlace = false
        return vector.sharesID(with: other) { id in
            switch evidence[Int(id)] {
            case .telling: telling += 1
            case .broadPlace: broadPlace = true
            case .none: break
            }
            return telling >= 2 || (telling >= 1 && broadPlace)
        }
    }

    /// Whether a dated document is further than ``StoryClusterer/Configuration/followUpMaxSeconds``
    /// from the time range of `story`: words copied from it then are a template (a police blotter,
    /// a show's announcement), not its copy. Only a story still open can be that far (a late
    /// archive item dated long before it began): a dated copy of a closed story is refused by the
    /// caller, and compared as any report is.
    private func tooFarForACopy(_ time: Int64?, _ story: StoryState) -> Bool {
        guard let time, let first = story.firstTime, let last = story.lastTime else { return false }
        return (time < first ? first - time : time - last) > configuration.followUpMaxSeconds
    }

    /// Whether a document of `time` may be a later follow-up of `story`, whose window it comes
    /// after (whether or not the sweep has closed it yet): within a second window after its latest
    /// report, a headline of what followed naming its kind and a headline particular, telling no
    /// toll or fire breaking out of its own; or at most
    /// ``StoryClusterer/Configuration/followUpMaxSeconds`` after its latest report, with a
    /// headline of what followed or of no happening at all, and
    /// sharing at least ``StoryClusterer/Configuration/followUpMinSharedNames`` names the gazetteer
    /// does not know with the story's words in the document's language: the trial of the
    /// shooting's suspect names her, the cable's repair its operator. A headline telling a
    /// happening (a shooting, deaths) weeks later tells another one, whatever names it shares; and
    /// the region's parties, ministries and places recur in every story of them.
    /// `nameRuns` caches the document's names (nil until first needed).
    private func continuesLater(
        _ time: Int64?, _ vector: SparseVector, _ features: DocumentFeatures, _ story: StoryState,
        nameRuns: inout [Int32]?
    ) -> Bool {
        guard let time, let last = story.lastTime, time - last > configuration.windowSeconds,
            time - last <= configuration.followUpMaxSeconds,
            features.titleNamesAftermath || (features.titleKinds == 0 && !features.titleNamesUnspecifiedEvent),
            let position = story.centroidIndex(for: features.language)
        else { return false }
        // A report of what followed naming the story's kind and one of its headline particulars
        // ("Rumaila well fire caused by valve failure, inquiry finds" four and a half days after
        // the Rumaila well fire) continues it in the window after its own, as it would inside it,
        // unless it tells a toll or a fire breaking out of its own ("Fire at Khanke camp kills child;
        // inquiry opened", "…put out, no casualties": another fire there).
        if features.titleNamesAftermath, time - last <= 2 * configuration.windowSeconds,
            features.titleToll == .untold, !features.titleTellsFireOnset,
            features.titleKinds & story.titleKinds & Gazetteer.briefKinds != 0,
            Self.followsUp(features.titleParticulars, story)
        {
            return true
        }
        let needed = configuration.followUpMinSharedNames
        guard needed > 0 else { return true }
        if nameRuns == nil {
            let isNameRun = terms.isNameRun
            nameRuns = vector.ids.filter { isNameRun[Int($0)] }
        }
        guard let runs = nameRuns, runs.count >= needed else { return false }
        let words = story.centroids[position].sum
        var shared = 0
        for id in runs where words.contains(id) {
            shared += 1
            if shared >= needed { return true }
        }
        return false
    }

    /// Whether `anchors` and `other` share a telling gazetteer topic (what happened:
    /// ``Gazetteer/isTellingTopic(_:)``).
    func sharesTopic(_ anchors: SparseVector, _ other: SparseVector) -> Bool {
        let isTopic = terms.isTopic
        return anchors.sharesID(with: other) { isTopic[Int($0)] }
    }

    /// Whether a full-text document with this content similarity and this entity similarity to a
    /// story is the same event: the content alone when high, or a lower content
    /// similarity backed by the same names, numbers and dates. The content bar is `bar`, by default
    /// ``StoryClusterer/Configuration/threshold``.
    func passesFullText(
        content: Double, entities: @autoclosure () -> Double, bar: Double? = nil
    ) -> Bool {
        if content >= bar ?? configuration.threshold { return true }
        return content >= configuration.entityContentThreshold && entities() >= configuration.entityThreshold
    }

    /// Whether a side with a known time and a side without one were written in different years: the
    /// undated side's latest written year is more than ``StoryClusterer/Configuration/yearGap``
    /// years after the dated side's last. (A year long before says nothing: reports recall the
    /// past far more often than they name the year they are written in.)
    private func yearsConflict(time: Int64?, latestYear: Int?, _ story: StoryState) -> Bool {
        if let time {
            guard story.firstTime == nil, let year = story.latestUndatedYear else { return false }
            return !yearFits(year, last: time)
        }
        guard story.firstTime != nil, let last = story.lastTime, let latestYear else { return false }
        return !yearFits(latestYear, last: last)
    }

    /// Whether an undated side, whose latest written year is `latestYear`, writes no year of the
    /// dated `story`'s time: no year at all, or only years before the one before its first report
    /// (later ones than its time allows conflict: ``yearsConflict(time:latestYear:_:)``). Nothing
    /// then places the undated side in the story's days (the same patch of a browser, the same
    /// player's contract talks, come back year after year): against an open story its score is
    /// multiplied by ``StoryClusterer/Configuration/closedStoryFactor``, as a closed story's is (a
    /// closed story's factor is not applied twice), and a full report must reach the full bar, as
    /// one days after a story must (a headline keeps the headline bar); a story of such reports
    /// meets a dated one in a merge at that factor too. Off with the year check
    /// (``StoryClusterer/Configuration/yearGap`` below 0).
    private func writesNoYearOf(_ latestYear: Int?, _ story: StoryState) -> Bool {
        guard configuration.yearGap >= 0, let first = story.firstTime else { return false }
        return !(latestYear.map { $0 >= CivilDate.year(of: first) - 1 } ?? false)
    }

    /// ``writesNoYearOf(_:_:)`` for two stories, one dated and one undated.
    func undatedOutOfTime(_ a: StoryState, _ b: StoryState) -> Bool {
        let (dated, undated) = a.firstTime != nil ? (a, b) : (b, a)
        return dated.firstTime != nil && undated.firstTime == nil
            && writesNoYearOf(undated.latestUndatedYear, dated)
    }

    /// ``yearsConflict(time:latestYear:_:)`` for two stories, one dated and one undated.
    func storiesYearsConflict(_ a: StoryState, _ b: StoryState) -> Bool {
        let (dated, undated) = a.firstTime != nil ? (a, b) : (b, a)
        guard undated.firstTime == nil, let last = dated.lastTime, let year = undated.latestUndatedYear else {
            return false
        }
        return !yearFits(year, last: last)
    }

    /// Whether an undated side whose latest written year is `year` may be of a dated side whose
    /// latest report is at `last`. Callers skip it when ``StoryClusterer/Configuration/yearGap`` is
    /// negative (disabled).
    private func yearFits(_ year: Int, last: Int64) -> Bool {
        year <= CivilDate.year(of: last) + configuration.yearGap
    }

    /// 1 within `decayStartSeconds`, falling linearly to 0.5 at `decayHalfSeconds`, 0 beyond
    /// the window; 1 when either time is unknown.
    private func timeFactor(_ time: Int64?, _ story: StoryState) -> Double {
        guard let time, let first = story.firstTime, let last = story.lastTime else { return 1 }
        return decay(gap: time < first ? first - time : (time > last ? time - last : 0))
    }

    func decay(gap: Int64) -> Double {
        if gap > configuration.windowSeconds { return 0 }
        if gap <= configuration.decayStartSeconds { return 1 }
        let span = Double(max(1, configuration.decayHalfSeconds - configuration.decayStartSeconds))
        return max(0, 1 - 0.5 * Double(gap - configuration.decayStartSeconds) / span)
    }
}
