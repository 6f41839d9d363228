import FeedModel

/// Formats HTTP dates (IMF-fixdate, RFC 9110 section 5.6.7) without Foundation, from the
/// calendar arithmetic ``FeedModel`` uses for timestamps (`CivilTime`).
enum HTTPDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Sun, 06 Nov 1994 08:49:37 GMT` for the given seconds since 1970 (UTC).
    static func imfFixdate(epochSeconds: Int) -> String {
        let (year, month, day, hour, minute, second) = CivilTime.components(of: Int64(epochSeconds))
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday.
        return "\(weekdays[weekday]), \(pad(day)) \(months[month - 1]) \(year) "
            + "\(pad(hour)):\(pad(minute)):\(pad(second)) GMT"
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
