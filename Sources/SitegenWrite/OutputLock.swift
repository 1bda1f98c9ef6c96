import Foundation
import SitegenModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build at a time into an output folder: an exclusive `flock` on `.NAME.sitegen-lock` beside
/// it, held from before the old site is read until the new one is in place. The system drops the
/// lock when the process ends, even by `kill -9`, so it is never stale. The file stays (removing a
/// lock file while another process opens it would let two builds hold "the" lock at once).
package struct OutputLock: Sendable {
    private let descriptor: Int32

    /// Waits while another build (any process, or another task of this one) holds the lock, polling
    /// without blocking a thread; `whileWaiting` is called once, when the wait begins.
    package static func acquire(_ location: OutputLocation, whileWaiting: (@Sendable () -> Void)?) async throws(BuildFailure) -> OutputLock {
        do {
            try FileManager.default.createDirectory(atPath: location.parent, withIntermediateDirectories: true)
        } catch {
            throw BuildFailure([.error(location.shown, "cannot create the folder \(location.parent) (\(error.localizedDescription)); nothing was written")])
        }
        let descriptor = open(location.lock, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw BuildFailure([.error(location.shown, "cannot open the lock file \(location.lock) (\(reason)); sitegen needs to write in the folder that holds the output; nothing was written")])
        }
        var waiting = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(descriptor)
                throw BuildFailure([.error(location.shown, "cannot lock \(location.lock) (\(String(cString: strerror(code)))); nothing was written")])
            }
            if !waiting {
                waiting = true
                whileWaiting?()
            }
            do {
                try await Task.sleep(for: .milliseconds(50))
            } catch {
                close(descriptor)
                throw BuildFailure([.error(location.shown, "stopped while waiting for another build of this folder to finish; nothing was written")])
            }
        }
        return OutputLock(descriptor: descriptor)
    }

    package func release() {
        close(descriptor)  // also releases the lock
    }
}
