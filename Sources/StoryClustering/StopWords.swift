/// Stop-word lists for English, Arabic, Sorani Kurdish (`ckb`) and Kurmanji Kurdish (`kmr`).
///
/// Entries are written in natural spelling and compared after ``TextNormalizer`` folding, so
/// `أن` and `ان` are the same entry.
enum StopWords {
    /// English function words and newswire filler (`Data/stopwords-en.txt`).
    static let english = EmbeddedTable.entries(PackageResources.stopwords_en_txt)
    /// Arabic particles, pronouns and newswire filler (`Data/stopwords-ar.txt`).
    static let arabic = EmbeddedTable.entries(PackageResources.stopwords_ar_txt)
    /// Sorani Kurdish particles, pronouns and filler (`Data/stopwords-ckb.txt`).
    static let sorani = EmbeddedTable.entries(PackageResources.stopwords_ckb_txt)
    /// Kurmanji Kurdish particles, pronouns and filler (`Data/stopwords-kmr.txt`).
    static let kurmanji = EmbeddedTable.entries(PackageResources.stopwords_kmr_txt)

    /// Every list folded and merged: Latin-script entries for English and Kurmanji, and
    /// Arabic-script entries for Arabic and Sorani.
    static let all: Set<String> = {
        var set = Set<String>()
        for word in english + arabic + sorani + kurmanji {
            for token in TextNormalizer.tokens(word) { set.insert(token.text) }
        }
        return set
    }()
}
