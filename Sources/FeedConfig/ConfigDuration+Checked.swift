extension ConfigDuration {
    /// Parses `text` as the value of `key`, explaining problems in the user's terms.
    ///
    /// - Parameters:
    ///   - minimum: the shortest acceptable duration.
    ///   - alternatives: other accepted words, mentioned in the "expected" message.
    static func checked(
        _ text: String,
        for key: String,
        minimum: ConfigDuration,
        orElse alternatives: String? = nil
    ) -> Result<ConfigDuration, ValueProblem> {
        let example = "a duration like 30m, 2h or 1d" + (alternatives.map { ", or " + $0 } ?? "")
        switch parse(text) {
        case .failure(.missingUnit):
            return .failure(
                ValueProblem(message: "\(key): a unit is required (s, m, h, d or w), as in 30m; got '\(text)'")
            )
        case .failure(.malformed):
            return .failure(SettingSpec.expected(example, key, text))
        case .failure(.tooLarge):
            return .failure(ValueProblem(message: "\(key): duration '\(text)' is too large"))
        case .success(let duration) where duration < minimum:
            return .failure(ValueProblem(message: "\(key): must be at least \(minimum), got '\(text)'"))
        case .success(let duration):
            return .success(duration)
        }
    }
}
