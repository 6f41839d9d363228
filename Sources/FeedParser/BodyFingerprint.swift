import FeedModel

/// A fingerprint of a feed body that recognises a re-serve of the same items.
///
/// Many feeds are generated on every request and stamp the time of generation into the channel
/// (`<lastBuildDate>`, `<pubDate>`, Atom's feed-level `<updated>`, `<dc:date>`), so the bytes
/// differ on each poll although no item changed — and a server that ignores validators answers
/// 200 every time. The fingerprint hashes the body with the contents of those elements left out,
/// as long as they come before the first `<item` or `<entry`; everything from the first item on
/// is hashed byte for byte. Equal fingerprints mean the items are byte-identical to the last
/// poll's, so the body need not be parsed or its items compared again.
public enum BodyFingerprint {
    /// Channel-level elements whose text is a generation time, not content.
    private static let volatileElements: [[UInt8]] = ["lastBuildDate", "pubDate", "updated", "dc:date"].map {
        Array($0.utf8)
    }
    private static let item = Array("item".utf8)
    private static let entry = Array("entry".utf8)

    /// The fingerprint of `body`: a 64-bit hash in hex and the length.
    public static func of(_ body: [UInt8]) -> String {
        body.withUnsafeBufferPointer { bytes -> String in
            let itemStart = firstItem(in: bytes)
            // No item found (JSON Feed, an unknown prefix): every byte counts.
            let ranges = itemStart < bytes.count ? volatileContents(in: bytes, before: itemStart) : []
            var hasher = StableHasher()
            var position = 0
            for (start, end) in ranges where start >= position {
                hasher.add(UnsafeBufferPointer(rebasing: bytes[position..<start]))
                position = end
            }
            hasher.add(UnsafeBufferPointer(rebasing: bytes[position...]))
            return "f2:" + String(hasher.finish(), radix: 16) + ":" + String(bytes.count)
        }
    }

    /// Where the first `<item` or `<entry` element starts (the end when there is none).
    static func firstItem(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        let n = bytes.count
        while true {
            i = ByteSearch.index(of: 0x3C, in: bytes, from: i)
            guard i < n else { break }
            if matches(bytes, at: i + 1, item) || matches(bytes, at: i + 1, entry) {
                let after = i + 1 + (bytes[i + 1] == 0x69 ? 4 : 5)
                if after < n,
                    bytes[after] == 0x3E || bytes[after] == 0x20 || bytes[after] == 0x0A
                        || bytes[after] == 0x09 || bytes[after] == 0x0D
                {
                    return i
                }
            }
            i += 1
        }
        return n
    }

    /// The byte ranges of the text of volatile elements before `limit`, in order.
    static func volatileContents(in bytes: UnsafeBufferPointer<UInt8>, before limit: Int) -> [(Int, Int)] {
        var ranges: [(Int, Int)] = []
        var i = 0
        while i < limit {
            guard bytes[i] == 0x3C else {
                i += 1
                continue
            }
            var found = false
            for name in volatileElements where matches(bytes, at: i + 1, name) {
                let open = i + 1 + name.count
                guard open < limit, bytes[open] == 0x3E else { continue }
                // The text runs to the next `<`, which must close this element.
                var close = open + 1
                while close < limit, bytes[close] != 0x3C { close += 1 }
                guard close + 1 < limit, bytes[close + 1] == 0x2F, matches(bytes, at: close + 2, name) else { continue }
                ranges.append((open + 1, close))
                i = close
                found = true
                break
            }
            if !found { i += 1 }
        }
        return ranges
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ word: [UInt8]) -> Bool {
        guard index + word.count <= bytes.count else { return false }
        for k in 0..<word.count where bytes[index + k] != word[k] { return false }
        return true
    }
}
