extension FeatureExtractor {
    /// Kurmanji headlines tell a blaze as "agir bi … ket", "agir … pêket" or "agir … berbû" (fire
    /// fell on, broke out in), or "… agir girt" (caught fire), words the gazetteer cannot list alone:
    /// bare "agir" is also in "agir vekirin" (opened fire). The fire's kind, when "agir" comes with
    /// one of those verbs within five words ("Agir bi qamîşên Hora Hewîzeyê ket").
    static func kurmanjiFireBrokeOut(_ tokens: [Token]) -> Bool {
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
}
