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
}
