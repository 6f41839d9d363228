// swift-tools-version:6.0
import PackageDescription

/// Upcoming features every target opts into (see ../shared/STYLE.md, "Access control").
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "tidings",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tidings", targets: ["tidings"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C shims: each imported by exactly one Swift target.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // glibc's mallopt / malloc_trim (<malloc.h>), for the daemon's heap.
        .systemLibrary(name: "CMalloc"),

        // Pure layers.
        .target(name: "FeedModel", swiftSettings: strict),
        .target(name: "FeedConfig", swiftSettings: strict),
        .target(
            name: "StoryClustering",
            resources: [
                .embedInCode("Data/gazetteer.tsv"), .embedInCode("Data/stopwords-en.txt"),
                .embedInCode("Data/stopwords-ar.txt"), .embedInCode("Data/stopwords-ckb.txt"),
                .embedInCode("Data/stopwords-kmr.txt"), .embedInCode("Data/compatibility.tsv"),
                .embedInCode("Data/money.tsv"),
            ],
            swiftSettings: strict),

        // I/O adapters.
        .target(name: "FeedParser", dependencies: ["FeedModel", "CLibXML2"], swiftSettings: strict),
        .target(name: "FeedFetcher", dependencies: ["FeedModel", "CCurl"], swiftSettings: strict),
        .target(
            name: "FeedStore",
            dependencies: ["FeedModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),

        // The daemon and the CLI.
        .target(
            name: "Aggregator",
            dependencies: [
                "FeedModel", "FeedConfig", "FeedParser", "FeedFetcher", "StoryClustering", "FeedStore", "CMalloc",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "tidings",
            dependencies: [
                "Aggregator", "FeedModel", "FeedConfig", "FeedFetcher", "FeedParser", "FeedStore", "StoryClustering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),

        // libFuzzer target for the parser (see BENCHMARKS.md, "Parser"); a replay tool in normal builds.
        .executableTarget(name: "FeedParserFuzz", dependencies: ["FeedParser", "FeedModel"], swiftSettings: strict),

        // Test support (not a product) and tests.
        .target(
            name: "FeedTestSupport", dependencies: ["FeedModel"], path: "Tests/FeedTestSupport", swiftSettings: strict),
        .testTarget(name: "FeedConfigTests", dependencies: ["FeedConfig"], swiftSettings: strict),
        .testTarget(
            name: "FeedParserTests",
            dependencies: ["FeedParser", "FeedModel"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(name: "StoryClusteringTests", dependencies: ["StoryClustering"], swiftSettings: strict),
        .testTarget(name: "FeedStoreTests", dependencies: ["FeedStore", "FeedModel"], swiftSettings: strict),
        .testTarget(
            name: "FeedFetcherTests",
            dependencies: ["FeedFetcher", "FeedModel", "FeedTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AggregatorTests",
            dependencies: [
                "Aggregator", "FeedConfig", "FeedFetcher", "FeedModel", "FeedParser", "FeedStore", "FeedTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "DaemonTests",
            dependencies: ["FeedTestSupport", "tidings"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "TidingsEndToEndTests",
            dependencies: ["FeedTestSupport", "tidings"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
    ]
)
