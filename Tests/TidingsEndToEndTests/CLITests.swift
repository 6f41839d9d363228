import FeedTestSupport
import Foundation
import Testing

/// The CLI as users meet it: the built binary over a database filled by a real `tidings run --once`
/// against loopback fixtures (English, Arabic in windows-1256, a hostile feed with escape
/// sequences, tashkeel, Kurdish and accents, and a copycat outlet).
@Suite(.serialized)
struct CLITests {
    /// A directory with feeds.conf and a database polled once, and the server it polled.
    struct Newsroom {
        var server: LoopbackHTTPServer
        var dir: URL

        /// Serves the fixtures, writes feeds.conf and runs `tidings run --once`.
        init() throws {
            guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw TestFailure("Fixtures missing from the test bundle")
            }
            server = try LoopbackHTTPServer.serving(directory: fixtures.path)
            dir = try makeTemporaryDirectory()
            try config.write(to: dir.appendingPathComponent("feeds.conf"), atomically: true, encoding: .utf8)
            let run = try TidingsProcess.run(["run", "--once"], in: dir)
            guard run.status == 0 else { throw TestFailure("run --once failed: \(run.stderr)") }
        }

        /// The feeds.conf the newsroom starts with: comments, blank lines, settings, five feeds.
        var config: String {
            """
            # Newsroom for the CLI tests
            database = "news.db"   # next to this file
            host_delay = 0s

            # English outlets
            \(server.url("/harbor-times.xml")) name="Harbor Times" lang=en tags=coast
            \(server.url("/valley-wire.atom")) name="Valley Wire" lang=en tags=wire,coast
            # Arabic (windows-1256)
            \(server.url("/al-manara-ar.xml")) name="Al-Manara" lang=ar tags=arabic
            \(server.url("/cli-hostile.xml")) name="Hostile Wire"
            \(server.url("/cli-copycat.xml")) name="Copycat Daily" lang=en

            """
        }

        /// Appends a feed line for the fixture at `path` to feeds.conf and polls again.
        func addFeed(_ path: String, options: String) throws {
            let handle = try FileHandle(forWritingTo: dir.appendingPathComponent("feeds.conf"))
            handle.seekToEndOfFile()
            handle.write(Data("\(server.url(path)) \(options)\n".utf8))
            try handle.close()
            let run = try run(["run", "--once"])
            guard run.status == 0 else { throw TestFailure("run --once failed: \(run.stderr)") }
        }

        /// Runs `tidings` in the newsroom directory.
        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> TidingsProcess.Result {
            try TidingsProcess.run(arguments, in: dir, environment: environment)
        }

        /// `tidings <arguments> --json` decoded as `T`, failing on a non-zero exit.
        func json<T: Decodable>(_ type: T.Type, _ arguments: [String]) throws -> T {
            let result = try run(arguments + ["--json"])
            guard result.status == 0 else { throw TestFailure("\(arguments) failed: \(result.stderr)") }
            return try JSONDecoder().decode(T.self, from: result.stdoutData)
        }

        /// Stops the server and removes the directory.
        func close() {
            server.stop()
            try? FileManager.default.removeItem(at: dir)
        }
    }

    /// `stories --json` with the fields issue 6 added.
    struct Stories: Decodable {
        struct Story: Decodable {
            var id: Int64
            var title: String
            var first_seen: String
            var updated: String
            var outlets: [String]
            var article_count: Int
            var outlet_count: Int
            var languages: [String]
            var first_report: String?
            var articles: [Article]
            var rank: Double?
            var matching_articles: [String]?
        }

        struct Article: Decodable {
            var id: String
            var feed: String
            var outlet: String
            var title: String
            var link: String?
            var published: String?
            var first_seen: String
            var lang: String?
            var duplicate_of: String?
            var also_in: [String]
        }

        var stories: [Story]
    }

    /// Whether `text` holds a C0 control other than tab and line feed, DEL, or a C1 control:
    /// anything that could start an escape sequence on a terminal.
    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }
    }

    @Test func storiesTableFitsTheWidthIsolatesRightToLeftAndKeepsTheJSONSchema() throws {
        let room = try Newsroom()
        defer { room.close() }

        let table = try room.run(["stories", "--all"], environment: ["COLUMNS": "80"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count >= 10)
        for line in lines {
            #expect(Self.width(line) <= 80, "wider than 80 columns: \(line)")
        }
        let shipLine = try #require(lines.first { $0.contains("Cargo ship") })
        #expect(shipLine.contains("Harbor Times"))
        // Right-to-left titles and outlet names are isolated, so the row keeps its order.
        let arabicLine = try #require(lines.first { $0.contains("Al-Manara") && $0.contains("\u{2068}") })
        #expect(arabicLine.contains("\u{2069}"))
        #expect(arabicLine.contains(" ar "), "languages column: \(arabicLine)")
        #expect(!Self.hasControl(table.stdout))

        // Piped without $COLUMNS: whole lines, no decoration.
        let piped = try room.run(["stories", "--all"], environment: ["COLUMNS": ""])
        #expect(piped.stdout.contains("Cargo ship MV Northern Star runs aground on UNESCO reef off Port Halden"))
        #expect(!piped.stdout.contains("\u{1B}"))

        let output = try room.json(Stories.self, ["stories", "--all"])
        let articles = output.stories.flatMap(\.articles)
        struct Feeds: Decodable {
            struct Feed: Decodable { var article_count: Int }
            var feeds: [Feed]
        }
        let stored = try room.json(Feeds.self, ["feeds"]).feeds.reduce(0) { $0 + $1.article_count }
        #expect(articles.count == stored, "every stored article in exactly one story")
        #expect(Set(articles.map { "\($0.feed) \($0.id)" }).count == articles.count)
        for story in output.stories {
            #expect(story.outlet_count == story.outlets.count)
            #expect(story.article_count == story.articles.count)
            #expect(story.first_report == story.articles.first?.id)
            #expect(Set(story.languages) == Set(story.articles.compactMap(\.lang)))
        }
        // Newest first.
        let updated = output.stories.map(\.updated)
        #expect(updated == updated.sorted(by: >))
    }

    @Test func parseNeverWaitsOnAPipeNorReadsAnEndlessDevice() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("feed.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A named pipe nobody writes to is an empty document, not a hang.
        let pipe = try TidingsProcess.run(["parse", fifo], in: dir, timeout: 10)
        #expect(pipe.status != 0)
        #expect(pipe.stderr.contains("empty document"), "\(pipe.stderr)")
        // A device that never ends is refused, not read until memory runs out.
        let zero = try TidingsProcess.run(["parse", "/dev/zero"], in: dir, timeout: 20)
        #expect(zero.status != 0)
        #expect(zero.stderr.contains("/dev/zero: cannot read"), "\(zero.stderr)")
    }

    @Test func escapeSequencesFromFeedsNeverReachTheTerminal() throws {
        let room = try Newsroom()
        defer { room.close() }
        let hostile = try #require(
            try room.json(Stories.self, ["stories", "--all", "--feed", "Hostile Wire"]).stories
                .first { $0.title.contains("Alarm") })
        // What the parser let through is sanitised again on output, in every command.
        for arguments in [
            ["stories", "--all"], ["story", String(hostile.id)], ["search", "cranes"],
            ["story", String(hostile.id), "--why"],
        ] {
            let result = try room.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout.contains("Alarm"), "\(arguments): \(result.stdout)")
            #expect(!Self.hasControl(result.stdout), "\(arguments) printed a control character")
        }

        // A title that reached the database with ESC and CSI in it (say, from an older version).
        guard let python = Self.python3 else { return }
        let script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("UPDATE articles SET title = ? WHERE entry_id = 'hostile-cranes'",
                       ("Alarm \\x1b[31mRED\\x1b[0m \\x9b2J \\x1b]0;pwned\\x07 cranes \\u202eevil",))
            db.execute("UPDATE stories SET title = (SELECT title FROM articles WHERE entry_id = 'hostile-cranes') "
                       "WHERE id = ?", (int(sys.argv[2]),))
            db.commit()
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, room.dir.appendingPathComponent("news.db").path, String(hostile.id)]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for arguments in [["stories", "--all"], ["story", String(hostile.id)], ["search", "cranes"]] {
            let result = try room.run(arguments)
            #expect(result.stdout.contains("Alarm [31mRED[0m 2J ]0;pwned cranes evil"), "\(result.stdout)")
            #expect(!Self.hasControl(result.stdout))
            #expect(!result.stdout.contains("\u{202E}"), "a bidi override reached the terminal")
        }
        // JSON keeps the stored text (escaped by the encoder), for scripts.
        let json = try room.run(["story", String(hostile.id), "--json"])
        #expect(json.stdout.contains("\\u001b[31mRED"))
    }

    @Test func filtersNarrowTheListInSQL() throws {
        let room = try Newsroom()
        defer { room.close() }
        let all = try room.json(Stories.self, ["stories", "--all"]).stories

        let shared = try room.json(Stories.self, ["stories", "--all", "--min-outlets", "2"]).stories
        #expect(!shared.isEmpty)
        #expect(shared.allSatisfy { $0.outlets.count >= 2 })
        #expect(shared.count == all.filter { $0.outlets.count >= 2 }.count)

        let arabic = try room.json(Stories.self, ["stories", "--all", "--lang", "ar"]).stories
        #expect(arabic.count == all.filter { $0.languages.contains("ar") }.count)
        #expect(arabic.count >= 3 && arabic.allSatisfy { $0.languages.contains("ar") })

        // `en` also matches `en-gb` (Harbor Times declares en-gb in its feed, lang=en in feeds.conf).
        let english = try room.json(Stories.self, ["stories", "--all", "--lang", "en"]).stories
        #expect(english.allSatisfy { $0.languages.contains { $0 == "en" || $0.hasPrefix("en-") } })

        let wire = try room.json(Stories.self, ["stories", "--all", "--tag", "wire"]).stories
        #expect(!wire.isEmpty && wire.allSatisfy { $0.outlets.contains("Valley Wire") })
        let coast = try room.json(Stories.self, ["stories", "--all", "--tag", "COAST"]).stories
        #expect(
            coast.count
                == all.filter { $0.outlets.contains("Valley Wire") || $0.outlets.contains("Harbor Times") }.count)

        let byName = try room.json(Stories.self, ["stories", "--all", "--feed", "al-manara"]).stories
        let byURL = try room.json(Stories.self, ["stories", "--all", "--feed", room.server.url("/al-manara-ar.xml")])
            .stories
        #expect(byName.map(\.id) == byURL.map(\.id))
        #expect(byName.count == all.filter { $0.outlets.contains("Al-Manara") }.count)

        let combined = try room.json(
            Stories.self, ["stories", "--all", "--min-outlets", "2", "--tag", "coast", "--limit", "1"])
        #expect(combined.stories.count == 1)

        // The fixtures are from 2025: nothing in the last 7 days (the default) until a feed serves an
        // undated item, which is placed at the time it was first seen: now.
        #expect(try room.json(Stories.self, ["stories"]).stories.isEmpty)
        try room.addFeed("/cli-undated.xml", options: "name=\"Undated Bulletin\"")
        let recent = try room.json(Stories.self, ["stories", "--since", "1h"]).stories
        #expect(recent.map(\.title) == ["Night ferry service resumes across the bay"])
        #expect(try room.json(Stories.self, ["stories"]).stories.count == 1)
        #expect(try room.json(Stories.self, ["stories", "--since", "1h", "--lang", "ar"]).stories.isEmpty)

        let limited = try room.run(["stories", "--all", "--limit", "3"])
        #expect(limited.stdout.split(separator: "\n").count == 3)

        let unknown = try room.run(["stories", "--feed", "Nowhere Times"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.split(separator: "\n").count == 1)
        #expect(unknown.stderr.contains("Nowhere Times"))
        let usage = try room.run(["stories", "--since", "yesterday"])
        #expect(usage.status == 64, "a bad option value is a usage error: \(usage.stderr)")
    }

    @Test func storyTimelineShowsWhoWasFirstAndWhichAreCopies() throws {
        let room = try Newsroom()
        defer { room.close() }
        let all = try room.json(Stories.self, ["stories", "--all"]).stories
        let cup = try #require(all.first { $0.outlets.contains("Copycat Daily") })
        #expect(cup.outlets == ["Harbor Times", "Copycat Daily"])

        let text = try room.run(["story", String(cup.id)])
        #expect(text.status == 0)
        #expect(text.stdout.contains("reported first by Harbor Times at 2025-10-13T21:48:00Z"))
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let first = try #require(lines.first { $0.contains("2025-10-13T21:48:00Z  Harbor Times") })
        #expect(first.contains("[en]") && first.contains("(first)"))
        let copy = try #require(lines.first { $0.contains("Copycat Daily") && $0.contains("[en]") })
        #expect(copy.contains("(copy of Harbor Times at 2025-10-13T21:48:00Z)"))
        #expect(text.stdout.contains("https://copycat.example/sport/rovers-cup"))

        struct One: Decodable {
            var id: Int64
            var first_report: String?
            var articles: [Stories.Article]
        }
        let json = try room.json(One.self, ["story", String(cup.id)])
        #expect(json.first_report == "harbor-times-2025-10-13-rovers-cup-final")
        let copied = try #require(json.articles.first { $0.outlet == "Copycat Daily" })
        #expect(copied.duplicate_of == "harbor-times-2025-10-13-rovers-cup-final")

        let missing = try room.run(["story", "999999"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no story 999999"))
    }

    @Test func searchIgnoresDiacriticsAndFoldsArabicAndKurdishLetters() throws {
        let room = try Newsroom()
        defer { room.close() }
        func titles(_ query: String) throws -> [String] {
            try room.json(Stories.self, ["search", query]).stories.map(\.title)
        }
        let budget = "مُؤْتَمَرٌ صَحَفِيٌّ فِي بَغْدَادَ حَوْلَ مِيزَانِيَّةِ ٢٠٢٦"
        #expect(try titles("مؤتمر") == [budget], "without tashkeel")
        #expect(try titles("مُؤْتَمَرٌ") == [budget], "with tashkeel")
        #expect(try titles("ميزانيه بغداد") == [budget], "teh marbuta folded, every word required")
        #expect(try titles("2026") == [budget], "Arabic-Indic digits")
        #expect(try titles("ميزانية لندن").isEmpty)
        let parliament = "کۆبوونەوەی پەرلەمانی کوردستان لە هەولێر"
        #expect(try titles("كوردستان") == [parliament], "Arabic kaf finds Kurdish keheh")
        #expect(try titles("پەرلەماني") == [parliament], "Arabic yeh finds Farsi yeh")
        #expect(try titles("ERBIL cafe") == ["Café société reopens in Érbil old town"])
        #expect(try titles("معرض الكتاب").count == 1, "windows-1256 text is indexed")

        // Grouped by story, ranked: every outlet of the ship story matches "Northern Star".
        let ship = try room.json(Stories.self, ["search", "northern", "star"]).stories
        #expect(ship.count == Set(ship.map(\.id)).count)
        let english = try #require(ship.first { $0.outlets.contains("Harbor Times") })
        #expect(
            Set(english.matching_articles ?? []).isSuperset(of: [
                "harbor-times-2025-10-14-northern-star-aground",
                "tag:valleywire.example,2025-10-14:/news/northern-star-grounding",
            ]))
        #expect(english.rank != nil)
        let ranks = ship.compactMap(\.rank)
        #expect(ranks == ranks.sorted())

        let text = try room.run(["search", "northern", "star"])
        #expect(text.stdout.contains("Harbor Times: Cargo ship MV Northern Star"))
        let none = try room.run(["search", "zzyzx"])
        #expect(none.status == 0 && none.stdout.contains("No article matches"))
    }

    @Test func aMissingOrOlderDatabaseGetsOneClearLine() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try TidingsProcess.run(["stories", "--database", "nothere.db"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr.split(separator: "\n").count == 1)
        #expect(missing.stderr.contains("no database at nothere.db") && missing.stderr.contains("tidings run --once"))

        let room = try Newsroom()
        defer { room.close() }
        guard let python = Self.python3 else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            "-c",
            "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); "
                + "db.execute(\"DELETE FROM grdb_migrations WHERE identifier = 'v2'\"); db.commit()",
            room.dir.appendingPathComponent("news.db").path,
        ]
        try process.run()
        process.waitUntilExit()
        for command in [["stories"], ["search", "ship"], ["story", "1"], ["feeds"]] {
            let old = try room.run(command)
            #expect(old.status == 1)
            #expect(old.stderr.split(separator: "\n").count == 1)
            #expect(old.stderr.contains("older schema") && old.stderr.contains("tidings run --once"), "\(old.stderr)")
        }
    }

    /// Display columns as the CLI counts them (wide East Asian 2, marks and isolates 0).
    static func width(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return total
            default:
                return total
                    + ((0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value) ? 2 : 1)
            }
        }
    }

    /// `python3`, when installed (the tests that edit a database behind the CLI's back need it).
    static var python3: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
