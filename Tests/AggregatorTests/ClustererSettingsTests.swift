import Aggregator
import FeedConfig
import StoryClustering
import Testing

/// The clustering settings of feeds.conf and the engine the daemon runs agree.
@Suite struct ClustererSettingsTests {
    @Test("The defaults feeds.conf documents (and `tidings check` prints) are the engine's own")
    func documentedDefaultsAreTheEngines() {
        let engine = StoryClusterer.Configuration()
        let settings = Settings()
        #expect(settings.clusterThreshold == engine.threshold)
        #expect(settings.clusterWindow.seconds == engine.windowSeconds)
    }

    @Test("cluster_threshold and cluster_window set in feeds.conf reach the engine")
    func explicitSettingsReachTheEngine() throws {
        let file = try FeedsFile.parse("cluster_threshold = 0.45\ncluster_window = 2d\n", source: "feeds.conf")
        let configuration = Aggregator.clusterer(for: file.settings).configuration
        #expect(configuration.threshold == 0.45)
        #expect(configuration.windowSeconds == 2 * 86_400)
    }
}
