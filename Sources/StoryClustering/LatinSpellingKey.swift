/// A key under which the Latin spellings of one place name agree across English and Kurmanji
/// transliteration: "Akashat" and "Ekaşat", "Daquq" and "Dakûk", "Tal Afar" and "Tilafer", "Rutba"
/// and "Rutbeyê", "Baiji" and "Beyjî" all share one.
///
/// Outlets transliterate the Arabic names of the region's places into Latin letters each their own
/// way: vowels differ ("Shatra", "Şetre"), English digraphs are single Kurmanji letters ("kh" is
/// "x", "sh" is "ş", "j" is "c"), "q" is often "k", and a Kurmanji case ending follows the name
/// ("li Rutbeyê"). The key keeps the consonants in order, writes every run of vowels as one mark,
/// folds the digraphs and the glides beside vowels, and drops the final "h" English ends some names
/// with ("Anah"). A key with fewer than three consonants says too little to be trusted.
enum LatinSpellingKey {
    /// The key of `text`, one or more words already normalised by ``TextNormalizer`` (lower case,
    /// diacritics folded), or nil when it holds anything but Latin letters, spaces, hyphens and
    /// apostrophes, or fewer than three consonants.
    static func key(_ text: String) -> String? {
        var letters: [UInt8] = []
        letters.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters.append(byte)
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "'"): continue
            default: return nil
            }
        }
        // English digraphs and letters to the one Kurmanji writes.
        var folded: [UInt8] = []
        folded.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : 0
            if next == UInt8(ascii: "h"), let single = digraphs[letter] {
                folded.append(single)
                index += 2
                continue
            }
            folded.append(substitutes[letter] ?? letter)
            index += 1
        }
        // Consonants in order; a run of vowels, and a glide ("y", "w") beside a vowel, as one mark.
        var key: [UInt8] = []
        var consonants = 0
        for (position, letter) in folded.enumerated() {
            if position > 0 && letter == folded[position - 1] { continue }  // "Zummar", "Xerrafê"
            let isGlide = letter == UInt8(ascii: "y") || letter == UInt8(ascii: "w")
            let afterVowel = key.last == vowelMark
            if vowels.contains(letter) || (isGlide && afterVowel) {
                if !afterVowel { key.append(vowelMark) }
                continue
            }
            key.append(letter)
            consonants += 1
        }
        // "Anah", "Tarmiyah": a final "h" after a vowel is not heard.
        if key.count >= 2, key[key.count - 1] == UInt8(ascii: "h"), key[key.count - 2] == vowelMark {
            key.removeLast()
            consonants -= 1
        }
        guard consonants >= 3 else { return nil }
        return String(decoding: key, as: UTF8.self)
    }

    /// The keys a Kurmanji word may match, most likely first: without its final vowel (a case
    /// ending: "Dakûkê", "Medainê") and then as written ("Rutbeyê" is "Rutba" with one).
    static func keysOfInflected(_ word: String) -> [String] {
        guard let whole = key(word) else { return [] }
        guard whole.utf8.last == vowelMark else { return [whole] }
        return [String(whole.dropLast()), whole]
    }

    private static let vowelMark = UInt8(ascii: "V")
    private static let vowels: Set<UInt8> = Set("aeiou".utf8)
    /// "kh", "gh" → "x"; "sh" → "s" ("ş" folded); "ch" → "c" ("ç" folded); "dh" → "z"; "th" → "t"; "ph" → "f".
    private static let digraphs: [UInt8: UInt8] = [
        UInt8(ascii: "k"): UInt8(ascii: "x"), UInt8(ascii: "g"): UInt8(ascii: "x"), UInt8(ascii: "s"): UInt8(ascii: "s"),
        UInt8(ascii: "c"): UInt8(ascii: "c"), UInt8(ascii: "d"): UInt8(ascii: "z"), UInt8(ascii: "t"): UInt8(ascii: "t"),
        UInt8(ascii: "p"): UInt8(ascii: "f"),
    ]
    /// English "j" is Kurmanji "c"; "q" is often written "k"; "v" is "w".
    private static let substitutes: [UInt8: UInt8] = [
        UInt8(ascii: "j"): UInt8(ascii: "c"), UInt8(ascii: "q"): UInt8(ascii: "k"), UInt8(ascii: "v"): UInt8(ascii: "w"),
    ]
}
