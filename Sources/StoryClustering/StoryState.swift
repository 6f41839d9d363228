/// The running state of one open story inside a ``ClusteringEngine``.
///
/// A class so that scoring candidates reads it in place instead of copying a dozen
/// collections; it never leaves the engine that owns it.
final class StoryState {
    /// One language's lexical centroid.
    struct LanguageCentroid: Sendable {
        /// The language group.
        var language: String
        /// The (truncated) sum of member unit vectors.
        var sum: SparseVector {
            didSet {
                sumNorm = sum.norm
                topTerms = TopTerms(of: sum, limit: Int(topTerms.limit))
            }
        }
        /// The norm of `sum`, cached.
        private(set) var sumNorm: Double
        /// Which entries of `sum` are its top terms, cached.
        private(set) var topTerms: TopTerms
        /// Members in this language.
        var count: Int = 1
        /// Whether any member in this language is read as full text (not headline-only): a
        /// centroid of headlines alone is a headline, whichever side of a comparison it is on.
        var holdsFullText: Bool = false
        /// Whether any member in this language has a body (``StoryClusterer/Configuration/headlineMaxBodyTokens``
        /// words of text or more): a centroid of headlines and ledes (items whose only text is their
        /// first sentence) is short text, whose cosines run lower.
        var holdsBody: Bool = false
        /// Whether any member in this language was read with ``ClusteringEngine/longBodyTokens`` words
        /// of body or more: a long report, whose cosine with any centroid runs low, its words spread
        /// over background, quotes and colour.
        var holdsLongBody: Bool = false
        /// The (truncated) sum of member unit entity vectors (names, numbers, dates).
        var entitySum: SparseVector {
            didSet { entityNorm = entitySum.norm }
        }
        /// The norm of `entitySum`, cached.
        private(set) var entityNorm: Double

        /// A centroid whose top `unitLimit` terms are indexed and compared.
        init(language: String, sum: SparseVector, entitySum: SparseVector, unitLimit: Int) {
            self.language = language
            self.sum = sum
            self.sumNorm = sum.norm
            self.topTerms = TopTerms(of: sum, limit: unitLimit)
            self.entitySum = entitySum
            self.entityNorm = entitySum.norm
        }

        /// The top terms of `sum`, normalised: what the inverted index holds. Made when needed
        /// rather than kept, so each open story holds its centroid once.
        var unit: SparseVector { topTerms.unitVector(of: sum) }

        /// The dot product of ``unit`` with a unit vector spread in `scattered`, without making
        /// this centroid's unit vector.
        func unitSimilarity(_ scattered: ScatteredVector) -> Double {
            topTerms.dot(of: sum, with: scattered)
        }

        /// The cosine of a unit entity vector with this centroid's entities (0 when either has none).
        func entitySimilarity(_ entities: SparseVector) -> Double {
            entityNorm > 0 ? entities.dot(entitySum) / entityNorm : 0
        }
    }

    /// The story key (its founder's id).
    var key: String
    /// Per-language centroids, in order of first appearance.
    var centroids: [LanguageCentroid] = []
    /// Sum of member anchor vectors (gazetteer entities, numbers, dates).
    var anchorSum = SparseVector()
    /// Distinct named entities of all members.
    var namedEntities = IDSet()
    /// Governorates of the specific places named in the members' titles.
    var titlePlaces = IDSet()
    /// The places below a governorate named in the members' titles.
    var titleTowns = IDSet()
    /// The villages unknown to the gazetteer named in the members' titles
    /// (``DocumentFeatures/titleVillages``).
    var titleVillages = Set<String>()
    /// The routes named by their ends in the members' titles (``DocumentFeatures/titleRoutes``).
    var titleRoutes = Set<String>()
    /// The sums of money named in the members' titles (``DocumentFeatures/titleSums``).
    var titleSums = Set<HeadlineSums.Magnitude>()
    /// The sides of places the members' titles put their events on (``PlaceBearing``), distinct.
    var titleBearings: [PlaceBearing] = []
    /// The kinds of event named in the members' titles, one bit each (``Gazetteer/kindBit(_:)``).
    var titleKinds: UInt64 = 0
    /// Whether a member's title names an attack, deaths or injuries, of no particular kind.
    var titleNamesUnspecifiedEvent = false
    /// How many members' titles name what follows a happening (``DocumentFeatures/titleNamesAftermath``):
    /// all of them in a story made only of what followed (its toll rising, compensation, arrests).
    var aftermathHeadlines = 0
    /// Whether its earliest report's title names a single act (``Gazetteer/singleActKinds``) and
    /// nothing that followed one ("غرق شاب في نهر دجلة", not the body recovered): a happening's
    /// story, however many reports of what followed it holds. An older report arriving later is
    /// its earliest then.
    var openedWithHappening = false
    /// Whether a member's title tells people killed or hurt (``CasualtyCue``).
    var titleTellsHarm = false
    /// Whether a member's title tells its happening hurt no one (``CasualtyCue``).
    var titleTellsNoHarm = false
    /// Whether a member's title names what follows a happening.
    var holdsAftermathHeadline: Bool { aftermathHeadlines > 0 }
    /// Whether most of its members' headlines name what followed a happening (a story of what
    /// followed, not of a happening that also has its aftermath told).
    var isMostlyAftermath: Bool { aftermathHeadlines * 2 > records.count }
    /// Whether a member says its happening is not the first of its kind lately
    /// (``DocumentFeatures/marksRepeat``).
    var holdsRepeatReport = false
    /// How many members' titles count a period's happenings (``DocumentFeatures/titleCountsPeriod``).
    var periodHeadlines = 0
    /// The day (its start, unix seconds) its first report dated its happening to by a weekday ("over
    /// Tuesday's patrol bombing"; ``HappeningWeekday``), when it did.
    var datedHappeningDay: Int64?
    /// Whether its first report's headline is a feature's scene (``DocumentFeatures/titleSetsScene``).
    var openedWithScene = false
    /// How many of its headlines announce news just breaking (``DocumentFeatures/titleIsBreaking``).
    var breakingHeadlines = 0
    /// Whether every headline is such a flash: a story that holds only the first word of a happening.
    var isFlashesOnly: Bool { breakingHeadlines == records.count }
    /// Whether most members' titles count a period's happenings: a story of a roundup.
    var isRoundup: Bool { periodHeadlines * 2 > records.count }
    /// Fingerprints of the terms of the members' titles but places.
    var titleTerms = Set<UInt64>()
    /// Fingerprints of the particulars its members' titles name (``DocumentFeatures/titleParticulars``).
    var titleParticulars = Set<UInt64>()
    /// The ``titleParticulars`` that are places (``DocumentFeatures/titlePlaceParticulars``).
    var titlePlaceParticulars = Set<UInt64>()
    /// Fingerprints of the plain words of its members' titles (``DocumentFeatures/titleWords``).
    var titleWords = Set<UInt64>()
    /// Distinct number and date keys of all members.
    var numbers = IDSet()
    /// Sources of the members.
    var sources = IDSet()
    /// The latest year written in an undated member.
    var latestUndatedYear: Int?
    /// Earliest known member time.
    var firstTime: Int64?
    /// Latest known member time.
    var lastTime: Int64?
    /// Processing sequence number of the last join.
    var lastSequence = 0
    /// Term ids this story was added to the postings of, when kept: nil while they are exactly the
    /// ids of its centroids' top terms and of its anchors, as for a story of one article that
    /// nothing has changed since it was indexed — most stories — which then keep no copy.
    private var keptIndexedTerms: IDSet? = IDSet()

    /// Term ids this story was added to the postings of.
    var indexedTerms: IDSet {
        get { keptIndexedTerms ?? currentTopTermIDs() }
        set { keptIndexedTerms = newValue }
    }

    /// Records that the story was added to the postings of `id`; returns whether it was new.
    /// The story must be pinned (``pinIndexedTerms()``), as it is while it changes.
    func indexTerm(_ id: Int32) -> Bool {
        guard keptIndexedTerms != nil else { preconditionFailure("indexing a story whose indexed terms are not kept") }
        return keptIndexedTerms?.insert(id) ?? false
    }

    /// The ids of the centroids' top terms and of the anchors (what indexing the story now adds).
    func currentTopTermIDs() -> IDSet {
        var ids = IDSet()
        for centroid in centroids { ids.formUnion(IDSet(sorted: centroid.unit.ids)) }
        ids.formUnion(IDSet(sorted: anchorSum.ids))
        return ids
    }

    /// Keeps a copy of ``indexedTerms`` before the story's centroids or anchors change.
    func pinIndexedTerms() {
        if keptIndexedTerms == nil { keptIndexedTerms = currentTopTermIDs() }
    }

    /// Drops the copy of ``indexedTerms``: for a story just founded and indexed, it is its top
    /// terms and anchors.
    func releaseIndexedTerms() {
        keptIndexedTerms = nil
    }

    /// Whether ``indexedTerms`` is kept as a copy (else it follows the centroids and anchors).
    var keepsIndexedTerms: Bool { keptIndexedTerms != nil }
    /// Indices of the member records.
    var records: [Int32] = []
    /// Whether the story is still held (not evicted).
    var isOpen = true
    /// Whether the window has passed since its last dated member: undated documents may still
    /// join it until it is evicted, dated ones only as a follow-up (which opens it again).
    var isClosed = false
    /// The engine's stamp of its latest closing (its entry in the queue of closed stories).
    var closedStamp: Int32 = -1

    /// Creates the state of a story keyed by its founder's id.
    init(key: String, isOpen: Bool = true) {
        self.key = key
        self.isOpen = isOpen
    }

    /// The centroid for `language`, if a member was in it.
    func centroid(for language: String) -> LanguageCentroid? {
        centroidIndex(for: language).map { centroids[$0] }
    }

    /// The position in ``centroids`` of the centroid for `language`, if a member was in it: read
    /// in place, without copying (and retaining) the centroid's vectors.
    func centroidIndex(for language: String) -> Int? {
        centroids.firstIndex { $0.language == language }
    }
}
