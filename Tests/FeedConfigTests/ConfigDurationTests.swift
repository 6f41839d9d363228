import Testing

@testable import FeedConfig

@Suite struct ConfigDurationTests {
    @Test(arguments: [
        ("90s", 90),
        ("30m", 1800),
        ("1h30m", 5400),
        ("2d", 172_800),
        ("1w", 604_800),
        ("1w1d1h1m1s", 694_861),
        ("0s", 0),
        ("90m", 5400),
        ("1m1m", 120),
    ] as [(String, Int64)])
    func parsesDurations(_ text: String, _ seconds: Int64) {
        #expect(ConfigDuration(text) == ConfigDuration(seconds: seconds))
    }

    @Test(arguments: ["", "30", "1h30", "h", "1.5h", "1H", "1 h", "-5m", "1y", "m30", " 1m", "1m "])
    func refusesMalformedDurations(_ text: String) {
        #expect(ConfigDuration(text) == nil)
    }

    @Test func tellsAMissingUnitApartFromOtherMistakes() {
        #expect(ConfigDuration.parse("30") == .failure(.missingUnit))
        #expect(ConfigDuration.parse("1h30") == .failure(.missingUnit))
        #expect(ConfigDuration.parse("soon") == .failure(.malformed))
        #expect(ConfigDuration.parse("9999999999999999999s") == .failure(.tooLarge))
        #expect(ConfigDuration.parse("99999999999999w") == .failure(.tooLarge))
    }

    @Test(arguments: [
        (0, "0s"),
        (45, "45s"),
        (90, "1m30s"),
        (5400, "1h30m"),
        (86_400, "1d"),
        (259_200, "3d"),
        (694_861, "1w1d1h1m1s"),
        (-90, "-1m30s"),
    ] as [(Int64, String)])
    func describesCanonically(_ seconds: Int64, _ text: String) {
        #expect(ConfigDuration(seconds: seconds).description == text)
    }

    @Test func descriptionRoundTrips() {
        for seconds: Int64 in [1, 59, 60, 61, 3599, 3600, 86_399, 86_400, 604_801, 1_000_000_007] {
            let duration = ConfigDuration(seconds: seconds)
            #expect(ConfigDuration(duration.description) == duration)
        }
        #expect(ConfigDuration(seconds: .min).description.hasPrefix("-"))
    }

    @Test func convenienceConstructorsAndOrdering() {
        #expect(ConfigDuration.minutes(2) == ConfigDuration(seconds: 120))
        #expect(ConfigDuration.hours(1) == ConfigDuration(seconds: 3600))
        #expect(ConfigDuration.days(1) == ConfigDuration(seconds: 86_400))
        #expect(ConfigDuration.seconds(59) < .minutes(1))
        #expect(!(ConfigDuration.hours(1) < .minutes(60)))
    }

    // MARK: - Byte sizes

    @Test(arguments: [
        ("16MiB", 16 * 1024 * 1024),
        ("512KiB", 512 * 1024),
        ("1MB", 1_000_000),
        ("1000", 1000),
        ("2kB", 2000),
        ("2KB", 2000),
        ("1GiB", 1 << 30),
        ("3gb", 3_000_000_000),
        ("16 MiB", 16 * 1024 * 1024),
        ("7B", 7),
    ] as [(String, Int64)])
    func parsesByteSizes(_ text: String, _ bytes: Int64) {
        #expect(ByteSize.parse(text) == bytes)
    }

    @Test(arguments: ["", "MiB", "16XB", "1.5MiB", "-1", "16 M iB", "99999999999999999999", "9999999999GiB"])
    func refusesMalformedByteSizes(_ text: String) {
        #expect(ByteSize.parse(text) == nil)
    }

    @Test(arguments: [
        (16 * 1024 * 1024, "16MiB"),
        (512 * 1024, "512KiB"),
        (1_000_000, "1MB"),
        (1000, "1kB"),
        (1001, "1001"),
        (1 << 30, "1GiB"),
    ] as [(Int64, String)])
    func formatsByteSizesExactly(_ bytes: Int64, _ text: String) {
        #expect(ByteSize.format(bytes) == text)
        #expect(ByteSize.parse(text) == bytes)
    }
}
