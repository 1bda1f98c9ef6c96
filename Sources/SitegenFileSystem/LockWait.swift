import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waiting for an exclusive `flock` another process holds, without blocking a thread: the
/// build's output lock and the move's site lock both poll this way.
package struct LockWait {
    package enum Turn {
        /// The lock was busy and the pause is over: try again.
        case again
        /// The lock cannot be taken (the system's error code).
        case failed(Int32)
        /// The task was cancelled while waiting.
        case cancelled
    }

    private var waiting = false
    private let whileWaiting: (@Sendable () -> Void)?

    /// `whileWaiting` is called once, when the wait begins.
    package init(whileWaiting: (@Sendable () -> Void)?) { self.whileWaiting = whileWaiting }

    /// Tries `flock(descriptor, LOCK_EX | LOCK_NB)`: true when it is held now.
    package static func tryLock(_ descriptor: Int32) -> Bool { flock(descriptor, LOCK_EX | LOCK_NB) == 0 }

    /// After a failed `tryLock` (its `errno` in `code`): waits 50 ms if the lock is only busy.
    package mutating func pause(after code: Int32) async -> Turn {
        guard code == EWOULDBLOCK || code == EINTR else { return .failed(code) }
        if !waiting {
            waiting = true
            whileWaiting?()
        }
        do {
            try await Task.sleep(for: .milliseconds(50))
            return .again
        } catch {
            return .cancelled
        }
    }
}
