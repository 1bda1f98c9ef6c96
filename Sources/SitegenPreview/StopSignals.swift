import Dispatch
import Foundation
import Synchronization

/// Ctrl-C and `kill` (SIGINT, SIGTERM) for `sitegen serve`: the first one stops the server
/// cleanly (browsers' connections closed, watching stopped). If that has not finished after
/// `grace` — a rebuild stuck in synchronous work cannot be cancelled — the process ends anyway,
/// as it does at once on a second signal. The preview writes no file, so nothing is left half done.
///
/// The handlers run on a serial Dispatch queue of their own (which always gets a thread), not on
/// the concurrency pool a stuck rebuild may be holding.
public struct StopSignals {
    private let sources: [any DispatchSourceSignal]
    private let ending: ExitClaim

    public init(grace: Duration = .milliseconds(500), stop: @escaping @Sendable () async -> Void) {
        let ending = ExitClaim()
        let nanoseconds = Int(grace.components.seconds) * 1_000_000_000 + Int(grace.components.attoseconds / 1_000_000_000)
        let queue = DispatchQueue(label: "sitegen.serve.signals")
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                guard ending.signals.add(1, ordering: .relaxed).newValue == 1 else { return ending.exitNow(note: nil) }
                Task { await stop() }
                queue.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                    ending.exitNow(note: "the preview was still stopping \(nanoseconds / 1_000_000) ms after the signal; ending it")
                }
            }
            source.resume()
            return source
        }
        self.ending = ending
    }

    /// Called by the normal way out, after the server stopped: true when it may print and return;
    /// false when the process is being ended by the grace timer already.
    public func finish() -> Bool {
        sources.forEach { $0.cancel() }
        return ending.claim()
    }
}

/// Who ends the process: the command returning normally, or the grace timer. Only one of them
/// prints "Stopped.".
private final class ExitClaim: Sendable {
    let signals = Atomic<Int>(0)
    private let claimed = Atomic<Bool>(false)

    func claim() -> Bool {
        claimed.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged
    }

    /// `note` goes to standard error first: it tells (`scripts/stop-under-load` counts it) that
    /// the server had not finished stopping by itself.
    func exitNow(note: String?) {
        guard claim() else { return }
        // Earlier lines may still sit in the C library's buffer.
        fflush(nil)
        if let note { FileHandle.standardError.write(Data("sitegen: \(note)\n".utf8)) }
        FileHandle.standardOutput.write(Data("Stopped.\n".utf8))
        _exit(0)
    }
}
