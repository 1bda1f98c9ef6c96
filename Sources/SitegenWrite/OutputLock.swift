import Foundation
import SitegenModel
import SitegenFileSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build at a time into an output folder: an exclusive `flock` on `.NAME.sitegen-lock` beside
/// it, held from before the old site is read until the new one is in place. The system drops the
/// lock when the process ends, even by `kill -9`, so it is never stale.
///
/// The holder removes the lock file when it is done, and the folders it had to create for it
/// when the build failed, so a refused build leaves nothing behind. Removing a lock file that
/// another process has open and waits on would let two builds hold "the" lock at once, so a
/// lock is only taken as held once the path still names the file that was locked; a waiter
/// whose file was removed opens the path again.
package struct OutputLock: Sendable {
    private let descriptor: Int32
    private let path: String
    /// Folders made to hold the lock and the output, outermost first.
    private let createdFolders: [String]

    /// Waits while another build (any process, or another task of this one) holds the lock, polling
    /// without blocking a thread; `whileWaiting` is called once, when the wait begins.
    package static func acquire(_ location: OutputLocation, whileWaiting: (@Sendable () -> Void)?) async throws(BuildFailure) -> OutputLock {
        let created = try createParents(of: location)
        var wait = LockWait(whileWaiting: whileWaiting)
        while true {
            let descriptor = open(location.lock, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                removeFolders(created)
                throw BuildFailure([.error(location.shown, "cannot open the lock file \(location.lock) (\(reason)); sitegen needs to write in the folder that holds the output; nothing was written")])
            }
            if LockWait.tryLock(descriptor) {
                if isStillAt(location.lock, descriptor) { return OutputLock(descriptor: descriptor, path: location.lock, createdFolders: created) }
                close(descriptor)  // its holder removed it: lock the file now at the path
                continue
            }
            let code = errno
            close(descriptor)
            switch await wait.pause(after: code) {
            case .again: continue
            case .failed(let code):
                removeFolders(created)
                throw BuildFailure([.error(location.shown, "cannot lock \(location.lock) (\(String(cString: strerror(code)))); nothing was written")])
            case .cancelled:
                removeFolders(created)
                throw BuildFailure([.error(location.shown, "stopped while waiting for another build of this folder to finish; nothing was written")])
            }
        }
    }

    /// Ends the lock and removes its file. After a failed build (`succeeded` false) the folders
    /// made for it are removed too, when nothing else was put in them.
    package func release(succeeded: Bool = true) {
        unlink(path)  // while still held, so no other build holds a lock on it
        close(descriptor)
        if !succeeded { Self.removeFolders(createdFolders) }
    }

    private static func isStillAt(_ path: String, _ descriptor: Int32) -> Bool {
        var held = stat(), named = stat()
        return fstat(descriptor, &held) == 0 && lstat(path, &named) == 0 && held.st_dev == named.st_dev && held.st_ino == named.st_ino
    }

    /// Creates the missing folders above the output, returning those it made, outermost first.
    private static func createParents(of location: OutputLocation) throws(BuildFailure) -> [String] {
        var missing: [String] = []
        var folder = location.parent
        while !folder.isEmpty, folder != "/", FileStatus(folder, followingLinks: true) == nil {
            missing.append(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
        var created: [String] = []
        for folder in missing.reversed() {
            if mkdir(folder, 0o755) != 0 {
                if errno == EEXIST { continue }
                let reason = String(cString: strerror(errno))
                removeFolders(created)
                throw BuildFailure([.error(location.shown, "cannot create the folder \(folder) (\(reason)); nothing was written")])
            }
            created.append(folder)
        }
        return created
    }

    private static func removeFolders(_ folders: [String]) {
        for folder in folders.reversed() { rmdir(folder) }  // fails, as it should, on a folder not empty
    }
}
