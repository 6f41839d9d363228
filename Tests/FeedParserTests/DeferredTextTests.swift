import FeedModel
import FeedParser
import Foundation
import Testing

/// A poller can leave HTML → text to the entries it stores; the text it then gets is the same.
@Suite struct DeferredTextTests {
    static let feed = Array(
        """
        <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><guid>1</guid><title>One</title><description>&lt;p&gt;Caf&amp;eacute; &lt;b&gt;opens&lt;/b&gt;&lt;/p&gt;</description></item>
        <item><guid>2</guid><title>Two</title><description>Plain text only</description></item>
        </channel></rss>
        """.utf8)

    @Test func deferredTextIsCompletedToTheSameText() throws {
        let eager = try FeedParser().parse(Self.feed)
        var deferred = try FeedParser(configuration: .init(defersPlainText: true)).parse(Self.feed)
        #expect(deferred.entries[0].textIsPending)
        #expect(deferred.entries[0].text.isEmpty)
        #expect(!eager.entries[0].textIsPending)
        for index in deferred.entries.indices { FeedParser.completeText(&deferred.entries[index]) }
        #expect(deferred.entries.map(\.text) == eager.entries.map(\.text))
        #expect(eager.entries[0].text == "Café opens")
        #expect(deferred.entries.allSatisfy { !$0.textIsPending })
    }

    @Test func fingerprintsFollowWhatIsStored() throws {
        let a = try FeedParser().parse(Self.feed).entries
        let edited = Array(
            String(decoding: Self.feed, as: UTF8.self).replacingOccurrences(
                of: "Plain text only", with: "Plain text, edited"
            ).utf8)
        let b = try FeedParser().parse(edited).entries
        #expect(a[0].fingerprint != nil)
        #expect(a[0].fingerprint == b[0].fingerprint, "an untouched entry keeps its fingerprint")
        #expect(a[1].fingerprint != b[1].fingerprint, "an edited body changes it")
        #expect(a[0].fingerprint != a[1].fingerprint)
    }
}
