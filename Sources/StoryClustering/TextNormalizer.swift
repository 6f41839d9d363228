/// Normalises and tokenises text on Unicode scalars, without Foundation.
///
/// Compatibility forms first (``CompatibilityMapping``: NFKC's mappings), then case folding, Latin diacritic folding, Arabic-script letter unification (hamza forms of
/// alef, ta marbuta, alef maqsura, Persian kaf and yeh), removal of tashkeel and tatweel, and
/// folding of Arabic-Indic and Persian digits to ASCII. Sorani letters (ێ ۆ ڵ ڕ ە ڤ گ چ پ ژ) are
/// kept as letters.
enum TextNormalizer {
    /// Splits `text` into sentences of normalised tokens.
    static func sentences(_ text: String) -> [[Token]] {
        var result: [[Token]] = []
        var sentence: [Token] = []
        var word: [UInt8] = []  // the current token as UTF-8
        word.reserveCapacity(32)
        var script = Token.Script.other
        var capitalized = false
        var allCaps = true
        var letterCount = 0
        var pendingSeparator = false  // a ',' or '.' seen right after digits
        var separatorIsPeriod = false
        var atSentenceStart = true

        func flushWord() {
            guard !word.isEmpty else { return }
            if script == .latin {
                if word.count >= 2, word[word.count - 2] == 0x27, word[word.count - 1] == 0x73 { word.removeLast(2) }
                word.removeAll { $0 == 0x27 }
            }
            if !word.isEmpty {
                // The bytes are valid UTF-8 (encoded from scalars), so the hash equals the text's.
                let (text, hash) = word.withUnsafeBufferPointer {
                    (String(decoding: $0, as: UTF8.self), StableHash.fnv1a($0))
                }
                sentence.append(
                    Token(
                        text: text, hash: hash, script: script, isCapitalized: capitalized,
                        startsSentence: atSentenceStart, isAllCaps: allCaps && letterCount >= 2))
                atSentenceStart = false
            }
            word.removeAll(keepingCapacity: true)
        }
        func endSentence() {
            flushWord()
            if !sentence.isEmpty { result.append(sentence) }
            sentence = []
            atSentenceStart = true
        }

        /// One scalar of the text, after its compatibility mapping.
        func consume(_ raw: Unicode.Scalar) {
            guard let scalar = fold(raw) else { return }
            let value = scalar.value
            if value >= 0x30 && value <= 0x39 {
                if pendingSeparator {
                    // "1,000", "3.5", "52,6", "2.650": the separators stay, and the reader of the
                    // number decides which is the decimal mark (it knows the language).
                    word.append(separatorIsPeriod ? 0x2E : 0x2C)
                    pendingSeparator = false
                } else if !word.isEmpty && script != .number {
                    flushWord()
                }
                if word.isEmpty {
                    script = .number
                    capitalized = false
                }
                word.append(UInt8(value))
                return
            }
            if pendingSeparator {
                pendingSeparator = false
                flushWord()
                if separatorIsPeriod { endSentence() }
            }
            if script == .number && !word.isEmpty
                && (value == 0x2C || value == 0x2E || value == 0x66B || value == 0x66C)
            {
                pendingSeparator = true
                separatorIsPeriod = value == 0x2E || value == 0x66B
                return
            }
            if value == 0x27 {
                // Apostrophe: part of a Latin word ("reid's", "don't"), otherwise a separator.
                if script == .latin && !word.isEmpty { word.append(0x27) } else { flushWord() }
                return
            }
            let isASCIILetter = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
            // Arabic-script letters are caseless: skip the Unicode property lookups for them.
            let isArabicLetter =
                (value >= 0x0620 && value <= 0x064A) || (value >= 0x066E && value <= 0x06D3) || value == 0x06D5
            if isASCIILetter || isArabicLetter || (value >= 0x80 && scalar.properties.isAlphabetic) {
                let letterScript =
                    isASCIILetter ? Token.Script.latin : (isArabicLetter ? .arabic : Self.script(of: scalar))
                let isUpper = isASCIILetter ? value <= 0x5A : (!isArabicLetter && scalar.properties.isUppercase)
                if !word.isEmpty && letterScript != script { flushWord() }
                if word.isEmpty {
                    script = letterScript
                    capitalized = isUpper
                    allCaps = true
                    letterCount = 0
                }
                // Sorani writes a long u as a doubled waw, and not always ("مەخموور", "مەخمور";
                // "کەرکووک", "کەرکوک"): one waw stands for both.
                if value == 0x0648, word.count >= 2, word[word.count - 2] == 0xD9, word[word.count - 1] == 0x88 {
                    return
                }
                letterCount += 1
                if !isUpper { allCaps = false }
                appendLowercased(scalar, to: &word)
                return
            }
            if value == 0x2E, script == .latin, capitalized, allCaps, letterCount == 1 {
                return  // "U.S.", "U.N.": keep the initials together
            }
            flushWord()
            if isSentenceEnd(value) {
                endSentence()
            } else if value == 0x3A, let last = sentence.last, last.script != .number {
                // "Erbil: Fire breaks out", "Hewlêr: Agir bi … ket": the word after a colon is
                // capitalised as a sentence's first, not as a name.
                atSentenceStart = true
            }
        }
        for raw in text.unicodeScalars {
            if raw.value >= 0xA0, let replacement = CompatibilityMapping.replacement(of: raw) {
                for scalar in replacement { consume(scalar) }
            } else {
                consume(raw)
            }
        }
        if pendingSeparator && separatorIsPeriod {
            flushWord()
        }
        endSentence()
        return result
    }

    /// All tokens of `text`, ignoring sentence boundaries.
    static func tokens(_ text: String) -> [Token] {
        sentences(text).flatMap { $0 }
    }

    /// The tokens of a headline, each marked when a dash alone stands before it
    /// (``Token/followsDash``): "Kirkuk-Ceyhan", "كركوك - جيهان". Worked out apart from the
    /// tokeniser, which bodies, the bulk of the text, run through without paying for it: a dash
    /// always ends a token, so the text between dashes tokenises into runs of the whole's tokens.
    static func tokensMarkingDashes(_ text: String) -> [Token] {
        var tokens = self.tokens(text)
        let pieces = text.split(omittingEmptySubsequences: false, whereSeparator: isDash)
        guard pieces.count > 1 else { return tokens }
        var index = 0
        for (position, piece) in pieces.enumerated() {
            let count = self.tokens(String(piece)).count
            // The first token of a piece follows a dash alone when only spaces stand between it and
            // the last word of the piece before.
            if position > 0, count > 0, index < tokens.count, index > 0,
                let first = piece.first(where: { !$0.isWhitespace }), first.isLetter || first.isNumber,
                let last = pieces[position - 1].last(where: { !$0.isWhitespace }), last.isLetter || last.isNumber
            {
                tokens[index].followsDash = true
            }
            index += count
        }
        // Were the runs not the whole's tokens after all, mark nothing rather than the wrong words.
        if index != tokens.count {
            for position in tokens.indices { tokens[position].followsDash = false }
        }
        return tokens
    }

    /// Whether `character` is a hyphen or a dash.
    private static func isDash(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        let value = scalar.value
        return value == 0x2D || (value >= 0x2010 && value <= 0x2015) || value == 0x2212
    }

    /// The normalised tokens of a list of words (a word may give several: "north-east"), as a set
    /// to look tokens up in.
    static func normalizedWords(_ words: [String]) -> Set<String> {
        Set(words.flatMap { tokens($0).map(\.text) })
    }

    /// The normalised form of `text`: its tokens joined by single spaces.
    static func normalized(_ text: String) -> String {
        tokens(text).map(\.text).joined(separator: " ")
    }

    // MARK: - Scalars

    /// Folds one scalar; `nil` means drop it.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 { return scalar }
        switch value {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x200C, 0x200D, 0x200E, 0x200F, 0x00AD, 0xFEFF:
            return nil  // tashkeel, superscript alef, tatweel, ZWNJ/ZWJ, marks, soft hyphen, BOM
        case 0x0300...0x036F:
            return nil  // combining accents (a decomposed `é`), folded away like precomposed ones
        case 0x0660...0x0669:
            return Unicode.Scalar(value - 0x0660 + 0x30)
        case 0x06F0...0x06F9:
            return Unicode.Scalar(value - 0x06F0 + 0x30)
        case 0x0622, 0x0623, 0x0625, 0x0671:
            return "\u{0627}"  // آ أ إ ٱ → ا
        case 0x0629:
            return "\u{0647}"  // ة → ه
        case 0x06BE:
            return "\u{0647}"  // ھ → ه
        case 0x0649, 0x06CC:
            return "\u{064A}"  // ى ی → ي
        case 0x06A9:
            return "\u{0643}"  // ک → ك
        case 0x2018, 0x2019, 0x02BC, 0x2032:
            return "'"
        case 0xFF01...0xFF5E:
            return Unicode.Scalar(value - 0xFEE0)
        case 0x00C0...0x017F:
            return foldLatin(scalar)
        default:
            return scalar
        }
    }

    private static func foldLatin(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "à", "á", "â", "ã", "ä", "å", "ā", "ă", "ą": return "a"
        case "À", "Á", "Â", "Ã", "Ä", "Å", "Ā", "Ă", "Ą": return "A"
        case "ç", "ć", "č": return "c"
        case "Ç", "Ć", "Č": return "C"
        case "è", "é", "ê", "ë", "ē", "ė", "ę", "ě": return "e"
        case "È", "É", "Ê", "Ë", "Ē", "Ė", "Ę", "Ě": return "E"
        case "ì", "í", "î", "ï", "ī", "ı": return "i"
        case "Ì", "Í", "Î", "Ï", "Ī", "İ": return "I"
        case "ñ", "ń", "ň": return "n"
        case "Ñ", "Ń", "Ň": return "N"
        case "ò", "ó", "ô", "õ", "ö", "ø", "ō", "ő": return "o"
        case "Ò", "Ó", "Ô", "Õ", "Ö", "Ø", "Ō", "Ő": return "O"
        case "ù", "ú", "û", "ü", "ū", "ů", "ű": return "u"
        case "Ù", "Ú", "Û", "Ü", "Ū", "Ů", "Ű": return "U"
        case "ş", "ś", "š": return "s"
        case "Ş", "Ś", "Š": return "S"
        case "ğ": return "g"
        case "Ğ": return "G"
        case "ý", "ÿ": return "y"
        case "Ý": return "Y"
        case "ž", "ź", "ż": return "z"
        case "Ž", "Ź", "Ż": return "Z"
        default: return scalar
        }
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            word.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 32 : value))
        } else if !(value >= 0x0600 && value <= 0x06FF) && scalar.properties.changesWhenLowercased {
            word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            UTF8.encode(scalar) { word.append($0) }
        }
    }

    private static func script(of scalar: Unicode.Scalar) -> Token.Script {
        let value = scalar.value
        if value < 0x250 { return .latin }
        if (0x0600...0x06FF).contains(value) || (0x0750...0x077F).contains(value)
            || (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value)
        {
            return .arabic
        }
        if (0x1E00...0x1EFF).contains(value) { return .latin }
        return .other
    }

    private static func isSentenceEnd(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x0A, 0x0D, 0x061F, 0x061B, 0x06D4, 0x2026, 0x7C:
            return true
        default:
            return false
        }
    }
}
