extension ClusteringEngine {
    /// Once per window of the clock, and at most once per ``forgettingMinDocuments``: forgets the
    /// terms no held story refers to and fewer than ``forgettingMaxFrequency`` documents used
    /// (their frequencies go to ``ForgottenFrequencies``, so IDF is still counted over the whole
    /// stream), and the symbols no held story refers to. Without it the vocabulary grows with every
    /// name ever met — 750,000 terms and 400,000 symbols after 300,000 articles — and with it
    /// memory and the cost of every lookup. Surviving ids are renumbered in their old order, so
    /// ties among them break as before (a forgotten term met again is interned anew, after them);
    /// a pass shorter than the document minimum is never affected.
    mutating func forgetIfDue() {
        guard let clock else { return }
        guard let last = lastForgetting else {
            lastForgetting = clock
            documentsAtForgetting = sequence
            return
        }
        guard clock - last >= configuration.windowSeconds,
            sequence - documentsAtForgetting >= forgettingMinDocuments
        else { return }
        lastForgetting = clock
        documentsAtForgetting = sequence
        var keepTerm = documentFrequency.map { $0 >= Self.forgettingMaxFrequency }
        var keepSymbol = [Bool](repeating: false, count: symbolIDs.count)
        let held = liveStories.filter { stories[Int($0)].isOpen }
        for index in held {
            let story = stories[Int(index)]
            for centroid in story.centroids {
                for id in centroid.sum.ids { keepTerm[Int(id)] = true }
                for id in centroid.entitySum.ids { keepTerm[Int(id)] = true }
            }
            for id in story.anchorSum.ids { keepTerm[Int(id)] = true }
            // Unless kept, a story's indexed terms are among its sums' ids, marked above.
            if story.keepsIndexedTerms { for id in story.indexedTerms.ids { keepTerm[Int(id)] = true } }
            for set in [
                story.namedEntities, story.numbers, story.titlePlaces, story.titleTowns,
                story.sources,
            ] {
                for id in set.ids { keepSymbol[Int(id)] = true }
            }
        }
        let termMap = Self.renumbering(keepTerm)
        let symbolMap = Self.renumbering(keepSymbol)

        var frequencies: [Int32] = []
        var keptPostings: [[Int32]] = []
        for index in keepTerm.indices {
            if keepTerm[index] {
                frequencies.append(documentFrequency[index])
                keptPostings.append(postings[index])
            } else {
                forgottenFrequencies.remember(terms.fingerprint(of: Int32(index)), frequency: documentFrequency[index])
            }
        }
        documentFrequency = frequencies
        // Evictions filter their postings before returning, so none is stale here.
        assert(stalePostings.isEmpty, "postings renumbered while evicted stories are still listed")
        postings = keptPostings
        isStalePosting = [Bool](repeating: false, count: postings.count)
        terms.keep(termMap)
        words.keep(termMap)
        kurmanjiWords.keep(termMap)
        symbolIDs = symbolIDs.compactMapValues { symbolMap[Int($0)] >= 0 ? symbolMap[Int($0)] : nil }
        symbolKeys = symbolKeys.indices.filter { keepSymbol[$0] }.map { symbolKeys[$0] }
        for index in held {
            let story = stories[Int(index)]
            for position in story.centroids.indices {
                story.centroids[position].sum = story.centroids[position].sum.renumbered(termMap)
                story.centroids[position].entitySum = story.centroids[position].entitySum.renumbered(termMap)
            }
            story.anchorSum = story.anchorSum.renumbered(termMap)
            if story.keepsIndexedTerms { story.indexedTerms = story.indexedTerms.renumbered(termMap) }
            story.namedEntities = story.namedEntities.renumbered(symbolMap)
            story.numbers = story.numbers.renumbered(symbolMap)
            story.titlePlaces = story.titlePlaces.renumbered(symbolMap)
            story.titleTowns = story.titleTowns.renumbered(symbolMap)
            story.sources = story.sources.renumbered(symbolMap)
        }
    }

    /// The new id of each old id (in the same order), -1 for those not kept.
    private static func renumbering(_ keep: [Bool]) -> [Int32] {
        var next: Int32 = 0
        return keep.map { kept in
            guard kept else { return -1 }
            defer { next += 1 }
            return next
        }
    }

    // MARK: - Eviction

    mutating func sweepIfNeeded() {
        guard let clock else { return }
        if let lastSweep, clock - lastSweep < max(1, configuration.windowSeconds / 8) { return }
        lastSweep = clock
        let horizon = clock - configuration.windowSeconds
        for index in liveStories {
            let story = stories[Int(index)]
            if story.isOpen, !story.isClosed, let last = story.lastTime, last < horizon {
                stories[Int(index)].isClosed = true
                stories[Int(index)].closedStamp = closings
                closedQueue.append((index, closings))
                closings += 1
                closedHeld += 1
            }
        }
        while closedHeld > configuration.retainedClosedStories, closedHead < closedQueue.count {
            let (index, stamp) = closedQueue[closedHead]
            closedHead += 1
            let story = stories[Int(index)]
            // A stale entry: the story was opened again by a follow-up (and may have closed since),
            // or is gone (evicted, merged into another).
            guard story.isOpen, story.isClosed, story.closedStamp == stamp else { continue }
            evict(Int(index))
        }
        removeGoneFromPostings()
        pruneFlashStories()
        if closedHead > 1024 && closedHead * 2 > closedQueue.count {
            closedQueue.removeFirst(closedHead)
            closedHead = 0
        }
        liveStories.removeAll { !stories[Int($0)].isOpen }
    }

    /// Evicts the least recently joined tenth of the open stories in one pass (ties: the earlier
    /// story first). Evicting one at a time scanned every open story for each new one, which made a
    /// pass over hundreds of thousands of articles quadratic.
    mutating func evictLeastRecent() {
        let open = liveStories.filter { stories[Int($0)].isOpen }
        guard !open.isEmpty else { return }
        let victims = open.sorted { a, b in
            let (x, y) = (stories[Int(a)].lastSequence, stories[Int(b)].lastSequence)
            return x != y ? x < y : a < b
        }.prefix(max(1, open.count / 10))
        for victim in victims { evict(Int(victim)) }
        removeGoneFromPostings()
        liveStories.removeAll { !stories[Int($0)].isOpen }
    }

    private mutating func evict(_ index: Int) {
        let story = stories[index]
        for id in story.indexedTerms.ids where !isStalePosting[Int(id)] {
            isStalePosting[Int(id)] = true
            stalePostings.append(id)
        }
        for recordIndex in story.records {
            guard let record = records.removeValue(forKey: recordIndex) else { continue }
            finalPlacements.append(StoryPlacement(record: Int(recordIndex), key: story.key, merge: record.merge))
            if let link = record.link, linkIndex[link] == recordIndex { linkIndex[link] = nil }
            for key in MinHash.bands(record.signature) { bandIndex.remove(recordIndex, for: key) }
        }
        if story.isClosed { closedHeld -= 1 }
        stories[index] = goneStory
        openStories -= 1
    }

    /// Takes the stories evicted since the last call out of the postings that list them: each
    /// such list is filtered once per batch of evictions, not once per story evicted from it —
    /// with the open-story cap, a tenth of the open stories go at once, and removing them one by
    /// one scanned the same long postings thousands of times. Called before postings are read.
    private mutating func removeGoneFromPostings() {
        guard !stalePostings.isEmpty else { return }
        let stories = self.stories
        for id in stalePostings {
            postings[Int(id)].removeAll { !stories[Int($0)].isOpen }
            isStalePosting[Int(id)] = false
        }
        stalePostings.removeAll(keepingCapacity: true)
    }
}
