import Foundation

/// Runs `body` on a thread of its own and returns its result when it ends.
///
/// A test that computes for seconds without awaiting (a corpus clustered in a debug build) holds one
/// of Swift concurrency's threads, of which a two-core machine has two: two such tests leave none,
/// and every other test's awaits (a fetch's timeout, a server's reply) wait for them, so the
/// timing tests of other suites fail. The expectations stay in the test, on its task.
func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: body()) }
        thread.stackSize = 16 << 20  // the clustering engine's debug frames are large
        thread.start()
    }
}
