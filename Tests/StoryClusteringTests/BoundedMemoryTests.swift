import Testing

@testable import StoryClustering

/// What the engine remembers over a long stream stays bounded, and what it forgets does not
/// change what a reader sees: footers are still recognised, an event still gathers its reports.
@Suite struct BoundedMemoryTests {
    private static let footer = "Follow the Evening Courier on social media for breaking news and updates."

    /// Item `index` of one outlet: two sentences of its own, then the outlet's footer.
    private static func item(_ index: Int) -> String {
        let words = PseudoWords(seed: UInt64(index) + 1)
        return "\(words.sentence(8)). \(words.sentence(9, from: 10)). \(footer)"
    }

    private static func texts(_ sentences: [[Token]]) -> [String] {
        sentences.map { $0.map(\.text).joined(separator: " ") }
    }

    @Test func aFooterRepeatedUnderEveryItemIsDroppedAndStaysDroppedAsTheFeedGoesOn() {
        var filter = BoilerplateFilter()
        let footerTokens = Self.texts(TextNormalizer.sentences(Self.footer))
        for index in 0..<2 {
            let kept = Self.texts(
                filter.filter(TextNormalizer.sentences(Self.item(index)), source: "courier", repeats: 2))
            #expect(kept.count == 3, "the footer is not known yet under item \(index)")
        }
        // Thousands of distinct sentences later (many generations of the outlet's memory), the
        // footer is still recognised and the memory is no larger than two generations.
        for index in 2..<1_500 {
            let kept = Self.texts(
                filter.filter(TextNormalizer.sentences(Self.item(index)), source: "courier", repeats: 2))
            #expect(kept.count == 2, "item \(index) keeps its own two sentences only")
            #expect(!kept.contains(footerTokens[0]))
        }
        #expect(filter.heldSentenceCount <= 2 * BoilerplateFilter.generationSize)
    }

    @Test func aLongFormFeedsFooterIsDroppedTooThoughEachItemFillsAGeneration() {
        var filter = BoilerplateFilter()
        // 400 sentences of its own per item: more than a generation.
        func longItem(_ index: Int) -> String {
            let words = PseudoWords(seed: 50_000 + UInt64(index))
            return (0..<400).map { "\(words.sentence(6, from: $0 * 6))." }.joined(separator: " ") + " " + Self.footer
        }
        var kept: [Int] = []
        for index in 0..<6 {
            kept.append(filter.filter(TextNormalizer.sentences(longItem(index)), source: "review", repeats: 2).count)
        }
        #expect(kept == [401, 401, 400, 400, 400, 400], "the footer goes from the third item on")
        #expect(filter.heldSentenceCount <= 2 * BoilerplateFilter.itemLimit)
    }

    @Test func anotherOutletsFooterIsNotThisOnesAndAnUnknownSourceLearnsNothing() {
        var filter = BoilerplateFilter()
        for index in 0..<5 {
            _ = filter.filter(TextNormalizer.sentences(Self.item(index)), source: "courier", repeats: 2)
        }
        let elsewhere = filter.filter(TextNormalizer.sentences(Self.item(99)), source: "herald", repeats: 2)
        #expect(elsewhere.count == 3)
        for index in 0..<5 { _ = filter.filter(TextNormalizer.sentences(Self.item(index)), source: "", repeats: 2) }
        #expect(filter.filter(TextNormalizer.sentences(Self.item(7)), source: "", repeats: 2).count == 3)
    }

    /// Four reports of one fire, written differently.
    private static let fireReports = [
        (
            "Warehouse fire in Portsmouth destroys historic dockyard building",
            "A large fire swept through a Victorian warehouse at the Portsmouth dockyard, destroying the roof and most of the timber frame. Hampshire Fire and Rescue Service sent twelve engines and about 70 firefighters. Nobody was injured."
        ),
        (
            "Firefighters battle blaze at Portsmouth dockyard warehouse",
            "Around 70 firefighters from Hampshire Fire and Rescue Service fought a fire that destroyed a historic warehouse in the Portsmouth dockyard. Twelve engines attended and the roof collapsed. No injuries were reported."
        ),
        (
            "Portsmouth dockyard warehouse fire: investigators examine cause",
            "Investigators from Hampshire Fire and Rescue Service are examining what started the fire that destroyed a Victorian warehouse at the Portsmouth dockyard, where twelve engines and 70 firefighters fought the blaze."
        ),
        (
            "Historic Portsmouth dockyard warehouse lost to fire, roof collapsed",
            "The Victorian warehouse at the Portsmouth dockyard lost its roof and timber frame in the fire fought by about 70 firefighters of Hampshire Fire and Rescue Service with twelve engines; nobody was hurt."
        ),
    ]

    /// 24 days of unrelated items (40 a day, each naming places and people never seen before),
    /// with the four fire reports around the end of the first window (day 4), where a forgetting falls.
    private static func stream() -> [ClusterDocument] {
        let start: Int64 = 1_760_000_000
        let hour: Int64 = 3_600
        var documents: [ClusterDocument] = []
        for index in 0...(24 * 40) {
            let words = PseudoWords(seed: 1_000 + UInt64(index))
            documents.append(
                ClusterDocument(
                    id: "filler-\(index)", source: "outlet-\(index % 7)",
                    title: "\(words.name()) \(words.sentence(6))",
                    text: "\(words.name()) \(words.sentence(25, from: 10)). \(words.sentence(20, from: 40)).",
                    published: start + Int64(index) * 24 * hour / 40, language: "en"))
        }
        for (index, report) in fireReports.enumerated() {
            let published = start + [91, 95, 97, 101][index] * hour
            documents.append(
                ClusterDocument(
                    id: "fire-\(index)", source: "paper-\(index)", title: report.0, text: report.1,
                    published: published, language: "en"))
        }
        return documents.sorted { ($0.published ?? 0, $0.id) < ($1.published ?? 0, $1.id) }
    }

    @Test func termsNoStoryHoldsAreForgottenAndAnEventStillGathersItsReportsAcrossIt() async throws {
        let (assignments, sizes) = await onOwnThread {
            // Few closed stories kept for undated items, so that most of the stream's stories leave.
            let configuration = StoryClusterer.Configuration(retainedClosedStories: 20)
            var forgetting = ClusteringSession(configuration: configuration, forgettingMinDocuments: 50)
            var remembering = ClusteringSession(configuration: configuration, forgettingMinDocuments: .max)
            var assignments: [StoryAssignment] = []
            var sizes: [String: [(terms: Int, symbols: Int)]] = [:]
            for document in Self.stream() {
                assignments += forgetting.add(document)
                _ = remembering.add(document)
                // The first item of day 12 and of day 24 (when the window's forgetting has just run).
                if document.id == "filler-480" || document.id == "filler-960" {
                    sizes["forgetting", default: []].append(forgetting.vocabularySize)
                    sizes["remembering", default: []].append(remembering.vocabularySize)
                }
            }
            assignments += forgetting.finish()
            return (assignments, sizes)
        }
        let forgotten = sizes["forgetting", default: []]
        let remembered = sizes["remembering", default: []]
        try #require(forgotten.count == 2 && remembered.count == 2)
        // Without forgetting the vocabulary keeps growing from day 12 to day 24; with it, it holds.
        #expect(remembered[1].terms > remembered[0].terms * 3 / 2, "\(remembered)")
        #expect(forgotten[1].terms < forgotten[0].terms * 12 / 10, "\(forgotten)")
        #expect(forgotten[1].symbols < forgotten[0].symbols * 12 / 10, "\(forgotten)")
        #expect(forgotten[1].terms * 2 < remembered[1].terms)

        let fire = assignments.filter { $0.documentID.hasPrefix("fire-") }
        #expect(fire.count == 4)
        #expect(Set(fire.map(\.storyKey)) == ["fire-0"])
        let fillersInFire = assignments.filter { !$0.documentID.hasPrefix("fire-") && $0.storyKey == "fire-0" }
        #expect(fillersInFire.isEmpty)
    }
}

extension BoundedMemoryTests {
    @Test func aForgottenTermResumesItsFrequencyAndTheRarestGoFirstWhenFull() {
        var table = ForgottenFrequencies()
        table.remember(7, frequency: 40)
        table.remember(7, frequency: 2)
        #expect(table.take(7) == 42)
        #expect(table.take(7) == 0, "taken back: the term holds its count again")
        for key in 0..<UInt64(ForgottenFrequencies.capacity) { table.remember(key, frequency: 1) }
        table.remember(UInt64.max, frequency: 500)
        #expect(table.count <= ForgottenFrequencies.capacity / 2)
        #expect(table.take(UInt64.max) == 500)
    }
}

/// Deterministic made-up words (and capitalised names), so that every item brings new vocabulary.
private struct PseudoWords {
    private var state: UInt64
    private static let syllables = [
        "ka", "lo", "mir", "ten", "vu", "sha", "dor", "pi", "gre", "nol", "za", "bes", "ul", "fra", "ko", "rin",
    ]

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    private func next(_ step: Int) -> UInt64 {
        var x = state &+ UInt64(step) &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }

    private func word(_ step: Int) -> String {
        let bits = next(step)
        return (0..<4).map { Self.syllables[Int((bits >> (UInt64($0) * 4)) & 15)] }.joined()
    }

    func sentence(_ count: Int, from start: Int = 0) -> String {
        (start..<start + count).map { word($0 + 1) }.joined(separator: " ")
    }

    func name() -> String {
        let first = word(100)
        let second = word(101)
        return first.prefix(1).uppercased() + first.dropFirst() + " " + second.prefix(1).uppercased()
            + second.dropFirst()
    }
}

extension BoundedMemoryTests {
    /// The fire's first report, then `fillers` unrelated items within the hour, then its second.
    private static func capStream(fillers: Int) -> [ClusterDocument] {
        let start: Int64 = 1_760_000_000
        var documents = [
            ClusterDocument(
                id: "fire-0", source: "paper-0", title: fireReports[0].0, text: fireReports[0].1,
                published: start, language: "en")
        ]
        for index in 0..<fillers {
            let words = PseudoWords(seed: 7_000 + UInt64(index))
            documents.append(
                ClusterDocument(
                    id: "filler-\(index)", source: "outlet-\(index % 5)", title: "\(words.name()) \(words.sentence(6))",
                    text: "\(words.name()) \(words.sentence(25, from: 10)).", published: start + 1 + Int64(index),
                    language: "en"))
        }
        documents.append(
            ClusterDocument(
                id: "fire-1", source: "paper-1", title: fireReports[1].0, text: fireReports[1].1,
                published: start + 3_600, language: "en"))
        return documents
    }

    private static func fireStories(maxOpenStories: Int, fillers: Int) -> Set<String> {
        var session = ClusteringSession(configuration: StoryClusterer.Configuration(maxOpenStories: maxOpenStories))
        var assignments: [StoryAssignment] = []
        for document in capStream(fillers: fillers) { assignments += session.add(document) }
        assignments += session.finish()
        return Set(assignments.filter { $0.documentID.hasPrefix("fire-") }.map(\.storyKey))
    }

    @Test func beyondTheOpenStoryCapTheLeastRecentStoryClosesEarlyAndWithinItTheStoryStaysOpen() {
        // 60 unrelated stories come between the two reports: a cap of 40 closes the fire's story
        // (cluster_max_stories bounds memory at this price), the default keeps it open.
        #expect(Self.fireStories(maxOpenStories: 40, fillers: 60) == ["fire-0", "fire-1"])
        let defaultCap = StoryClusterer.Configuration().maxOpenStories
        #expect(Self.fireStories(maxOpenStories: defaultCap, fillers: 60) == ["fire-0"])
        // Under the cap nothing is closed early.
        #expect(Self.fireStories(maxOpenStories: 100, fillers: 60) == ["fire-0"])
    }
}
