import Testing

@testable import FeedConfig

@Suite struct FeedsFileEditingTests {
    static let original = """
        # My feeds\t(tab before this remark)
        interval = 1h  # default

        # --- Kurdistan ---
        https://www.basnews.com/en/feed name="BasNews English" lang=en
        \thttps://example.com/rss#latest   # keep me

        """

    @Test func lineQuotesWhatNeedsQuoting() {
        let subscription = Subscription(
            url: "https://a.example/feed",
            name: #"The "Daily" \ Feed"#,
            language: "pt-br",
            interval: .minutes(90),
            tags: ["iraq", "middle east"]
        )
        #expect(
            FeedsFile.line(for: subscription)
                == #"https://a.example/feed name="The \"Daily\" \\ Feed""#
                + #" lang=pt-br interval=1h30m tags="iraq,middle east""#
        )
        #expect(FeedsFile.line(for: Subscription(url: "https://b.example/")) == "https://b.example/")
        #expect(
            FeedsFile.line(for: Subscription(url: "https://b.example/", name: "Two\nLines", tags: ["x"]))
                == #"https://b.example/ name="Two Lines" tags=x"#
        )
    }

    @Test func appendedLineParsesBackToTheSameSubscription() throws {
        let subscription = Subscription(
            url: "https://new.example/feed.xml",
            name: #"Quotes "and" back\slashes # not a comment"#,
            language: "ckb",
            interval: .hours(2),
            tags: ["kurdistan", "sorani news"]
        )
        let edited = FeedsFile.appendingLine(for: subscription, to: Self.original)

        #expect(edited.hasPrefix(Self.original), "the existing text is kept byte for byte")
        let file = try FeedsFile.parse(edited, source: testSource)
        try #require(file.subscriptions.count == 3)
        var expected = subscription
        expected.line = 7
        #expect(file.subscriptions[2] == expected)
        #expect(file.settings.defaultInterval == .hours(1))
    }

    @Test func appendAddsAMissingFinalNewline() {
        let subscription = Subscription(url: "https://c.example/")
        #expect(FeedsFile.appendingLine(for: subscription, to: "# x") == "# x\nhttps://c.example/\n")
        #expect(FeedsFile.appendingLine(for: subscription, to: "# x\n") == "# x\nhttps://c.example/\n")
        #expect(FeedsFile.appendingLine(for: subscription, to: "") == "https://c.example/\n")
        #expect(FeedsFile.appendingLine(for: subscription, to: "# x\r\n# y") == "# x\r\n# y\r\nhttps://c.example/\r\n")
    }

    @Test func removeKeepsEverythingElse() throws {
        let removed = try #require(FeedsFile.removingFeed(url: "https://www.basnews.com/en/feed", from: Self.original))
        #expect(
            removed == """
                # My feeds\t(tab before this remark)
                interval = 1h  # default

                # --- Kurdistan ---
                \thttps://example.com/rss#latest   # keep me

                """
        )
        let file = try FeedsFile.parse(removed, source: testSource)
        #expect(file.subscriptions.map(\.url) == ["https://example.com/rss#latest"])
    }

    @Test func removeMatchesLikeDuplicateDetection() throws {
        let removed = try #require(FeedsFile.removingFeed(url: "HTTPS://EXAMPLE.com/rss", from: Self.original))
        #expect(!removed.contains("example.com/rss"))
        #expect(removed.contains("# keep me") == false)
        #expect(removed.contains("BasNews English"))
        #expect(removed.hasSuffix("name=\"BasNews English\" lang=en\n"))
    }

    @Test func removeReturnsNilWhenAbsent() {
        #expect(FeedsFile.removingFeed(url: "https://absent.example/feed", from: Self.original) == nil)
        #expect(FeedsFile.removingFeed(url: "not a url", from: Self.original) == nil)
        #expect(FeedsFile.removingFeed(url: "https://example.com/x", from: "# https://example.com/x\n") == nil)
    }

    @Test func removeHandlesCRLFAndAMissingFinalNewline() throws {
        let text = "\u{FEFF}https://a.example/\r\n# c\r\nhttps://b.example/"
        #expect(FeedsFile.removingFeed(url: "https://a.example/", from: text) == "\u{FEFF}# c\r\nhttps://b.example/")
        #expect(
            FeedsFile.removingFeed(url: "https://b.example/", from: text) == "\u{FEFF}https://a.example/\r\n# c\r\n"
        )
    }

    @Test func appendThenRemoveRestoresTheOriginal() throws {
        let subscription = Subscription(url: "https://round.example/trip", name: "Round Trip", tags: ["a", "b"])
        let edited = FeedsFile.appendingLine(for: subscription, to: Self.original)
        #expect(FeedsFile.removingFeed(url: subscription.url, from: edited) == Self.original)

        let withoutNewline = "# no final newline"
        let appended = FeedsFile.appendingLine(for: subscription, to: withoutNewline)
        #expect(FeedsFile.removingFeed(url: subscription.url, from: appended) == withoutNewline + "\n")
    }
}
