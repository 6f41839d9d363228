@testable import StoryClustering

/// The features a headline alone gives, with a fresh extractor and caches: what the tests of the
/// headline rules (sides, routes, recalls, villages, kinds) read.
enum HeadlineFeatures {
    static func of(_ title: String, language: String, published: Int64? = nil) -> DocumentFeatures {
        var boilerplate = BoilerplateFilter()
        var words = WordCache()
        var kurmanjiWords = WordCache()
        var terms = TermAccumulator()
        let document = ClusterDocument(id: "a", source: "s", title: title, text: "", published: published, language: language)
        return FeatureExtractor(titleWeight: 2, boilerplateRepeats: 2).features(
            of: document, boilerplate: &boilerplate, words: &words, kurmanjiWords: &kurmanjiWords, terms: &terms)
    }
}
