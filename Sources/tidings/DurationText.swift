/// Parses `90m`, `24h`, `3d`, `2w`, `1h30m` into seconds.
enum DurationText {
    /// The number of seconds, or nil when `text` is not a duration.
    static func seconds(_ text: String) -> Int64? {
        var total: Int64 = 0
        var number: Int64?
        for c in text.lowercased() {
            if let d = c.wholeNumberValue, c.isASCII {
                number = (number ?? 0) * 10 + Int64(d)
                continue
            }
            guard let n = number else { return nil }
            switch c {
            case "s": total += n
            case "m": total += n * 60
            case "h": total += n * 3600
            case "d": total += n * 86_400
            case "w": total += n * 7 * 86_400
            default: return nil
            }
            number = nil
        }
        return number == nil && !text.isEmpty ? total : nil
    }
}
