/// Turns a ``ClusterDocument`` into ``DocumentFeatures``: normalisation, boilerplate removal,
/// stop words, stemming, capitalised runs, gazetteer entities, numbers and dates.
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

    private static let stopWords = StopWords.all
    private static let gazetteer = Gazetteer.shared

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

    /// The indices of the pairs of matches that are the ends of a route: two places joined by a dash alone, with
    /// a word for a road or a pipeline up to two words after them or four before ("Kirkuk-Ceyhan oil
    /// pipeline", "أنبوب نقل النفط الخام كركوك - جيهان", "ڕێگای هەولێر - کەرکووک", "rêya
    /// Hewlêr-Kerkûkê"). A crossing named by its two sides ("Faysh Khabur–Semalka crossing") is a
    /// place, not a route.
    private static func routes(_ matches: [Gazetteer.Match], in tokens: [Token]) -> [(Int, Int)] {
        var ends: [(Int, Int)] = []
        for index in matches.indices.dropFirst() {
            let (first, second) = (matches[index - 1], matches[index])
            guard first.range.upperBound == second.range.lowerBound, tokens[second.range.lowerBound].followsDash,
                isPlace(first.id), isPlace(second.id)
            else { continue }
            let before = tokens[max(0, first.range.lowerBound - 4)..<first.range.lowerBound]
            let after = tokens[second.range.upperBound..<min(tokens.count, second.range.upperBound + 2)]
            guard
                before.contains(where: { routeWords.contains($0.text) })
                    || after.contains(where: { routeWords.contains($0.text) })
            else { continue }
            ends.append((index - 1, index))
        }
        return ends
    }

    /// The tokens of a headline that recall an earlier happening: from after "days after" (and the
    /// like, ``recallStart(_:)``) to the end of its clause, which a comma, a colon, a bar, an ellipsis
    /// or two dots end ("Days after Baiji attack, IED hits pipeline in Dibis"; Arabic headlines join
    /// clauses with "..": "بعد ساعات من البحث.. انتشال جثة الصبي الغريق"), or the opening clause
    /// after "after" when a later clause names another town ("After Sidakan, Turkish drone now hits
    /// a car outside Makhmour camp"); nil when it recalls none.
    private static func recalledRange(_ title: String, tokens: [Token], language: String) -> Range<Int>? {
        // A headline opening with "after" a place, then naming another in its next clause, recalls
        // the first place's happening: "دوای سیدەکان، درۆنێکی تورکیا … مەخموور" (after Sidakan, a
        // Turkish drone at Makhmour), "Piştî Kerradeyê, vê carê agir bi bazara Şorceyê ket". Not
        // what followed the headline's own happening: "After the Harir flood, a committee for
        // compensation" names no place after it.
        if let first = tokens.first, openingRecallWords.contains(first.text) {
            let counts = clauses(of: title).map { TextNormalizer.tokens(String($0)).count }
            if counts.count >= 2, counts.reduce(0, +) == tokens.count, counts[0] > 1 {
                // Towns and governorates only, read as the headline's own places are: a country, the
                // region or an adjective ("Iraqi", "Turkish") is no other place ("After Harir flood,
                // Iraqi ministry sends aid" tells what followed the flood).
                let places = Self.gazetteer.matches(in: tokens, latinSuffixes: language == "kmr").filter {
                    Gazetteer.isSpecificPlace($0.id)
                        && !($0.range.count == 1
                            && Gazetteer.isPlainWord(tokens[$0.range.lowerBound], language: language))
                }
                let recalled = Set(places.filter { $0.range.upperBound <= counts[0] }.map(\.id))
                // The governorate of a recalled town is that town's ("After Harir flood, Erbil sends aid").
                let around = Set(recalled.flatMap { Gazetteer.allGovernorates(of: $0) })
                let named = places.filter { $0.range.lowerBound >= counts[0] }.map(\.id)
                if !recalled.isEmpty, named.contains(where: { !recalled.contains($0) && !around.contains($0) }) {
                    return 1..<counts[0]
                }
            }
        }
        guard recallStart(tokens) < tokens.count else { return nil }
        var offset = 0
        var found: Range<Int>?
        for clause in clauses(of: title) {
            let clauseTokens = TextNormalizer.tokens(String(clause))
            let start = recallStart(clauseTokens)
            if found == nil, start < clauseTokens.count { found = (offset + start)..<(offset + clauseTokens.count) }
            offset += clauseTokens.count
        }
        // The clauses tokenise into runs of the whole's tokens; were they not, the recall runs to the end.
        guard offset == tokens.count, let found else { return recallStart(tokens)..<tokens.count }
        return found
    }

    /// `title` split into clauses at commas, colons, semicolons, bars, ellipses and runs of dots (a
    /// single dot stays: "52.6 degrees", "U.S.").
    private static func clauses(of title: String) -> [Substring] {
        let characters = Array(title)
        var result: [Substring] = []
        var start = title.startIndex
        var index = title.startIndex
        for (position, character) in characters.enumerated() {
            let isDotRun =
                character == "." && (position > 0 && characters[position - 1] == "."
                    || position + 1 < characters.count && characters[position + 1] == ".")
            if ",،:؛|…".contains(character) || isDotRun {
                result.append(title[start..<index])
                start = title.index(after: index)
            }
            index = title.index(after: index)
        }
        result.append(title[start..<title.endIndex])
        return result
    }

    /// Where a headline starts recalling an earlier happening: after "days after", "hours after",
    /// "بعد أيام من", "چەند ڕۆژێک دوای", "çend roj piştî" ("IED hits pipeline in Dibis, days after
    /// Baiji attack"); the headline's length when it recalls none. A bare "after" does not count here
    /// (``recalledRange(_:tokens:language:)`` reads one opening a headline): it
    /// gives the cause or the stage of the headline's own event ("Pumping resumes after Dibis blast
    /// repaired").
    private static func recallStart(_ tokens: [Token]) -> Int {
        for index in tokens.indices.dropFirst() where recallAfterWords.contains(tokens[index].text) {
            guard recallSpanWords.contains(tokens[index - 1].text) else { continue }
            return index + 1
        }
        // Arabic puts the span between: "بعد أيام من", "بعد يومين من".
        for index in tokens.indices.dropFirst(2) where tokens[index].text == "من" {
            if tokens[index - 2].text == "بعد", recallSpanWords.contains(tokens[index - 1].text) { return index + 1 }
        }
        return tokens.count
    }

    /// The villages and camps a headline names that the gazetteer does not know, as
    /// "language:skeleton" (``villageKey(_:language:)``): the capitalised word before "village" or
    /// "camp" or after "village of" in English ("Makhmour's Kandinawa village", "Sharya camp"), the
    /// word after it in Arabic, Sorani and Kurmanji ("قرية حردان", "مخيم شاريا", "گوندی هاردان", "gundê
    /// Hardanê", capitalised in Kurmanji). Not a count of villages ("two villages", "دوو گوندی"), "the
    /// village" ("القرية"), a word the gazetteer or the stop words know, nor a word that describes
    /// rather than names ("Yazidi village", "IDP camp", "قرية تابعة", "کەمپی ئاوارەکان"); in a
    /// title-cased headline English capitals name nothing.
    private static func villages(
        in tokens: [Token], matches: [Gazetteer.Match], language: String, trustCapitals: Bool
    ) -> [String] {
        func name(_ index: Int) -> String? {
            guard tokens.indices.contains(index), !matches.contains(where: { $0.range.contains(index) }) else {
                return nil
            }
            let token = tokens[index]
            guard token.script == .latin || token.script == .arabic, !stopWords.contains(token.text),
                !villageWords.contains(token.text), !villageDescriptors.contains(token.text), token.text.count > 2
            else { return nil }
            if token.script == .latin && (!token.isCapitalized || token.isAllCaps) { return nil }
            return villageKey(token.text, language: language)
        }
        func isCount(_ index: Int) -> Bool {
            guard tokens.indices.contains(index) else { return false }
            return tokens[index].script == .number
                || NumberWords.cardinal(tokens[index].text, language: language) != nil
        }
        if language == "en" && !trustCapitals { return [] }
        var found: [String] = []
        for index in tokens.indices where villageWords.contains(tokens[index].text) {
            if isCount(index - 1) { continue }
            if language == "en" {
                if tokens.indices.contains(index + 1), tokens[index + 1].text == "of" {
                    if let village = name(index + 2) { found.append(village) }
                } else if let village = name(index - 1) {
                    found.append(village)
                }
            } else if let village = name(index + 1) {
                found.append(village)
            }
        }
        return found
    }

    /// Words for a village or a camp, normalised; the Arabic ones with the clitics an indefinite
    /// word takes ("بقرية", "في مخيم"), not the article ("القرية": the village already named).
    private static let villageWords = TextNormalizer.normalizedWords([
        "village", "camp", "قرية", "بقرية", "وقرية", "لقرية", "وبقرية", "مخيم", "بمخيم", "ومخيم", "لمخيم", "وبمخيم",
        "گوندی", "گوند", "کەمپی", "کەمپ", "gundê", "gundî", "kampa", "kampê",
    ])

    /// Words after (or, in English, before) a word for village that describe it rather than name it.
    private static let villageDescriptors = TextNormalizer.normalizedWords([
        "yazidi", "kurdish", "arab", "christian", "turkmen", "shabak", "assyrian", "border", "mountain", "remote",
        "nearby", "idp", "refugee", "refugees", "displaced", "displacement", "tent", "army", "military", "model",
        "transit", "syrian", "iraqi", "turkish", "iranian", "frontier", "home", "summer",
        "تابعة", "تابع", "قريبة", "حدودية", "نائية", "للنازحين", "النازحين", "نازحين", "للاجئين", "اللاجئين",
        "ئاوارەکان", "ئاوارەکانی", "ئاوارە", "ئاوارەی", "پەنابەران", "پەنابەرانی", "سنووری", "نزیک",
        "koçberan", "koçberên", "penaberan", "penaberên", "sînor",
    ])

    /// The key of a village's or camp's name: its language, then the name without the case and
    /// postposition endings Sorani and Kurmanji add ("لە کەمپی شاریاوە", "gundê Hardanê") and without
    /// its vowels, which outlets spell differently ("Hardan", "Herdan"; "کەندیناوە", "کەندیناوا").
    static func villageKey(_ name: String, language: String) -> String {
        var stem = Substring(name)
        for group in villageEndings[language] ?? [] {
            if let ending = group.first(where: { stem.hasSuffix($0) && stem.count > $0.count + 2 }) {
                stem = stem.dropLast(ending.count)
            }
        }
        let consonants = String(stem.unicodeScalars.filter { !villageVowels.contains($0) })
        return language + ":" + (consonants.unicodeScalars.count >= 2 ? consonants : String(stem))
    }

    /// The endings ``villageKey(_:language:)`` drops, normalised: at most one of each group, in order.
    private static let villageEndings: [String: [[String]]] = [
        "ckb": [["ەدا", "دا"], ["ەوە", "وە"], ["ی"]].map { $0.map(TextNormalizer.normalized) },
        "kmr": [["ye"], ["e"]],
    ]

    /// Letters that write vowels, in Latin and Arabic script (after normalisation).
    private static let villageVowels: Set<Unicode.Scalar> = [
        "a", "e", "i", "o", "u", "\u{0627}", "\u{0648}", "\u{064A}", "\u{06D5}", "\u{06CE}", "\u{06C6}",
    ]

    /// Words for "after" that open a headline's recalling clause, normalised.
    private static let openingRecallWords = TextNormalizer.normalizedWords(["after", "دوای", "piştî", "بعد"])

    /// Words for "after" that may follow a span in a recall, normalised.
    private static let recallAfterWords = TextNormalizer.normalizedWords(["after", "دوای", "piştî"])

    /// Words for a span of time before "after" in a recall, normalised.
    private static let recallSpanWords = TextNormalizer.normalizedWords([
        "days", "day", "hours", "weeks", "week", "months", "أيام", "يوم", "يومين", "ساعات", "أسابيع", "أسبوع",
        "ڕۆژ", "ڕۆژێک", "ڕۆژێ", "ڕۆژە", "کاتژمێر", "هەفتە", "هەفتەیەک", "roj", "rojan", "rojek", "rojê", "saet",
        "saetan", "hefte", "hefteyek",
    ])

    /// Words for a road, a railway or a pipeline, normalised.
    private static let routeWords = TextNormalizer.normalizedWords([
        "pipeline", "pipelines", "road", "highway", "motorway", "railway", "railroad", "route", "line",
        "أنبوب", "انبوب", "خط", "طريق", "الطريق", "سكة", "بۆری", "بۆریی", "بۆرییەکە", "ڕێگا", "ڕێگای", "ڕێگاکە",
        "شەقامی", "هێڵی", "bori", "boriya", "boriyê", "rê", "rêya", "rêyê", "otoban", "otobana", "xeta",
    ])

    /// Whether a gazetteer id is a place (not a topic, a person or an organisation, a day or a month).
    private static func isPlace(_ id: String) -> Bool { !id.contains(":") }

    /// Words before a place that say an event happened there, in the four languages.
    private static let locatives: Set<String> = [
        "in", "at", "near", "outside", "inside", "across", "في", "وسط", "قرب", "داخل", "لە", "li",
    ]

    /// Directions before a place that put an event on its outskirts ("north of Baghdad", "شمالي
    /// بغداد", "باکووری بەغدا", "bakurê Bexdayê"), normalised; English ones take "of".
    private static let directions = PlaceBearing.directionWords

    /// Whether the tokens before `index` say the event happened at the place starting there: a
    /// locative ("in Erbil"), or a direction ("north of Baghdad", "شمالي بغداد").
    private static func placesEvent(_ tokens: [Token], before index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1].text
        if locatives.contains(previous) || directions.contains(previous) { return true }
        return previous == "of" && index > 1 && directions.contains(tokens[index - 2].text)
    }

    /// Kurmanji headlines tell a blaze as "agir bi … ket", "agir … pêket" or "agir … berbû" (fire
    /// fell on, broke out in), or "… agir girt" (caught fire), words the gazetteer cannot list alone:
    /// bare "agir" is also in "agir vekirin" (opened fire). The fire's kind, when "agir" comes with
    /// one of those verbs within five words ("Agir bi qamîşên Hora Hewîzeyê ket").
    private static func kurmanjiFireBrokeOut(_ tokens: [Token]) -> Bool {
        for (index, token) in tokens.enumerated() where token.text == "agir" {
            let near = tokens[max(0, index - 5)..<min(tokens.count, index + 6)]
            if near.contains(where: { fireVerbs.contains($0.text) }) { return true }
        }
        return false
    }

    /// Whether a headline tells a fire breaking out now, in the words and order headlines give a
    /// fresh one: "fire breaks out", "blaze erupts"; "اندلاع حريق", "نشوب حريق", "اندلعت النيران" (the
    /// verb before the fire: "حريق اندلع" is "a fire that broke out", told after it); Sorani "ئاگر …
    /// کەوتەوە" (not "لێ کەوتەوە", it resulted in); Kurmanji "agir … ket" (``kurmanjiFireBrokeOut(_:)``).
    /// "Anger erupts over hospital blaze", "اندلاع احتجاجات بعد حريق" tell something else breaking out.
    static func tellsFireBreakingOut(_ tokens: [Token], language: String) -> Bool {
        func text(_ index: Int) -> String? { tokens.indices.contains(index) ? tokens[index].text : nil }
        switch language {
        case "en":
            return tokens.indices.contains { index in
                guard text(index - 1).map(englishFireNouns.contains) ?? false else { return false }
                return text(index) == "erupts" || text(index) == "breaks" && text(index + 1) == "out"
            }
        case "kmr":
            return kurmanjiFireBrokeOut(tokens)
        default:
            return tokens.indices.contains { index in
                let word = tokens[index].text
                if word == soraniBrokeOut {
                    guard text(index - 1) != soraniFrom else { return false }
                    return tokens[max(0, index - 6)..<index].contains { $0.text.hasPrefix(soraniFire) }
                }
                guard Gazetteer.cliticForms(tokens[index]).contains(where: { arabicOnsets.contains($0) }),
                    tokens.indices.contains(index + 1)
                else { return false }
                return Gazetteer.cliticForms(tokens[index + 1]).contains { arabicFires.contains($0) }
            }
        }
    }

    private static let englishFireNouns: Set<String> = ["fire", "fires", "blaze", "blazes"]
    private static let soraniBrokeOut = TextNormalizer.normalized("کەوتەوە")
    private static let soraniFrom = TextNormalizer.normalized("لێ")
    private static let soraniFire = TextNormalizer.normalized("ئاگر")
    private static let arabicOnsets = Set(
        TextNormalizer.normalizedWords(["اندلاع", "اندلع", "اندلعت", "نشوب", "نشب"]).map { Substring($0) })
    private static let arabicFires = Set(
        TextNormalizer.normalizedWords(["حريق", "حرائق", "الحريق", "النيران", "نيران", "النار"]).map { Substring($0) })

    /// A headline's kinds of event without an earthquake named beside politics ("political
    /// earthquake", "زلزال سياسي", "Erdhejeke siyasî", "political aftershocks of the vote"): a figure
    /// of speech, felt nowhere.
    static func literalKinds(_ kinds: UInt64, _ tokens: [Token]) -> UInt64 {
        guard kinds & Gazetteer.wideKinds != 0 else { return kinds }
        let figurative = tokens.contains { token in
            Gazetteer.cliticForms(token).contains { form in politicalStems.contains { form.hasPrefix($0) } }
        }
        return figurative ? kinds & ~Gazetteer.wideKinds : kinds
    }

    /// Stems of "political" in English, Arabic and Sorani (one spelling once normalised) and Kurmanji.
    private static let politicalStems = ["politic", "سياسي", "siyas"].flatMap { TextNormalizer.tokens($0).map(\.text) }

    /// Marks a headline as naming the kind of event `topic`, and adds the topic as a term, as a
    /// listed word for it would: an anchor shared with its reports in other languages.
    private static func addTitleKind(_ topic: String, _ weight: Double, _ accumulator: inout TermAccumulator) {
        guard let bit = Gazetteer.kindBit(topic) else { return }
        accumulator.titleKinds |= bit
        accumulator.add("g:" + topic, kind: .concept, weight: weight, display: gazetteer.displayName(of: topic))
    }

    /// Whether an English headline's "fire" is a blaze: "Fire rips through Samarra market", "Two
    /// patients killed in fire at Amarah hospital ward", "after deadly Qaraqosh fire", "Mount Gara
    /// fire extinguished". Not gunfire ("gunmen open fire at", "came under fire", "rocket fire",
    /// "exchange of fire"), a verb ("troops fire on protesters", "to fire officials") or a fear
    /// ("sparks fire fears"); the gazetteer lists the phrases that are blazes wherever they stand.
    static func namesEnglishBlaze(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { index in
            guard tokens[index].text == "fire" else { return false }
            let before = index > 0 ? tokens[index - 1].text : nil
            let after = index + 1 < tokens.count ? tokens[index + 1].text : nil
            if let before, notBlazeBefore.contains(before) { return false }
            if let after, notBlazeAfter.contains(after) { return false }
            let placedAfter = after.map { blazeAfter.contains($0) || blazeOpeningAfter.contains($0) } ?? false
            // "Fire at…" opens a headline; "fire at" after a word may be a verb ("guards fire at").
            guard let before else { return placedAfter }
            if blazeBefore.contains(before) { return true }
            // "killed in fire at", not "killed in Iranian fire" or "killed by border guard fire".
            if blazePrepositions.contains(before) { return placedAfter }
            return after.map(blazeAfter.contains) ?? false
        }
    }

    /// Words before "fire" that make it gunfire, a verb or no happening.
    private static let notBlazeBefore: Set<String> = [
        "open", "opened", "opens", "opening", "under", "cease", "heavy", "gun", "sniper", "artillery", "rocket",
        "rockets", "mortar", "live", "friendly", "return", "returned", "returning", "exchange", "exchanged", "of",
        "to", "will", "troops", "forces", "guards", "police", "gunmen", "militants", "soldiers", "against", "hold",
        "held", "fighters", "machine", "iranian", "turkish", "iraqi", "syrian", "border", "guard", "drone", "tank",
        "cross", "trade", "draw", "draws", "drew", "drawing", "celebratory", "stray", "enemy",
    ]
    /// Words after "fire" that make it a verb, gunfire or no happening.
    private static let notBlazeAfter: Set<String> = [
        "on", "shots", "rockets", "missiles", "mortars", "tear", "bullets", "warning", "officials", "official",
        "minister", "ministers", "director", "fears", "fear", "risk", "risks", "season", "safety", "drill",
        "drills", "chief", "back", "upon", "exchange",
    ]
    /// Words after "fire" anywhere in a headline that tell a blaze.
    private static let blazeAfter: Set<String> = [
        "rips", "ripped", "hits", "erupts", "erupted", "forces", "forced", "wipes", "consumes", "consumed", "burns",
        "burned", "burnt", "tears", "spreads", "spread", "damages", "damaged", "destroys", "destroyed", "kills",
        "injures", "engulfs", "ravages", "guts", "razes", "extinguished", "contained", "controlled", "probe",
        "victims", "put", "leaves", "during", "inside", "hit",
    ]
    /// Words after a headline's opening "Fire" that tell a blaze ("Fire at…", "Fire in…").
    private static let blazeOpeningAfter: Set<String> = ["at", "in", "near"]
    /// Prepositions before "fire" that tell a blaze when a word after it does too ("killed in fire at").
    private static let blazePrepositions: Set<String> = ["in", "after", "by", "from"]
    /// Words before "fire" that tell a blaze ("after deadly fire", "market fire").
    private static let blazeBefore: Set<String> = [
        "deadly", "huge", "massive", "major", "big", "large", "overnight", "another",
        "new", "market", "mountain", "ship", "station", "hotel", "hospital", "hall", "camp", "field",
        "forest", "bazaar", "warehouse", "building", "shop", "shops", "house", "home", "mall", "refinery", "factory",
        "sparking", "sparks", "sparked", "fatal", "pipeline", "well", "oilfield", "tanker", "depot", "plant",
        "crop", "crops", "wheat", "farm", "orchard", "orchards", "substation", "store", "fuel",
    ]

    /// Kurmanji verbs of a fire breaking out, normalised.
    private static let fireVerbs = TextNormalizer.normalizedWords(["ket", "pêket", "berbû", "berbûn", "girt"])

    // MARK: - Tokens to terms

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

    /// Whether a token read as August may be Arabic's "father" ("أب", "الأب", "وأب") or "door"
    /// ("باب"): "اب" after at most a clitic.
    private static func mayBeFather(_ token: Token) -> Bool {
        Gazetteer.cliticForms(token).contains(Substring(father))
    }

    private static let father = TextNormalizer.normalized("أب")

    /// Whether the August at `range` is a date's: a day just before it ("10 آب"), "month" before it
    /// ("شهر آب", "بشهر آب"), or a year or its other name just after it ("آب 2030", "آب/أغسطس").
    private static func datesAugust(at range: Range<Int>, in tokens: [Token]) -> Bool {
        let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1] : nil
        let after = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
        if let before, before.script == .number || Gazetteer.cliticForms(before).contains(where: monthWords.contains) {
            return true
        }
        if let after, after.script == .number && after.text.utf8.count == 4 || after.text == august { return true }
        return false
    }

    /// "Month" in Arabic and Sorani (clitics are taken off before the lookup: "بشهر", "الشهر").
    private static let monthWords: Set<Substring> = Set(
        ["شهر", "مانگی", "مانگ"].map { Substring(TextNormalizer.normalized($0)) })
    private static let august = TextNormalizer.normalized("أغسطس")

    /// A month name: a month feature, and a day-of-month feature when a day number stands next
    /// to it.
    private func addMonth(
        _ match: Gazetteer.Match, in tokens: [Token], weight: Double, into accumulator: inout TermAccumulator
    ) {
        let month = String(match.id.dropFirst(6))
        accumulator.add("m:" + month, kind: .date, weight: weight, display: "month " + month)
        accumulator.numbers.insert("m:" + month)
        let neighbours = [
            match.range.lowerBound - 2, match.range.lowerBound - 1, match.range.upperBound, match.range.upperBound + 1,
        ]
        for index in neighbours where index >= 0 && index < tokens.count && tokens[index].script == .number {
            guard let day = Int(tokens[index].text), day >= 1, day <= 31 else { continue }
            let key = "d:" + month + "-" + String(day)
            accumulator.add(key, kind: .date, weight: weight, display: month + "/" + String(day))
            accumulator.numbers.insert(key)
            return
        }
    }

    /// Languages whose writers group thousands with a period and mark decimals with a comma
    /// ("2.650 MW", "52,6 pile"), where English writes "2,650" and "52.6".
    private static let decimalCommaLanguages: Set<String> = [
        "kmr", "tr", "de", "fr", "es", "it", "nl", "pt", "ru", "id", "pl", "sv", "da", "nb", "fi", "el",
    ]

    /// The number a numeric token means, written the English way without grouping: "2,650" and
    /// "2.650" (in Kurmanji) are "2650", "52,6" and "52.60" are "52.6", "007" is "7". A comma
    /// followed by one or two digits is a decimal comma in any language; periods group thousands
    /// ("1.250.000"; one to three digits, not starting with 0, then groups of three) when there
    /// are several groups or the language writes decimals with a comma ("0.500" is 0.5 in any
    /// language). Anything else ("12.08.2025") stays as written.
    static func canonicalNumber(_ text: String, language: String) -> String {
        // Most numbers have neither separators nor leading zeros: nothing to do.
        if text.utf8.first != 0x30 && !text.utf8.contains(where: { $0 == 0x2C || $0 == 0x2E }) { return text }
        let bytes = Array(text.utf8)
        let separators = bytes.indices.filter { bytes[$0] == 0x2C || bytes[$0] == 0x2E }
        var digits: [UInt8]
        if separators.isEmpty {
            digits = bytes
        } else {
            let groups = text.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." }
            let commas = bytes.filter { $0 == 0x2C }.count
            let periods = separators.count - commas
            // Groups of thousands: one to three digits (not starting with 0), then threes.
            let grouped =
                groups.dropFirst().allSatisfy { $0.utf8.count == 3 } && (1...3).contains(groups[0].utf8.count)
                && groups[0].utf8.first != 0x30
            var decimalMark: UInt8?
            if commas > 0 && periods > 0 {
                decimalMark = bytes[separators[separators.count - 1]]  // "1,250.5", "1.250,5"
            } else if commas == 1 && (groups[1].utf8.count <= 2 || !grouped) {
                decimalMark = 0x2C
            } else if periods == 1 && !(grouped && decimalCommaLanguages.contains(language)) {
                decimalMark = 0x2E
            } else if periods > 1 && !grouped {
                return text
            }
            digits = []
            for byte in bytes {
                if byte == decimalMark {
                    digits.append(0x2E)
                } else if byte != 0x2C && byte != 0x2E {
                    digits.append(byte)
                }
            }
        }
        var scalars = digits[...]
        while scalars.count > 1, scalars.first == 0x30, scalars.dropFirst().first != 0x2E {
            scalars = scalars.dropFirst()
        }
        if scalars.contains(0x2E) {
            while scalars.last == 0x30 { scalars = scalars.dropLast() }
            if scalars.last == 0x2E { scalars = scalars.dropLast() }
        }
        return String(decoding: scalars, as: UTF8.self)
    }

    /// A token's hash for shingles: numbers by their digits, so that a copy writing "2,000" for
    /// "2000" still reads as a copy.
    private static func shingleHash(_ token: Token) -> UInt64 {
        guard token.script == .number, token.text.utf8.contains(0x2C) else { return token.hash }
        return StableHash.fnv1a(String(token.text.filter { $0 != "," }))
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
