/// Turns a ``ClusterDocument`` into ``DocumentFeatures``: normalisation, boilerplate removal,
/// stop words, stemming, capitalised runs, gazetteer entities, numbers and dates.
///
/// This file holds the path of a document's text to its terms, the language guess and the
/// shingles; what a headline's words say is read in `FeatureExtractor+Headlines` (routes,
/// recalled happenings, villages, where an event happened) and `+Kinds` (kinds of event told in
/// words the gazetteer cannot list alone or names only as a figure of speech, and a fire's
/// outbreak), and month names and the canonical form of figures in `+NumbersAndDates`.
struct FeatureExtractor: Sendable {
    /// How much more a title occurrence counts than a body occurrence.
    var titleWeight: Double
    /// Body sentences a source has repeated under this many earlier items are boilerplate.
    var boilerplateRepeats: Int
    /// English stemming: 0 none, 1 plurals only, 2 the light stemmer.
    var englishStemming: Int = 1
    /// Whether numbers become features.
    var numberFeatures: Bool = true
    /// Body words read for terms (``StoryClusterer/Configuration/bodyWordLimit``).
    var bodyWordLimit: Int = .max

    static let stopWords = StopWords.all
    static let gazetteer = Gazetteer.shared

    /// Extracts features, learning the source's boilerplate as it goes.
    /// `words` caches facts about the words of every language but Kurmanji, whose Latin-script
    /// words are stemmed differently (`kurmanjiWords`).
    func features(
        of document: ClusterDocument, boilerplate: inout BoilerplateFilter, words: inout WordCache,
        kurmanjiWords: inout WordCache, terms accumulator: inout TermAccumulator
    ) -> DocumentFeatures {
        let (title, titleIsBreaking) = HeadlineLabel.read(document.title)
        let titleTokens = TextNormalizer.tokensMarkingDashes(title)
        let bodySentences = boilerplate.filter(
            TextNormalizer.sentences(document.text), source: document.source, repeats: boilerplateRepeats)
        let language = Self.languageGroup(document.language, title: titleTokens, body: bodySentences)

        accumulator.begin()
        let titleCased = Self.isTitleCased(titleTokens)
        var bodyCount = 0
        // What a headline recalls ("…in Dibis, days after Baiji attack", "Days after Baiji attack, IED
        // hits…") is read as copy: its places, kinds and names are the earlier happening's.
        let recall = Self.recalledRange(title, tokens: titleTokens, language: language)
        func addAll(_ cache: inout WordCache) {
            add(
                recall.map { Array(titleTokens[..<$0.lowerBound] + titleTokens[$0.upperBound...]) } ?? titleTokens,
                weight: titleWeight, trustCapitals: !titleCased, language: language, isTitle: true,
                into: &accumulator, words: &cache)
            if let recall {
                add(
                    Array(titleTokens[recall]), weight: 1, trustCapitals: !titleCased, language: language,
                    isTitle: false, into: &accumulator, words: &cache)
            }
            for sentence in bodySentences {
                if bodyCount >= bodyWordLimit { break }
                bodyCount += sentence.count
                add(
                    sentence, weight: 1, trustCapitals: true, language: language, isTitle: false,
                    into: &accumulator, words: &cache)
            }
        }
        if language == "kmr" { addAll(&kurmanjiWords) } else { addAll(&words) }

        var shingleSource = bodySentences.flatMap { $0 }.map(Self.shingleHash)
        if shingleSource.count < 12 {
            shingleSource = titleTokens.map(Self.shingleHash) + shingleSource
        }
        // The headline's words for what followed count as an aftermath only beside a brief kind
        // (``Gazetteer/briefKinds``); for the body's repeat cue they count whatever the kind.
        let titleCue = AftermathCue.marksAftermath(titleTokens, language: language)
        let aftershock = AftermathCue.namesAftershock(titleTokens, language: language)
        let namesAftermath =
            accumulator.titleNamesAftermath || aftershock
            || (accumulator.titleKinds & Gazetteer.briefKinds != 0 && titleCue)
        return DocumentFeatures(
            terms: accumulator.terms,
            namedEntities: accumulator.named.sorted(),
            titlePlaces: accumulator.titlePlaces.sorted(),
            titleTowns: accumulator.titleTowns.sorted(),
            titleVillages: accumulator.titleVillages.sorted(),
            titleRoutes: accumulator.titleRoutes.sorted(),
            titleSums: HeadlineSums.magnitudes(in: title, language: language),
            titleBearings: accumulator.titleBearings.sorted(),
            titleKinds: Self.literalKinds(accumulator.titleKinds, titleTokens),
            titleNamesUnspecifiedEvent: accumulator.titleNamesUnspecifiedEvent,
            titleNamesAftermath: namesAftermath,
            titleHasAftermathWords: titleCue,
            titleEndsProtest: titleCue && ProtestEndCue.marksEnd(titleTokens, language: language),
            titleHappeningDay: namesAftermath
                ? HappeningWeekday.happeningDay(
                    HappeningWeekday.possessive(in: title, language: language), published: document.published)
                : nil,
            // A follow-up's copy recalls the count as well ("…, the second shooting in Erbil this
            // week"): a report of what followed is no repeat for its body alone.
            marksRepeat: (!aftershock && RepeatCue.marksRepeat(titleTokens, language: language))
                || (!namesAftermath && !titleCue
                    && RepeatCue.bodyCountsAmongOthers(bodySentences, limit: bodyWordLimit, language: language)),
            // What followed a happening may name a period ("to reopen in three months"): no roundup.
            titleCountsPeriod: !namesAftermath
                && RoundupCue.countsPeriod(
                    titleTokens, language: language, published: document.published, trustCapitals: !titleCased),
            titleIsBreaking: titleIsBreaking,
            titleSetsScene: SceneHeadline.setsScene(title, language: language),
            titleTellsFireOnset: Self.tellsFireBreakingOut(titleTokens, language: language),
            titleToll: CasualtyCue.toll(titleTokens, language: language),
            titleCapitals: accumulator.titleCapitals.sorted(),
            numbers: accumulator.numbers.sorted(),
            latestYear: accumulator.latestYear,
            titleTerms: Array(Set(accumulator.titleTerms)).sorted(),
            titleParticulars: Array(Set(accumulator.titleParticulars)).sorted(),
            titlePlaceParticulars: Array(Set(accumulator.titlePlaceParticulars)).sorted(),
            titleWords: Array(Set(accumulator.titleWords)).sorted(),
            shingles: Self.shingles(shingleSource),
            bodyTokenCount: bodyCount,
            titleTokenCount: titleTokens.count,
            language: language
        )
    }

    // MARK: - Tokens to terms

    /// Marks a headline as naming the kind of event `topic`, and adds the topic as a term, as a
    /// listed word for it would: an anchor shared with its reports in other languages.
    private static func addTitleKind(_ topic: String, _ weight: Double, _ accumulator: inout TermAccumulator) {
        guard let bit = Gazetteer.kindBit(topic) else { return }
        accumulator.titleKinds |= bit
        accumulator.add("g:" + topic, kind: .concept, weight: weight, display: gazetteer.displayName(of: topic))
    }

    private func add(
        _ tokens: [Token], weight: Double, trustCapitals: Bool, language: String, isTitle: Bool,
        into accumulator: inout TermAccumulator, words: inout WordCache
    ) {
        guard !tokens.isEmpty else { return }
        accumulator.inTitle = isTitle
        defer { accumulator.inTitle = false }
        let kurmanji = language == "kmr"
        if isTitle {
            // Kinds a headline tells in words the gazetteer cannot list alone: a Kurmanji blaze, one
            // opening on "Fire at" ("opened fire at" is gunfire, and a phrase anywhere in a headline
            // could be that), a vehicle overturning or colliding.
            if kurmanji, Self.kurmanjiFireBrokeOut(tokens) { Self.addTitleKind("topic:fire", weight, &accumulator) }
            if language == "en", Self.namesEnglishBlaze(tokens) { Self.addTitleKind("topic:fire", weight, &accumulator) }
            if RoadAccidentCue.tellsRoadAccident(tokens, language: language) {
                Self.addTitleKind("topic:accident", weight, &accumulator)
            }
        }
        var covered = [Bool](repeating: false, count: tokens.count)
        var matches = Self.gazetteer.matches(in: tokens, latinSuffixes: kurmanji)
        matches.removeAll {
            $0.range.count == 1 && Gazetteer.isPlainWord(tokens[$0.range.lowerBound], language: language)
        }
        let routes = isTitle ? Self.routes(matches, in: tokens) : []
        let routeEnds = Set(routes.flatMap { [$0.0, $0.1] })
        for (first, second) in routes {
            // Known by the governorates it runs between: outlets name one road by different towns on
            // it ("Sulaimani–Kirkuk", "Kirkuk–Chamchamal").
            let governorates = Set(
                Gazetteer.allGovernorates(of: matches[first].id) + Gazetteer.allGovernorates(of: matches[second].id))
            // Between countries or the region ("Iraq-Iran trade route") it names no one road.
            let onTheMap = { (id: String) in Gazetteer.isSpecificPlace(id) || Gazetteer.isCapitalGovernorate(id) }
            guard onTheMap(matches[first].id) || onTheMap(matches[second].id) else { continue }
            accumulator.titleRoutes.insert("route:" + governorates.sorted().joined(separator: "|"))
        }
        if isTitle {
            for village in Self.villages(
                in: tokens, matches: matches, language: language, trustCapitals: trustCapitals)
            {
                accumulator.titleVillages.insert(village)
            }
        }
        for (matchIndex, match) in matches.enumerated() {
            if match.id.hasPrefix("month:") {
                let first = tokens[match.range.lowerBound]
                // "may", "march" are verbs unless capitalised. Folded, Arabic's August ("آب") is
                // "father" ("أب") and, after a clitic, "door" ("باب"): it is August only as a date's.
                guard first.script != .latin || first.isCapitalized else { continue }
                guard !Self.mayBeFather(first) || Self.datesAugust(at: match.range, in: tokens) else { continue }
                for index in match.range { covered[index] = true }
                addMonth(match, in: tokens, weight: weight, into: &accumulator)
                continue
            }
            for index in match.range { covered[index] = true }
            let isConcept = match.id.hasPrefix("topic:") || match.id.hasPrefix("unit:") || match.id.hasPrefix("day:")
            // A governorate, a country, a capital or a province abroad names no event: only a place
            // the gazetteer puts inside a governorate is a headline term.
            accumulator.inTitle = isTitle && (match.id.contains(":") || Gazetteer.isTown(match.id))
            // The ends of a road ("on the Baiji–Tikrit highway") name no one happening's particulars:
            // every crash on it names them.
            accumulator.namesParticulars = !routeEnds.contains(matchIndex)
            accumulator.add(
                "g:" + match.id, kind: isConcept ? .concept : .named, weight: weight,
                display: Self.gazetteer.displayName(of: match.id))
            accumulator.inTitle = isTitle
            accumulator.namesParticulars = true
            if !isConcept { accumulator.named.insert(match.id) }
            if isTitle, let bit = Gazetteer.kindBit(match.id) {
                accumulator.titleKinds |= bit
            }
            if isTitle, Gazetteer.unspecifiedEventTopics.contains(match.id) {
                accumulator.titleNamesUnspecifiedEvent = true
            }
            if isTitle, Gazetteer.aftermathTopics.contains(match.id) { accumulator.titleNamesAftermath = true }
            if match.id.hasPrefix("day:") { accumulator.numbers.insert("g:" + match.id) }
            // The ends of a route ("the Kirkuk-Ceyhan pipeline", "Erbil–Kirkuk road") say where
            // it runs, not where on it an event happened.
            if routeEnds.contains(matchIndex) { continue }
            // A capital is where an event happened only after a locative ("in Erbil's bazaar", "في
            // بغداد", "لە هەولێر", "li Hewlêrê") or a direction ("north of Baghdad"); "Baghdad
            // condemns", "Erbil says" speak for governments.
            if isTitle, Gazetteer.isCapitalGovernorate(match.id),
                Self.placesEvent(tokens, before: match.range.lowerBound)
            {
                accumulator.titleCapitals.insert(match.id)
            }
            if isTitle, Gazetteer.isTown(match.id) || Gazetteer.isCapitalGovernorate(match.id),
                let degrees = PlaceBearing.bearing(tokens, before: match.range.lowerBound)
            {
                accumulator.titleBearings.insert(PlaceBearing(place: match.id, degrees: degrees))
            }
            if isTitle, Gazetteer.isSpecificPlace(match.id) {
                for governorate in Gazetteer.allGovernorates(of: match.id) {
                    accumulator.titlePlaces.insert(governorate)
                }
                if Gazetteer.isTown(match.id) { accumulator.titleTowns.insert(match.id) }
            }
        }

        var run: [String] = []
        func flushRun() {
            if run.count >= 2 {
                let name = run.joined(separator: " ")
                accumulator.add("e:" + name, kind: .entity, weight: weight, display: name)
            }
            run.removeAll()
        }
        for (index, token) in tokens.enumerated() {
            let text = token.text
            if token.script == .number {
                flushRun()
                guard numberFeatures else { continue }
                let value = Self.canonicalNumber(text, language: language)
                // A decade ("the 1950s", "1940's", Kurmanji "salên 1990an") is no year the report was
                // written in; "2014's World Cup" is a year (the tokens are the same: only a round year
                // makes a decade; "an" after a year is a decade's ending only in Kurmanji: "in 2030 an
                // accord". Kurmanji "an" is also "or": in "sala 2020 an 2021" the year after it counts).
                // Nor is a deadline or a plan ("by 2038", "حتى عام 2030": ``ForecastYear``).
                if let year = token.writtenYear,
                    !(year % 10 == 0 && index + 1 < tokens.count
                        && (tokens[index + 1].text == "s" || (tokens[index + 1].text == "an" && language == "kmr"))),
                    !ForecastYear.looksAhead(tokens, yearAt: index)
                {
                    accumulator.latestYear = max(accumulator.latestYear ?? year, year)
                }
                accumulator.add("n:" + value, kind: .number, weight: weight, display: value)
                accumulator.numbers.insert("n:" + value)
                continue
            }
            let wordIndex = words.index(for: token) { wordEntry($0, kurmanji: kurmanji) }
            let word = words[wordIndex]
            if word.isNumberWord, let value = NumberWords.cardinal(text, language: language) {
                flushRun()
                accumulator.add("n:" + value, kind: .number, weight: weight, display: value)
                accumulator.numbers.insert("n:" + value)
                continue
            }
            let isStop = word.isStop
            let capital = trustCapitals && token.script == .latin && token.isCapitalized && !isStop
            if capital && (!token.startsSentence || token.isAllCaps) {
                run.append(text)
            } else if capital && token.startsSentence {
                flushRun()
                run.append(text)
            } else {
                flushRun()
            }
            guard let key = word.wordKey else { continue }
            // In a title, a word the gazetteer names counts once, as the gazetteer's id: counted as
            // both, "American" (also the United States) weighed double in a six-word headline and
            // joined any two naming one country; and the id, not the word, is what "Kerkûkê" and
            // "Kerkûk", "Slemani" and "Sulaymaniyah" share.
            if isTitle, covered[index] { continue }
            var id = word.wordTerm
            if id < 0 {
                id = accumulator.id(of: key, display: text)
                words.setWordTerm(id, at: wordIndex)
            }
            let kind: DocumentFeatures.Kind =
                (capital && !token.startsSentence) || covered[index] ? .entity : .word
            accumulator.add(id: id, kind: kind, weight: weight)
        }
        flushRun()
        addLatinNames(tokens, weight: weight, into: &accumulator)
    }

    /// The facts ``add(_:weight:trustCapitals:language:isTitle:into:words:)`` needs about a
    /// word. In a Kurmanji document, Latin-script words take the Kurmanji stemmer instead of the
    /// English plural rule.
    private func wordEntry(_ token: Token, kurmanji: Bool) -> WordCache.Entry {
        let text = token.text
        let isStop = Self.stopWords.contains(text)
        var key: String?
        if !isStop, text.unicodeScalars.count >= 2 {
            let stem: String
            if token.script == .latin && kurmanji {
                stem = Stemmer.kurmanji(text)
            } else if token.script == .latin && englishStemming < 2 {
                stem = englishStemming == 1 ? Stemmer.plural(text) : text
            } else {
                stem = Stemmer.stem(text, script: token.script)
            }
            if stem == text || !Self.stopWords.contains(stem) { key = "w:" + stem }
        }
        return WordCache.Entry(
            script: token.script, isStop: isStop, isNumberWord: NumberWords.isNumberWord(text), wordKey: key)
    }

    /// Names written in Latin script — a ship, an organisation's acronym, a foreign place — read the
    /// same inside an Arabic or Kurdish article as in an English one, so they anchor across
    /// languages: every run of two or more capitalised Latin words, and every all-capitals word of
    /// three letters or more, is a named entity keyed by its lower-cased text, and an anchor feature
    /// (``DocumentFeatures/Kind/latinName``) that counts only when matching across languages.
    private func addLatinNames(_ tokens: [Token], weight: Double, into accumulator: inout TermAccumulator) {
        var run: [String] = []
        func flush() {
            if run.count >= 2 {
                let name = run.joined(separator: " ")
                accumulator.add("x:" + name, kind: .latinName, weight: weight, display: name)
                accumulator.named.insert("x:" + name)
            }
            run.removeAll()
        }
        for token in tokens {
            let isName =
                token.script == .latin && (token.isCapitalized || token.isAllCaps)
                && !Self.stopWords.contains(token.text)
            guard isName else {
                flush()
                continue
            }
            // A name does not run across a colon ("Hewlêr: Agir bi … ket" names Hewlêr, not "Hewlêr Agir").
            if token.startsSentence { flush() }
            run.append(token.text)
            if token.isAllCaps && token.text.unicodeScalars.count >= 3 {
                accumulator.add("x:" + token.text, kind: .latinName, weight: weight, display: token.text.uppercased())
                accumulator.named.insert("x:" + token.text)
            }
        }
        flush()
    }

    /// Headlines written In Title Case say nothing through their capitals.
    private static func isTitleCased(_ tokens: [Token]) -> Bool {
        var words = 0
        var capitals = 0
        for token in tokens where token.script == .latin && !stopWords.contains(token.text) {
            words += 1
            if token.isCapitalized { capitals += 1 }
        }
        return words >= 3 && capitals * 10 >= words * 7
    }

    // MARK: - Language

    private static let soraniLetters: Set<Unicode.Scalar> = [
        "\u{06D5}", "\u{06CE}", "\u{06C6}", "\u{06B5}", "\u{0695}",
    ]

    /// The language group: the given code's primary subtag, or a guess from the script. Kurdish
    /// (`ku`, `kur`) is Sorani in Arabic script and Kurmanji in Latin: a script subtag says which,
    /// else the text does.
    static func languageGroup(_ code: String?, title: [Token], body: [[Token]]) -> String {
        if let code, !code.isEmpty {
            let subtags = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
            let primary = subtags.first ?? code.lowercased()
            switch primary {
            case "ku", "kur":
                if subtags.contains("arab") { return "ckb" }
                if subtags.contains("latn") { return "kmr" }
                return scriptGuess(title: title, body: body) == "en" ? "kmr" : "ckb"
            case "sdh", "lki":
                return "ckb"
            case "ara":
                return "ar"
            case "eng":
                return "en"
            default:
                return primary
            }
        }
        return scriptGuess(title: title, body: body)
    }

    /// English, Arabic or Sorani, from the script of the title and the first sentences.
    private static func scriptGuess(title: [Token], body: [[Token]]) -> String {
        var latin = 0
        var arabic = 0
        var sorani = 0
        for token in title + body.prefix(5).flatMap({ $0 }) {
            switch token.script {
            case .latin: latin += 1
            case .arabic:
                arabic += 1
                if token.text.unicodeScalars.contains(where: { soraniLetters.contains($0) }) { sorani += 1 }
            default: break
            }
        }
        if arabic > latin { return sorani * 10 >= arabic ? "ckb" : "ar" }
        return "en"
    }

    // MARK: - Shingles

    /// A token's hash for shingles: numbers by their digits, so that a copy writing "2,000" for
    /// "2000" still reads as a copy.
    private static func shingleHash(_ token: Token) -> UInt64 {
        guard token.script == .number, token.text.utf8.contains(0x2C) else { return token.hash }
        return StableHash.fnv1a(String(token.text.filter { $0 != "," }))
    }

    /// Hashes of the word 4-grams of the words whose ``Token/hash``es are `hashes`.
    static func shingles(_ hashes: [UInt64]) -> [UInt64] {
        guard hashes.count >= 4 else { return [] }
        var result: [UInt64] = []
        result.reserveCapacity(hashes.count - 3)
        for index in 0...(hashes.count - 4) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for offset in 0..<4 {
                hash = StableHash.mix(hash ^ hashes[index + offset])
            }
            result.append(hash)
        }
        return result
    }
}
