import Dispatch

/// Where the preview answers requests: a Dispatch queue of its own rather than the concurrency
/// pool. The pool has one thread per core, and a rebuild stuck in synchronous work (reading a
/// file that never ends, before the build refused such files) could hold all of them; the
/// browsers would then get no answer until it ended. Requests only look things up in memory, so
/// one serial queue is plenty.
final class ConnectionExecutor: TaskExecutor {
    static let shared = ConnectionExecutor()

    private let queue = DispatchQueue(label: "sitegen.serve.connections")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
