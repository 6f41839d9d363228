/// A set of 64-bit hashes that answers "maybe" or "no": one bit per hash in a table of
/// 2^20 bits (128 KB), so a few thousand members leave under one lookup in a hundred a false "maybe".
struct HashBits: Sendable {
    private static let bits = 20
    private var words = [UInt64](repeating: 0, count: 1 << (bits - 6))

    /// A set holding `hashes`.
    init(_ hashes: some Sequence<UInt64>) {
        for hash in hashes {
            let bit = Self.bit(hash)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// False when `hash` is certainly not in the set.
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = Self.bit(hash)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }
}
