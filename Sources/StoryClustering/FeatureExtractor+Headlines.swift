extension FeatureExtractor {
    /// The indices of the pairs of matches that are the ends of a route: two places joined by a dash alone, with
    /// a word for a road or a pipeline up to two words after them or four before ("Kirkuk-Ceyhan oil
    /// pipeline", "أنبوب نقل النفط الخام كركوك - جيهان", "ڕێگای هەولێر - کەرکووک", "rêya
    /// Hewlêr-Kerkûkê"). A crossing named by its two sides ("Faysh Khabur–Semalka crossing") is a
    /// place, not a route.
    static func routes(_ matches: [Gazetteer.Match], in tokens: [Token]) -> [(Int, Int)] {
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
    static func recalledRange(_ title: String, tokens: [Token], language: String) -> Range<Int>? {
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
    static func villages(
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
    static func placesEvent(_ tokens: [Token], before index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1].text
        if locatives.contains(previous) || directions.contains(previous) { return true }
        return previous == "of" && index > 1 && directions.contains(tokens[index - 2].text)
    }
}
