internal import CMalloc
import Foundation

/// Keeps the daemon's heap close to what it uses (glibc; elsewhere a no-op).
///
/// glibc gives threads their own malloc arenas (up to eight per core) and returns memory to the
/// kernel only from the top of an arena. A poll fills several arenas with parsed feeds and
/// fetch buffers from the concurrency pool's threads; the clustering pass then grows one of
/// them while the others keep their freed pages: 20 MB or more of a 10,000-feed first poll's
/// peak was free memory the process still held (`malloc_stats`).
public enum HeapHousekeeping {
    /// Arenas allowed: one per core for the concurrency pool's threads, plus the main thread's
    /// and the fetcher's event loop's, so that parsing threads rarely wait for each other's
    /// allocations (glibc's default allows eight per core). On two cores, two arenas instead
    /// of four slowed parsing by a third for the same memory.
    static var arenaLimit: Int32 { Int32(clamping: ProcessInfo.processInfo.activeProcessorCount + 2) }

    /// Caps the number of arenas, once per process. Call it first thing, before the store, the
    /// fetcher and the parsing threads start: an arena a thread already has stays.
    public static func limitArenas() {
        _ = arenasLimited
    }

    private static let arenasLimited: Bool = cmalloc_limit_arenas(arenaLimit) == 1

    /// Hands whole free pages back to the kernel (`malloc_trim`: free lists merged, one
    /// `madvise` per free run of pages). Called between clustering pages and after each refresh
    /// pass; with the pages faulted back in later, about 0.15 % of a first poll's processor time.
    static func releaseFreePages() {
        _ = cmalloc_release_free_pages()
    }
}
