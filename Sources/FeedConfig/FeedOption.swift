/// The options a feed line may carry after its URL, as `key=value`.
enum FeedOption: String, CaseIterable {
    /// `name="BasNews English"`: the outlet's display name.
    case name
    /// `lang=en`: the feed's language tag, stored lower-cased.
    case lang
    /// `interval=30m`: the feed's own poll interval, at least one minute.
    case interval
    /// `tags=iraq,kurdistan`: comma-separated tags, trimmed and lower-cased.
    case tags

    /// The option keys for error messages: `name, lang, interval, tags`.
    static var knownList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Stores `value` into `subscription`, or explains why it is not acceptable.
    func apply(_ value: String, to subscription: inout Subscription) -> ValueProblem? {
        switch self {
        case .name:
            let trimmed = Self.trimmingBlanks(Substring(value))
            guard !trimmed.isEmpty else { return ValueProblem(message: "name: expected a non-empty name") }
            subscription.name = trimmed
        case .lang:
            guard Self.isLanguageTag(value) else {
                return SettingSpec.expected("a language tag like en, ckb or pt-BR", "lang", value)
            }
            subscription.language = value.lowercased()
        case .interval:
            switch ConfigDuration.checked(value, for: "interval", minimum: .minutes(1)) {
            case .success(let duration): subscription.interval = duration
            case .failure(let problem): return problem
            }
        case .tags:
            var tags: [String] = []
            for part in value.split(separator: ",") {
                let tag = Self.trimmingBlanks(part).lowercased()
                if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
            }
            subscription.tags = tags
        }
        return nil
    }

    /// Whether `text` matches `^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$`.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.unicodeScalars.count),
            primary.unicodeScalars.allSatisfy(\.isASCIILetter)
        else { return false }
        return parts.dropFirst().allSatisfy { subtag in
            (2...8).contains(subtag.unicodeScalars.count)
                && subtag.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
        }
    }

    /// `text` without leading and trailing blanks.
    static func trimmingBlanks(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isLineBlank }),
            let last = scalars.lastIndex(where: { !$0.isLineBlank })
        else { return "" }
        return String(scalars[first...last])
    }
}
