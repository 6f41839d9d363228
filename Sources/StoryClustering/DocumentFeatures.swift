/// The language-aware features of one document, before TF-IDF weighting.
struct DocumentFeatures: Sendable {
    /// The kind of a feature, which decides its boost.
    enum Kind: Int, Sendable, Comparable {
        /// A stemmed word.
        case word = 0
        /// A capitalised word or run of capitalised words (a likely name).
        case entity = 1
        /// A gazetteer concept (topic or unit) shared across languages.
        case concept = 2
        /// A gazetteer named entity shared across languages.
        case named = 3
        /// A number.
        case number = 4
        /// A day of a month.
        case date = 5
        /// A name written in Latin script (`MV Northern Star`, `UNESCO`): the same inside an Arabic
        /// or Kurdish article as in an English one. An anchor only — it never weighs in the lexical
        /// similarity of two documents, which already counts it as a word or an entity.
        case latinName = 6

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Whether the feature means the same in every language.
        var isAnchor: Bool { self >= .concept }
    }

    /// One feature with its accumulated field-weighted frequency.
    struct Term: Sendable {
        /// The interned id of the feature key (a key is prefixed by kind: `w:`, `e:`, `g:`, `n:`, `d:`).
        var id: Int32
        /// The kind.
        var kind: Kind
        /// Title occurrences times the title weight plus body occurrences.
        var frequency: Double
    }

    /// The features, in order of first occurrence.
    var terms: [Term]
    /// Distinct named gazetteer ids, sorted.
    var namedEntities: [String]
    /// The governorates of the specific places (gazetteer places narrower than a country or
    /// capital) named in the title, distinct and sorted: two reports placing an event in different
    /// governorates are different events.
    var titlePlaces: [String]
    /// The places below a governorate (towns, districts, villages, sites) named in the title,
    /// distinct and sorted.
    var titleTowns: [String]
    /// Villages the title names by a word for village that the gazetteer does not know, as
    /// "language:name" ("en:kandinawa", "ar:حردان"): comparable only with villages named in the same
    /// language ("Kandinawa village", "قرية حردان", "گوندی هاردان", "gundê Hardanê"), sorted.
    var titleVillages: [String] = []
    /// The roads and pipelines the title names by their ends ("the Kirkuk-Ceyhan oil pipeline"), as
    /// "route:" and the governorates the two ends lie in, sorted: where on a route is unknown, but
    /// routes between other governorates are other places.
    var titleRoutes: [String] = []
    /// The sums of money the title names, as orders of magnitude (``HeadlineSums``), sorted: a
    /// €2m raid and an €85m heist are two events.
    var titleSums: [HeadlineSums.Magnitude] = []
    /// The sides of towns and capitals the title puts its event on ("west of Sinjar"), sorted.
    var titleBearings: [PlaceBearing] = []
    /// The kinds of event the title names, one bit each (``Gazetteer/eventKinds``: a drone strike, a
    /// blast, a fire, a protest; arrests or a funeral, which follow any event, are no kind).
    var titleKinds: UInt64 = 0
    /// Whether the title names an attack, deaths or injuries, of no particular kind.
    var titleNamesUnspecifiedEvent = false
    /// Whether the title names what follows a happening: arrests, a sentence, a funeral, a resignation,
    /// or another aftermath ``AftermathCue`` reads (a toll rising, an inquiry, compensation).
    var titleNamesAftermath = false
    /// Whether the title holds words of what follows a happening (``AftermathCue``: an inquiry,
    /// compensation, a toll, a burial), whatever kind of event it names, if any.
    var titleHasAftermathWords = false
    /// Whether the title says a protest, a sit-in or a strike ended ("Garmiyan teachers suspend
    /// strike as salaries due", "Rifai graduates end sit-in"; ``ProtestEndCue``).
    var titleEndsProtest = false
    /// The day (its start, unix seconds UTC) an English title naming what followed dates its
    /// happening to by a weekday ("over Monday's pipeline bombing"; ``HappeningWeekday``), else `nil`.
    var titleHappeningDay: Int64?
    /// Whether the title says its happening is not the first of its kind lately ("second drone
    /// strike this week"; ``RepeatCue``), or a sentence of the body's first words counts it among
    /// others of its kind ("It was the second shooting in Erbil in less than a week").
    var marksRepeat = false
    /// Whether the title counts a period's happenings ("58 killed on roads in first quarter";
    /// ``RoundupCue``): a roundup, of no one happening.
    var titleCountsPeriod = false
    /// Whether the title opened with a label announcing news just breaking ("عاجل |", "Lezgîn:";
    /// ``HeadlineLabel/read(_:)``): a report of a happening just now.
    var titleIsBreaking = false
    /// Whether the title is an English feature's, setting a scene before a comma ("In Iraq's Fao, the
    /// sea is killing the date palms"; ``SceneHeadline``): a piece of its own.
    var titleSetsScene = false
    /// Whether the headline tells a fire breaking out ("Fire breaks out at oil well", "اندلاع حريق",
    /// "ئاگر … کەوتەوە", "agir … ket"; ``FeatureExtractor/tellsFireBreakingOut(_:language:)``): like a
    /// breaking label, a fire of just now.
    var titleTellsFireOnset = false
    /// What the headline tells of the people its happening hurt (``CasualtyCue``).
    var titleToll: CasualtyCue.Toll = .untold
    /// The capitals that are governorates too (Baghdad, Erbil) named in the title after a locative
    /// ("in Erbil's bazaar", "في بغداد"), sorted.
    var titleCapitals: [String]
    /// Distinct numbers and dates (`n:`/`d:` keys), sorted.
    var numbers: [String]
    /// The latest year (1900–2100) written anywhere in the title or body; a decade ("the 1990s") is none.
    var latestYear: Int?
    /// Fingerprints of the distinct terms of the title but places, sorted.
    var titleTerms: [UInt64] = []
    /// Fingerprints of the title's distinct terms that name the happening's particulars (a town or
    /// site, a person, an institution, a capitalised word, a figure of 10 or more), sorted.
    var titleParticulars: [UInt64] = []
    /// The ``titleParticulars`` that are places (a town, a site), sorted.
    var titlePlaceParticulars: [UInt64] = []
    /// Fingerprints of the title's distinct plain words (no name, place, figure or concept), sorted.
    var titleWords: [UInt64] = []
    /// 4-word shingle hashes of the body (or of the title when the body is short).
    var shingles: [UInt64]
    /// Number of body tokens read: after boilerplate removal, up to the sentence crossing
    /// ``StoryClusterer/Configuration/bodyWordLimit``.
    var bodyTokenCount: Int
    /// Number of title tokens.
    var titleTokenCount: Int
    /// The language group used (`en`, `ar`, `ckb`, `kmr` or another code).
    var language: String
}
