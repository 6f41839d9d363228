import FeedTestSupport
import Foundation
import Testing

/// `add`, `remove`, `import` and `export`: feeds.conf edited without disturbing the rest of it.
extension CLITests {
    @Test func addAndRemoveKeepEveryOtherByteOfFeedsConf() throws {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw TestFailure("Fixtures missing from the test bundle")
        }
        let server = try LoopbackHTTPServer.serving(directory: fixtures.path)
        defer { server.stop() }
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("feeds.conf")
        let original = """
            # My feeds — keep this comment
            database = "news.db"
            host_delay = 0s

            \(server.url("/harbor-times.xml")) name="Harbor Times" lang=en   # the local paper
            # \(server.url("/valley-wire.atom")) commented out for now
            """
        try original.write(to: path, atomically: true, encoding: .utf8)
        func read() throws -> String { try String(contentsOf: path, encoding: .utf8) }

        // Counts read as English: one feed, not "1 feeds".
        let check = try TidingsProcess.run(["check"], in: dir)
        #expect(check.stdout.hasPrefix("feeds.conf: OK, 1 feed\n"), "\(check.stdout)")

        // The name comes from the feed's own title; the options given are kept.
        let add = try TidingsProcess.run(
            ["add", server.url("/cli-hostile.xml"), "tags=Iraq,kurdistan", "interval=2h"], in: dir)
        #expect(add.status == 0, "\(add.stderr)")
        let line =
            "\(server.url("/cli-hostile.xml")) name=\"Hostile & Plural Wire\" lang=mul interval=2h tags=iraq,kurdistan"
        #expect(try read() == original + "\n" + line + "\n")
        #expect(add.stdout.contains("Added Hostile & Plural Wire (rss20, 4 items)"), "\(add.stdout)")
        #expect(add.stdout.contains("No daemon is running") && add.stdout.contains("systemctl reload tidings"))
        // No database yet: add creates none (it may not be where the daemon's is) and says so.
        #expect(add.stdout.contains("Not stored yet"), "\(add.stdout)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("news.db").path))
        let checkAfterAdd = try TidingsProcess.run(["check"], in: dir)
        #expect(checkAfterAdd.stdout.hasPrefix("feeds.conf: OK, 2 feeds\n"), "\(checkAfterAdd.stdout)")

        // Refused, file untouched: a URL already listed (compared as feeds.conf compares them),
        // a 404, a page that is not a feed, an unknown option.
        let afterAdd = try read()
        let refusals: [[String]] = [
            ["add", server.url("/harbor-times.xml").replacingOccurrences(of: "http://", with: "HTTP://") + "#top"],
            ["add", server.url("/nothere.xml")],
            ["add", server.url("/broken-not-xml.xml")],
            ["add", server.url("/valley-wire.atom"), "colour=blue"],
        ]
        for arguments in refusals {
            let refused = try TidingsProcess.run(arguments, in: dir)
            #expect(refused.status == 1, "\(arguments) was accepted")
            #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
            #expect(try read() == afterAdd)
        }

        // An explicit name wins over the feed's title.
        let named = try TidingsProcess.run(
            ["add", server.url("/valley-wire.atom"), "name=The Wire", "lang=en"], in: dir)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(try read().hasSuffix("\(server.url("/valley-wire.atom")) name=\"The Wire\" lang=en\n"))

        // Remove by name and by URL: back to the original, byte for byte.
        #expect(try TidingsProcess.run(["remove", "the wire"], in: dir).status == 0)
        #expect(try read() == afterAdd)
        let removed = try TidingsProcess.run(["remove", server.url("/cli-hostile.xml")], in: dir)
        #expect(removed.status == 0)
        #expect(removed.stdout.contains("Removed Hostile & Plural Wire"))
        #expect(try read() == original + "\n")
        let again = try TidingsProcess.run(["remove", server.url("/cli-hostile.xml")], in: dir)
        #expect(again.status == 1 && again.stderr.contains("no feed"))
    }

    @Test func aRunningDaemonIsToldToReload() throws {
        let room = try Newsroom()
        defer { room.close() }
        // A stand-in daemon: holds the lock file as DaemonLock does and counts SIGHUPs.
        guard let python = Self.python3 else { return }
        let lock = room.dir.appendingPathComponent("news.db.lock").path
        let hups = room.dir.appendingPathComponent("hups").path
        let script = """
            import fcntl, os, signal, sys, time
            fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.ftruncate(fd, 0)
            os.write(fd, ("pid=%d\\nsince=%d\\nmode=daemon\\n" % (os.getpid(), int(time.time()))).encode())
            def hup(*_):
                open(sys.argv[2], "a").write("hup\\n")
            signal.signal(signal.SIGHUP, hup)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGHUP])  # the test runner may block it
            open(sys.argv[2], "a").write("ready\\n")
            time.sleep(20)
            """
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: python)
        daemon.arguments = ["-c", script, lock, hups]
        try daemon.run()
        defer { daemon.terminate() }
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: hups) { usleep(20_000) }
        let add = try room.run(["add", room.server.url("/valley-wire.atom") + "?copy=1", "--no-fetch", "name=Copy"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("Told the daemon (pid \(daemon.processIdentifier)) to reload"), "\(add.stdout)")
        for _ in 0..<100 where !((try? String(contentsOfFile: hups, encoding: .utf8)) ?? "").contains("hup") {
            usleep(20_000)
        }
        #expect(((try? String(contentsOfFile: hups, encoding: .utf8)) ?? "").contains("hup"))
    }

    @Test func opmlImportTurnsFoldersIntoTagsSkipsDuplicatesAndRoundTrips() throws {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw TestFailure("Fixtures missing from the test bundle")
        }
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("feeds.conf")
        let original = "# imported feeds below\nhttp://127.0.0.1:1/harbor-times.xml name=\"Harbor\"\n"
        try original.write(to: path, atomically: true, encoding: .utf8)
        let opml = fixtures.appendingPathComponent("cli-subscriptions.opml").path

        let result = try TidingsProcess.run(["import", opml], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("skipped (listed twice in the file): https://rudaw.example/rss?lang=en&x=1"))
        #expect(result.stdout.contains("skipped (already in feeds.conf): HTTP://127.0.0.1:1/harbor-times.xml#top"))
        #expect(result.stdout.contains("gopher://old.example/feed"))
        #expect(result.stdout.contains("4 feeds added, 3 skipped"))
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(text.hasPrefix(original))
        let added = text.dropFirst(original.count).split(separator: "\n").map(String.init)
        #expect(
            added == [
                "https://rudaw.example/rss?lang=en&x=1 name=\"Rudaw & Friends\" lang=en tags=middle-east",
                "https://k24.example/feed name=\"Kurdistan 24\" tags=middle-east,kurdistan,iraq",
                "https://ars.example/feed name=\"Ars\" tags=tech",
                "https://top.example/atom.xml name=\"Top level\"",
            ])

        // Export, import into an empty feeds.conf, export again: the same document.
        let exported = try TidingsProcess.run(["export", "--opml"], in: dir)
        #expect(exported.status == 0)
        #expect(exported.stdout.contains("xmlUrl=\"https://rudaw.example/rss?lang=en&amp;x=1\""))
        #expect(exported.stdout.contains("text=\"Rudaw &amp; Friends\""))
        try exported.stdoutData.write(to: dir.appendingPathComponent("out.opml"))
        try "".write(to: dir.appendingPathComponent("empty.conf"), atomically: true, encoding: .utf8)
        let reimport = try TidingsProcess.run(["import", "out.opml", "--config", "empty.conf"], in: dir)
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(reimport.stdout.contains("5 feeds added, 0 skipped"))
        let again = try TidingsProcess.run(["export", "--opml", "--config", "empty.conf"], in: dir)
        #expect(again.stdout == exported.stdout)

        let notOPML = try TidingsProcess.run(["import", path.path], in: dir)
        #expect(notOPML.status == 1 && notOPML.stderr.contains("no <outline"))
    }
}
