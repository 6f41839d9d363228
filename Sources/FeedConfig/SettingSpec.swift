/// How one setting key is read from text into ``Settings`` and written back.
///
/// The table of all settings is ``table``; adding a setting is one line there (plus its stored
/// property on ``Settings``).
struct SettingSpec: Sendable {
    /// Where a setting lives in ``Settings``.
    typealias Path<Value> = any WritableKeyPath<Settings, Value> & Sendable

    /// The key as written in `feeds.conf`.
    let key: String
    /// Stores the value `text` into the settings, or explains why it is not acceptable.
    let apply: @Sendable (_ text: String, _ settings: inout Settings) -> ValueProblem?
    /// The canonical text of the setting's current value.
    let render: @Sendable (Settings) -> String

    /// Every known setting, in documentation order.
    static let table: [SettingSpec] = [
        .text("database", \.database),
        .duration("interval", \.defaultInterval, minimum: .minutes(1)),
        .text("user_agent", \.userAgent),
        .duration("timeout", \.timeout, minimum: .seconds(1)),
        .duration("connect_timeout", \.connectTimeout, minimum: .seconds(1)),
        .byteSize("max_body_size", \.maxBodySize),
        .positiveInteger("concurrency", \.concurrency),
        .positiveInteger("per_host_connections", \.perHostConnections),
        .duration("host_delay", \.hostDelay, minimum: .seconds(0)),
        .duration("min_interval", \.minInterval, minimum: .minutes(1)),
        .duration("max_interval", \.maxInterval, minimum: .minutes(1)),
        .boolean("deny_private_networks", \.denyPrivateNetworks),
        .durationOrForever("retention", \.retention),
        .choice("log_level", \.logLevel, among: Settings.logLevels),
        .fraction("cluster_threshold", \.clusterThreshold),
        .duration("cluster_window", \.clusterWindow, minimum: .seconds(1)),
        .positiveInteger("cluster_max_stories", \.clusterMaxStories),
    ]

    /// The spec for `key`, or nil when the key is unknown.
    static func named(_ key: String) -> SettingSpec? {
        table.first { $0.key == key }
    }

    // MARK: - Kinds

    /// A non-empty string stored as written.
    static func text(_ key: String, _ path: Path<String>) -> SettingSpec {
        SettingSpec(
            key: key,
            apply: { text, settings in
                guard !text.isEmpty else { return ValueProblem(message: "\(key): expected a non-empty value") }
                settings[keyPath: path] = text
                return nil
            },
            render: { $0[keyPath: path] }
        )
    }

    /// A duration no shorter than `minimum`.
    static func duration(
        _ key: String,
        _ path: Path<ConfigDuration>,
        minimum: ConfigDuration
    ) -> SettingSpec {
        SettingSpec(
            key: key,
            apply: { text, settings in
                switch ConfigDuration.checked(text, for: key, minimum: minimum) {
                case .success(let duration):
                    settings[keyPath: path] = duration
                    return nil
                case .failure(let problem):
                    return problem
                }
            },
            render: { $0[keyPath: path].description }
        )
    }

    /// A positive duration, or `0`, `off` or `forever` for none (nil).
    static func durationOrForever(
        _ key: String,
        _ path: Path<ConfigDuration?>
    ) -> SettingSpec {
        SettingSpec(
            key: key,
            apply: { text, settings in
                if ["0", "off", "forever"].contains(text.lowercased()) {
                    settings[keyPath: path] = nil
                    return nil
                }
                switch ConfigDuration.checked(text, for: key, minimum: .seconds(0), orElse: "0, off or forever") {
                case .success(let duration):
                    settings[keyPath: path] = duration.seconds == 0 ? nil : duration
                    return nil
                case .failure(let problem):
                    return problem
                }
            },
            render: { $0[keyPath: path]?.description ?? "forever" }
        )
    }

    /// A positive byte size such as `16MiB`, `512KiB`, `1MB` or `1000`.
    static func byteSize(_ key: String, _ path: Path<Int64>) -> SettingSpec {
        SettingSpec(
            key: key,
            apply: { text, settings in
                guard let bytes = ByteSize.parse(text), bytes > 0 else {
                    return expected("a positive byte size like 16MiB, 512KiB, 1MB or 1000", key, text)
                }
                settings[keyPath: path] = bytes
                return nil
            },
            render: { ByteSize.format($0[keyPath: path]) }
        )
    }

    /// A decimal integer of at least 1.
    static func positiveInteger(_ key: String, _ path: Path<Int>) -> SettingSpec {
        SettingSpec(
            key: key,
            apply: { text, settings in
                guard text.unicodeScalars.allSatisfy(\.isASCIIDigit), let number = Int(text), number > 0 else {
                    return expected("a positive whole number", key, text)
                }
                settings[keyPath: path] = number
                return nil
            },
            render: { String($0[keyPath: path]) }
        )
    }

    /// `yes`/`no`, `true`/`false`, `on`/`off` or `1`/`0`, in any case.
    static func boolean(_ key: String, _ path: Path<Bool>) -> SettingSpec {
        SettingSpec(
            key: key,
            apply: { text, settings in
                switch text.lowercased() {
                case "yes", "true", "on", "1": settings[keyPath: path] = true
                case "no", "false", "off", "0": settings[keyPath: path] = false
                default: return expected("yes or no (or true/false, on/off, 1/0)", key, text)
                }
                return nil
            },
            render: { $0[keyPath: path] ? "yes" : "no" }
        )
    }

    /// One word out of `choices`, matched case-insensitively and stored lower-cased.
    static func choice(
        _ key: String,
        _ path: Path<String>,
        among choices: [String]
    ) -> SettingSpec {
        SettingSpec(
            key: key,
            apply: { text, settings in
                let lowered = text.lowercased()
                guard choices.contains(lowered) else {
                    return expected("one of " + choices.joined(separator: ", "), key, text)
                }
                settings[keyPath: path] = lowered
                return nil
            },
            render: { $0[keyPath: path] }
        )
    }

    /// A decimal number from 0 to 1 such as `0.3`, `1` or `0.25`.
    static func fraction(_ key: String, _ path: Path<Double>) -> SettingSpec {
        SettingSpec(
            key: key,
            apply: { text, settings in
                let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                let isDecimal = !text.isEmpty && text != "." && parts.count <= 2
                    && parts.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCIIDigit) }
                guard isDecimal, let number = Double(text), (0.0...1.0).contains(number) else {
                    return expected("a decimal number from 0 to 1 like 0.3", key, text)
                }
                settings[keyPath: path] = number
                return nil
            },
            render: { String($0[keyPath: path]) }
        )
    }

    /// The standard "expected …, got '…'" problem.
    static func expected(_ what: String, _ key: String, _ text: String) -> ValueProblem {
        ValueProblem(message: "\(key): expected \(what), got '\(text)'")
    }
}
