import Testing

@testable import StoryClustering

/// The per-word cache behind feature extraction answers for the exact word asked, however many
/// words it holds: a wrong hit would give a word another word's feature.
@Suite struct WordCacheTests {
    private static func entry(for token: Token) -> WordCache.Entry {
        WordCache.Entry(script: token.script, isStop: false, isNumberWord: false, wordKey: "w:" + token.text)
    }

    @Test func everyWordFindsItsOwnFactsAfterTheTableHasGrown() {
        var cache = WordCache()
        let words = (0..<20_000).map { "word\($0)" }
        var positions: [Int] = []
        for word in words {
            let token = Token(text: word, script: .latin, isCapitalized: false, startsSentence: false)
            positions.append(cache.index(for: token, make: Self.entry))
        }
        for (word, position) in zip(words, positions) {
            let token = Token(text: word, script: .latin, isCapitalized: false, startsSentence: false)
            var recomputed = false
            let found = cache.index(for: token) { token in
                recomputed = true
                return Self.entry(for: token)
            }
            #expect(!recomputed, "\(word) was not found again")
            #expect(found == position)
            #expect(cache[found].wordKey == "w:" + word)
        }
    }

    @Test func aWordMetInAnotherScriptGetsFactsForThatScript() {
        var cache = WordCache()
        let latin = Token(text: "kurd", script: .latin, isCapitalized: false, startsSentence: false)
        let other = Token(text: "kurd", script: .other, isCapitalized: false, startsSentence: false)
        _ = cache.index(for: latin, make: Self.entry)
        let position = cache.index(for: other, make: Self.entry)
        #expect(cache[position].script == .other)
    }

    @Test func theTokeniserHashesEachTokenAsItsText() {
        for token in TextNormalizer.tokens("Kurdistan's Peshmerga — هەولێر, 1,250 KM; Ünïcödé U.S.") {
            #expect(token.hash == StableHash.fnv1a(token.text), "\(token.text)")
        }
    }

    @Test func theStarterBitsNeverRejectAMember() {
        let members = (0..<5_000).map { StableHash.fnv1a("name\($0)") }
        let bits = HashBits(members)
        #expect(members.allSatisfy(bits.mayContain))
        let strangers = (0..<5_000).map { StableHash.fnv1a("stranger\($0)") }
        #expect(strangers.filter(bits.mayContain).count < 250, "the bit set says maybe to nearly everything")
    }
}
