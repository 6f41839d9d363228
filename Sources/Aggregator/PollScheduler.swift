import FeedModel
import FeedParser

/// Decides when a feed is polled next. Pure: every input is a parameter.
///
/// After a success the next poll is the largest of the configured interval, the server's
/// `Cache-Control: max-age` / `Expires`, the feed's `<ttl>` and `sy:updatePeriod`, and half the
/// feed's typical gap between posts; clamped to [minimum, maximum]; plus a deterministic jitter
/// of up to 10% so that feeds configured together drift apart. After a failure it backs off.
struct PollScheduler {
    /// The decision: when, and why (shown in `tidings feeds`).
    struct Plan: Equatable {
        var next: Timestamp
        var reason: String
    }

    var minimum: Int64
    var maximum: Int64
    /// Longest wait after failures.
    var maximumBackoff: Int64 = 2 * 86_400
    /// Longest `Retry-After` honoured.
    var maximumRetryAfter: Int64 = 7 * 86_400

    func afterSuccess(
        now: Timestamp, interval: Int64, headers: [String: String], ttlMinutes: Int?, updatePeriodSeconds: Int64?,
        entryDates: [Timestamp], jitterKey: String
    ) -> Plan {
        var candidates: [(Int64, String)] = [(interval, "interval")]
        if let maxAge = PollScheduler.maxAge(headers, now: now) { candidates.append((maxAge, "max-age")) }
        if let ttl = ttlMinutes, ttl > 0 { candidates.append((Int64(ttl) * 60, "ttl")) }
        if let period = updatePeriodSeconds, period > 0 { candidates.append((period, "sy:updatePeriod")) }
        if let gap = PollScheduler.typicalGap(entryDates) { candidates.append((gap / 2, "posting rate")) }
        // The first candidate wins ties, so "interval" is reported when nothing asks for longer.
        var chosen = candidates[0]
        for candidate in candidates.dropFirst() where candidate.0 > chosen.0 { chosen = candidate }
        var wait = chosen.0
        var reason = chosen.1
        if wait < minimum {
            wait = minimum
            reason += ", raised to min_interval"
        } else if wait > maximum {
            wait = maximum
            reason += ", capped at max_interval"
        }
        return Plan(next: now.adding(seconds: wait + jitter(wait, key: jitterKey, now: now)), reason: reason)
    }

    /// After an HTTP error or a transport failure. `errorCount` is the number of consecutive
    /// failures before this one.
    func afterFailure(now: Timestamp, interval: Int64, status: Int?, headers: [String: String], errorCount: Int) -> Plan {
        if let status, status == 429 || status == 503 {
            if let retry = PollScheduler.retryAfter(headers["retry-after"], now: now) {
                let wait = min(max(retry, 1), maximumRetryAfter)
                return Plan(next: now.adding(seconds: wait), reason: "Retry-After")
            }
            let wait = min(max(interval, minimum) * 2, maximumBackoff)
            return Plan(next: now.adding(seconds: wait), reason: "backoff (\(status) without Retry-After)")
        }
        let factor = Int64(1) << Int64(min(errorCount + 1, 10))
        let wait = min(max(interval, minimum) * factor / 2, maximumBackoff)
        return Plan(next: now.adding(seconds: max(wait, minimum)), reason: "backoff")
    }

    /// Up to 10% of `wait`, the same for the same feed and slot, so restarts do not reshuffle it.
    private func jitter(_ wait: Int64, key: String, now: Timestamp) -> Int64 {
        guard wait >= 60 else { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        hash ^= UInt64(bitPattern: now.seconds / max(wait, 1))
        hash = hash &* 0x100_0000_01b3
        return Int64(hash % UInt64(wait / 10 + 1))
    }

    /// `Cache-Control: max-age` (ignored with `no-cache`/`no-store`), else `Expires` − `Date`.
    static func maxAge(_ headers: [String: String], now: Timestamp) -> Int64? {
        if let cacheControl = headers["cache-control"]?.lowercased() {
            let directives = cacheControl.split(separator: ",").map { String($0).trimmingASCIIWhitespace() }
            if directives.contains(where: { $0 == "no-store" || $0 == "no-cache" }) { return nil }
            for directive in directives where directive.hasPrefix("max-age=") {
                if let seconds = Int64(directive.dropFirst(8).filter { $0 != "\"" }), seconds > 0 { return seconds }
            }
        }
        if let expires = headers["expires"].flatMap(FeedDate.parse) {
            let reference = headers["date"].flatMap(FeedDate.parse) ?? now
            let seconds = expires.seconds - reference.seconds
            return seconds > 0 ? seconds : nil
        }
        return nil
    }

    /// `Retry-After` as delay-seconds or an HTTP-date, in seconds from now.
    static func retryAfter(_ value: String?, now: Timestamp) -> Int64? {
        guard let value = value?.trimmingASCIIWhitespace(), !value.isEmpty else { return nil }
        if let seconds = Int64(value) { return max(0, seconds) }
        guard let date = FeedDate.parse(value) else { return nil }
        return max(0, date.seconds - now.seconds)
    }

    /// The median gap between consecutive posts among the newest 20, when there are at least 3.
    static func typicalGap(_ dates: [Timestamp]) -> Int64? {
        let recent = dates.sorted(by: >).prefix(20)
        guard recent.count >= 3 else { return nil }
        let gaps = zip(recent, recent.dropFirst()).map { $0.seconds - $1.seconds }.filter { $0 > 0 }.sorted()
        guard !gaps.isEmpty else { return nil }
        return gaps[gaps.count / 2]
    }
}
