import FeedModel
import FeedParser

/// The libFuzzer entry point: parses the input as a feed, with and without a Content-Type, and
/// reads every field a caller would. Any crash, hang, leak or sanitizer report is a bug.
///
/// Built with `-sanitize=fuzzer` and `-DFUZZING` this is a libFuzzer binary; without them it is a
/// small replay tool that runs the same body over files named on the command line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parser = FeedParser(configuration: .init(maxDocumentBytes: 1 << 20, maxEntries: 1000))
    for contentType in [nil, "application/rss+xml; charset=windows-1256"] {
        guard let feed = try? parser.parse(bytes, url: "https://example.org/feed/", contentType: contentType) else {
            continue
        }
        var checksum = (feed.title?.utf8.count ?? 0) + feed.links.count + feed.categories.count
        for entry in feed.entries {
            checksum &+= entry.text.utf8.count &+ (entry.title?.utf8.count ?? 0) &+ entry.enclosures.count
            checksum &+= Int(truncatingIfNeeded: entry.published?.seconds ?? 0)
        }
        if checksum == -1 { print(checksum) }
    }
    _ = FeedDate.parse(String(decoding: bytes.prefix(64), as: UTF8.self))
    return 0
}

#if FUZZING
    /// libFuzzer's driver (libFuzzer.a), started from the module's entry point because SwiftPM links
    /// executables with `main` aliased to `FeedParserFuzz_main`.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// The executable's entry point in fuzzing builds: hands over to libFuzzer.
    @_cdecl("FeedParserFuzz_main")
    public func fuzzMain(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    ) -> Int32 {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
    }
#else
    /// Replays inputs (crash reproducers, the seed corpus) through ``fuzzOneInput(_:_:)``.
    @main
    enum FuzzReplay {
        static func main() {
            var count = 0
            for path in CommandLine.arguments.dropFirst() {
                guard let bytes = ReplayFile.read(path) else {
                    print("\(path): cannot read")
                    continue
                }
                _ = bytes.withUnsafeBufferPointer { fuzzOneInput($0.baseAddress, $0.count) }
                count += 1
            }
            print("replayed \(count) inputs without a crash")
        }
    }
#endif
