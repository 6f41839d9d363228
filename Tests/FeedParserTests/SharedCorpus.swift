import Foundation

/// Where `../shared` (beside the repository) lives; tests that read it are skipped when it is absent.
enum SharedCorpus {
    /// `<repository>/../shared`, found from this file's path.
    static let root: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    static let feedparserDates = root + "/feedsuite/feedparser/dates.json"
    static let feedvalidatorDates = root + "/feedsuite/feedvalidator/dates.json"
}
