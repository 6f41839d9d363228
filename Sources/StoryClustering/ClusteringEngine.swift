/// The mutable state of one clustering pass: term statistics, open stories, the inverted
/// index, canonical links and near-duplicate buckets.
struct ClusteringEngine {
    /// Candidate lookup reads at most this many of the newest stories from one term's postings:
    /// a word so common that more stories share it cannot single out the right one, and reading
    /// every entry made each document's cost grow with the number of open stories.
    static let postingsLookupLimit = 128

    /// Scratch space for candidate counting, reused by every document of this pass.
    private let candidateCounter = CandidateCounter()
    /// The document's vector, spread for scoring it against each candidate story.
    private let scatteredDocument = ScatteredVector()
    /// A growing story's top terms, spread for comparing them with each candidate story's.
    private let scatteredStory = ScatteredVector()

    let configuration: StoryClusterer.Configuration
    private let extractor: FeatureExtractor

    private var terms = TermAccumulator()
    /// Ids of the keys stories remember in their ``IDSet``s (names, numbers, title places, sources).
    private var symbolIDs: [String: Int32] = [:]
    /// The key of each symbol id (the inverse of ``symbolIDs``).
    private var symbolKeys: [String] = []
    /// The language group of the first document seen, and whether another has been seen since.
    private var firstLanguage: String?
    private var sawSeveralLanguages = false
    private var documentFrequency: [Int32] = []
    private var documentCount = 0
    /// Frequencies of the terms let go by ``forgetIfDue()``.
    private var forgottenFrequencies = ForgottenFrequencies()
    /// The clock when terms were last forgotten (or when the first dated document came).
    private var lastForgetting: Int64?
    /// ``sequence`` then.
    private var documentsAtForgetting = 0
    /// Documents that must have come between two forgettings (see ``forgetIfDue()``).
    let forgettingMinDocuments: Int
    /// The default of ``forgettingMinDocuments``.
    static let defaultForgettingMinDocuments = 10_000
    /// Terms used by at least this many documents are never forgotten (common words, which
    /// would otherwise be let go and interned again every window).
    static let forgettingMaxFrequency: Int32 = 64

    private var stories: [StoryState] = []
    private var postings: [[Int32]] = []
    /// Terms whose postings still list stories evicted in the current batch (see
    /// ``removeGoneFromPostings()``), each once.
    private var stalePostings: [Int32] = []
    private var isStalePosting: [Bool] = []
    private var openStories = 0
    private var liveStories: [Int32] = []
    /// The stories founded by a flash (``DocumentFeatures/titleIsBreaking``) that may still be made
    /// of flashes only: the few ``absorbFlashes(into:)`` looks through, pruned as it goes.
    private var flashStories: [Int32] = []
    /// Closed stories in the order they closed, each with the stamp it closed with (a story opened
    /// again by a follow-up and closed later has a newer stamp: its older entry is stale).
    private var closedQueue: [(story: Int32, stamp: Int32)] = []
    /// The next closing's stamp.
    private var closings: Int32 = 0
    /// The stories closed and held now (the queue also holds stale entries).
    private var closedHeld = 0
    private var closedHead = 0
    /// The records of documents whose story is still held, by processing index. A record goes
    /// when its story is evicted: its story key is final then (see ``takeFinalPlacements()``), so what
    /// stays in memory is bounded by the window, not by the number of documents seen.
    private var records: [Int32: DocumentRecord] = [:]
    private var recordCount: Int32 = 0
    private var finalPlacements: [StoryPlacement] = []
    /// Stands in for every evicted or merged-away story: nothing of it is needed any more.
    private let goneStory = StoryState(key: "", isOpen: false)
    private var linkIndex: [String: Int32] = [:]
    private var bandIndex = BandIndex()
    private var boilerplate = BoilerplateFilter()
    private var words = WordCache()
    private var kurmanjiWords = WordCache()
    private var clock: Int64?
    private var lastSweep: Int64?
    private var sequence = 0

    init(
        configuration: StoryClusterer.Configuration,
        forgettingMinDocuments: Int = ClusteringEngine.defaultForgettingMinDocuments
    ) {
        self.configuration = configuration
        self.forgettingMinDocuments = forgettingMinDocuments
        self.extractor = FeatureExtractor(
            titleWeight: configuration.titleWeight, boilerplateRepeats: configuration.boilerplateRepeats,
            englishStemming: 1, numberFeatures: true, bodyWordLimit: configuration.bodyWordLimit)
    }

    // MARK: - One document

    /// Processes one document and returns its assignment.
    mutating func add(_ document: ClusterDocument) -> StoryAssignment {
        sequence += 1
        if let time = document.published {
            if clock.map({ time > $0 }) ?? true { clock = time }
            sweepIfNeeded()
            forgetIfDue()
        }
        let features = extractor.features(
            of: document, boilerplate: &boilerplate, words: &words, kurmanjiWords: &kurmanjiWords, terms: &terms)
        if let firstLanguage {
            if features.language != firstLanguage { sawSeveralLanguages = true }
        } else {
            firstLanguage = features.language
        }
        let time = document.published
        let (vector, entities, anchorVector) = weightedVector(features)
        let anchors = anchorVector.normalized()
        let signature =
            features.shingles.count >= configuration.duplicateMinShingles ? MinHash.signature(features.shingles) : []

        // 1. The same article under the same canonical link.
        if let link = document.canonicalLink, let recordIndex = linkIndex[link], let record = records[recordIndex] {
            if stories[Int(record.story)].isOpen {
                return join(
                    document, features: features, vector: vector, entities: entities, anchors: anchors,
                    signature: signature,
                    story: Int(record.story), similarity: 1, duplicateOf: record.rootID, shared: [])
            }
        }
        // 2. A near-verbatim copy.
        if let (recordIndex, score) = nearestDuplicate(signature, time: time), let record = records[recordIndex] {
            return join(
                document, features: features, vector: vector, entities: entities, anchors: anchors,
                signature: signature,
                story: Int(record.story), similarity: score, duplicateOf: record.rootID, shared: [])
        }
        // 3. The most similar open story.
        if let (story, score, shared) = bestStory(
            document, time: time, features: features, vector: vector, entities: entities, anchors: anchors)
        {
            let assignment = join(
                document, features: features, vector: vector, entities: entities, anchors: anchors,
                signature: signature,
                story: story, similarity: score, duplicateOf: nil, shared: shared)
            let headlineOnly = isHeadlineOnly(features)
            let mergeThreshold = headlineOnly ? configuration.headlineMergeThreshold : configuration.mergeThreshold
            // A dated follow-up that left its story closed (it came long after the clock) merges nothing:
            // a story it pulled in would be closed with it.
            let leftClosed = stories[story].isClosed && time != nil
            if !leftClosed, mergeThreshold <= 1 || (!headlineOnly && configuration.mergeEntityContentThreshold <= 1) {
                mergeSimilar(story, language: features.language, threshold: mergeThreshold, fullText: !headlineOnly)
            }
            return assignment
        }
        let assignment = found(
            document, features: features, vector: vector, entities: entities, anchors: anchors, signature: signature)
        // A quake's report no story took (the damage counted the next day) may still be of a quake's story.
        let founded = stories.count - 1
        if mergesStories, stories[founded].isOpen, features.titleKinds & Gazetteer.wideKinds != 0 {
            let target = absorbStoriesOfOneQuake(into: founded)
            if target != founded { absorbStoriesInOtherLanguages(into: target) }
        }
        return assignment
    }

    // MARK: - Weighting

    /// The document's unit TF-IDF vector (without Latin-script name anchors; document frequencies
    /// include this document), its unit entity vector, and its anchor vector (the
    /// language-independent features, Latin-script names included) at the TF-IDF vector's scale.
    private mutating func weightedVector(_ features: DocumentFeatures) -> (SparseVector, SparseVector, SparseVector) {
        documentCount += 1
        // Terms are interned as the extractor meets them; give the new ones their slots here.
        let vocabularySize = terms.vocabularySize
        if documentFrequency.count < vocabularySize {
            // A term forgotten earlier resumes its frequency.
            for id in documentFrequency.count..<vocabularySize {
                documentFrequency.append(
                    forgottenFrequencies.count > 0 ? forgottenFrequencies.take(terms.fingerprint(of: Int32(id))) : 0)
            }
            postings.append(contentsOf: repeatElement([], count: vocabularySize - postings.count))
            isStalePosting.append(contentsOf: repeatElement(false, count: vocabularySize - isStalePosting.count))
        }
        var pairs: [(Int32, Double)] = []
        pairs.reserveCapacity(features.terms.count)
        var kinds: [DocumentFeatures.Kind] = []
        for term in features.terms {
            let id = term.id
            documentFrequency[Int(id)] += 1
            pairs.append((id, term.frequency))
            kinds.append(term.kind)
        }
        let total = Double(documentCount)
        // Headlines: flatter IDF and no boosts (a headline's capitals and names are too few
        // to weigh, and one rare word would otherwise dominate a six-word vector).
        let headlineOnly = isHeadlineOnly(features)
        let exponent = headlineOnly ? configuration.headlineIDFExponent : configuration.idfExponent
        for index in pairs.indices {
            let (id, frequency) = pairs[index]
            var idf = Elementary.ln(1 + total / Double(documentFrequency[Int(id)]))
            if exponent != 1 { idf = Elementary.pow(idf, exponent) }
            let boost = headlineOnly ? 1 : boost(kinds[index])
            pairs[index].1 = (1 + Elementary.ln(frequency)) * idf * boost
        }
        var lexical: [(Int32, Double)] = []
        var anchors: [(Int32, Double)] = []
        var entities: [(Int32, Double)] = []
        lexical.reserveCapacity(pairs.count)
        for (index, pair) in pairs.enumerated() {
            let kind = kinds[index]
            if kind != .latinName { lexical.append(pair) }
            if kind.isAnchor { anchors.append(pair) }
            if kind != .word, kind != .concept, kind != .latinName { entities.append(pair) }
        }
        let lexicalVector = SparseVector(unsorted: lexical)
        let vector = lexicalVector.normalized()
        let entityVector = SparseVector(unsorted: entities).normalized()
        // Anchors keep the lexical vector's scale so that names and numbers weigh as before.
        let norm = lexicalVector.norm
        return (vector, entityVector, SparseVector(unsorted: anchors.map { ($0.0, norm > 0 ? $0.1 / norm : $0.1) }))
    }

    /// Whether the settings merge stories at all (a merge threshold above 1 turns merging off).
    private var mergesStories: Bool {
        configuration.mergeThreshold <= 1 || configuration.headlineMergeThreshold <= 1
            || configuration.mergeEntityContentThreshold <= 1
    }

    /// Whether the document is read as a headline: a short body, and a title too short to be a lede
    /// (an item whose only text is a long first sentence reads like an article).
    private func isHeadlineOnly(_ features: DocumentFeatures) -> Bool {
        isBodiless(features) && features.titleTokenCount < configuration.ledeMinTitleTokens
    }

    /// Whether the document has no body (fewer than ``StoryClusterer/Configuration/headlineMaxBodyTokens``
    /// words of text): a headline, or a lede (a long first sentence as its only text).
    private func isBodiless(_ features: DocumentFeatures) -> Bool {
        features.bodyTokenCount < configuration.headlineMaxBodyTokens
    }

    /// The content bar for a lede meeting a story that holds a lede but no article with a body in
    /// its language: short texts on both sides share fewer words than two reports do, so halfway
    /// between the headline bar and the full-text bar.
    private var ledeThreshold: Double { (configuration.headlineThreshold + configuration.threshold) / 2 }

    /// The words of body (``DocumentFeatures/bodyTokenCount``) from which a report is long: two
    /// thirds of the default ``StoryClusterer/Configuration/bodyWordLimit``. RSS descriptions run
    /// shorter; full articles longer.
    static let longBodyTokens = 200

    /// ``longBodyTokens``, or two thirds of a lower ``StoryClusterer/Configuration/bodyWordLimit``
    /// (a body is read no further than that).
    private var longBody: Int { min(Self.longBodyTokens, configuration.bodyWordLimit / 3 * 2) }

    private func boost(_ kind: DocumentFeatures.Kind) -> Double {
        switch kind {
        case .word, .concept: return 1
        case .entity: return configuration.entityBoost
        case .named, .latinName: return configuration.namedBoost
        case .number, .date: return configuration.numberBoost
        }
    }

    // MARK: - Matching

    private func nearestDuplicate(_ signature: [UInt32], time: Int64?) -> (Int32, Double)? {
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

    private func bestStory(
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
                    // whose headline names the story's kind and shares a headline word beyond it ("Iraq
                    // hotel fire toll rises to four" the day after "Fire at Karbala hotel kills three"),
                    // retells less of the first reports: the bar halfway to the entity bar's content.
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
    private func sharedDisplays(_ vector: SparseVector, _ other: SparseVector) -> [String] {
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
    private func anchorsTellOneEvent(
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
    private func sharesSpecificTerm(_ vector: SparseVector, _ other: SparseVector) -> Bool {
        let isGeneric = terms.isGeneric
        return vector.sharesID(with: other) { !isGeneric[Int($0)] }
    }

    /// Whether two headlines alone (`vector` and a story of headlines, `other`) share enough to be
    /// one event: two terms that say what happened or who (not a weekday, a month or a small count),
    /// or one and a broad place ("Erbil flood kills two" and "Flood hits Erbil"). One word alone is
    /// a word in common ("Watch: a new trailer for Game of Thrones" meeting the stories of a game's
    /// trailers), even a name ("Titanfall review" is not the story of the game's launch).
    private func headlinesShareEnough(_ vector: SparseVector, _ other: SparseVector) -> Bool {
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
    private func sharesTopic(_ anchors: SparseVector, _ other: SparseVector) -> Bool {
        let isTopic = terms.isTopic
        return anchors.sharesID(with: other) { isTopic[Int($0)] }
    }

    /// Whether a full-text document with this content similarity and this entity similarity to a
    /// story is the same event: the content alone when high, or a lower content
    /// similarity backed by the same names, numbers and dates. The content bar is `bar`, by default
    /// ``StoryClusterer/Configuration/threshold``.
    private func passesFullText(
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
    private func undatedOutOfTime(_ a: StoryState, _ b: StoryState) -> Bool {
        let (dated, undated) = a.firstTime != nil ? (a, b) : (b, a)
        return dated.firstTime != nil && undated.firstTime == nil
            && writesNoYearOf(undated.latestUndatedYear, dated)
    }

    /// ``yearsConflict(time:latestYear:_:)`` for two stories, one dated and one undated.
    private func storiesYearsConflict(_ a: StoryState, _ b: StoryState) -> Bool {
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

    private func decay(gap: Int64) -> Double {
        if gap > configuration.windowSeconds { return 0 }
        if gap <= configuration.decayStartSeconds { return 1 }
        let span = Double(max(1, configuration.decayHalfSeconds - configuration.decayStartSeconds))
        return max(0, 1 - 0.5 * Double(gap - configuration.decayStartSeconds) / span)
    }

    // MARK: - Updating stories

    private mutating func found(
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
    private func known(_ key: String) -> Int32? {
        symbolIDs[key]
    }

    private mutating func join(
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
    private mutating func indexNewTerms(of index: Int, capPostings: Bool) {
        let story = stories[index]
        for id in story.currentTopTermIDs().ids where story.indexTerm(id) {
            postings[Int(id)].append(Int32(index))
            if capPostings, postings[Int(id)].count > 4 * Self.postingsLookupLimit {
                postings[Int(id)].removeFirst(postings[Int(id)].count - 2 * Self.postingsLookupLimit)
            }
        }
    }

    /// The placements of the documents whose story key became final since the last call, in the
    /// order they became final: their story was evicted, so it can neither grow nor merge any more.
    mutating func takeFinalPlacements() -> [StoryPlacement] {
        defer { finalPlacements.removeAll(keepingCapacity: true) }
        return finalPlacements
    }

    /// The placement (current story key, merge note) of every document whose key is not final yet,
    /// in processing order; unlike ``finish()`` the pass goes on.
    func openPlacements() -> [StoryPlacement] {
        records.keys.sorted().compactMap { index in
            records[index].map { StoryPlacement(record: Int(index), key: stories[Int($0.story)].key, merge: $0.merge) }
        }
    }

    /// Ends the pass: the final placements of every document not yet reported by
    /// ``takeFinalPlacements()``, in processing order.
    mutating func finish() -> [StoryPlacement] {
        var result = takeFinalPlacements()
        result += openPlacements()
        records.removeAll()
        return result
    }

    // MARK: - Merging

    /// After `joined` grew, merges it with open stories whose centroid (in `language`) is now
    /// at least `threshold` similar, repeatedly; the earlier-founded story absorbs the later. Then
    /// absorbs stories told only in languages it has no words in
    /// (``absorbStoriesInOtherLanguages(into:)``).
    private mutating func mergeSimilar(_ joined: Int, language: String, threshold: Double, fullText: Bool) {
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
    private mutating func pruneFlashStories() {
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
    private mutating func absorbStoriesOfOneQuake(into target: Int) -> Int {
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
    private mutating func absorbStoriesInOtherLanguages(into target: Int) {
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

    /// The keys of a set of symbols.
    private static func keys(_ symbols: IDSet, _ symbolKeys: [String]) -> [String] {
        symbols.ids.map { symbolKeys[Int($0)] }
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
    private static func namesOneHappening(_ key: String) -> Bool {
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

    /// Whether a story holds one article and nothing but copies of it (a wire story and its
    /// syndicated reprints add no other report).
    private static func isLoneArticle(_ story: StoryState, records: [Int32: DocumentRecord]) -> Bool {
        guard story.records.count > 1 else { return story.records.count == 1 }
        guard story.records.count <= 8 else { return false }
        return story.records.allSatisfy { records[$0]?.rootID == story.key }
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
    private static func titlesNameOtherPlaces(
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
    private static func otherStayingKind(_ kinds: UInt64, _ story: StoryState) -> Bool {
        kinds & Gazetteer.stayingKinds != 0 && story.titleKinds & Gazetteer.stayingKinds != 0
            && !Gazetteer.shareFamily(kinds, story.titleKinds) && !Gazetteer.follows(kinds, story.titleKinds)
    }

    /// Whether a headline names a sudden happening of a kind that stays put (``Gazetteer/stayingKinds``:
    /// a blast, a strike, a fire, a shooting, a crash) and the story's headlines name no happening
    /// at all, not even an attack or deaths: export figures, a contract, a visit. After
    /// ``suddenWait(sharesParticular:)`` such a headline tells a happening of its own ("Bomb hits
    /// Kirkuk-Ceyhan pipeline" the day after "Ceyhan flows rise"); sooner it may be the first
    /// report's kind coming to light ("Pipeline flows halted", then "Bomb hits pipeline").
    private static func suddenAfterNoHappening(_ kinds: UInt64, _ story: StoryState) -> Bool {
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
    private static func happeningApart(_ a: StoryState, _ b: StoryState) -> Bool {
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
    private static func suddenWait(sharesParticular: Bool) -> Int64 {
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
    private static func breaksAnotherOfKind(_ features: DocumentFeatures, _ story: StoryState) -> Bool {
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
    private static func repeatsAnother(_ a: StoryState, _ b: StoryState) -> Bool {
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
    private func bearingsApart(_ features: DocumentFeatures, _ story: StoryState) -> Bool {
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
    private func townsApart(_ towns: [String], _ story: StoryState) -> Bool {
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
    private func townsUnheardOf(_ towns: [String], _ story: StoryState) -> Bool {
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
    private static func anotherOfItsKind(_ kinds: UInt64, _ particulars: some Sequence<UInt64>, _ story: StoryState)
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
    private func kindsApart(_ kinds: UInt64, _ story: StoryState) -> Bool {
        // A story told only as an attack, deaths or injuries ("Attack on army checkpoint") may
        // turn out to be any kind ("IS claims roadside bomb attack on Daquq checkpoint").
        if story.titleKinds == 0 && story.titleNamesUnspecifiedEvent { return false }
        // What a happening of the story's kind leaves behind (a landslide after floods, a power cut
        // after a fire) is no new kind.
        return Gazetteer.namesNewKind(kinds, besides: story.titleKinds) && !Gazetteer.follows(kinds, story.titleKinds)
            && !Gazetteer.leavesWithoutPower(kinds, after: story.titleKinds)
    }

    /// ``passesFullText(content:entities:)`` for two stories' centroids.
    private func passesMerge(content: Double, entities: @autoclosure () -> Double) -> Bool {
        if content >= configuration.mergeThreshold { return true }
        return content >= configuration.mergeEntityContentThreshold && entities() >= configuration.mergeEntityThreshold
    }

    /// The stories among `hits` (one entry per shared term) that share the most terms, at most
    /// ``StoryClusterer/Configuration/maxCandidates``, in story order (ties: earlier story).
    private func topCandidates(_ hits: [Int32]) -> [Int32] {
        candidateCounter.top(hits, storyCount: stories.count, limit: configuration.maxCandidates)
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

    // MARK: - Forgetting

    /// The number of interned feature terms and of interned symbols (names, numbers, places,
    /// sources) held.
    var vocabularySize: (terms: Int, symbols: Int) { (terms.vocabularySize, symbolIDs.count) }

    /// Once per window of the clock, and at most once per ``forgettingMinDocuments``: forgets the
    /// terms no held story refers to and fewer than ``forgettingMaxFrequency`` documents used
    /// (their frequencies go to ``ForgottenFrequencies``, so IDF is still counted over the whole
    /// stream), and the symbols no held story refers to. Without it the vocabulary grows with every
    /// name ever met — 750,000 terms and 400,000 symbols after 300,000 articles — and with it
    /// memory and the cost of every lookup. Surviving ids are renumbered in their old order, so
    /// ties among them break as before (a forgotten term met again is interned anew, after them);
    /// a pass shorter than the document minimum is never affected.
    private mutating func forgetIfDue() {
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

    private mutating func sweepIfNeeded() {
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
    private mutating func evictLeastRecent() {
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
