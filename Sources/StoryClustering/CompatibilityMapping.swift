/// Unicode compatibility normalisation (the "K" of NFKC) of letters, and the case foldings that
/// lower-casing misses, applied scalar by scalar while ``TextNormalizer`` tokenises a text.
///
/// A text copied from a PDF or an old Arabic page may be written in presentation forms
/// (`ﺑﻐﺪﺍﺩ`, U+FE8F…), and English copy in ligatures (`ﬁnance`), full-width or mathematical
/// letters: the same words as their plain forms, which they must match. The mappings are NFKC's,
/// one per letter, from `Data/compatibility.tsv` (generated from the Unicode data by
/// `scripts/gen-compatibility-table.py`). Digits and symbols keep their forms: NFKC would turn
/// `2½` into 21 and `Asiacell™` into `asiacelltm`, making up numbers and words. NFKC's canonical
/// composition is not needed after the mappings, since ``TextNormalizer`` drops combining marks and
/// folds accented Latin letters to their base letter anyway. Case folding adds `ß` → `ss` (and
/// `ẞ`) and final sigma.
enum CompatibilityMapping {
    /// The replacement of each scalar that has one.
    private static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for row in EmbeddedTable.rows(PackageResources.compatibility_tsv) where row.count >= 2 {
            guard let key = UInt32(row[0], radix: 16) else { continue }
            let scalars = row[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            if !scalars.isEmpty { table[key] = scalars }
        }
        for (key, replacement) in caseFoldings { table[key] = Array(replacement.unicodeScalars) }
        return table
    }()

    /// Case foldings that `Unicode.Scalar.Properties.lowercaseMapping` does not make.
    private static let caseFoldings: [(UInt32, String)] = [(0x00DF, "ss"), (0x1E9E, "ss"), (0x03C2, "σ")]

    /// One bit per scalar of the Basic Multilingual Plane: set when it has a replacement, so that
    /// a scalar without one costs a bit test rather than a hash lookup.
    private static let basicPlane: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for key in table.keys where key < 0x1_0000 { bits[Int(key >> 6)] |= 1 << UInt64(key & 63) }
        return bits
    }()

    /// The replacement of `scalar`, or nil when it stands for itself.
    static func replacement(of scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        let value = scalar.value
        guard value >= 0xA0 else { return nil }
        if value < 0x1_0000, basicPlane[Int(value >> 6)] & (1 << UInt64(value & 63)) == 0 { return nil }
        return table[value]
    }
}
