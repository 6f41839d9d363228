/// The mutable state of one clustering pass: term statistics, open stories, the inverted
/// index, canonical links and near-duplicate buckets.
///
/// This file holds the state, the path of one document (``add(_:)``, its weighting and the bars
/// that depend on its length) and the placements a pass reports; the rest is split by concern:
/// finding a document's story (`ClusteringEngine+Matching`), founding and growing stories
/// (`+Stories`), merging them (`+Merging`), the rules that read headlines to tell two happenings
/// apart or one happening's later reports (`+EventRules`), and forgetting terms and evicting
/// stories (`+Forgetting`).
struct ClusteringEngine {
    /// Candidate lookup reads at most this many of the newest stories from one term's postings:
    /// a word so common that more stories share it cannot single out the right one, and reading
    /// every entry made each document's cost grow with the number of open stories.
    static let postingsLookupLimit = 128

    /// Scratch space for candidate counting, reused by every document of this pass.
    let candidateCounter = CandidateCounter()
    /// The document's vector, spread for scoring it against each candidate story.
    let scatteredDocument = ScatteredVector()
    /// A growing story's top terms, spread for comparing them with each candidate story's.
    let scatteredStory = ScatteredVector()

    let configuration: StoryClusterer.Configuration
    private let extractor: FeatureExtractor

    var terms = TermAccumulator()
    /// Ids of the keys stories remember in their ``IDSet``s (names, numbers, title places, sources).
    var symbolIDs: [String: Int32] = [:]
    /// The key of each symbol id (the inverse of ``symbolIDs``).
    var symbolKeys: [String] = []
    /// The language group of the first document seen, and whether another has been seen since.
    private var firstLanguage: String?
    var sawSeveralLanguages = false
    var documentFrequency: [Int32] = []
    private var documentCount = 0
    /// Frequencies of the terms let go by ``forgetIfDue()``.
    var forgottenFrequencies = ForgottenFrequencies()
    /// The clock when terms were last forgotten (or when the first dated document came).
    var lastForgetting: Int64?
    /// ``sequence`` then.
    var documentsAtForgetting = 0
    /// Documents that must have come between two forgettings (see ``forgetIfDue()``).
    let forgettingMinDocuments: Int
    /// The default of ``forgettingMinDocuments``.
    static let defaultForgettingMinDocuments = 10_000
    /// Terms used by at least this many documents are never forgotten (common words, which
    /// would otherwise be let go and interned again every window).
    static let forgettingMaxFrequency: Int32 = 64

    var stories: [StoryState] = []
    var postings: [[Int32]] = []
    /// Terms whose postings still list stories evicted in the current batch (see
    /// ``removeGoneFromPostings()``), each once.
    var stalePostings: [Int32] = []
    var isStalePosting: [Bool] = []
    var openStories = 0
    var liveStories: [Int32] = []
    /// The stories founded by a flash (``DocumentFeatures/titleIsBreaking``) that may still be made
    /// of flashes only: the few ``absorbFlashes(into:)`` looks through, pruned as it goes.
    var flashStories: [Int32] = []
    /// Closed stories in the order they closed, each with the stamp it closed with (a story opened
    /// again by a follow-up and closed later has a newer stamp: its older entry is stale).
    var closedQueue: [(story: Int32, stamp: Int32)] = []
    /// The next closing's stamp.
    var closings: Int32 = 0
    /// The stories closed and held now (the queue also holds stale entries).
    var closedHeld = 0
    var closedHead = 0
    /// The records of documents whose story is still held, by processing index. A record goes
    /// when its story is evicted: its story key is final then (see ``takeFinalPlacements()``), so what
    /// stays in memory is bounded by the window, not by the number of documents seen.
    var records: [Int32: DocumentRecord] = [:]
    var recordCount: Int32 = 0
    var finalPlacements: [StoryPlacement] = []
    /// Stands in for every evicted or merged-away story: nothing of it is needed any more.
    let goneStory = StoryState(key: "", isOpen: false)
    var linkIndex: [String: Int32] = [:]
    var bandIndex = BandIndex()
    private var boilerplate = BoilerplateFilter()
    var words = WordCache()
    var kurmanjiWords = WordCache()
    var clock: Int64?
    var lastSweep: Int64?
    var sequence = 0

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
    func isHeadlineOnly(_ features: DocumentFeatures) -> Bool {
        isBodiless(features) && features.titleTokenCount < configuration.ledeMinTitleTokens
    }

    /// Whether the document has no body (fewer than ``StoryClusterer/Configuration/headlineMaxBodyTokens``
    /// words of text): a headline, or a lede (a long first sentence as its only text).
    func isBodiless(_ features: DocumentFeatures) -> Bool {
        features.bodyTokenCount < configuration.headlineMaxBodyTokens
    }

    /// The content bar for a lede meeting a story that holds a lede but no article with a body in
    /// its language: short texts on both sides share fewer words than two reports do, so halfway
    /// between the headline bar and the full-text bar.
    var ledeThreshold: Double { (configuration.headlineThreshold + configuration.threshold) / 2 }

    /// The words of body (``DocumentFeatures/bodyTokenCount``) from which a report is long: two
    /// thirds of the default ``StoryClusterer/Configuration/bodyWordLimit``. RSS descriptions run
    /// shorter; full articles longer.
    static let longBodyTokens = 200

    /// ``longBodyTokens``, or two thirds of a lower ``StoryClusterer/Configuration/bodyWordLimit``
    /// (a body is read no further than that).
    var longBody: Int { min(Self.longBodyTokens, configuration.bodyWordLimit / 3 * 2) }

    private func boost(_ kind: DocumentFeatures.Kind) -> Double {
        switch kind {
        case .word, .concept: return 1
        case .entity: return configuration.entityBoost
        case .named, .latinName: return configuration.namedBoost
        case .number, .date: return configuration.numberBoost
        }
    }

    // MARK: - Placements

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

    /// The number of interned feature terms and of interned symbols (names, numbers, places,
    /// sources) held.
    var vocabularySize: (terms: Int, symbols: Int) { (terms.vocabularySize, symbolIDs.count) }
}
