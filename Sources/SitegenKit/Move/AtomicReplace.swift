import Foundation
import SitegenFileSystem

/// Replacing a file so that it is either its old or its new text, never half of one.
extension SiteMove {
    /// Writes beside the file, then renames over it: the file is either old or new, never half.
    static func replace(_ path: String, with data: Data) throws {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let temporary = String(path[..<slash]) + "." + String(path[slash...]) + ".sitegen-move"
        // open(2) and rename(2) themselves: their errors are plain errno values, and Foundation's
        // replaceItemAt moves the old file away first on Linux.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var failure: Int32 = 0
        var status = stat()
        if stat(path, &status) == 0 { fchmod(descriptor, status.st_mode & 0o7777) }  // keep the file's permissions
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, base + offset, buffer.count - offset)
                if count <= 0 { failure = errno; return }
                offset += count
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
        }
    }

    /// Why a file could not be moved or written, as the system says it (`permission denied`);
    /// `sitegen new` words its failures the same way.
    static func reason(_ error: Error) -> String { SystemError.describe(error) }
}
