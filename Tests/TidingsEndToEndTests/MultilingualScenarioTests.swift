import FeedTestSupport
import Foundation
import Testing

/// Thirty-seven weeks of Iraq, Kurdistan and north-east Syria news in English, Arabic, Sorani and Kurmanji,
/// written for Tidings as fixtures (`Fixtures/scenarios`, see their READMEs), polled through the
/// real binary like `../shared/scenarios/iraq-week` and scored here: every event's reports in one
/// story across languages, no story mixing two events (each week has same-kind traps: two floods,
/// two cabinet sessions, two fires, two parliament sessions).
@Suite(.serialized)
struct MultilingualScenarioTests {
    /// One labelled item of a scenario (a subset of `labels.json`'s fields).
    struct Label: Decodable {
        var guid: String
        var link: String
        var lang: String
        var event: String
    }

    struct Labels: Decodable {
        var items: [Label]
    }

    /// Pairwise scores of stories against the labelled events.
    struct Score: CustomStringConvertible {
        var precision: Double
        var recall: Double
        var crossLanguageRecall: Double
        /// Pairwise F1 over the English articles only.
        var englishF1: Double
        var mixedStories: [[String]]
        var unlabelled: [String]
        var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
        var description: String {
            String(
                format: "pairwise F1 %.3f (P %.3f R %.3f) English-only F1 %.3f cross-language recall %.3f mixed %d",
                f1, precision, recall, englishF1, crossLanguageRecall, mixedStories.count)
        }

        init(listing: StoriesOutput, labels: [Label]) {
            var byKey: [String: Label] = [:]
            for label in labels {
                byKey[label.guid] = label
                byKey[label.link] = label
            }
            var items: [(story: Int64, label: Label)] = []
            var unlabelled: [String] = []
            var mixed: [[String]] = []
            for story in listing.stories {
                var events: Set<String> = []
                for article in story.articles {
                    guard let label = byKey[article.id] ?? article.link.flatMap({ byKey[$0] }) else {
                        unlabelled.append(article.id)
                        continue
                    }
                    items.append((story.id, label))
                    events.insert(label.event)
                }
                if events.count > 1 { mixed.append(events.sorted()) }
            }
            var truePairs = 0
            var predicted = 0
            var gold = 0
            var crossGold = 0
            var crossFound = 0
            var english = (truePairs: 0, predicted: 0, gold: 0)
            for i in items.indices {
                for j in items.indices where j > i {
                    let sameStory = items[i].story == items[j].story
                    let sameEvent = items[i].label.event == items[j].label.event
                    let bothEnglish = items[i].label.lang == "en" && items[j].label.lang == "en"
                    if sameStory { predicted += 1 }
                    if sameStory && bothEnglish { english.predicted += 1 }
                    if sameEvent {
                        gold += 1
                        if sameStory { truePairs += 1 }
                        if bothEnglish {
                            english.gold += 1
                            if sameStory { english.truePairs += 1 }
                        }
                        if items[i].label.lang != items[j].label.lang {
                            crossGold += 1
                            if sameStory { crossFound += 1 }
                        }
                    }
                }
            }
            precision = predicted > 0 ? Double(truePairs) / Double(predicted) : 1
            recall = gold > 0 ? Double(truePairs) / Double(gold) : 1
            let englishPrecision = english.predicted > 0 ? Double(english.truePairs) / Double(english.predicted) : 1
            let englishRecall = english.gold > 0 ? Double(english.truePairs) / Double(english.gold) : 1
            englishF1 =
                englishPrecision + englishRecall > 0
                ? 2 * englishPrecision * englishRecall / (englishPrecision + englishRecall) : 0
            crossLanguageRecall = crossGold > 0 ? Double(crossFound) / Double(crossGold) : 1
            mixedStories = mixed
            self.unlabelled = unlabelled
        }
    }

    private static func scenario(_ name: String) throws -> URL {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw TestFailure("Fixtures missing from the test bundle")
        }
        return fixtures.appendingPathComponent("scenarios").appendingPathComponent(name)
    }

    /// Serves the scenario's feeds, polls once (and again after serving `update` in place of the
    /// feed it updates), and scores the stories listed.
    private func pollAndScore(_ name: String, update: (file: String, replaces: String)? = nil) async throws -> Score {
        let scenario = try Self.scenario(name)
        let server = try LoopbackHTTPServer.serving(directory: scenario.path)
        defer { server.stop() }
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let template = try String(contentsOf: scenario.appendingPathComponent("feeds.conf"), encoding: .utf8)
        let config = "host_delay = 0s\n" + template.replacingOccurrences(of: "{BASE}", with: server.baseURL)
        try config.write(to: dir.appendingPathComponent("feeds.conf"), atomically: true, encoding: .utf8)

        let first = try await TidingsProcess.run(["run", "--once"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        if let update {
            let body = try Data(contentsOf: scenario.appendingPathComponent(update.file))
            server.setRoute("/" + update.replaces, .ok(body: Array(body), contentType: "application/rss+xml"))
            let second = try await TidingsProcess.run(["run", "--once"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")
        }
        let listed = try await TidingsProcess.run(["stories", "--json", "--all"], in: dir)
        #expect(listed.status == 0, "\(listed.stderr)")
        let listing = try JSONDecoder().decode(StoriesOutput.self, from: listed.stdoutData)
        let labels = try JSONDecoder().decode(
            Labels.self, from: Data(contentsOf: scenario.appendingPathComponent("labels.json")))
        let score = Score(listing: listing, labels: labels.items)
        print("\(name): \(score)")
        return score
    }

    /// A labelled week, how to poll it, and the least it must score.
    struct Week: Sendable, CustomTestStringConvertible {
        var name: String
        /// A later poll of one feed: the file served in place of the feed it updates.
        var update: (file: String, replaces: String)?
        var precision = 0.95
        var english: Double?
        var crossLanguage: Double?
        var f1: Double
        /// How many stories mixing two events the week holds today, at most: with a known mixing,
        /// one story more is a regression all the same.
        var mixed = 0
        /// Why the week still mixes a story, when it does (recorded as a known issue).
        var knownMixing: String?
        var testDescription: String { name }
    }

    static let weeks: [Week] = [
        // Floods in Zakho and Khanaqin, two parliament sessions, two protests; one poll.
        Week(name: "north-week", english: 0.95, crossLanguage: 0.9, f1: 0.95),
        // Two cabinet sessions, two crop fires, a raid and a kidnapping; written after north-week's
        // changes to check them.
        Week(
            name: "iraq-june", update: ("zagrospost-en.update.xml", "zagrospost-en.xml"), english: 0.95,
            crossLanguage: 0.9,
            f1: 0.95),
        // Two English wires rewriting the same events; two bombings three days apart (the second's
        // reports recount the first), two parties' rallies, two road crashes; the second wire's next page.
        Week(name: "september-wires", update: ("wire-b.page2.xml", "wire-b.xml"), english: 0.95, f1: 0.95),
        // Two roadside bombs, two drone strikes, two market fires, two electoral lists quitting, the
        // later one's headlines recalling the earlier ("…days after Mutaibija attack", "After Sidakan, …").
        Week(
            name: "election-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.9,
            crossLanguage: 0.85, f1: 0.9),
        // The stop's last, unseen check: KDP and PUK delegations' talks four days apart, two drones,
        // two fog pile-ups.
        Week(
            name: "december-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.8,
            english: 0.74, crossLanguage: 0.8, f1: 0.8,
            mixed: 1, knownMixing: "the PUK delegation's talks join the court-ratification story"),
        // Seventeenth stop, unseen: two Turkish drone strikes four days apart, two Newroz fires, two
        // returns of displaced families; two Kurmanji feeds. Nothing was changed for it.
        // Nineteenth stop: a headline calling its strike the "second this week" keeps it apart.
        Week(
            name: "newroz-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.95,
            crossLanguage: 0.95, f1: 0.95),
        // Seventeenth stop, unseen at first: two grid collapses, two pilgrim crashes, two fires, and
        // figures written "52,6" and "2.650" in Kurmanji; its failures led to that stop's three changes.
        Week(
            name: "august-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.85,
            crossLanguage: 0.85, f1: 0.95),
        // Seventeenth stop, unseen: a bomb and a protest in Kirkuk the same day, a verdict and another
        // suspect's arrest, rival lists' rallies in Mosul; a JSON Feed, English teasers only, Sorani
        // written with Arabic letters.
        Week(
            name: "october-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.85, crossLanguage: 0.7, f1: 0.85,
            mixed: 1, knownMixing: "two rival lists' rallies in Mosul a day apart"),
        // Seventeenth stop, unseen: two mountain fires, two drone strikes, two mass graves in Sinjar;
        // three events covered only in Arabic and Kurdish. Nothing was changed for it then; the
        // twenty-second stop's villages unknown to the gazetteer (Hardan, Qiniyê) keep the two graves
        // apart (0.915 → 0.977).
        Week(
            name: "may-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95, english: 0.95,
            crossLanguage: 0.9, f1: 0.95),
        // The seventeenth stop's last unseen checks, nothing tuned on them: oil-field incidents, tribal
        // clashes and graduates' protests in the south, two English wires with title-only flashes.
        Week(
            name: "february-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.8,
            english: 0.75, crossLanguage: 0.85, f1: 0.83,
            mixed: 2, knownMixing: """
                a pipeline leak joins the oil-field fire its reports recall; the KRG delegation's oil \
                talks join January's export figures (the two tribal clashes in Basra stand apart since \
                stop 44)
                """),
        // Two cabinet sessions, two teachers' protests and two rulings of one court a few days apart;
        // three Sorani feeds, Eastern Arabic digits, "1.500" in Kurmanji.
        Week(
            name: "july-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9, english: 0.78,
            crossLanguage: 0.9, f1: 0.9, mixed: 1, knownMixing: "the Court of Cassation's two rulings three days apart"),
        // Eighteenth stop, unseen when it arrived: two bombs in Diyala and two floods in Duhok four days
        // apart, the later reports recalling the earlier; a teachers' protest and a crash in Sulaimani
        // the same day; its failures led to the towns-apart rule.
        // The nineteenth stop's kinds of event keep the teachers' protest apart from the salary
        // transfer it followed.
        Week(
            name: "winter-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.9,
            crossLanguage: 0.8, f1: 0.9),
        // Eighteenth stop, unseen, nothing tuned on it: two cabinet sessions, rockets and a smuggling
        // arrest in Nineveh, floods in Duhok and Wasit the same day, a verbatim wire copy.
        Week(
            name: "april-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.75,
            english: 0.95, crossLanguage: 0.9, f1: 0.85),
        // Eighteenth stop, unseen when it arrived: a heatwave and grid collapse told over five days (one
        // event), protests in Basra, two crop fires the same day, two Turkish attacks in Amedi district
        // two days apart; its failures led to topics counting as names across languages. The
        // twenty-second stop's body cue ("the second attack in the district in three days") keeps the
        // second Amedi attack apart (0.673 → 0.723).
        Week(
            name: "heatwave-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.65, crossLanguage: 0.5, f1: 0.7),
        // Eighteenth stop, unseen, nothing tuned on it: two Federal Supreme Court rulings, two parliament
        // sessions, a foreign minister in Baghdad then Erbil (one event), an oil deal and a drone attack
        // on an oil field in Kirkuk the same week.
        // The nineteenth stop's kinds of event keep the drone attack on a Kirkuk oil field apart from
        // the export deal four days before.
        Week(
            name: "parliament-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.7,
            crossLanguage: 0.8, f1: 0.85),
        // Eighteenth stop, written after every change had landed, nothing tuned on it: an election
        // campaign, two parties' rallies in Sulaimani two days apart, a convoy bomb in Nineveh and
        // rockets on an Anbar base the same week, a flash flood, a dollar jump.
        Week(
            name: "campaign-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.75,
            english: 0.7, crossLanguage: 0.7, f1: 0.75,
            mixed: 1, knownMixing: "two parties' rallies in Sulaimani two days apart, the second's reports recalling the first"),
        // Eighteenth stop, written after every change had landed, nothing tuned on it: Newroz in Akre and
        // in Sulaimani, a Turkish airstrike and Iranian shelling, a salary decision and a teachers' strike.
        Week(
            name: "spring-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.8,
            crossLanguage: 0.85, f1: 0.9),
        // Twentieth stop: reports in another language that came early rejoin their story, and the
        // Kurmanji spellings of Khor Mor and Wadi al-Shay are read (0.851 -> 0.876).
        // Nineteenth stop, written to check that stop's changes (its README says how): two roadside
        // bombs in Kirkuk three days apart, a flood in Zakho then a protest over the relief, a gas deal
        // for Khor Mor then a drone strike there, a fire in Sulaimani told over four days.
        Week(
            name: "zakho-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.95,
            crossLanguage: 0.75, f1: 0.85),
        // Nineteenth stop, idem: two drone strikes on Khor Mor four days apart, a dam release then a
        // flood, a salary decision then a teachers' boycott, an earthquake, cholera and a crash told
        // over days.
        Week(
            name: "penjwen-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.8, crossLanguage: 0.7, f1: 0.85
        ),
        // Nineteenth stop, a blind check: the helper was told nothing of the stop's changes. Two quakes
        // in Sulaimani province, two attacks blamed on IS, a cabinet deal and a council walkout, salaries
        // and a teachers' boycott; it scores the same with the session-start binary.
        Week(
            name: "cabinet-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.95,
            crossLanguage: 0.75, f1: 0.85),
        // Nineteenth stop, the second blind check: Arbaeen and a pilgrims' bus crash, a heat holiday and
        // a blackout, two returns from Syria through Rabia and two crossings reopening, IS attacks either
        // side of the border hours apart; it scores the same with the session-start binary.
        Week(
            name: "arbaeen-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.95, crossLanguage: 0.75, f1: 0.85),
        // Nineteenth stop, the third blind week, until its IS attack near Kirkuk and a bomb "north of
        // Baghdad" three days later in one story led to directions placing an event at a capital: two
        // snowstorms closing roads, salaries and the budget interleaved, flu and snow closing schools.
        Week(
            name: "snow-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.92,
            crossLanguage: 0.75, f1: 0.85,
            mixed: 1, knownMixing: "the report of a woman killed in al-Hol joins the return of families from al-Hol"),
        // Twentieth stop, a blind check with two Kurmanji feeds: two Turkish attacks on Amedi villages
        // three days apart, two protests in Sulaimani, two fires in Erbil, the later reports recalling
        // the earlier. The session-start binary scored 0.647 with four mixed stories; the stop's
        // cross-language pass and Kurdish spellings brought it to 0.785; its protests and fires then
        // led to the rule on another happening of a brief kind days later (0.889), and its last mixed
        // story to Kurmanji fires ("Agir bi … ket") and names not running across a colon (0.897).
        Week(
            name: "june-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.95, crossLanguage: 0.75, f1: 0.85),
        // Twentieth stop, the second blind week, written after the stop's rules: two IS attacks in
        // Kirkuk province, two drone strikes in Duhok, two protests in Sulaimani, two cabinets, two
        // crashes on one road, each later one recalling the earlier; follow-ups over days. The
        // session-start binary scored 0.747 with three mixed stories, the stop's final one 0.798 with one;
        // the twenty-second stop's body cue 0.877 with none. The twenty-fourth stop's late follow-ups
        // (the bazaar fire's cause found four days on) took English from 0.833 to 1.000.
        Week(
            name: "autumn-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.95, crossLanguage: 0.7, f1: 0.85),
        // Twentieth stop, the third blind week: two flash floods in Erbil province two days apart, two
        // Turkish drone strikes three days apart, two officials' arrests; two English wires. 0.940 with
        // the session-start and the stop's binaries alike; flu in the epidemic topic then 0.965.
        Week(
            name: "november-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.9, crossLanguage: 0.9, f1: 0.92,
            // Thirtieth stop: 0.965 -> 0.927 when Arabic "واثنين" ("and two") stopped reading as Monday:
            // the Kirkuk arrest's Arabic report then meets the Monday arrest's story at 0.322 against
            // the 0.32 bar (the false weekday had diluted it below).
            mixed: 2, knownMixing: """
                a report of October's oil exports joins the export deal's story two days later; the Kirkuk \
                land registry director's arrest, in Arabic, joins the electricity director's arrest three \
                days before
                """),
        // Twenty-first stop, blind: two house fires in two towns of Sulaimani province 38 h apart, two
        // protests in Erbil four days apart, a fuel-price rise then an electricity tariff, a building
        // collapse with its toll and inquiry; five long AP wires. 0.898 with the session-start and the
        // stop's binaries alike (the two fires mixed); the other-town rule from 24 h then 0.966.
        Week(
            name: "january-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.9, crossLanguage: 0.9, f1: 0.9),
        // Twenty-first stop, blind: two IS attacks in Sinjar district three and a half days apart (south,
        // then west of the town), two border crossings shut the same day in two provinces, two returns
        // of displaced families, a delegation's visit and the deal signed four days later. 0.729 with the
        // session-start binary; sides of a place 0.858; the Kurmanji spelling Rebîa (taken from its own
        // feed, so fitted) 0.895.
        Week(
            name: "border-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.9, crossLanguage: 0.8, f1: 0.85,
            mixed: 1, knownMixing: "the trade ministry's visit to Erbil (one Sorani report) joins the wheat deal signed four days later"),
        // Twenty-first stop, blind: two crashes on the Erbil–Kirkuk road four days apart, two journalists
        // arrested in two cities, two cabinet sessions, a fuel-station blast and a depot fire in Kirkuk
        // two days apart, a quake's damage revised; five long BasNews posts. 0.751 with the
        // session-start binary, 0.871 with the 300-word bound, 0.904 once "another deadly crash" and
        // "in five days" marked a repeat.
        Week(
            name: "ramadan-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.95, crossLanguage: 0.75, f1: 0.9),
        // Twenty-first stop, blind, and the hardest yet: two tribal clashes in two districts of Basra
        // two days apart, a well fire and a protest at the same oil field, two Baghdad verdicts on
        // consecutive days, two heat blackouts, a blast whose toll and place sharpen over a day. 0.692
        // with the session-start binary, 0.672 with the stop's (a toll update, a long BasNews post,
        // fell just under the bar once its tail was not read).
        Week(
            name: "basra-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.93, crossLanguage: 0.75, f1: 0.86,
            mixed: 1, knownMixing: """
                the Qurna clash's truce (Arabic) joins the Zubair clash, which alone has Arabic reports
                """),
        // Twenty-first stop, blind, written after the stop's rules had landed: crop fires in two villages
        // of Makhmour on consecutive days and a third in Dibis, two drownings, two wheat decisions by two
        // bodies, two bombs in Diyala. 0.731 with the session-start and the final binaries alike; 0.752
        // once the twenty-second stop read villages the gazetteer lacks (the English reports apart).
        Week(
            name: "harvest-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.65,
            english: 0.8, crossLanguage: 0.6, f1: 0.7,
            mixed: 2, knownMixing: """
                the second crop fire's Arabic and Kurmanji flashes ("حريق جديد", "dîsa agir"), which name \
                no village, join the Kandinawa fire 23 hours on; the federal and the KRG wheat decisions \
                two days apart mix
                """),
        // Twenty-first stop, blind, likewise: two fires in two Baghdad districts, two shootings in Erbil,
        // two protests in Tahrir Square, two parliament sessions, a flash naming only the city. 0.828
        // with the session-start and the final binaries alike. The twenty-second stop read "the second
        // shooting in Erbil in less than a week" in a report's body as a repeat (0.919, none mixed):
        // fitted since.
        Week(
            name: "capital-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.95, crossLanguage: 0.7, f1: 0.85),
        // Twenty-second stop, blind: two bombs on the Kirkuk–Ceyhan pipeline three days apart (Baiji,
        // Dibis), a refinery fire and a gas-field fire, two fuel raids, two blackouts, May's export
        // figures the day before the first bomb. 0.478 with the session-start binary (the export
        // story took both bombs); the rules it led to (a sudden happening after a story of none, a
        // headline's merge weighing places, towns a story never named, the ends of a route, places
        // a headline recalls, Kurmanji "agir pêket") brought 0.749: fitted since.
        Week(
            name: "pipeline-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.6, crossLanguage: 0.6, f1: 0.7),
        // Twenty-second stop, blind: two crashes on the Sulaimani–Kirkuk road, two salary protests,
        // two drone strikes, a building collapse and a gas blast in one neighbourhood, Halabja's
        // fortieth anniversary. 0.741 with the session-start binary, 0.794 with the body repeat cue
        // written before it arrived; 0.863 once collapses were a kind of event (fitted).
        Week(
            name: "slemani-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.85, crossLanguage: 0.7, f1: 0.8,
            mixed: 1, knownMixing: """
                a Kurmanji report of a new hospital wing in Halabja takes the Kurmanji preview of the \
                anniversary, and the anniversary's reports follow it
                """),
        // Twenty-second stop, blind, first scored after the stop's rules had landed: two IS attacks in
        // Hawija and Daquq three days apart, two council sessions, a land protest and a settlement in
        // one district, floods in Tuz Khurmatu and Khanaqin a day apart, crashes on two roads out of
        // Kirkuk, a bomb in Tuz Khurmatu told over five days. 0.721 with the session-start binary,
        // 0.912 with the stop's; nothing changed for it.
        Week(
            name: "kirkuk-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.85, crossLanguage: 0.75, f1: 0.85),
        // Twenty-second stop, blind likewise: a bridge closed and a crash on another bridge of Mosul,
        // two convoys home to Sinjar from two camps, a wedding-hall fire in Qaraqosh told over six days
        // and a house fire in Bartella the next evening, an IS cell and an IS cache. 0.797 with the
        // session-start binary, 0.804 with the stop's rules; camps named like villages then 0.816.
        Week(
            name: "mosul-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.7,
            english: 0.85, crossLanguage: 0.8, f1: 0.75,
            mixed: 2, knownMixing: """
                the Bartella house fire, 22 hours after the Qaraqosh wedding-hall fire and its reports \
                recalling it, joins it; the second convoy's Arabic and Sorani reports, worded like the \
                first's but for the camp and the count, join the first; a Sorani report of the wedding \
                fire takes an Arabic piece on Mosul's traffic two days later
                """),
        // Twenty-second stop, blind, first scored once the stop's rules had landed: two IS attacks in
        // the desert, two drownings in the Euphrates, two dust storms closing airports, two border
        // crossings, two shootings, a blast first heard as a flash. 0.748 with the session-start
        // binary, 0.758 with the stop's; nothing changed for it. The twenty-fourth stop's late
        // follow-ups (arrests and compensation over the truffle hunters' killing) 0.807.
        Week(
            name: "anbar-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.85,
            english: 0.8, crossLanguage: 0.65, f1: 0.78),
        // Twenty-second stop, blind likewise: two Turkish strikes on villages of Amedi two days apart,
        // fires in two camps, two drownings at two resorts, crashes on two roads out of Duhok, a
        // drivers' strike and a holiday closure at one crossing. 0.758 with the session-start
        // binary, 0.800 with the stop's; nothing changed for it.
        // Forty-fifth stop: the second strike's first report ("…, no casualties") stands apart from the
        // first strike's two dead (CasualtyCue): English 0.851 -> 0.933, pairwise 0.913 -> 0.934.
        Week(
            name: "duhok-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.85,
            english: 0.9, crossLanguage: 0.7, f1: 0.9,
            mixed: 2, knownMixing: """
                the drivers' strike and the holiday closure at Ibrahim Khalil mix; the Duhok–Akre crash \
                takes a festival in Akre
                """),
        // Twenty-third stop, blind: two roadside bombs in two districts three days apart, two water
        // protests, two drownings (a river, a lake), a fuel-station fire in Baqubah the day after two
        // brothers drowned north of it, a crystal seizure at a crossing and a dealer's arrest days
        // later. 0.796 with the session-start binary; drownings as a kind of event, kinds that
        // contradict an anchor join and the Mundhiriya crossing brought 0.887 (fitted).
        Week(
            name: "diyala-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.95,
            crossLanguage: 0.75, f1: 0.85),
        // Twenty-third stop, blind: an earthquake near Darbandikhan flashed in four languages naming no
        // place, its aftershocks the next day ("again", "جارێکی تر"), a second quake near Kalar five days
        // later, two blasts of war remnants killing shepherds, two crashes, two teachers' protests, two
        // seizures at two crossings. 0.646 with the session-start binary (no story mixed, the quake
        // split six ways); a quake's flashes told within hours as one, aftershocks as what followed,
        // brought 0.875 (fitted).
        Week(
            name: "garmiyan-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.8,
            crossLanguage: 0.75, f1: 0.85),
        // Twenty-third stop, blind: two drone strikes in Sinjar three days apart, two convoys home from
        // two governorates' camps, two blasts of war remnants, two wheat fires in one district, two
        // service protests, a crash on the Sinjar–Mosul road, a mass grave. 0.799 with the
        // session-start binary; a second convoy marked as a repeat brought 0.854 (fitted).
        Week(
            name: "sinjar-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.8, crossLanguage: 0.7, f1: 0.8),
        // Twenty-third stop, blind, first scored with the stop's binary when it arrived: two tribal clashes in
        // two districts, two drownings, a hospital fire and a market fire, three protests, a grenade
        // attack and a raid in Maysan, a marsh festival where a road is blocked for water two days later.
        // 0.760 with the session-start binary, 0.826 with the stop's; nothing changed for it, but the
        // Kurdish town spellings added for all weeks (Çibayiş) brought 0.873.
        Week(
            name: "dhiqar-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.78, crossLanguage: 0.6, f1: 0.8,
            mixed: 1, knownMixing: "AFP's feature on buffalo herders joins the marsh festival"),
        // Twenty-third stop, blind likewise: two IS attacks three days apart, a silo fire and a market
        // fire in Samarra, two crashes, a power protest and a grid failure, two mass graves. 0.721 with
        // the session-start binary and with the stop's; nothing changed for it (0.758 once the Kurdish
        // town spellings were added for all weeks).
        Week(
            name: "salahuddin-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.85, crossLanguage: 0.7, f1: 0.82,
            mixed: 1, knownMixing: """
                the grid failure's English report joins the Tuz Khurmatu power protest; a Kurmanji piece on \
                Lake Tharthar's level joins the arms cache found there
                """),
        // Twenty-third stop, blind: Iranian shelling and a drone strike three days apart, two drownings
        // at two waterfalls, two crashes, porters shot on two nights, a flood and a landslide. 0.697 with
        // the session-start binary, 0.709 with the stop's when it arrived; 0.832 after the rules it led
        // to and its resorts in the gazetteer (fitted).
        Week(
            name: "soran-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.85,
            // 0.824 -> 0.793 at the thirtieth stop, when "أحد" ("one of") stopped reading as Sunday.
            english: 0.8, crossLanguage: 0.7, f1: 0.78,
            mixed: 1, knownMixing: """
                a Sorani report of a runaway lorry in Haji Omaran (no word for a crash) joins the drone \
                strike there two days before
                """),
        // Twenty-third stop, blind to all of its rules (written while they were made, first run with the
        // stop's final binary): two deadly fires in Hilla and Karbala three days apart, two pilgrim
        // crashes, two tribal clashes, two protests, two drownings in Hilla, a dust storm. 0.880 with
        // the session-start binary, 0.889 with the final; nothing changed for it.
        Week(
            name: "babil-week", update: ("basnews-en.update.xml", "basnews-en.xml"),
            english: 0.95, crossLanguage: 0.85, f1: 0.94),
        // Twenty-third stop, blind likewise: fires in the Qaysari bazaar and an Ankawa mall two days apart,
        // a drone at the airport and a rocket at Khabat four days apart, two crashes on the Erbil–Kirkuk
        // road, two protests, a restaurant gas blast, a flood. 0.840 with the session-start binary,
        // 0.859 with the final; nothing changed for it.
        Week(
            name: "erbil-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.85,
            english: 0.85, crossLanguage: 0.7, f1: 0.8),
        // Twenty-third stop, blind to all of its rules and gazetteer entries (first run with its final
        // binary): two fires two days apart, two crashes on the Erbil–Duhok road, two drownings in the
        // Zab beside a flood, two protests, two checkpoint arrests, the Yazidi new year at Lalish.
        // 0.676 with the session-start binary, 0.696 with the final when it arrived; its places in the
        // gazetteer (Kalak, Khazir, Lalish, Ain Sifni) then brought 0.779 (fitted).
        Week(
            name: "akre-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.85,
            english: 0.85, crossLanguage: 0.55, f1: 0.72,
            mixed: 1, knownMixing: """
                the two crashes on the Erbil–Duhok road (the first one's flash names no place); the market \
                fire's compensation committee joins the Lalish feast; a piece on speed cameras joins the \
                second crash
                """),
        // Twenty-third stop, blind likewise: two tribal clashes, two fires, two protests with sit-ins,
        // two drownings, a dust storm, a pilgrim-bus crash in the desert, Sawa lake dry. 0.865 with the
        // session-start binary and with the final; nothing changed for it.
        Week(
            name: "muthanna-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.95,
            crossLanguage: 0.6, f1: 0.8),
        // Twenty-fourth stop, blind to all of its changes (written while they were made, first run
        // with the session-start binary and the final alike): two kolbars shot at two crossings, two
        // roads closed by snow, two landmine blasts, two protests in Halabja, two crashes on the
        // Halabja road, a quake felt from Iran, the chemical attack's anniversary. 0.773 with both.
        Week(
            name: "halabja-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.8,
            english: 0.92, crossLanguage: 0.5, f1: 0.7),
        // Twenty-fourth stop, blind likewise: two fires in Kut (a hospital ward, the old market), two
        // crashes on the Baghdad–Kut highway, two drownings in the Tigris, two water protests, a
        // teachers' sit-in the morning of a farmers' protest, a clan clash, a dust storm. 0.639 with
        // both binaries: the weakest week.
        Week(
            name: "wasit-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.95, crossLanguage: 0.75, f1: 0.85,
            mixed: 1, knownMixing: """
                an Arabic toll update of the tanker crash ("فاجعة الصهريج") joins the second crash's \
                story, through the Kurmanji report north of Kut that names no crash (since stop 44 a \
                headline of a brief kind sharing only places with a story days on is another happening: \
                the market fire leaves the hospital fire, the second crash the first)
                """),
        // Twenty-fourth stop, blind likewise: two fires in Hamdaniya district, two crashes on the
        // Erbil–Mosul road, two protests outside one building in Mosul, two drownings in the Tigris,
        // two attacks in the desert. 0.909 with both binaries.
        Week(
            name: "ninevehplains-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.95, crossLanguage: 0.75, f1: 0.9),
        // Twenty-fifth stop, blind when written (0.668 with the session-start binary): two clan clashes
        // in Majar al-Kabir two days apart, two power protests, two fires and two drownings in the
        // Huwaizah marsh, two seizures at the Iranian border, a crash on the Kut–Amarah road. It led to
        // the stop's repeat cue, kinds-apart, Kurmanji fire and Huwaizah changes (fitted): 0.794.
        Week(
            name: "maysan-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.93,
            english: 0.95, crossLanguage: 0.6, f1: 0.77),
        // Twenty-fifth stop, blind when written (0.751): Iranian shelling of two Pshdar villages two days
        // apart, fires in two valleys near Raniya, two crashes, two drownings, teachers' and health
        // workers' salary protests. It led to the cross-language rule for one happening in one town
        // within a day and the rule for flashes of an attack or deaths: 0.773.
        Week(
            name: "raniya-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.93,
            english: 0.85, crossLanguage: 0.6, f1: 0.75,
            mixed: 2, knownMixing: """
                two burials a day apart, a farmer's in Gwezela and a kolbar's in Qaladze, mix; Raniya \
                hospital's new wing joins the crash whose injured it treats
                """),
        // Twenty-fifth stop, blind when written (0.785): fires in two hospitals, two crashes on the
        // Najaf–Diwaniyah road, two clan clashes in Afak, two farmers' protests, two drug arrests. The
        // southern gazetteer rows and Al-Budair: 0.844.
        Week(
            name: "qadisiyah-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.95,
            crossLanguage: 0.65, f1: 0.82,
            mixed: 2, knownMixing: """
                the arrests over the Al-Budair clash, naming bare "البدير", join the first Afak clash two \
                days before
                """),
        // Twenty-fifth stop, blind while the stop's last rules were made (0.654 with the session-start
        // binary and with the binary it arrived to): two attacks in Tuz district two days apart, two
        // wheat fires, two crashes, two water protests, two arrests. The flash rule and Hamrin as a
        // range: 0.746.
        Week(
            name: "tuz-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.88, crossLanguage: 0.55, f1: 0.72,
            mixed: 1, knownMixing: """
                an NGO's ambulances for Tuz hospital join the checkpoint attack; Daquq's water protest joins \
                the Kirkuk silos opening that morning; a Kurmanji piece on Kirkuk's Kurdish school exams \
                joins the Hawija farmers' protest
                """),
        // Twenty-fifth stop, blind (0.725 with the session-start binary, 0.733 with the final; nothing
        // was changed for it): a crane collapse and a ship fire at Umm Qasr, two double drownings in the
        // Shatt al-Arab, two detentions of Fao fishermen, two salinity protests, two tribal shootings.
        // Twenty-eighth stop: 0.752 -> 0.707 with 235 Kurdish and English spellings of 145 places (the
        // salinity protest and the crane collapse's follow-ups split; the date-palm feature no longer
        // joins the protest); the spellings gained 0.0017 over the 81 weeks.
        Week(
            name: "fao-week", update: ("basnews-en.update.xml", "basnews-en.xml"),
            english: 0.85, crossLanguage: 0.75, f1: 0.87),
        // Twenty-fifth stop, blind likewise (0.758 with the session-start binary, 0.890 with the one it
        // arrived to and with the final): two attacks on army posts in Tarmiyah, two fires in Mahmudiyah
        // district, two crashes, a kidnapping, two water protests, two mass weddings.
        Week(
            name: "belt-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.95,
            crossLanguage: 0.78, f1: 0.86,
            mixed: 1, knownMixing: """
                a piece on Baghdad's winter farm plan joins the Tarmiyah mass wedding
                """),
        // Twenty-fifth stop, a third round written blind while the review's fixes were made (nothing
        // was changed for them; session-start binary, the binary they arrived to, final): karbala
        // 0.566, 0.640, 0.640 (a hotel and a market fire, two crashes on the Karbala–Najaf road, two
        // drownings, two protests in one square, two drug arrests); khanaqin 0.788 all three (two
        // attacks on villages of Qara Tapa, two crashes, two drownings, two protests); samarra 0.884,
        // 0.893, 0.893 (two bombs, two fires, two crashes on one highway, two drownings in the Tigris).
        Week(
            name: "karbala-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.8,
            english: 0.5, crossLanguage: 0.42, f1: 0.55,
            mixed: 2, knownMixing: """
                the contract workers' sit-in and the graduates' protest outside the governorate four days \
                later mix (twice); a drug gang in Ain al-Tamr and dealers arrested in Hindiya two days later \
                mix; the second body from Lake Razzaza joins a fisherman drowned in the Hindiya river that day
                """),
        Week(
            name: "khanaqin-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.75,
            crossLanguage: 0.55, f1: 0.75,
            mixed: 1, knownMixing: """
                the hospital's new ambulances (Sorani), whose copy recalls "the accident of the Kalar road", \
                take in the Khanaqin-Jalawla crash the next morning: the names, the kind and the figures \
                match, and the crash comes 22 hours later, within the day a shared town allows
                """),
        Week(
            name: "samarra-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.9, crossLanguage: 0.75, f1: 0.9),
        // Twenty-sixth stop, blind (the stop-25 start binary, then this stop's, which changed no rule:
        // a trial of headline objects as shared anchors was scored on them and dropped): hawija 0.815,
        // 0.815 (two attacks on villages of one district, two crop fires, two crashes on the
        // Kirkuk–Baghdad road, two wage protests, two drownings); shekhan 0.798, 0.800 (fires in two
        // camps, two crashes on the Duhok–Mosul road, two drone strikes, two protests, two child
        // drownings); najaf 0.863, 0.883 (two pilgrim crashes on one road, a hotel and a market fire,
        // two Euphrates drownings, two protests, two drug arrests in Kufa). Twenty-eighth stop: 0.815 ->
        // 0.753 once Kurmanji "şewitîn" told a blaze: the Kurmanji Riyadh fire report, already in the
        // Dibis fire's story, now draws the Arabic compensation for Riyadh's farmers after it, and a
        // Kurmanji report of the Abbasi attack (a village the gazetteer leaves out) joins the first
        // attack. The change gained 0.0034 over the 81 weeks; the floors below follow it.
        Week(
            name: "hawija-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.84,
            english: 0.72, crossLanguage: 0.65, f1: 0.75,
            mixed: 3, knownMixing: """
                a Kurmanji report of the wheat fire in Riyadh (a sub-district the gazetteer leaves out: \
                the Saudi capital) joins the barley fire in Dibis two days before, and the Arabic \
                compensation of Riyadh's farmers follows it; a car overturning near \
                Daquq joins the minibus crash on that road two days before; a mortar round found in a \
                Dibis school yard joins the arrest of a cell west of Dibis; a Kurmanji report of the \
                Abbasi attack (a village the gazetteer leaves out) joins the first attack
                """),
        // Forty-fifth stop: a wire naming no place ("Turkish strikes hit near Iraqi Kurdish village, no
        // casualties") no longer joins the Kani Masi drone strike that wounded two, two days before.
        Week(
            name: "shekhan-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.97,
            english: 0.95, crossLanguage: 0.68, f1: 0.87),
        Week(
            name: "najaf-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.95, crossLanguage: 0.75, f1: 0.85,
            mixed: 1, knownMixing: """
                a small dealer arrested in Kufa (the report says it is another case) joins the airport \
                drug seizure and the arrest of its receiver in Kufa
                """),
        // Twenty-sixth stop, a second round written blind (stop-25 start binary, this stop's start, the
        // final): koya 0.775, 0.775, 0.816 (two drone strikes on Iranian Kurdish parties, two heater
        // fires, two crashes on the Erbil–Koya road, two protests, an oil-well fire in a town of one of
        // the fires); baghdad 0.638, 0.627, 0.680 (a mall, a warehouse and a power-station fire, two
        // Tigris drownings, two old-house collapses, two protests over power cuts); chamchamal 0.739,
        // 0.739, 0.973 (a quake told in four stories; two crashes on one road, two fires, two
        // drownings, two farmers' protests). Each led to a rule of the stop, so their finals are fitted.
        Week(
            name: "koya-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.85, crossLanguage: 0.68, f1: 0.78,
            mixed: 1, knownMixing: """
                the Taqtaq oil-well fire's Sorani and Arabic first reports join the Shaqlawa house fire \
                told three hours before (two towns of one governorate, a fire each)
                """),
        Week(
            name: "baghdad-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.7,
            english: 0.7, crossLanguage: 0.6, f1: 0.65,
            mixed: 3, knownMixing: """
                the power-station fire and the Sadr City protest over the blackout it caused mix; a \
                Kurmanji flash of the station fire joins the mall fire; the second Tigris drowning's flash \
                ("the second drowned man's body recovered") joins the first; the Kadhimiya pilgrimage's \
                road closures join the house collapse there
                """),
        Week(
            name: "chamchamal-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.9, crossLanguage: 0.9, f1: 0.95),
        // Twenty-sixth stop, a third round written blind once the stop's other rules had landed (stop-25
        // start binary, the binary they arrived to, final): qaim 0.733, 0.840, 0.840 (two desert attacks,
        // two crashes on the highway to Jordan, two Euphrates drownings, two protests at Al-Qaim);
        // makhmour 0.824, 0.880, 0.904 (two attacks in one district, two wheat fires, two drownings, two
        // crashes on one road; "another wheat fire" then marked a repeat); talafar 0.861 all three (two
        // roadside bombs, two crashes, two drownings, two fires, two protests). Twenty-eighth stop: 0.823
        // once English "collide" told a crash; a Kurmanji report naming the crash by bare "qeza" (also a
        // district) then shares no kind with the story, and its anchors fall 0.002 short of the bar.
        // Forty-fifth stop: pairwise 0.874 -> 0.905, no mixing, once a headline word every protest uses
        // ("demanding") no longer kept jobless graduates' protest in the phosphate workers' sit-in.
        Week(
            name: "qaim-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.95, crossLanguage: 0.67, f1: 0.88),
        Week(
            name: "makhmour-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.93,
            crossLanguage: 0.8, f1: 0.88),
        // Forty-second stop: English 0.923 -> 1.0, pairwise 0.874 -> 0.897, once the flash naming only
        // "western Nineveh" joined the one roadside-bomb story there.
        Week(
            name: "talafar-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.95,
            crossLanguage: 0.75, f1: 0.88),
        // Twenty-sixth stop, a fourth round written blind after the review's fixes (stop-25 start binary,
        // this stop's start, the binary they arrived to, which is the final): baiji 0.854, 0.877,
        // 0.877 (a refinery and a market fire, two IEDs on patrols, two Tigris drownings, two crashes on
        // one highway, two protests); mandali 0.801, 0.894, 0.902 (two attacks on villages of one
        // sub-district, two orchard fires, two drownings, two water protests); shatra 0.710, 0.788,
        // 0.788 (two clan clashes, two protests, two Gharraf drownings, two crashes on one road).
        Week(
            name: "baiji-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.65, crossLanguage: 0.75, f1: 0.85,
            mixed: 1, knownMixing: """
                a court jailing four for pipeline oil theft joins the arrest of a ring stealing from that \
                pipeline (until stop 38 also the arrest of two suspects over "Tuesday's deadly patrol \
                bombing", which joined Friday's bombing near Baiji, and at times a car overturning on the \
                Baiji–Tikrit highway, which joined the minibus crash there three days before)
                """),
        Week(
            name: "mandali-week", update: ("basnews-en.update.xml", "basnews-en.xml"), english: 0.95,
            crossLanguage: 0.84, f1: 0.92),
        Week(
            name: "shatra-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.9, crossLanguage: 0.75, f1: 0.84,
            mixed: 1, knownMixing: """
                a wheat-field fire joins the Rifai silo fire
                """),
        // Twenty-sixth stop, a fifth round written blind against the final binary (stop-25 start, this
        // stop's start, final): amedi 0.805 all three (two shelling fires on two mountains, two
        // drownings at one bridge, two crashes, two protests); sidakan 0.599, 0.596, 0.596 (two
        // shelled villages, two kolbars killed, an avalanche and a snow closure on one road, two
        // crashes: the hardest week yet); daquq 0.728, 0.728, 0.696 (two attacks on villages of one
        // district, two farm fires, two crashes, two canal drownings; the rule for headlines of
        // nothing that happened split the second attack's follow-ups, "داوای پاراستن", from it).
        Week(
            name: "amedi-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.82,
            english: 0.95, crossLanguage: 0.68, f1: 0.78,
            mixed: 2, knownMixing: """
                an Arabic report of a Turkish strike on a car near Kani Masi joins the Mount Matin fire \
                its shelling set the day before (the two mountains' fires stand apart since Mount Matin is \
                in the gazetteer, stop 44); the Greater Zab's low inflows (Al-Sabah), recalling the \
                Deraluk drowning in a sentence, join the drowning's story
                """),
        Week(
            name: "sidakan-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.75,
            english: 0.8, crossLanguage: 0.7, f1: 0.75,
            mixed: 2, knownMixing: """
                the shelling of Barbzin and of Binparez two days later mix; the second kolbar's flash \
                joins the kolbars' families' protest
                """),
        Week(
            name: "daquq-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.6,
            english: 0.55, crossLanguage: 0.65, f1: 0.66,
            mixed: 1, knownMixing: """
                the attacks on Ali Saray and on Topzawa two days later mix
                """),
        // Twenty-seventh stop, a first round written blind, with two Kurmanji outlets each (this stop's
        // start, on arrival, final): bardarash 0.814, 0.838, 0.818 (two crashes on one road, two camp
        // fires, two drownings in one river, two wheat protests, two checkpoint seizures; fitted: the
        // wire's storm and camp-fire reports of one Friday mixed until contradicting headline kinds
        // placed them apart); hit 0.795 all three (two bombs on shepherds, two drownings, two market
        // fires, two crashes on one road, two wage protests); dibis 0.808, 0.808, 0.841 (two attacks on
        // villages of one sub-district, two wheat fires, two drownings, two crashes on one road;
        // fitted: the Zab rivers in the gazetteer).
        // Forty-first stop: English 0.842 -> 0.952, pairwise 0.913 -> 0.931, once the Khazir camp
        // (Nineveh or Erbil) no longer set its fire's reports apart from the flash "east of Mosul".
        Week(
            name: "bardarash-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.95, crossLanguage: 0.65, f1: 0.9),
        Week(
            name: "hit-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.93,
            // English 0.846 -> 0.750 at the thirtieth stop, when Sorani "بیابانی" ("of the desert") no
            // longer read as Japan and stopped tying the desert reports together. Forty-second stop:
            // 0.800 -> 0.846 with English "open-ended sit-in" read as a protest, 0.929 once the flash
            // naming only the Anbar desert joined the one roadside-bomb story there (pairwise 0.897).
            english: 0.92, crossLanguage: 0.75, f1: 0.88),
        Week(
            name: "dibis-week", update: ("basnews-en.update.xml", "basnews-en.xml"),
            english: 0.78, crossLanguage: 0.7, f1: 0.85),
        // Twenty-seventh stop, a second round written blind, scored with this stop's start and final
        // binaries: muqdadiya 0.632 both (two orchard attacks, two canal drownings, an orchard and a
        // warehouse fire, a water and a power protest, two arrest raids: the hardest week but one);
        // zubair 0.866 both (two oil-site fires, two crashes on one road, two drownings in one canal,
        // two seizures); tikrit 0.888 both (two patrol bombs, two heater fires, two crashes on one
        // road, two protests). Nothing was changed for them.
        Week(
            name: "muqdadiya-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.65,
            english: 0.75, crossLanguage: 0.45, f1: 0.6,
            mixed: 3, knownMixing: """
                the cousins drowned in the Khalis canal join the Khalis warehouse fire two days before, \
                with a promise of more power hours for Khalis; the IS cell arrested east of Balad Ruz \
                joins the Balad Ruz tribal clash; a first report of the cousins joins the boy drowned in \
                the Ruz canal; the arrests over the Abu Saida killing join the Hibhib attack
                """),
        Week(
            name: "zubair-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.93,
            english: 0.9, crossLanguage: 0.75, f1: 0.9),
        Week(
            name: "tikrit-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.92,
            english: 0.95, crossLanguage: 0.8, f1: 0.86,
            mixed: 1, knownMixing: "the civil defence's heater-safety campaign joins the Al-Dour heater fire"),
        // Twenty-eighth stop, written blind (only april-week seen), scored with this stop's start
        // binary and then with each change: balad 0.640 -> 0.673 (two orchard attacks on neighbouring
        // villages, two crashes on one highway, two Tigris drownings, two farmers' protests; the
        // Kurdish spellings of Yathrib and Ishaqi separated the attacks); zummar 0.822 throughout (two
        // wheat fires on consecutive days, two drownings above and below the dam, two smuggling arrests,
        // two crashes on one road); jalawla 0.751 throughout (two flash floods, two house fires, two
        // old-explosive blasts, two pay protests, two crashes). Nothing was changed for them.
        Week(
            name: "balad-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.7, crossLanguage: 0.45, f1: 0.62,
            mixed: 1, knownMixing: """
                a fodder store's fire in Dujail ("a second fire in days") joins the tanker that collided \
                and burned near Ishaqi four hours before, in the same province
                """),
        Week(
            name: "zummar-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.85,
            english: 0.85, crossLanguage: 0.73, f1: 0.8,
            mixed: 2, knownMixing: """
                the smuggler and 14 Syrians arrested west of Rabia join the fuel-tanker seizure near Rabia \
                four days before; the second Zummar wheat fire, told "for the second day" (لليوم الثاني، \
                بۆ دووەم ڕۆژ), joins the first
                """),
        Week(
            name: "jalawla-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.85,
            english: 0.75, crossLanguage: 0.58, f1: 0.72,
            mixed: 1, knownMixing: """
                the Kifri flood joins the Narin valley flood two days before, an Arabic report of which \
                names only Kifri district
                """),
        // Twenty-ninth stop, written blind (only april-week seen), scored with this stop's binary
        // before anything was changed for them: falluja 0.745 (two Euphrates drownings, a plastics
        // factory fire and a grain silo fire three days apart, two protests), rutba 0.668 (two fuel-
        // tanker crashes on one highway, two attacks on shepherds' camps, two seizures at Trebil, two
        // fires in Rutba), darbandikhan 0.856 (two lake drownings, two fires in Kalar, two teachers'
        // protests, two road accidents). Then the Sorani and Kurmanji spellings of Fallujah, Trebil,
        // Akashat and Saqlawiya, and "Karma": falluja 0.822, rutba 0.722.
        Week(
            name: "falluja-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.92,
            english: 0.72, crossLanguage: 0.7, f1: 0.8,
            mixed: 2, knownMixing: """
                the merchant kidnapped on the Saqlawiya road joins the clan clash in Saqlawiya the day \
                before (a kidnapping is no kind of happening the gazetteer knows); since protests' ends are \
                read as what followed (thirty-seventh stop), the contractors' sit-in holds its Arabic end \
                report, and the graduates' road block two days later, recalling the sit-in's dues and \
                promises, joins it in Arabic
                """),
        Week(
            name: "rutba-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.95, crossLanguage: 0.6, f1: 0.78),
        Week(
            name: "darbandikhan-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.95, crossLanguage: 0.75, f1: 0.83,
            mixed: 1, knownMixing: "the volunteer divers' appeal, recalling both lake drownings, joins the second"),
        // Thirtieth stop, written blind the same way and scored with the stop's start binary: qayyarah
        // 0.866 (two attacks on villages of Qayyarah three days apart, two crashes near Shura, two
        // Tigris drownings, an oil-well fire and a crop fire; mixed: the Hajj Ali drowning's story,
        // which also tells the second body recovered, took in the bridge protest there the day before),
        // shaqlawa 0.826 (two Hamilton-road crashes, two drownings, a hotel fire and a wildfire in
        // Shaqlawa, two Turkish attacks on Sidakan villages, two protests). Then a story of a
        // happening that also tells what followed it no longer counts as a story of what followed when
        // another story's kind contradicts its own, and the Kurmanji spellings Şeqlawa, Qeyyara,
        // Hemamul-Elîl and Geliyê Elîbeg and Mount Safeen joined the gazetteer: qayyarah 0.910 (no
        // story mixing two events), shaqlawa 0.914.
        Week(
            name: "qayyarah-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.97,
            english: 0.9, crossLanguage: 0.8, f1: 0.88),
        Week(
            // Since "انقلاب حافلة" names a crash (thirty-first stop), Alsumaria's title-only flash of the
            // Spilik bus stands apart from the bus's story: cross-language recall 0.874 -> 0.843.
            // Forty-fifth stop: AFP's "Turkish shelling hits Iraqi Kurdish village, no casualties", 47
            // hours after the drone strike that killed two near Sidakan, stands apart (CasualtyCue).
            name: "shaqlawa-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.97,
            english: 0.95, crossLanguage: 0.82, f1: 0.9,
            mixed: 1, knownMixing: """
                a feature on Baghdad's heat joins the report of Baghdad's heat holiday
                """),
        // Thirty-first stop, written blind the same way while the stop's Kurdish and Arabic kinds of
        // event were being added (two road closures by snow and an avalanche on the Penjwen road, two
        // heater fires, two crashes near Arbat and Said Sadiq, two children lost to a river and to
        // pond ice, a power-cut road block and a snow blackout, a shooting and a drug seizure):
        // 0.786 with the stop's start binary, 0.833 with its kinds before the week was seen, then
        // 0.878 once Badini "şape" (a snow slide) was read as one.
        Week(
            name: "sharazur-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.9,
            english: 0.85, crossLanguage: 0.78, f1: 0.85,
            mixed: 1, knownMixing: """
                the Said Sadiq farmers dumping tomatoes against imports join the snow blackout's story \
                three days after it (Sharazur, a protest word in its copy)
                """),
        // Thirty-first stop, written blind the same way near the stop's end (northern Basra in July:
        // an oil-pipeline fire and a gas leak at a well site, two clan clashes, two drownings, a
        // substation failure and a transformer fire, two road crashes, two gangs arrested, a fish
        // die-off): 0.832 with the stop's start binary, 0.836 with its final kinds; nothing was changed
        // for it.
        Week(
            name: "qurna-week", update: ("basnews-en.update.xml", "basnews-en.xml"), precision: 0.95,
            english: 0.9, crossLanguage: 0.68, f1: 0.81,
            mixed: 2, knownMixing: """
                the Al-Hartha clan clash's truce, signed the day its arrests were reported, joins the \
                drug dealers arrested in Al-Hartha; the curfew lifted after the Al-Madina clash joins the \
                Al-Hartha clash's arrests (the same province, arrests and deaths in both)
                """),
    ]

    @Test(arguments: weeks)
    func everyEventInOneStoryAndNoStoryMixingTwo(_ week: Week) async throws {
        let score = try await pollAndScore(week.name, update: week.update)
        #expect(score.unlabelled.isEmpty, "articles without a label: \(score.unlabelled)")
        #expect(score.precision >= week.precision, "\(score)")
        #expect(score.f1 >= week.f1, "\(score)")
        if let floor = week.crossLanguage { #expect(score.crossLanguageRecall >= floor, "\(score)") }
        // The English floor holds whether or not a week's known mixing shows in this run: only the
        // mixing itself is a known issue. Until the thirty-ninth stop the floor sat inside the known
        // issue and was never checked for six weeks whose mixing costs English pairs; their floors
        // are now what the mixing leaves (december 0.762, february 0.692, july, dhiqar and dibis
        // 0.800, snow 0.933), a little under. Four weeks that had no English floor got one then
        // (north-week, iraq-june and wasit-week 1.000, halabja-week 0.947).
        if let floor = week.english { #expect(score.englishF1 >= floor, "\(score)") }
        // Nor may a week with known mixing mix more stories than it does today.
        #expect(score.mixedStories.count <= week.mixed, "stories mixing events: \(score.mixedStories)")
        let mixing = {
            #expect(score.mixedStories.isEmpty, "stories mixing events: \(score.mixedStories)")
        }
        // Intermittent: the weeks go through the daemon's concurrent polls. Mixing fixed shows in
        // `scripts/bench-weeks.sh`, not here; more mixing fails the cap above.
        if let knownMixing = week.knownMixing {
            withKnownIssue(Comment(rawValue: knownMixing), isIntermittent: true) { mixing() }
        } else {
            mixing()
        }
    }
}
