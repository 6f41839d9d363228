public import FeedModel

/// What one refresh pass did, feed by feed.
public struct RefreshReport: Sendable {
    /// The outcome for one feed.
    public struct FeedOutcome: Sendable {
        /// The feed URL as configured.
        public var url: String
        /// The feed's display name.
        public var name: String
        /// The HTTP status, when one arrived.
        public var status: Int?
        /// The error, when the poll failed.
        public var error: String?
        /// Warnings from a recovered parse.
        public var warnings: [String]
        /// How the stored articles changed.
        public var counts: IngestCounts
        /// Seconds spent parsing this feed's body.
        public var parseSeconds: Double = 0
        /// Seconds spent storing this poll.
        public var storeSeconds: Double = 0
    }

    /// One outcome per polled feed, in configuration order.
    public var feeds: [FeedOutcome] = []
    /// Feeds skipped and why (server-imposed wait, gone).
    public var skipped: [(url: String, reason: String)] = []
    /// What the clustering pass did (nil when none ran).
    public var clustering: ClusteringPass?
    /// Stories after clustering (nil when no clustering pass finished).
    public var storyCount: Int? { clustering?.storyCount }
    /// Seconds spent clustering (and storing the stories).
    public var clusterSeconds: Double = 0
    /// Seconds for the whole pass.
    public var totalSeconds: Double = 0

    /// Why clustering could not be stored, when it could not (the database is unusable).
    public var clusteringError: String?

    /// Feeds whose poll failed.
    public var failures: [FeedOutcome] { feeds.filter { $0.error != nil } }
}
