/// A fast 64-bit hash over byte chunks, eight bytes at a step, with no seed: the same bytes give
/// the same value in every process, so digests can be stored and compared later. For recognising
/// unchanged content, not for security.
public struct StableHasher: Sendable {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var tail: UInt64 = 0
    private var tailCount = 0
    private var length = 0

    /// Creates a hasher.
    public init() {}

    /// Adds bytes; how they are split between calls does not change the result.
    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        length += bytes.count
        var i = 0
        let n = bytes.count
        while tailCount != 0 && i < n {
            push(bytes[i])
            i += 1
        }
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
        while i + 8 <= n {
            mix(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        while i < n {
            push(bytes[i])
            i += 1
        }
    }

    private mutating func push(_ byte: UInt8) {
        tail |= UInt64(byte) << (8 * UInt64(tailCount))
        tailCount += 1
        if tailCount == 8 {
            mix(tail)
            tail = 0
            tailCount = 0
        }
    }

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
        state ^= state >> 29
    }

    /// Adds a string's UTF-8 and a separator, so that ("ab", "c") and ("a", "bc") differ.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
        add(UInt64(text.utf8.count))
    }

    /// Adds `first` and then a string, exactly as ``add(_:)-(String)`` would add the two joined
    /// (`"h" + body`), without building the joined copy.
    public mutating func add(_ first: UInt8, followedBy text: String) {
        withUnsafeBytes(of: first) { add($0.bindMemory(to: UInt8.self)) }
        var text = text
        text.withUTF8 { add($0) }
        add(UInt64(text.utf8.count + 1))
    }

    /// Adds a number.
    public mutating func add(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { add($0.bindMemory(to: UInt8.self)) }
    }

    /// The hash of everything added.
    public mutating func finish() -> UInt64 {
        if tailCount > 0 { mix(tail) }
        var h = state ^ UInt64(length)
        h = (h ^ (h >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 33)
    }
}
