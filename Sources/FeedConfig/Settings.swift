/// The global settings of `feeds.conf` (`key = value` lines), with their defaults.
///
/// Every property starts at the documented default; ``FeedsFile/parse(_:source:)`` overwrites
/// the ones the file sets and records their keys in ``explicitKeys``.
public struct Settings: Sendable, Hashable {
    /// `database`: path of the SQLite database. Default `tidings.db`.
    public var database = "tidings.db"
    /// `interval`: poll interval for feeds without their own `interval=`. Default 30m, at least 1m.
    public var defaultInterval = ConfigDuration.minutes(30)
    /// `user_agent`: the HTTP `User-Agent` header sent with every request.
    public var userAgent = "Tidings/0.1 (+https://github.com/tidings/tidings)"
    /// `timeout`: total time allowed for one transfer. Default 30s.
    public var timeout = ConfigDuration.seconds(30)
    /// `connect_timeout`: time allowed to establish a connection. Default 10s.
    public var connectTimeout = ConfigDuration.seconds(10)
    /// `max_body_size`: largest response body accepted, in bytes. Default 16 MiB.
    public var maxBodySize: Int64 = 16 << 20
    /// `concurrency`: transfers in flight at once, over all hosts. Default 16.
    public var concurrency = 16
    /// `per_host_connections`: transfers in flight at once to one host. Default 1.
    public var perHostConnections = 1
    /// `host_delay`: minimum gap between two requests to the same host; 0s allowed. Default 1s.
    public var hostDelay = ConfigDuration.seconds(1)
    /// `min_interval`: shortest poll interval, whatever a feed asks for. Default 15m.
    public var minInterval = ConfigDuration.minutes(15)
    /// `max_interval`: longest poll interval, whatever a feed asks for. Default 24h.
    public var maxInterval = ConfigDuration.hours(24)
    /// `deny_private_networks`: refuse to fetch from loopback and private addresses. Default no.
    public var denyPrivateNetworks = false
    /// `retention`: how long to keep entries; nil (the default, `0`, `off` or `forever`) keeps them forever.
    public var retention: ConfigDuration?
    /// `log_level`: one of trace, debug, info, notice, warning, error, critical. Default info.
    public var logLevel = "info"
    /// `cluster_threshold`: the content similarity (0 to 1) at which a full-text article joins a
    /// story on its words alone. Default 0.32, the clustering engine's own.
    public var clusterThreshold = 0.32
    /// `cluster_window`: how long a story stays open after its latest article. Default 96h, the
    /// clustering engine's own.
    public var clusterWindow = ConfigDuration.hours(96)
    /// `cluster_max_stories`: how many open stories the clustering engine holds in memory (each
    /// about 2.7 KB); beyond it, the least recently joined tenth is closed early. Default 20,000, the
    /// clustering engine's own: about 55 MB, three to four days of new stories for 1,000 busy feeds.
    public var clusterMaxStories = 20_000
    /// The keys the file set explicitly, such as `database` or `log_level`.
    public var explicitKeys: Set<String> = []

    /// Creates settings holding every default, with no explicit keys.
    public init() {}

    /// Every setting key `feeds.conf` knows, in documentation order.
    public static var keys: [String] { SettingSpec.table.map(\.key) }

    /// The log levels `log_level` accepts, from most to least verbose.
    public static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// Every setting in documentation order with its canonical text and whether the file set it.
    ///
    /// Values are written so that they parse back to the same setting: durations as `1h30m`,
    /// sizes as `16MiB`, booleans as `yes`/`no`, and a nil ``retention`` as `forever`.
    public func effective() -> [(key: String, value: String, fromFile: Bool)] {
        SettingSpec.table.map { spec in
            (key: spec.key, value: spec.render(self), fromFile: explicitKeys.contains(spec.key))
        }
    }
}
