#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Finding one byte in a buffer with the C library's vectorised `memchr`: the scanning passes
/// over whole documents (entity repair, named references, the first image) jump from one
/// interesting byte to the next this way instead of testing every byte in Swift.
enum ByteSearch {
    /// The index of the first `byte` in `buffer` at or after `start`, or `buffer.count` when
    /// there is none.
    static func index(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < buffer.count, start >= 0, let base = buffer.baseAddress,
            let hit = memchr(base + start, Int32(byte), buffer.count - start)
        else { return buffer.count }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The index where `pattern` (not empty) next starts in `buffer` at or after `start` and before
    /// `limit`, or nil: `memchr` to each candidate first byte, then a comparison.
    static func index(
        of pattern: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int
    ) -> Int? {
        let limit = min(limit, buffer.count)
        var i = index(of: pattern[0], in: buffer, from: start)
        while i + pattern.count <= buffer.count, i < limit {
            if buffer[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i = index(of: pattern[0], in: buffer, from: i + 1)
        }
        return nil
    }
}
