import FeedModel

/// Short human ages: "now", "5m", "3h", "2d", "6w".
enum Age {
    /// "just now" or "5m ago".
    static func ago(from then: Timestamp, to now: Timestamp) -> String {
        let age = short(from: then, to: now)
        return age == "now" ? "just now" : age + " ago"
    }

    /// "now", "5m", "3h", "2d" or "6w": the time from `then` to `now`, rounded down.
    static func short(from then: Timestamp, to now: Timestamp) -> String {
        let s = max(0, now.seconds - then.seconds)
        switch s {
        case ..<60: return "now"
        case ..<3600: return "\(s / 60)m"
        case ..<86_400: return "\(s / 3600)h"
        case ..<(14 * 86_400): return "\(s / 86_400)d"
        default: return "\(s / (7 * 86_400))w"
        }
    }
}
