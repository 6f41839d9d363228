extension ClusteringEngine {
    mutating func found(
        _ document: ClusterDocument, features: DocumentFeatures, vector: SparseVector, entities: SparseVector,
        anchors: SparseVector, signature: [UInt32]
    ) -> StoryAssignment {
        stories.append(StoryState(key: document.id))
        liveStories.append(Int32(stories.count - 1))
        openStories += 1
        let index = stories.count - 1
        var assignment = join(
            document, features: features, vector: vector, entities: entities, anchors: anchors, signature: signature,
            story: index, similarity: 1, duplicateOf: nil, shared: [])
        assignment.storyKey = document.id
        stories[index].releaseIndexedTerms()
        stories[index].datedHappeningDay = features.titleHappeningDay
        stories[index].openedWithScene = features.titleSetsScene
        stories[index].openedWithHappening = Self.opensWithHappening(features)
        if features.titleIsBreaking { flashStories.append(Int32(index)) }
        if openStories > configuration.maxOpenStories { evictLeastRecent() }
        return assignment
    }

    /// Whether a report opening a story makes it a happening's (``StoryState/openedWithHappening``):
    /// its headline names a single act and nothing that followed one.
    static func opensWithHappening(_ features: DocumentFeatures) -> Bool {
        !features.titleNamesAftermath && features.titleKinds & Gazetteer.singleActKinds != 0
    }

    /// The interned id of a name, number, place or source key, creating it when new.
    private mutating func symbol(_ key: String) -> Int32 {
        if let id = symbolIDs[key] { return id }
        let id = Int32(symbolIDs.count)
        symbolIDs[key] = id
        symbolKeys.append(key)
        return id
    }

    /// The interned id of a key already met, or nil (then no story holds it).
    func known(_ key: String) -> Int32? {
        symbolIDs[key]
    }

    /// The keys of a set of symbols.
    static func keys(_ symbols: IDSet, _ symbolKeys: [String]) -> [String] {
        symbols.ids.map { symbolKeys[Int($0)] }
    }

    mutating func join(
        _ document: ClusterDocument, features: DocumentFeatures, vector: SparseVector, entities: SparseVector,
        anchors: SparseVector, signature: [UInt32], story index: Int, similarity: Double, duplicateOf: String?,
        shared: [String]
    ) -> StoryAssignment {
        let recordIndex = recordCount
        recordCount += 1
        records[recordIndex] = DocumentRecord(
            story: Int32(index), rootID: duplicateOf ?? document.id, signature: signature, link: document.canonicalLink)
        if let link = document.canonicalLink, linkIndex[link] == nil { linkIndex[link] = recordIndex }
        for key in MinHash.bands(signature) { bandIndex.insert(recordIndex, for: key) }

        let story = stories[index]
        // Its indexed terms are about to differ from its top terms: keep them.
        story.pinIndexedTerms()
        story.records.append(recordIndex)
        // An article without a source (an archive line without one) is from no known outlet: it
        // never counts as the same outlet as another.
        if !document.source.isEmpty { story.sources.insert(symbol(document.source)) }
        story.lastSequence = sequence
        if let time = document.published {
            // A report older than the story's first (a late arrival) is its opening now.
            if let first = story.firstTime, time < first {
                story.openedWithHappening = Self.opensWithHappening(features)
            }
            story.firstTime = min(story.firstTime ?? time, time)
            story.lastTime = max(story.lastTime ?? time, time)
            // A follow-up weeks later opens the story again: its next reports are within the window.
            if story.isClosed, let clock, let last = story.lastTime, clock - last <= configuration.windowSeconds {
                story.isClosed = false
                closedHeld -= 1
            }
        } else if let year = features.latestYear {
            story.latestUndatedYear = max(story.latestUndatedYear ?? year, year)
        }
        for name in features.namedEntities { story.namedEntities.insert(symbol(name)) }
        for number in features.numbers { story.numbers.insert(symbol(number)) }
        for place in features.titlePlaces { story.titlePlaces.insert(symbol(place)) }
        for town in features.titleTowns { story.titleTowns.insert(symbol(town)) }
        story.titleVillages.formUnion(features.titleVillages)
        story.titleRoutes.formUnion(features.titleRoutes)
        story.titleSums.formUnion(features.titleSums)
        for bearing in features.titleBearings where !story.titleBearings.contains(bearing) {
            story.titleBearings.append(bearing)
        }
        story.titleKinds |= features.titleKinds
        if features.titleNamesUnspecifiedEvent { story.titleNamesUnspecifiedEvent = true }
        if features.titleToll == .some { story.titleTellsHarm = true }
        if features.titleToll == .none { story.titleTellsNoHarm = true }
        if features.titleNamesAftermath { story.aftermathHeadlines += 1 }
        if features.marksRepeat { story.holdsRepeatReport = true }
        if features.titleCountsPeriod { story.periodHeadlines += 1 }
        if features.titleIsBreaking { story.breakingHeadlines += 1 }
        story.titleTerms.formUnion(features.titleTerms)
        story.titleWords.formUnion(features.titleWords)
        story.titleParticulars.formUnion(features.titleParticulars)
        story.titlePlaceParticulars.formUnion(features.titlePlaceParticulars)
        let limit = configuration.centroidTerms
        let fullText = !isHeadlineOnly(features)
        let hasBody = !isBodiless(features)
        if let position = story.centroidIndex(for: features.language) {
            var sum = story.centroids[position].sum.adding(vector)
            if sum.ids.count > limit * 4 { sum = sum.truncated(to: limit * 3) }
            story.centroids[position].sum = sum
            var entitySum = story.centroids[position].entitySum.adding(entities)
            if entitySum.ids.count > limit * 4 { entitySum = entitySum.truncated(to: limit * 3) }
            story.centroids[position].entitySum = entitySum
            story.centroids[position].count += 1
            if fullText { story.centroids[position].holdsFullText = true }
            if hasBody { story.centroids[position].holdsBody = true }
            if features.bodyTokenCount >= longBody { story.centroids[position].holdsLongBody = true }
        } else {
            var centroid = StoryState.LanguageCentroid(
                language: features.language, sum: vector, entitySum: entities, unitLimit: limit)
            centroid.holdsFullText = fullText
            centroid.holdsBody = hasBody
            centroid.holdsLongBody = features.bodyTokenCount >= longBody
            story.centroids.append(centroid)
        }
        if !anchors.isEmpty {
            story.anchorSum = story.anchorSum.adding(anchors).truncated(to: limit)
        }
        indexNewTerms(of: index, capPostings: true)
        return StoryAssignment(
            documentID: document.id, storyKey: story.key, duplicateOf: duplicateOf, similarity: similarity,
            sharedTerms: shared)
    }

    /// Adds story `index` to the postings of its top terms and anchors it is not indexed under yet
    /// (`capPostings`: a term shared by thousands of open stories says little, so its postings
    /// keep their newest stories only).
    mutating func indexNewTerms(of index: Int, capPostings: Bool) {
        let story = stories[index]
        for id in story.currentTopTermIDs().ids where story.indexTerm(id) {
            postings[Int(id)].append(Int32(index))
            if capPostings, postings[Int(id)].count > 4 * Self.postingsLookupLimit {
                postings[Int(id)].removeFirst(postings[Int(id)].count - 2 * Self.postingsLookupLimit)
            }
        }
    }
}
