import Foundation

/// The text normalisation applied to articles before they are indexed for full-text search and
/// to queries before they are matched, so that both meet in the same form.
///
/// It folds what readers of Arabic and Kurdish treat as the same word: tashkeel (U+064B–U+065F,
/// U+0670) and Quranic marks are dropped, tatweel (U+0640) too; hamza above and below goes with
/// them, so hamza-carrying alef forms and alef wasla become bare alef (أ إ آ ٱ → ا), ؤ becomes و
/// and ئ becomes ي; teh marbuta becomes heh (ة → ه), alef maksura and Farsi yeh
/// become yeh (ى ی → ي), keheh becomes kaf (ک → ك), heh doachashmee becomes heh (ھ → ه);
/// Arabic-Indic and extended Arabic-Indic digits become ASCII digits. Latin (and other) combining
/// diacritics are removed after canonical decomposition, letters written in compatibility forms
/// (presentation forms, ligatures, full-width and mathematical letters) read as the letters they
/// show, zero-width joiners and non-joiners are
/// removed, and everything is lower-cased. The FTS5 tokenizer (`unicode61 remove_diacritics 2`)
/// then splits the result into words.
public enum SearchText {
    /// `text` in the folded form described above.
    public static func normalize(_ text: String) -> String {
        // ASCII text (most English articles) has nothing to fold but its case: the general path
        // below would give the same string, at many times the cost.
        if let ascii = lowercasedASCII(text) { return ascii }
        return foldedInGeneral(text)
    }

    /// `text` with each letter written in a compatibility form replaced by its NFKD form (`ﺑ` → `ب`,
    /// `ﬁ` → `fi`, `Ｋ` → `K`). Digits and symbols keep theirs: `2½`, `CO₂` and `Asiacell™` would
    /// otherwise be indexed as `21`, `co2` and `asiacelltm`. A letter that stands for several words
    /// (U+FDFA) keeps its own form too.
    static func compatibilityLetters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isCompatibilityLetter) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isCompatibilityLetter(scalar) else {
                out.append(scalar)
                continue
            }
            let mapped = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
            let letters = mapped.drop { $0 == " " }
            if letters.contains(" ") { out.append(scalar) } else { out.append(contentsOf: letters) }
        }
        return String(out)
    }

    /// Whether `scalar` is a letter in one of the blocks of compatibility forms.
    private static func isCompatibilityLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let inBlock =
            (0x2100...0x214F).contains(value) || (0xFB00...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value)
            || (0xFF00...0xFFEF).contains(value) || (0x1D400...0x1D7FF).contains(value)
            || (0x1EE00...0x1EEFF).contains(value)
        guard inBlock else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// ``normalize(_:)`` for any text, without the ASCII shortcut.
    static func foldedInGeneral(_ text: String) -> String {
        let decomposed = compatibilityLetters(text).decomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars {
            let value = scalar.value
            if isDroppedMark(value) { continue }
            switch value {
            case 0x0640, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                continue
            case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
                out.append("\u{0627}")
            case 0x0629, 0x06BE, 0x06C1:
                out.append("\u{0647}")
            case 0x0649, 0x06CC, 0x06D2:
                out.append("\u{064A}")
            case 0x06A9, 0x06AA:
                out.append("\u{0643}")
            case 0x0660...0x0669:
                out.append(Unicode.Scalar(UInt8(0x30 + value - 0x0660)))
            case 0x06F0...0x06F9:
                out.append(Unicode.Scalar(UInt8(0x30 + value - 0x06F0)))
            default:
                out.append(scalar)
            }
        }
        return String(out).lowercased().precomposedStringWithCanonicalMapping
    }

    /// `text` lower-cased when it is all ASCII, else nil.
    static func lowercasedASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var needsLowering = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= 0x41 && b <= 0x5A { needsLowering = true }
            }
            guard needsLowering else { return String(decoding: bytes, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (i, b) in bytes.enumerated() { out[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                return bytes.count
            }
        }
    }

    /// An FTS5 query for what a user typed: every word (in the folded form) must occur; a word
    /// ending in `*` matches as a prefix. Returns nil when the text holds no word at all.
    public static func matchExpression(_ query: String) -> String? {
        var terms: [String] = []
        for raw in query.split(whereSeparator: { $0.isWhitespace }) {
            let prefix = raw.hasSuffix("*")
            let words = normalize(String(raw)).split(whereSeparator: { !isWordCharacter($0) })
            for (index, word) in words.enumerated() {
                let star = prefix && index == words.count - 1 ? "*" : ""
                terms.append("\"\(word)\"\(star)")
            }
        }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    /// Whether the tokenizer keeps `character` inside a word (letters, digits, marks).
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber, .privateUse:
                return true
            default:
                return false
            }
        }
    }

    /// Combining marks that are folded away: Latin and general diacritics, Hebrew points, Arabic
    /// tashkeel and Quranic annotation signs.
    private static func isDroppedMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return true
        case 0x0591...0x05C7: return true
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED: return true
        default: return false
        }
    }
}
