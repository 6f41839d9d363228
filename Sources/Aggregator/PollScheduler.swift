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
        entryDates: [Timestamp], jitterKey: String, skipHours: [Int] = [], skipDays: [String] = []
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
        var next = now.adding(seconds: wait + jitter(wait, key: jitterKey, now: now))
        // skipHours / skipDays are hints: move to the next allowed GMT slot, never past the ceiling.
        let skipped = PollScheduler.nextAllowed(after: next, skipHours: skipHours, skipDays: skipDays)
        if skipped != next, skipped.seconds - now.seconds <= maximum {
            next = skipped
            reason += ", skipHours/skipDays"
        }
        return Plan(next: next, reason: reason)
    }

    /// The first time at or after `time` outside the skipped GMT hours and days.
    static func nextAllowed(after time: Timestamp, skipHours: [Int], skipDays: [String]) -> Timestamp {
        guard !skipHours.isEmpty || !skipDays.isEmpty else { return time }
        let names = ["thursday", "friday", "saturday", "sunday", "monday", "tuesday", "wednesday"]
        let hours = Set(skipHours)
        let days = Set(skipDays.map { $0.lowercased() })
        var candidate = time
        for _ in 0..<(8 * 24) {
            let day = names[Int(((candidate.seconds / 86_400) % 7 + 7) % 7)]
            let hour = Int(((candidate.seconds % 86_400) + 86_400) % 86_400 / 3600)
            if !hours.contains(hour) && !days.contains(day) { return candidate }
            candidate = Timestamp(seconds: (candidate.seconds / 3600 + 1) * 3600)
        }
        return time
    }

    /// After an HTTP error or a transport failure. `errorCount` is the number of consecutive
    /// failures before this one.
    func afterFailure(now: Timestamp, interval: Int64, status: Int?, headers: [String: String], errorCount: Int) -> Plan {
        let base = max(interval, minimum)
        if let status, status == 429 || status == 503 {
            if let retry = PollScheduler.retryAfter(headers["retry-after"], now: now) {
                // Never sooner than the feed's own interval, never longer than the cap.
                let wait = min(max(retry, base), maximumRetryAfter)
                return Plan(next: now.adding(seconds: wait), reason: "Retry-After")
            }
            let wait = min(base * 2, 86_400)
            return Plan(next: now.adding(seconds: wait), reason: "backoff (\(status) without Retry-After)")
        }
        // Exponential backoff; a missing feed (404) backs off twice as fast.
        let steps = errorCount + (status == 404 ? 2 : 1)
        let factor = Int64(1) << Int64(min(steps, 12))
        let wait = min(base * factor / 2, maximumBackoff)
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
                if let seconds = Int64(directive.dropFirst(8).filter { $0 != "\"" }) {
                    // Freshness left = max-age − Age (RFC 9111 §4.2.3).
                    let age = headers["age"].flatMap { Int64($0.trimmingASCIIWhitespace()) } ?? 0
                    return seconds - age > 0 ? seconds - age : nil
                }
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
