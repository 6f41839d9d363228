extension StoryClusterer {
    /// Tuning of a ``StoryClusterer``. The defaults were tuned once for every corpus kind
    /// (full-text articles, headline-only items, mixed-language feeds).
    public struct Configuration: Sendable, Hashable {
        /// Minimum similarity for a full-text document to join a story.
        public var threshold: Double
        /// Minimum similarity for a headline-only document to join a story, and for a full-text
        /// document to join a story whose members in its language are all headline-only.
        public var headlineThreshold: Double
        /// Documents with fewer body tokens than this are treated as headline-only.
        public var headlineMaxBodyTokens: Int
        /// A document with a short body is still read as full text when its title has at least
        /// this many tokens: a lede, not a headline.
        public var ledeMinTitleTokens: Int
        /// Stories not updated for this long (in seconds) are closed and evicted.
        public var windowSeconds: Int64
        /// Similarity is not decayed for documents this close in time (seconds).
        public var decayStartSeconds: Int64
        /// Time gap (seconds) at which similarity is halved; decay is linear in between.
        public var decayHalfSeconds: Int64
        /// How much more a title occurrence counts than a body occurrence.
        public var titleWeight: Double
        /// Boost for capitalised words and runs (likely names).
        public var entityBoost: Double
        /// Boost for gazetteer entities (places, organisations, people).
        public var namedBoost: Double
        /// Boost for numbers and dates.
        public var numberBoost: Double
        /// Number of terms kept in each story centroid.
        public var centroidTerms: Int
        /// Number of a document's strongest terms used to find candidate stories.
        public var queryTerms: Int
        /// At most this many candidate stories (those sharing the most query terms) are scored.
        public var maxCandidates: Int
        /// Multiplier for a story that already has a document from the same source.
        public var sameSourceFactor: Double
        /// Minimum anchor similarity for a document to join a story in another language.
        public var crossLanguageThreshold: Double
        /// Minimum anchor similarity for a join in another language when the anchors shared name one
        /// place or institution only (a town and its governorate count once, countries and capitals
        /// not at all) and nothing of what happened: no topic, no person, no figure of 10 or more but
        /// a year (``SharedAnchors/nameOnlyAPlace(names:numbers:sharesTopic:)``). A city, a weekday
        /// and a small count are in the reports of every event there that week.
        public var crossLanguagePlaceOnlyThreshold: Double
        /// Distinct gazetteer entities a cross-language join must share.
        public var crossLanguageMinEntities: Int
        /// Distinct numbers, dates, months or weekdays a cross-language join must share.
        public var crossLanguageMinNumbers: Int
        /// Distinct gazetteer entities that let a cross-language join go ahead without a
        /// shared number or date.
        public var crossLanguageMinEntitiesAlone: Int
        /// Estimated shingle Jaccard at or above which a document is a near-verbatim copy.
        public var duplicateThreshold: Double
        /// Minimum number of shingles for near-duplicate detection.
        public var duplicateMinShingles: Int
        /// A body sentence its source repeated under this many earlier items is boilerplate.
        public var boilerplateRepeats: Int
        /// Body words read for terms: sentences are read until this many words have been (the
        /// sentence that crosses the bound is read whole). News puts the event in its first
        /// paragraphs; the tail of a long article (background, other events, related links) adds
        /// words every story of the topic shares.
        public var bodyWordLimit: Int
        /// Upper bound on held stories (each about 2.7 KB); the least recently joined are evicted
        /// beyond it. feeds.conf `cluster_max_stories`.
        public var maxOpenStories: Int
        /// Stories closed by the window stay available to undated documents and to follow-ups
        /// (``followUpMaxSeconds``) until this many closed stories are held; the earliest closed
        /// are evicted first.
        public var retainedClosedStories: Int
        /// Whether an undated document takes the full date written in its headline or the opening
        /// of its body (its dateline: "Posted: Apr 02, 2009", "11 / 27 / 2005") as its
        /// publication time, for its place in the processing order and for every comparison.
        public var useMentionedDates: Bool
        /// An undated document (or story) whose latest written year is more than this many years
        /// after a dated story's (or document's) latest year is another event (it was written
        /// later); negative disables the check.
        public var yearGap: Int
        /// Multiplier when an undated document is compared with a story the window has closed.
        public var closedStoryFactor: Double
        /// A dated document no later than this (seconds) after the latest report of a story the
        /// window has closed may continue it (a trial, a verdict, a repair days or months later),
        /// when its headline tells what followed (arrests, a trial, a verdict) or no happening at
        /// all, and it shares names the gazetteer does not know with the story
        /// (``followUpMinSharedNames``); it is then compared without decay or the closed-story
        /// factor, and a follow-up that joins opens the story again. Beyond it, an event of the
        /// same people is another one (next year's election, contract, trial), and a dated
        /// near-verbatim copy is a template, not a copy. Only the ``retainedClosedStories`` most
        /// recently closed stories can be continued.
        public var followUpMaxSeconds: Int64
        /// Runs of capitalised words of which the gazetteer knows no word (people, companies) a
        /// follow-up must share with the story's words in its language ("Yvonne Hiller", "Kraft
        /// Foods"); 0 or less drops the condition.
        public var followUpMinSharedNames: Int
        /// Exponent applied to inverse document frequencies (1 = plain TF-IDF; lower values
        /// flatten the gap between rare and common words).
        public var idfExponent: Double
        /// ``idfExponent`` for headline-only documents.
        public var headlineIDFExponent: Double
        /// ``mergeThreshold`` when the growing document is headline-only.
        public var headlineMergeThreshold: Double
        /// Multiplier when the document's title names a specific place in a governorate the
        /// story's titles never name (the same kind of event somewhere else, even when the headline
        /// also recalls the story's town), and when two stories' titles name places in different
        /// governorates only; such a join or merge must then pass on content alone, whatever names
        /// the copy shares. The same holds more than ``decayStartSeconds`` after a story began for
        /// a title naming only other towns of its governorate, or a kind of event (a drone attack,
        /// a protest) its titles never named.
        public var placeConflictFactor: Double
        /// After a story grows, it is merged with any open story whose centroid is at least
        /// this similar (values above 1 disable merging).
        public var mergeThreshold: Double
        /// Lowest content similarity at which a full-text document joins a story whose names,
        /// numbers and dates it shares (entity similarity at least ``entityThreshold``).
        public var entityContentThreshold: Double
        /// Entity similarity (cosine over names, numbers and dates) that lets a full-text document
        /// join at ``entityContentThreshold``.
        public var entityThreshold: Double
        /// Lowest centroid similarity at which two full-text stories merge when their entity
        /// similarity is at least ``mergeEntityThreshold`` (values above 1 disable it).
        public var mergeEntityContentThreshold: Double
        /// Entity similarity two full-text stories need to merge at ``mergeEntityContentThreshold``.
        public var mergeEntityThreshold: Double

        /// Creates a configuration; every parameter has a tuned default.
        public init(
            threshold: Double = 0.32,
            headlineThreshold: Double = 0.16,
            headlineMaxBodyTokens: Int = 20,
            ledeMinTitleTokens: Int = 24,
            windowSeconds: Int64 = 96 * 3600,
            decayStartSeconds: Int64 = 48 * 3600,
            decayHalfSeconds: Int64 = 120 * 3600,
            titleWeight: Double = 2,
            entityBoost: Double = 1.5,
            namedBoost: Double = 1.5,
            numberBoost: Double = 1.2,
            centroidTerms: Int = 120,
            queryTerms: Int = 40,
            maxCandidates: Int = 20,
            sameSourceFactor: Double = 0.9,
            crossLanguageThreshold: Double = 0.4,
            crossLanguagePlaceOnlyThreshold: Double = 0.55,
            crossLanguageMinEntities: Int = 2,
            crossLanguageMinNumbers: Int = 1,
            crossLanguageMinEntitiesAlone: Int = 6,
            duplicateThreshold: Double = 0.6,
            duplicateMinShingles: Int = 8,
            boilerplateRepeats: Int = 2,
            bodyWordLimit: Int = 300,
            maxOpenStories: Int = 20_000,
            retainedClosedStories: Int = 5_000,
            mergeThreshold: Double = 0.5,
            headlineMergeThreshold: Double = 0.3,
            placeConflictFactor: Double = 0.5,
            useMentionedDates: Bool = true,
            yearGap: Int = 1,
            closedStoryFactor: Double = 0.7,
            followUpMaxSeconds: Int64 = 180 * 86_400,
            followUpMinSharedNames: Int = 2,
            idfExponent: Double = 1,
            headlineIDFExponent: Double = 0.5,
            entityContentThreshold: Double = 0.2,
            entityThreshold: Double = 0.5,
            mergeEntityContentThreshold: Double = 0.3,
            mergeEntityThreshold: Double = 0.6
        ) {
            self.threshold = threshold
            self.headlineThreshold = headlineThreshold
            self.headlineMaxBodyTokens = headlineMaxBodyTokens
            self.ledeMinTitleTokens = ledeMinTitleTokens
            self.windowSeconds = windowSeconds
            self.decayStartSeconds = decayStartSeconds
            self.decayHalfSeconds = decayHalfSeconds
            self.titleWeight = titleWeight
            self.entityBoost = entityBoost
            self.namedBoost = namedBoost
            self.numberBoost = numberBoost
            self.centroidTerms = centroidTerms
            self.queryTerms = queryTerms
            self.maxCandidates = maxCandidates
            self.sameSourceFactor = sameSourceFactor
            self.crossLanguageThreshold = crossLanguageThreshold
            self.crossLanguagePlaceOnlyThreshold = crossLanguagePlaceOnlyThreshold
            self.crossLanguageMinEntities = crossLanguageMinEntities
            self.crossLanguageMinNumbers = crossLanguageMinNumbers
            self.crossLanguageMinEntitiesAlone = crossLanguageMinEntitiesAlone
            self.duplicateThreshold = duplicateThreshold
            self.duplicateMinShingles = duplicateMinShingles
            self.boilerplateRepeats = boilerplateRepeats
            self.bodyWordLimit = bodyWordLimit
            self.maxOpenStories = maxOpenStories
            self.retainedClosedStories = retainedClosedStories
            self.mergeThreshold = mergeThreshold
            self.headlineMergeThreshold = headlineMergeThreshold
            self.placeConflictFactor = placeConflictFactor
            self.useMentionedDates = useMentionedDates
            self.yearGap = yearGap
            self.closedStoryFactor = closedStoryFactor
            self.followUpMaxSeconds = followUpMaxSeconds
            self.followUpMinSharedNames = followUpMinSharedNames
            self.idfExponent = idfExponent
            self.headlineIDFExponent = headlineIDFExponent
            self.entityContentThreshold = entityContentThreshold
            self.entityThreshold = entityThreshold
            self.mergeEntityContentThreshold = mergeEntityContentThreshold
            self.mergeEntityThreshold = mergeEntityThreshold
        }
    }
}
