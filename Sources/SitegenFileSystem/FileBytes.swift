import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with `open`, `fstat` and `read`: every page is read on every build, and
/// every published file again when a rebuild compares it, where Foundation's `Data(contentsOf:)`
/// with a file `URL` cost more than the read itself.
///
/// Only regular files are read, and only up to the limit of what they are (`ReadLimit`): a named
/// pipe given a page's name waits for a writer forever, a device such as /dev/zero never ends, and
/// a file too large for its kind would take more memory than a build may.
package enum FileBytes {
    package static func read(_ path: String, limit readLimit: ReadLimit) -> Result<[UInt8], SystemError> {
        let limit = readLimit.bytes
        // Checked before `open`, which on a named pipe waits for a writer; `O_NONBLOCK` and the
        // `fstat` below cover a file replaced in between.
        var status = stat()
        if stat(path, &status) == 0, let problem = refusal(status, limit: limit) { return .failure(problem) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { return .failure(SystemError(code: errno)) }
        if let problem = refusal(status, limit: limit) { return .failure(problem) }
        // Sized by `fstat` with one spare byte: the first read takes the file, and a read of 0
        // bytes says the end was reached (a file that grew meanwhile gets more room, never more
        // than one byte past the limit, which is enough to tell it is too large).
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: min(max(4096, bytes.count), limit + 1 - bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(SystemError(code: errno))
            }
            if count == 0 { break }
            filled += count
            if filled > limit { return .failure(SystemError(code: EFBIG, limit: limit)) }
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    private static func refusal(_ status: stat, limit: Int) -> SystemError? {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return Int(status.st_size) > limit ? SystemError(code: EFBIG, limit: limit) : nil
        case S_IFDIR: return SystemError(code: EISDIR)
        default: return SystemError(code: ENODEV)  // a pipe, device or socket
        }
    }
}

/// A failed system call, described the way the system describes it ("Permission denied").
package struct SystemError: LocalizedError {
    package let code: Int32
    /// For `EFBIG`: the size that was exceeded.
    var limit: Int? = nil

    package var errorDescription: String? {
        switch code {
        case EFBIG: "larger than \(FileBytes.describe(limit ?? 0))"
        case ENODEV: "not a regular file"
        default: String(cString: strerror(code))
        }
    }

    package init(code: Int32, limit: Int? = nil) {
        self.code = code
        self.limit = limit
    }
}

extension FileBytes {
    /// `10 MB`, `64 KB`: sizes in messages, in the units people see in a file manager.
    package static func describe(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 { return "\(bytes / (1024 * 1024)) MB" }
        if bytes >= 1024 && bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }
}

extension SystemError {
    /// Why a file operation failed, as the system says it ("permission denied", "is a directory"),
    /// for any error Foundation or a system call gives: never "NSCocoaErrorDomain error 512".
    package static func describe(_ error: any Error) -> String {
        if let system = error as? SystemError { return system.localizedDescription.lowercased() }
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)).lowercased() }
        let nsError = error as NSError
        let posix = nsError.domain == NSPOSIXErrorDomain ? nsError : nsError.userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix, posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))).lowercased() }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
            case NSFileWriteFileExistsError: return "a file or folder of that name is in the way"
            case NSFileWriteOutOfSpaceError: return "no space left on the disk"
            case NSFileWriteVolumeReadOnlyError: return "the disk is read-only"
            default: return "the system refused (error \(nsError.code))"
            }
        }
        return nsError.localizedDescription
    }
}
