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
        #expect(settings.clusterMaxStories == engine.maxOpenStories)
    }

    @Test("cluster_threshold, cluster_window and cluster_max_stories set in feeds.conf reach the engine")
    func explicitSettingsReachTheEngine() throws {
        let text = "cluster_threshold = 0.45\ncluster_window = 2d\ncluster_max_stories = 500\n"
        let file = try FeedsFile.parse(text, source: "feeds.conf")
        let configuration = Aggregator.clusterer(for: file.settings).configuration
        #expect(configuration.threshold == 0.45)
        #expect(configuration.windowSeconds == 2 * 86_400)
        #expect(configuration.maxOpenStories == 500)
    }
}
