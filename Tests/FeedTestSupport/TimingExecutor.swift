import Foundation

/// A task executor with a thread of its own, for tests that measure how long something takes.
///
/// Swift Testing runs suites in parallel on the concurrency pool, which has as many threads as the
/// machine has cores (two here). Tests that compute for a while without awaiting hold those threads,
/// and a timing test's task then resumes late: a transfer cut off at 2 s was seen to "take" 5.8 s.
/// Run under `withTaskExecutorPreference(TimingExecutor.shared)` from a test not isolated to an
/// actor, the test's task and its child tasks resume on this thread instead, which only the timing
/// tests share.
public final class TimingExecutor: TaskExecutor, @unchecked Sendable {
    /// The one executor (and thread) the timing tests share: their jobs are short, they wait far
    /// more than they compute.
    public static let shared = TimingExecutor()

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    private init() {
        let thread = Thread { [self] in run() }
        thread.name = "TimingExecutor"
        thread.stackSize = 8 << 20
        thread.start()
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
