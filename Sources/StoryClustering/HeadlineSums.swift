import Foundation

/// The sums of money a headline names, as orders of magnitude: "Thieves steal €85 million in Paris
/// diamond heist", "Iraqi cabinet approves IQD 961 billion for salaries", "ملياري دينار",
/// "2 milyon dolar". Two headlines that both name sums, every one of them more than twenty times
/// apart (``apart(_:_:)``), tell two events: a €2m ram raid is not the €85m heist, whatever the
/// city and the words they share. One event's reports differ by outlet and currency
/// ("85 million euros ($108 million)"), well within that.
///
/// Only figures with a currency count (a symbol, a code or a word of `Data/money.tsv`, before or
/// after the figure and its scale word); prices and rates ("850,000 dinars per tonne", "IQD 10
/// million each") and sums under ten thousand dollars ("$80 a barrel", fares, a day's wage) are
/// left out: a price says nothing of which event a report is about.
enum HeadlineSums {
    /// A sum's order of magnitude in US dollars, in tenths of a decade (2,000,000 → 63).
    typealias Magnitude = Int16

    /// More than this many tenths of a decade apart (×20) is another sum.
    static let apartTenths: Magnitude = 13

    /// The magnitudes of the sums in `title`, sorted and distinct. `language` decides how a
    /// grouped figure reads ("2.650" is 2650 in Kurmanji): ``FeatureExtractor/canonicalNumber(_:language:)``.
    static func magnitudes(in title: String, language: String) -> [Magnitude] {
        // Most headlines name no figure at all (nor a sum in words: "مليار دولار", "a billion dollars").
        guard mayNameASum(title) else { return [] }
        let pieces = self.pieces(of: title)
        // Where a headline names a country that pays in dinars of its own, its dinars are not Iraq's.
        let dinarsAreIraqi = !pieces.contains { if case .word(let word) = $0 { table[word] == .elsewhere } else { false } }
        var found = Set<Magnitude>()
        var index = 0
        while index < pieces.count {
            guard var sum = amount(at: index, in: pieces, language: language) else {
                index += 1
                continue
            }
            // "3 ترليونات و100 مليار دينار", "2 milyar û 500 milyon dînar": one sum in two parts.
            while sum.rate == nil, sum.isScaled, lookUp(sum.end, in: pieces) == .and,
                let rest = amount(at: sum.end + 1, in: pieces, language: language), rest.isScaled
            {
                sum = Amount(
                    value: sum.value + rest.value, rate: rest.rate, rateIsCode: rest.rateIsCode, isScaled: true,
                    end: rest.end)
            }
            let start = index
            index = max(sum.end, index + 1)
            guard var rate = sum.rate, lookUp(sum.end, in: pieces) != .per,
                !isShare(before: start, in: pieces)
            else { continue }
            if rate < dinarRateBelow {
                // "IQD" is Iraq's whatever country the headline names; a bare "dinars" is not.
                guard dinarsAreIraqi || sum.rateIsCode else { continue }
                rate = dinar
            }
            let dollars = sum.value * rate
            guard dollars >= minimumDollars, dollars.isFinite else { continue }
            found.insert(Magnitude((log10(dollars) * 10).rounded()))
        }
        return found.sorted()
    }

    /// Whether two headlines' (or stories' headlines') sums tell two events: both name some, and
    /// every sum of one is more than twenty times any of the other's.
    static func apart(_ a: some Collection<Magnitude>, _ b: some Collection<Magnitude>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a.allSatisfy { x in b.allSatisfy { y in abs(x - y) > apartTenths } }
    }

    // MARK: - Reading

    /// Sums below this many dollars are prices and fares, not what an event is about.
    private static let minimumDollars = 10_000.0

    /// What the Iraqi dinar is worth in dollars; currencies of the table below `dinarRateBelow` are dinars.
    private static let dinar = 1.0 / 1_400
    private static let dinarRateBelow = 0.01

    /// What a word of `Data/money.tsv` does beside a figure.
    enum Role: Equatable {
        /// Multiplies the figure before it ("million", "مليار"); standing alone before a currency,
        /// it is the figure ("مليار دولار", a billion dollars).
        case scale(Double)
        /// A currency written after the figure ("dollars", "دينار"): its worth in dollars.
        case currency(Double)
        /// A currency written before or after the figure ("$", "IQD", "€").
        case code(Double)
        /// Between a figure and its currency, saying nothing ("Iraqi", "US", "أمريكي").
        case filler
        /// A country that pays in dinars of its own: the headline's dinars are not Iraq's.
        case elsewhere
        /// After a sum: a price or a rate ("per tonne", "each", "للطن"): no sum.
        case per
        /// Joins the two parts of one sum ("and", "و", "û").
        case and
        /// Up to eight pieces before a sum, in its phrase, makes it a share ("each", "every", "لكل",
        /// "هەر"): no sum. After it, a rate, as ``per``.
        case each
    }

    /// A figure read from the pieces: its value with the scale applied, the currency's rate if one
    /// was written, and the index after it.
    private struct Amount {
        var value: Double
        var rate: Double?
        /// Whether the rate came from a code or symbol ("IQD", "$"), not a word ("dinars").
        var rateIsCode: Bool
        var isScaled: Bool
        var end: Int
    }

    private enum Piece: Equatable {
        case number(String)
        case word(String)
    }

    /// The role of the piece at `index`, if it is a word of the table (a symbol is a word here).
    private static func lookUp(_ index: Int, in pieces: [Piece]) -> Role? {
        guard pieces.indices.contains(index), case .word(let word) = pieces[index] else { return nil }
        if word == "/" { return .per }
        let role = table[word]
        return role == .each ? .per : role
    }

    /// The figure at `start`, written `[code] number [scale] [filler…] [currency]` (the number in
    /// digits, or a number word before a scale: "two million euros") or, without a number,
    /// `scale currency` ("مليار دولار"), or nil. A currency that ended one figure is never
    /// read again before the next: only codes and symbols stand before a figure.
    private static func amount(at start: Int, in pieces: [Piece], language: String) -> Amount? {
        var index = start
        var rate: Double?
        var rateIsCode = false
        if case .code(let worth)? = lookUp(index, in: pieces) {
            rate = worth
            rateIsCode = true
            index += 1
        }
        var value: Double
        var isScaled = false
        switch pieces.indices.contains(index) ? pieces[index] : nil {
        case .number(let text)?:
            guard let number = Double(FeatureExtractor.canonicalNumber(text, language: language)), number > 0
            else { return nil }
            value = number
            index += 1
            if case .scale(let factor)? = lookUp(index, in: pieces) {
                value *= factor
                isScaled = true
                index += 1
            }
        case .word(let word)? where NumberWords.isNumberWord(word):
            // A number word before its scale: "Two million euro jewellery heist", "ثلاثة ملايين دولار".
            guard let number = NumberWords.cardinal(word, language: language).flatMap(Double.init),
                case .scale(let factor)? = lookUp(index + 1, in: pieces)
            else { return nil }
            value = number * factor
            isScaled = true
            index += 2
        case .word?:
            // A letter alone ("b", "m") is a scale only on a figure: "Plan B $5 billion loan".
            guard rate == nil, case .scale(let factor)? = lookUp(index, in: pieces),
                case .word(let word) = pieces[index], word.unicodeScalars.count > 1,
                index == 0 || !isNumber(pieces[index - 1])
            else { return nil }
            value = factor
            isScaled = true
            index += 1
            // Only a scale and then its currency ("مليار دولار") or the rest of the sum ("ترليون
            // و40 مليار دينار") is a sum without a digit.
            var next = index
            while lookUp(next, in: pieces) == .filler { next += 1 }
            switch lookUp(next, in: pieces) {
            case .currency?: break
            case .and? where pieces.indices.contains(next + 1) && isNumber(pieces[next + 1]): break
            default: return nil
            }
        case nil:
            return nil
        }
        var next = index
        while lookUp(next, in: pieces) == .filler { next += 1 }
        switch lookUp(next, in: pieces) {
        case .currency(let worth)?, .code(let worth)?:
            // "2 million pounds of chicken": a weight, not sterling.
            if isWord("of", pieces, at: next + 1),
                isWord("pounds", pieces, at: next) || isWord("pound", pieces, at: next)
            {
                return Amount(value: value, rate: nil, rateIsCode: false, isScaled: false, end: next + 2)
            }
            if case .code = lookUp(next, in: pieces) { rateIsCode = true }
            rate = worth
            index = next + 1
        default:
            break
        }
        return Amount(value: value, rate: rate, rateIsCode: rateIsCode, isScaled: isScaled, end: index)
    }

    /// Whether a word of the table's `each` role stands up to eight pieces before the sum at `start`,
    /// within its phrase: the sum is a share ("Each victim's family to receive $20,000", "خێزانی
    /// هەر قوربانییەک ٢٥ ملیۆن دینار").
    private static func isShare(before start: Int, in pieces: [Piece]) -> Bool {
        for index in stride(from: start - 1, through: max(0, start - 8), by: -1) {
            guard case .word(let word) = pieces[index], word != "|" else { return false }
            if table[word] == .each { return true }
        }
        return false
    }

    private static func isNumber(_ piece: Piece) -> Bool {
        if case .number = piece { true } else { false }
    }

    private static func isWord(_ word: String, _ pieces: [Piece], at index: Int) -> Bool {
        pieces.indices.contains(index) && pieces[index] == .word(word)
    }

    /// The table of `Data/money.tsv`: word (folded as headlines are, ``pieces(of:)``) → role.
    static let table: [String: Role] = {
        var table: [String: Role] = [:]
        for row in EmbeddedTable.rows(PackageResources.money_tsv) where row.count >= 2 {
            let value = row.count >= 3 ? Double(row[2]) ?? 0 : 0
            let role: Role
            switch row[1] {
            case "scale": role = .scale(value)
            case "currency": role = .currency(value)
            case "code": role = .code(value)
            case "filler": role = .filler
            case "elsewhere": role = .elsewhere
            case "per": role = .per
            case "and": role = .and
            case "each": role = .each
            default: continue
            }
            table[folded(row[0])] = role
        }
        return table
    }()

    /// `text` folded by ``TextNormalizer/fold(_:)`` (digits to ASCII; tashkeel and tatweel dropped;
    /// Arabic-script and Latin letter variants unified: ی and ي, أ and ا, î and i) and lower-cased.
    private static func folded(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.compactMap(TextNormalizer.fold))
        return String(scalars).lowercased()
    }

    /// Figures (with their separators), words (lower-cased), the symbols `$ € £ /` and "|" for
    /// punctuation that ends a phrase, in order, after folding as the tokeniser does
    /// (``TextNormalizer/fold(_:)``: digits of every script to ASCII, vowel marks and tatweel
    /// dropped); everything else separates them. A figure and a word written together ("€2m",
    /// "961bn") are two pieces. "$2. 6 million" (text tokenised with a space after every period, as
    /// some archives are) is 2.6.
    private static func pieces(of title: String) -> [Piece] {
        var pieces: [Piece] = []
        var number = ""
        var word = ""
        func flush() {
            if !number.isEmpty { pieces.append(.number(number)) }
            if !word.isEmpty { pieces.append(.word(word.lowercased())) }
            number = ""
            word = ""
        }
        let scalars = title.unicodeScalars.compactMap(TextNormalizer.fold)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            defer { index += 1 }
            if isDigit(scalar) {
                if !word.isEmpty { flush() }
                number.unicodeScalars.append(scalar)
                continue
            }
            if !number.isEmpty, let separator = separatorValue(scalar), index + 1 < scalars.count {
                if isDigit(scalars[index + 1]) {
                    number.unicodeScalars.append(separator)
                    continue
                }
                if separator == ".", scalars[index + 1] == " ", index + 2 < scalars.count,
                    isDigit(scalars[index + 2]), number.unicodeScalars.count <= 3
                {
                    number.append(".")
                    index += 1
                    continue
                }
            }
            if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                if !number.isEmpty { flush() }
                word.unicodeScalars.append(scalar)
                continue
            }
            flush()
            // Punctuation ends a phrase: ", a record haul" is no rate of the sum before it.
            if ",;:()،؛".unicodeScalars.contains(scalar), pieces.last != .word("|") {
                pieces.append(.word("|"))
                continue
            }
            if scalar == "$" || scalar == "€" || scalar == "£" || scalar == "/" {
                // "US$": the "us" before the symbol is part of it; "HK$", "NT$", "AU$" are other
                // dollars ("A$" is read as US dollars: "a $5m deal").
                if scalar == "$", case .word(let before)? = pieces.last, before == "us" || otherDollars.contains(before) {
                    pieces.removeLast()
                    pieces.append(.word(before == "us" ? "$" : before + "$"))
                    continue
                }
                pieces.append(.word(String(scalar)))
            }
        }
        flush()
        return pieces
    }

    /// Whether `title` may name a sum: a figure (a digit of any script, or a scale word: "illion",
    /// "lyar", "lyon", ليون, ليار, لیۆن, لیار, ملاي) and what may be a currency ("$", "€", "£",
    /// words ending as dollar, dinar, euro, pound and the codes do, in either script). One pass
    /// over its bytes, tatweel skipped, as nearly every headline is read for nothing. It must say
    /// yes to every headline in which the full reading finds a sum.
    private static func mayNameASum(_ title: String) -> Bool {
        var figure = false
        var currency = false
        var window: UInt64 = 0  // the last eight bytes, latest lowest
        var letters: UInt64 = 0  // the same, ASCII letters lower-cased
        for byte in title.utf8 {
            // Tatweel (D9 80) stretches a word without changing it: "دولـار".
            if byte == 0x80 && window & 0xFF == 0xD9 {
                window >>= 8
                letters >>= 8
                continue
            }
            window = window << 8 | UInt64(byte)
            letters = letters << 8 | UInt64(byte | 0x20)
            if !figure {
                switch byte {
                case 0x30...0x39: figure = true
                default:
                    switch window & 0xFFFF {
                    case 0xD9A0...0xD9A9, 0xDBB0...0xDBB9: figure = true  // ٠–٩, ۰–۹
                    default:
                        switch window {
                        // ليون, ليار, لیۆن, لیار, ملاي
                        case 0xD984_D98A_D988_D986, 0xD984_D98A_D8A7_D8B1, 0xD984_DB8C_DB86_D986,
                            0xD984_DB8C_D8A7_D8B1, 0xD985_D984_D8A7_D98A:
                            figure = true
                        default:
                            switch letters & 0xFFFF_FFFF_FFFF {
                            case 0x69_6C_6C_69_6F_6E: figure = true  // "illion"
                            default:
                                // "lyar", "lyon" (milyar, mîlyon, trilyon)
                                figure = letters & 0xFFFF_FFFF == 0x6C_79_61_72 || letters & 0xFFFF_FFFF == 0x6C_79_6F_6E
                            }
                        }
                    }
                }
            }
            if !currency {
                switch letters & 0xFF_FFFF {
                // "dollar", "dolar", "dinar", "dînar", "euro", "ewro", "pound", "iqd", "usd", "eur", "gbp"
                case 0x6C_61_72, 0x6E_61_72, 0x75_72_6F, 0x77_72_6F, 0x75_6E_64, 0x69_71_64, 0x75_73_64,
                    0x65_75_72, 0x67_62_70:
                    currency = true
                default:
                    switch window & 0xFF_FFFF_FFFF_FF {
                    // لار, نار (دولار, دینار), ورو (يورو), ۆرۆ (یۆرۆ)
                    case 0xD984_D8A7_D8B1, 0xD986_D8A7_D8B1, 0xD988_D8B1_D988, 0xDB86_D8B1_DB86: currency = true
                    default:
                        // $, £ (C2 A3), € (E2 82 AC)
                        currency = byte == 0x24 || window & 0xFFFF == 0xC2A3 || window & 0xFF_FFFF == 0xE2_82AC
                    }
                }
            }
            if figure && currency { return true }
        }
        return false
    }

    /// Words written onto a dollar sign for dollars other than the US's (Hong Kong, Taiwan,
    /// Australia, Canada, New Zealand, Singapore): such sums are left out.
    private static let otherDollars: Set<String> = ["hk", "nt", "au", "ca", "nz", "sg", "c"]

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// A separator inside a figure, as ``FeatureExtractor/canonicalNumber(_:language:)`` reads it.
    private static func separatorValue(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case ",", "٬", "،": return ","
        case ".", "٫": return "."
        default: return nil
        }
    }
}
