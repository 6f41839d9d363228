extension ClusteringEngine {
    /// After `joined` grew, merges it with open stories whose centroid (in `language`) is now
    /// at least `threshold` similar, repeatedly; the earlier-founded story absorbs the later. Then
    /// absorbs stories told only in languages it has no words in
    /// (``absorbStoriesInOtherLanguages(into:)``).
    mutating func mergeSimilar(_ joined: Int, language: String, threshold: Double, fullText: Bool) {
        var target = joined
        var merged = true
        while merged {
            merged = false
            guard let centroid = stories[target].centroid(for: language) else { break }
            let unit = centroid.unit
            scatteredStory.load(unit, vocabularySize: terms.vocabularySize)
            defer { scatteredStory.clear() }
            let probe = unit.truncated(to: 12)
            var hits: [Int32] = []
            for id in probe.ids { hits.append(contentsOf: postings[Int(id)].suffix(Self.postingsLookupLimit)) }
            for candidate in topCandidates(hits) {
                let other = Int(candidate)
                guard other != target, stories[other].isOpen, !stories[other].isClosed,
                    let otherCentroid = stories[other].centroid(for: language)
                else { continue }
                var decay = rangeFactor(stories[target], stories[other])
                guard decay > 0 else { continue }
                let followsUp = Self.followsUp(stories[target], stories[other])
                if followsUp { decay = 1 }
                if configuration.yearGap >= 0, storiesYearsConflict(stories[target], stories[other]) { continue }
                var similarity = otherCentroid.unitSimilarity(scatteredStory) * decay
                // As a report is at a join, whatever follows up what.
                if undatedOutOfTime(stories[target], stories[other]) { similarity *= configuration.closedStoryFactor }
                // A story holding a report that calls its happening a repeat of its kind ("second deadly
                // crash on the highway this week") is another happening than the earlier story's, whose
                // copy its reports retell: set apart twice over, as a roundup is.
                let happeningApart =
                    Self.happeningApart(stories[target], stories[other])
                    || Self.roundupApart(stories[target], stories[other])
                    || Self.repeatsAnother(stories[target], stories[other])
                let placesApart =
                    Self.titlesNameOtherPlaces(
                        stories[target], stories[other], decayStartSeconds: configuration.decayStartSeconds,
                        symbolKeys: symbolKeys)
                    || happeningApart
                if fullText {
                    // Compared only when the content alone does not decide.
                    let entities = {
                        centroid.entityNorm > 0 && otherCentroid.entityNorm > 0 && !placesApart
                            ? centroid.entitySum.dot(otherCentroid.entitySum)
                                / (centroid.entityNorm * otherCentroid.entityNorm)
                            : 0
                    }
                    // Headlines placing the events apart weigh as they do for a join.
                    if placesApart { similarity *= configuration.placeConflictFactor }
                    if happeningApart { similarity *= configuration.placeConflictFactor }
                    if Self.isLoneArticle(stories[other], records: records) {
                        // A lone report dating its happening by a weekday stays out of a story that
                        // began on another day, as it did when it came.
                        if HappeningWeekday.datesApart(
                            happeningDay: stories[other].datedHappeningDay, storyStart: stories[target].firstTime)
                        {
                            continue
                        }
                        // A lone feature stays out of a story begun a day before it, as it did when it came.
                        if stories[other].openedWithScene,
                            Self.sceneApart(
                                kinds: stories[other].titleKinds, namesAftermath: stories[other].holdsAftermathHeadline,
                                time: stories[other].firstTime, stories[target])
                        {
                            continue
                        }
                        // A story of one article is judged much as its article would be if it
                        // arrived now, by the join rule: the story it may belong to has grown since
                        // the article was compared with it, and arrival order should matter little.
                        // Two differences: a long report meets the lede bar (below), and a repeat
                        // weighs twice here, once at a join. (A lone lede and a story of ledes held to
                        // the lede bar here too changed no shuffle of ECB+.)
                        if !stories[target].sources.isDisjoint(with: stories[other].sources) {
                            similarity *= configuration.sameSourceFactor
                        }
                        // No closed-story factor: the lone story is open, and the grown one can be
                        // closed only after an undated archive line joined it (the daemon dates
                        // every article by when it was first seen).
                        if otherCentroid.holdsFullText {
                            // A lone headline of nothing that happened, as its join would be judged.
                            let lonelyNoHappening = Self.namesNoHappeningOf(stories[other], stories[target])
                            // A long report left alone meets the story grown since at the lede bar, not
                            // the full-text bar: its cosine with any centroid runs low (its words spread
                            // over background, quotes and colour), and the story has since gathered the
                            // words reports of the event share. Short reports, a feed's usual
                            // descriptions, keep the full-text bar: there a lone report is as often a
                            // smaller event of the same place and days.
                            guard
                                passesFullText(
                                    content: similarity, entities: lonelyNoHappening ? 0 : entities(),
                                    bar: otherCentroid.holdsLongBody ? ledeThreshold : configuration.threshold)
                            else { continue }
                        } else {
                            // A lone headline, judged as it would be arriving now.
                            guard similarity >= configuration.headlineThreshold,
                                !centroid.holdsFullText
                                    || Self.titlesMeet(stories[target].titleTerms, stories[other].titleTerms),
                                centroid.holdsFullText
                                    ? sharesSpecificTerm(unit, otherCentroid.sum)
                                    : headlinesShareEnough(unit, otherCentroid.sum)
                            else { continue }
                        }
                    } else if placesApart {
                        // On content alone, by the bar a join meets: near-identical coverage of one
                        // event whose reports lead with different places still merges.
                        guard similarity >= configuration.threshold else { continue }
                    } else if followsUp && Self.madeOfAftermath(stories[target], stories[other]) {
                        // A story of what followed (the toll rising, compensation) naming the
                        // happening's particulars and kind: by the bar one of its reports meets.
                        guard similarity >= configuration.threshold else { continue }
                    } else {
                        guard passesMerge(content: similarity, entities: entities()) else { continue }
                    }
                } else {
                    // A headline's join pulls in other stories only as far as a report's would: headlines
                    // placing the events apart weigh here too.
                    if placesApart { similarity *= configuration.placeConflictFactor }
                    if happeningApart { similarity *= configuration.placeConflictFactor }
                    guard similarity >= threshold, sharesSpecificTerm(unit, otherCentroid.sum) else { continue }
                }
                let (into, from) = target < other ? (target, other) : (other, target)
                merge(from, into: into, similarity: similarity, shared: sharedDisplays(unit, otherCentroid.sum))
                target = into
                merged = true
                break
            }
        }
        target = absorbStoriesOfOneQuake(into: target)
        target = absorbFlashes(into: target)
        absorbStoriesInOtherLanguages(into: target)
    }

    /// Merges into `target` the stories made only of flashes ("BREAKING: Gunmen attack village in
    /// Dibis district", "بەپەلە: …") of a brief kind its headlines name, begun within
    /// ``flashLeadSeconds`` of it, sharing a name narrower than a governorate with it (or, for a
    /// flash naming no more than a governorate, being the only story it can be about:
    /// ``onlyStoryOfFlash(_:flashTime:target:)``), their headlines placing them nowhere apart. A
    /// flash says too little to meet the reports that follow it by words; what it says (the kind,
    /// the place, the hour) is what they say. Returns the story that holds both.
    private mutating func absorbFlashes(into target: Int) -> Int {
        var target = target
        guard !flashStories.isEmpty, !stories[target].isFlashesOnly,
            stories[target].titleKinds & Gazetteer.briefKinds != 0
        else { return target }
        pruneFlashStories()
        // The story's start before any flash joined it: absorbed flashes do not move the window on.
        let storyStart = stories[target].firstTime
        for candidate in flashStories {
            let other = Int(candidate)
            let flash = stories[other]
            let story = stories[target]
            guard other != target, flash.isOpen, !flash.isClosed, flash.isFlashesOnly,
                flash.records.count <= Self.flashStoryLimit,
                flash.titleKinds & story.titleKinds & Gazetteer.briefKinds != 0,
                let flashTime = flash.firstTime, let storyTime = storyStart,
                abs(flashTime - storyTime) <= Self.flashLeadSeconds
            else { continue }
            // A town, a person, an organisation not every event's, a run of capitalised words the
            // gazetteer lacks (a village, "Albu Juwari"): not an acronym ("IED", "ISIS"), which
            // reports of any attack share.
            let names = story.namedEntities.intersection(flash.namedEntities).map { symbolKeys[Int($0)] }
            let (earlier, later) = flashTime <= storyTime ? (flash, story) : (story, flash)
            guard names.contains(where: { $0.hasPrefix("x:") ? $0.contains(" ") : SharedAnchors.namesOneHappening($0) })
                    || onlyStoryOfFlash(flash, flashTime: flashTime, target: target),
                !Self.titlesNameOtherPlaces(
                    story, flash, decayStartSeconds: configuration.decayStartSeconds, symbolKeys: symbolKeys),
                !Self.happeningApart(story, flash), !Self.repeatsAnother(story, flash),
                !Self.roundupApart(story, flash),
                !Self.kindsContradict(later.titleKinds, earlier.titleKinds, laterNamesAftermath: later.isMostlyAftermath)
            else { continue }
            let anchors = flash.anchorSum.normalized()
            let against = story.anchorSum.normalized()
            let (into, from) = target < other ? (target, other) : (other, target)
            merge(from, into: into, similarity: anchors.dot(against), shared: sharedDisplays(anchors, against))
            target = into
        }
        return target
    }

    /// Whether the story at `target` is the only one a flash naming no more than a governorate
    /// ("BREAKING: Roadside bomb hits farmer's tractor in western Nineveh") can be about: its
    /// headlines name every place the flash names, and no other open story of the flash's brief
    /// kind, in one of its governorates, begun within ``flashLeadSeconds`` of it, names a town
    /// the target's headlines do not (another attack in the governorate that morning leaves the
    /// flash alone; the target's own reports in another language, split off for now, do not).
    private func onlyStoryOfFlash(_ flash: StoryState, flashTime: Int64, target: Int) -> Bool {
        let story = stories[target]
        guard flash.titleTowns.isEmpty, flash.titleVillages.isEmpty, !flash.titlePlaces.isEmpty,
            flash.titlePlaces.ids.allSatisfy(story.titlePlaces.contains)
        else {
            return false
        }
        let kinds = flash.titleKinds & Gazetteer.briefKinds
        for candidate in liveStories where Int(candidate) != target {
            let other = stories[Int(candidate)]
            guard other.isOpen, !other.isClosed, !other.isFlashesOnly, other.titleKinds & kinds != 0,
                let otherTime = other.firstTime, abs(otherTime - flashTime) <= Self.flashLeadSeconds,
                !other.titlePlaces.isDisjoint(with: flash.titlePlaces)
            else { continue }
            if other.titleTowns.isEmpty || other.titleTowns.ids.contains(where: { !story.titleTowns.contains($0) }) {
                return false
            }
        }
        return true
    }

    /// Drops from ``flashStories`` the stories gone, closed or no longer of flashes only (also at each
    /// sweep, so that the list stays short where no story of a brief kind grows).
    mutating func pruneFlashStories() {
        flashStories.removeAll {
            let flash = stories[Int($0)]
            return !flash.isOpen || flash.isClosed || !flash.isFlashesOnly
        }
    }

    /// The most reports a story of flashes may hold and still be absorbed: a flash in each language,
    /// not an outlet's stream of items all labelled "عاجل".
    static let flashStoryLimit = 4

    /// How far apart a flash and the story of its happening may begin: a flash comes first, within
    /// hours, and an outlet's flash may come after another's first report.
    static let flashLeadSeconds: Int64 = 6 * 3600

    /// After story `target` grew, if its headlines name an earthquake: each open story whose headlines
    /// name one too, begun within ``quakeStorySeconds`` of it, whose reports name a place below the
    /// region that its reports name, and whose headlines name no other town or governorate and no
    /// repeat. A quake's flashes, its first reports, the damage counted the next day and the tents
    /// and compensation after it are told in words that share little (the flashes name no place, the
    /// damage reports no magnitude), and in any language: no content or anchor bar would join them,
    /// while one region rarely has two quakes worth a story within two days (an aftershock is told as
    /// the quake's). Returns where `target` went.
    mutating func absorbStoriesOfOneQuake(into target: Int) -> Int {
        var target = target
        guard stories[target].titleKinds & Gazetteer.wideKinds != 0 else { return target }
        for candidate in storiesSharingAnchors(with: target) {
            let other = Int(candidate)
            let story = stories[target]
            let apart = stories[other]
            guard other != target, apart.isOpen, !apart.isClosed, apart.titleKinds & Gazetteer.wideKinds != 0,
                let first = story.firstTime, let otherFirst = apart.firstTime,
                abs(first - otherFirst) <= Self.quakeStorySeconds
            else { continue }
            if configuration.yearGap >= 0, storiesYearsConflict(story, apart) { continue }
            // A place below the region and its countries named on both sides: quakes far away (or in
            // places the gazetteer does not know) name none of the region's, and may be two.
            let (fewer, more) =
                story.namedEntities.ids.count <= apart.namedEntities.ids.count
                ? (story.namedEntities, apart.namedEntities) : (apart.namedEntities, story.namedEntities)
            guard fewer.ids.contains(where: { more.contains($0) && Gazetteer.isSpecificPlace(symbolKeys[Int($0)]) })
            else { continue }
            // Headlines placing the quakes in other towns or governorates (Halabja, then Penjwen), or one
            // calling itself another quake, tell two. Governorates are compared for overlap, not
            // equality: a quake's headlines list where it was felt.
            func apartIn(_ a: IDSet, _ b: IDSet) -> Bool { !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b) }
            if apartIn(story.titleTowns, apart.titleTowns) || apartIn(story.titlePlaces, apart.titlePlaces)
                || Self.repeatsAnother(story, apart)
            {
                continue
            }
            let (into, from) = target < other ? (target, other) : (other, target)
            let against = story.anchorSum.normalized()
            let anchors = apart.anchorSum.normalized()
            merge(from, into: into, similarity: anchors.dot(against), shared: sharedDisplays(anchors, against))
            target = into
        }
        return target
    }

    /// The stories sharing most of story `index`'s top language-independent anchors
    /// (``topCandidates(_:)``), for the passes that judge stories by their anchors.
    private func storiesSharingAnchors(with index: Int) -> [Int32] {
        let probe = stories[index].anchorSum.truncated(to: 12)
        guard !probe.isEmpty else { return [] }
        var hits: [Int32] = []
        for id in probe.ids { hits.append(contentsOf: postings[Int(id)].suffix(Self.postingsLookupLimit)) }
        return topCandidates(hits)
    }

    /// How far apart two stories of an earthquake may begin and be one quake's
    /// (``absorbStoriesOfOneQuake(into:)``).
    static let quakeStorySeconds: Int64 = 48 * 3600

    /// After story `target` grew: each open story written only in languages `target` has no words
    /// in, judged by the anchor rule (places, names, numbers, dates, kinds of event) as its
    /// articles would be if they arrived now. A Sorani flash that came before the reports naming
    /// the official it also names, or a Kurmanji report that came before the ones sharing its
    /// figures, would otherwise stay apart only because it came early: the same-language merge
    /// never compares stories with no language in common. Skipped while every document seen is
    /// in one language.
    mutating func absorbStoriesInOtherLanguages(into target: Int) {
        guard sawSeveralLanguages else { return }
        var target = target
        // The languages the story had when it grew: every candidate told only in others is judged,
        // however many of one language are absorbed first.
        let languages = stories[target].centroids.map(\.language)
        for candidate in storiesSharingAnchors(with: target) {
            let other = Int(candidate)
            let apart = stories[other]
            guard other != target, apart.isOpen, !apart.isClosed,
                !apart.centroids.contains(where: { languages.contains($0.language) })
            else { continue }
            let story = stories[target]
            let decay = rangeFactor(story, apart)
            guard decay > 0 else { continue }
            if configuration.yearGap >= 0, storiesYearsConflict(story, apart) { continue }
            // Two stories pool the anchors of all their reports: what any two reports of one place
            // share (its governorate, civil defence, a kind of event, the weekday) is no evidence here.
            // They must share a name narrower than a governorate (a town, a site, a person, a name in
            // Latin script), and figures other than weekdays and months.
            let names = story.namedEntities.intersection(apart.namedEntities).map { symbolKeys[Int($0)] }
            let feltAtOnce =
                Self.feltAtOnce(story.titleKinds, story.firstTime, apart.titleKinds, apart.firstTime)
                && !Self.placesNamedApart(
                    Self.keys(story.namedEntities, symbolKeys), Self.keys(apart.namedEntities, symbolKeys))
            guard names.contains(where: Self.namesOneHappening) || feltAtOnce else { continue }
            let (earlier, later) = (story.firstTime ?? 0) <= (apart.firstTime ?? 0) ? (story, apart) : (apart, story)
            guard
                !Self.kindsContradict(
                    later.titleKinds, earlier.titleKinds, laterNamesAftermath: later.isMostlyAftermath)
            else { continue }
            let numbers = story.numbers.intersection(apart.numbers).map { symbolKeys[Int($0)] }
                .filter { !$0.hasPrefix("g:") && !$0.hasPrefix("m:") }
            var factor = decay
            let happeningApart =
                Self.happeningApart(story, apart) || Self.roundupApart(story, apart) || Self.repeatsAnother(story, apart)
            let placesApart =
                Self.titlesNameOtherPlaces(
                    story, apart, decayStartSeconds: configuration.decayStartSeconds, symbolKeys: symbolKeys)
                || happeningApart
            if placesApart { factor *= configuration.placeConflictFactor }
            if happeningApart { factor *= configuration.placeConflictFactor }
            if !story.sources.isDisjoint(with: apart.sources) { factor *= configuration.sameSourceFactor }
            // As in a merge of one language's stories (``writesNoYearOf(_:_:)``).
            if undatedOutOfTime(story, apart) { factor *= configuration.closedStoryFactor }
            let anchors = apart.anchorSum.normalized()
            let against = story.anchorSum.normalized()
            let score = anchors.dot(against) * factor
            guard
                anchorsTellOneEvent(
                    names: names, numbers: numbers, sharesTopic: sharesTopic(anchors, story.anchorSum),
                    score: { score })
                    || feltAtOnce && !placesApart
            else { continue }
            let (into, from) = target < other ? (target, other) : (other, target)
            merge(from, into: into, similarity: score, shared: sharedDisplays(anchors, against))
            target = into
        }
    }

    /// ``passesFullText(content:entities:)`` for two stories' centroids.
    private func passesMerge(content: Double, entities: @autoclosure () -> Double) -> Bool {
        if content >= configuration.mergeThreshold { return true }
        return content >= configuration.mergeEntityContentThreshold && entities() >= configuration.mergeEntityThreshold
    }

    /// ``decay(gap:)`` for the gap between two stories' time ranges.
    private func rangeFactor(_ a: StoryState, _ b: StoryState) -> Double {
        guard let aFirst = a.firstTime, let aLast = a.lastTime, let bFirst = b.firstTime, let bLast = b.lastTime
        else { return 1 }
        return decay(gap: max(0, max(aFirst, bFirst) - min(aLast, bLast)))
    }

    /// Moves story `from` into story `into`; `similarity` and `shared` (the score they merged at
    /// and the terms they share) explain the move for `from`'s first article.
    private mutating func merge(_ from: Int, into: Int, similarity: Double, shared: [String]) {
        let source = stories[from]
        let story = stories[into]
        if let founder = source.records.first, records[founder]?.merge == nil {
            records[founder]?.merge = (similarity, shared)
        }
        story.pinIndexedTerms()
        let limit = configuration.centroidTerms
        for centroid in source.centroids {
            if let position = story.centroidIndex(for: centroid.language) {
                let sum = story.centroids[position].sum.adding(centroid.sum).truncated(to: limit * 3)
                story.centroids[position].sum = sum
                story.centroids[position].entitySum = story.centroids[position].entitySum.adding(centroid.entitySum)
                    .truncated(to: limit * 3)
                story.centroids[position].count += centroid.count
                if centroid.holdsFullText { story.centroids[position].holdsFullText = true }
                if centroid.holdsBody { story.centroids[position].holdsBody = true }
                if centroid.holdsLongBody { story.centroids[position].holdsLongBody = true }
            } else {
                story.centroids.append(centroid)
            }
        }
        story.anchorSum = story.anchorSum.adding(source.anchorSum).truncated(to: limit)
        story.namedEntities.formUnion(source.namedEntities)
        story.numbers.formUnion(source.numbers)
        story.titlePlaces.formUnion(source.titlePlaces)
        story.titleTowns.formUnion(source.titleTowns)
        story.titleVillages.formUnion(source.titleVillages)
        story.titleRoutes.formUnion(source.titleRoutes)
        story.titleSums.formUnion(source.titleSums)
        for bearing in source.titleBearings where !story.titleBearings.contains(bearing) {
            story.titleBearings.append(bearing)
        }
        story.titleKinds |= source.titleKinds
        if source.titleNamesUnspecifiedEvent { story.titleNamesUnspecifiedEvent = true }
        if source.titleTellsHarm { story.titleTellsHarm = true }
        if source.titleTellsNoHarm { story.titleTellsNoHarm = true }
        story.aftermathHeadlines += source.aftermathHeadlines
        if source.holdsRepeatReport { story.holdsRepeatReport = true }
        story.periodHeadlines += source.periodHeadlines
        story.breakingHeadlines += source.breakingHeadlines
        story.titleTerms.formUnion(source.titleTerms)
        story.titleWords.formUnion(source.titleWords)
        story.titleParticulars.formUnion(source.titleParticulars)
        story.titlePlaceParticulars.formUnion(source.titlePlaceParticulars)
        story.sources.formUnion(source.sources)
        if let first = source.firstTime {
            if first < story.firstTime ?? .max { story.openedWithHappening = source.openedWithHappening }
            story.firstTime = min(story.firstTime ?? first, first)
        }
        if let last = source.lastTime { story.lastTime = max(story.lastTime ?? last, last) }
        if let year = source.latestUndatedYear {
            story.latestUndatedYear = max(story.latestUndatedYear ?? year, year)
        }
        story.lastSequence = max(story.lastSequence, source.lastSequence)
        for record in source.records { records[record]?.story = Int32(into) }
        story.records.append(contentsOf: source.records)
        let storyID = Int32(from)
        for id in source.indexedTerms.ids {
            postings[Int(id)].removeAll { $0 == storyID }
        }
        indexNewTerms(of: into, capPostings: false)
        if stories[from].isClosed { closedHeld -= 1 }
        stories[from] = goneStory
        openStories -= 1
    }

    /// Whether a story holds one article and nothing but copies of it (a wire story and its
    /// syndicated reprints add no other report).
    private static func isLoneArticle(_ story: StoryState, records: [Int32: DocumentRecord]) -> Bool {
        guard story.records.count > 1 else { return story.records.count == 1 }
        guard story.records.count <= 8 else { return false }
        return story.records.allSatisfy { records[$0]?.rootID == story.key }
    }
}
