extension Gazetteer {
    /// The governorate (province) each specific place of ``entries`` lies in, by entry id, for
    /// the places below that level: the governorate's own entry id, or a key of its own for a
    /// province the gazetteer has no entry for. A governorate, and any place not listed, is its own.
    ///
    /// Headlines name an event's place at any level ("Duhok", "Amedi", "Kani Masi" for one drone
    /// strike), so two headlines conflict only when their places lie in different governorates.
    /// Where the administration is disputed, the place follows the governorate that runs it.
    static let governorates: [String: String] = {
        let members: [String: [String]] = [
            "duhok": [
                "zakho", "amedi", "akre", "badinan", "kanimasi", "batifa", "shekhan", "bardarash", "fishkhabour",
                "ibrahimkhalil", "semel",
            ],
            "erbil": [
                "soran", "koya", "harir", "sidakan", "hajomaran", "choman", "rawanduz", "shaqlawa", "khabat",
                "erbilairport", "shanadar",
            ],
            "sulaymaniyah": [
                "ranya", "raparin", "chamchamal", "kalar", "garmiyan", "penjwen", "dukan", "darbandikhan",
                "sharazur", "saidsadiq", "bashmakh", "parvizkhan",
            ],
            "halabja": ["biyara"],
            "kirkuk": ["daquq", "hawija", "wadishay", "kirkukops", "dibis"],
            "diyala": ["baqubah", "muqdadiyah", "abusaida", "khanaqin", "jalawla", "khalis", "diyalaops"],
            "salahuddin": ["tikrit", "samarra", "baiji", "tuzkhurmatu", "amerli", "balad", "dujail", "makhoul"],
            "nineveh": [
                "mosul", "sinjar", "sinjarmountain", "talafar", "hamdaniya", "bashiqa", "bartella", "telkaif", "rabia",
                "qayyarah",
            ],
            "anbar": ["fallujah", "ramadi", "qaim", "haditha", "ainalasad", "anah", "rawa", "rutba"],
            "baghdad": [
                "greenzone", "sadrcity", "husseiniya", "taji", "abughraib", "mahmudiya", "baghdadairport",
                "mutanabbi",
            ],
            "babil": ["hilla", "jurfalsakhar"],
            "najaf": ["kufa", "najafairport"],
            "basra": ["zubair", "ummqasr", "qurna"],
            "wasit": ["kut"],
            "maysan": ["amarah"],
            "dhiqar": ["nasiriyah"],
            "muthanna": ["samawah"],
            // Syria's governorates, Turkey's provinces and Iran's provinces, where the gazetteer
            // names places below them.
            "aleppo": ["kobani", "afrin", "manbij", "sheikhmaqsoud", "tishreendam"],
            "hasakah": ["qamishli", "amuda", "derik", "shaddadi", "rasalain", "alhol"],
            "raqqa": ["tabqa", "talabyad"],
            "deirezzor": ["abukamal"],
            "homs": ["palmyra"],
            "sirnak": ["cizre", "silopi"],
            "mardin": ["nusaybin"],
            "province:westazerbaijan": ["urmia", "mahabad", "bukan", "oshnavieh", "sardasht", "piranshahr"],
            "province:kurdistan-ir": ["sanandaj", "marivan", "saqqez", "baneh"],
        ]
        var table: [String: String] = [:]
        for (governorate, places) in members {
            for place in places { table[place] = governorate }
        }
        return table
    }()

    /// The governorate `id` lies in (``governorates``), or `id` itself.
    static func governorate(of id: String) -> String {
        governorates[id] ?? id
    }
}
