import Foundation
import SitegenModel
import SitegenFileSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One move at a time in a site, and no command finishing an interrupted move while another
/// move runs: an exclusive `flock` on the site folder itself, so there is no lock file to leave
/// behind. The system drops it when the process ends, even by `kill -9`, so it is never stale.
struct MoveLock {
    private let descriptor: Int32

    /// Waits while another process holds the lock, polling without blocking a thread;
    /// `whileWaiting` is called once, when the wait begins.
    static func acquire(siteRoot: String, whileWaiting: (@Sendable () -> Void)?) async throws(Diagnostic) -> MoveLock {
        let descriptor = open(siteRoot, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .error("content", "cannot open the site folder to lock it for sitegen move (\(String(cString: strerror(errno)).lowercased())); run sitegen in the site folder, or name it with --source")
        }
        var wait = LockWait(whileWaiting: whileWaiting)
        while !LockWait.tryLock(descriptor) {
            switch await wait.pause(after: errno) {
            case .again: continue
            case .failed(let code):
                close(descriptor)
                throw .error("content", "cannot lock the site folder for sitegen move (\(String(cString: strerror(code)).lowercased())); nothing was changed")
            case .cancelled:
                close(descriptor)
                throw .error("content", "stopped while waiting for another sitegen move in this site to finish; nothing was changed")
            }
        }
        return MoveLock(descriptor: descriptor)
    }

    func release() { close(descriptor) }
}
