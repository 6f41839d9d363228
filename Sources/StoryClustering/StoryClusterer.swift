/// Groups articles about the same news event across outlets and languages.
///
/// A single online pass: documents are taken in order of publication time (unknown times
/// last, ties in the given order) and each is handled once:
///
/// 1. **Text.** Titles and bodies are normalised on Unicode scalars (case, Latin diacritics,
///    Arabic-script letter variants, tashkeel and tatweel, Arabic-Indic digits), split into
///    sentences and tokens; sentences a source keeps repeating are dropped as boilerplate.
/// 2. **Features.** Stop words go, English plurals are folded, Arabic and Sorani articles and
///    endings are stripped; titles count double; capitalised words and runs, numbers, dates
///    and ``Gazetteer`` entities (places, institutions, armed groups, office holders in
///    English, Arabic, Sorani and Kurmanji spellings) get their own, boosted features. The
///    gazetteer entities, numbers, months, weekdays and dates are language-independent
///    anchors. Weights are TF-IDF with document frequencies updated as documents stream in.
/// 3. **Same article.** An equal canonical link, or a near-verbatim body (MinHash over word
///    4-grams with LSH buckets), joins the original's story as a duplicate.
/// 4. **Same event.** Candidate stories come from an inverted index over story centroids;
///    the document joins the most similar one (cosine with the story's centroid in the
///    document's language, decayed over time, damped for a source already in the story and
///    for titles that name other towns) when above the threshold for its kind (headline-only
///    or full text). A story in other languages only can be joined through shared anchors:
///    several gazetteer entities plus a number or date, and a high anchor similarity.
///    Otherwise the document founds a new story. Headline stories that grow similar merge.
/// 5. **Window.** Stories idle for longer than the window close; closed stories are evicted
///    from the index (a bounded number stay reachable for undated documents).
///
/// The result does not depend on hash order: the same input gives the same output on every
/// run, and nothing here reads a clock, a file or a random source.
public struct StoryClusterer: Sendable {
    /// The tuning in use.
    public var configuration: Configuration

    /// Creates a clusterer.
    /// - Parameter configuration: The tuning; the defaults suit news feeds.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// Clusters `documents` into stories.
    ///
    /// Documents are processed in order of (`published` ?? +∞, then the given order); an undated
    /// document whose headline or opening lines give a full date (a ``Dateline``) is dated by it
    /// (``Configuration/useMentionedDates``).
    /// - Parameter documents: The articles; ids should be unique.
    /// - Returns: One assignment per input document, in input order.
    public func cluster(_ documents: [ClusterDocument]) -> [StoryAssignment] {
        // Never asked to stop, the cancellable pass always returns.
        cluster(documents, shouldStop: { false }) ?? []
    }

    /// The publication time the ``Dateline`` at the top of an undated `document` gives (noon UTC of
    /// its day), or `nil` when it has a date, gives none or ``Configuration/useMentionedDates`` is off.
    public func dateline(of document: ClusterDocument) -> Int64? {
        guard configuration.useMentionedDates, document.published == nil else { return nil }
        return Dateline.time(title: document.title, text: document.text, language: document.language)
    }

    /// Whether `document` is an obituary dated by the birth it tells ("Page was born on April 22,
    /// 1923" in an obituary dated April 22, 1923 that recalls her photographs of 1955): an
    /// archive's extractor took the date from the page, and it says nothing of the article's day
    /// (``Dateline/writesAsBirth(_:in:)``). `tidings cluster` reads such a line as undated. Always
    /// `false` when ``Configuration/useMentionedDates`` is off.
    public func datedByABirth(_ document: ClusterDocument) -> Bool {
        guard configuration.useMentionedDates, let published = document.published else { return false }
        return Dateline.writesAsBirth(published, in: document.title + "\n" + document.text)
    }

    /// `documents`, each undated one dated by its ``dateline(of:)``.
    func datedByDatelines(_ documents: [ClusterDocument]) -> [ClusterDocument] {
        // A batch of dated articles (the daemon's, most archives) is not copied.
        guard configuration.useMentionedDates, documents.contains(where: { $0.published == nil }) else {
            return documents
        }
        return documents.map { document in
            guard let time = dateline(of: document) else { return document }
            var dated = document
            dated.published = time
            return dated
        }
    }

    /// The indices of `documents` in processing order.
    static func processingOrder(_ documents: [ClusterDocument]) -> [Int] {
        documents.indices.sorted { lhs, rhs in
            let left = documents[lhs].published ?? .max
            let right = documents[rhs].published ?? .max
            return left != right ? left < right : lhs < rhs
        }
    }
}
