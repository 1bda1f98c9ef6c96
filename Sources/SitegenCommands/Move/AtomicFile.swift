import Foundation
import SitegenFileSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file operations of a move, each one that is either done or not, never half: a file is
/// replaced by writing it beside under a name recovery knows (`.NAME.sitegen-move`), syncing it
/// and renaming it over the old one; a rename never replaces anything.
enum AtomicFile {
    /// Why a file operation failed: the system's reason, and the temporary file in the way if any.
    struct Failure: Error {
        var reason: String
        var inTheWay: String?

        var description: String { inTheWay.map { "\($0) is in the way: \(reason)" } ?? reason }
    }

    /// The temporary name a replaced file is written under, beside it: hidden, so the build never reads it.
    static func temporary(of path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return String(path[..<slash]) + "." + String(path[slash...]) + ".sitegen-move"
    }

    /// Replaces `relative` (under `root`) with `data`, keeping its permissions; `written` is called
    /// once the new bytes are on disk beside it, before the rename (a step of the move). Without
    /// `durable`, nothing is synced: for tests of what the files hold, where syncs cost most of the time.
    static func replace(_ relative: String, root: String, with data: Data, temporary: String? = nil, durable: Bool = true, written: () throws -> Void = {}) throws {
        let path = root + "/" + relative
        let temporaryRelative = temporary ?? Self.temporary(of: relative)
        let temporaryPath = root + "/" + temporaryRelative
        // Only a move holding the site's lock writes these names: one found now is from a move that was killed.
        if FileStatus(temporaryPath)?.kind == .file { unlink(temporaryPath) }
        // open(2) and rename(2) themselves: their errors are plain errno values, and Foundation's
        // replaceItemAt moves the old file away first on Linux.
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno)).lowercased(), inTheWay: FileStatus(temporaryPath) != nil ? temporaryRelative : nil) }
        var status = stat()
        if stat(path, &status) == 0 { fchmod(descriptor, status.st_mode & 0o7777) }
        var failure = writeAll(data, to: descriptor)
        if failure == 0, durable, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0 {
            try written()  // a test's stop leaves the temporary file, as a kill would
            if Foundation.rename(temporaryPath, path) != 0 { failure = errno }
        }
        if failure != 0 {
            unlink(temporaryPath)
            throw Failure(reason: String(cString: strerror(failure)).lowercased())
        }
        if durable { syncFolder(of: path) }
    }

    /// Renames without ever replacing what is at `to` (Linux `renameat2(RENAME_NOREPLACE)`, macOS
    /// `renamex_np(RENAME_EXCL)`; elsewhere a check first), then syncs both folders.
    static func rename(_ from: String, to: String, durable: Bool = true) throws(Failure) {
        if renameExclusive(from, to) != 0 { throw Failure(reason: String(cString: strerror(errno)).lowercased()) }
        guard durable else { return }
        syncFolder(of: from)
        syncFolder(of: to)
    }

    static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
        data.withUnsafeBytes { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, base + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return count < 0 ? errno : EIO }
                offset += count
            }
            return 0
        }
    }

    private static func renameExclusive(_ from: String, _ to: String) -> Int32 {
        #if canImport(Darwin)
        return renamex_np(from, to, UInt32(RENAME_EXCL))
        #else
        // glibc declares `renameat2` only with `_GNU_SOURCE`, which Swift's Glibc module does not set.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        if let symbol = dlsym(nil, "renameat2") {
            let result = unsafeBitCast(symbol, to: RenameAt2.self)(AT_FDCWD, from, AT_FDCWD, to, 1)  // RENAME_NOREPLACE
            if result == 0 || (errno != EINVAL && errno != ENOSYS) { return result }
        }
        if FileStatus(to) != nil {
            errno = EEXIST
            return -1
        }
        return Glibc.rename(from, to)
        #endif
    }
}
