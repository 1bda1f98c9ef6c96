import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with `open`, `fstat` and `read`: every page is read on every build, and
/// every published file again when a rebuild compares it, where Foundation's `Data(contentsOf:)`
/// with a file `URL` cost more than the read itself.
enum FileBytes {
    static func read(_ path: String) -> Result<[UInt8], SystemError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(SystemError(code: errno)) }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .failure(SystemError(code: EISDIR)) }
        // Sized by `fstat` with one spare byte: the first read takes the file, and a read of 0
        // bytes says the end was reached (a file that grew meanwhile gets more room).
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: max(4096, bytes.count)) }
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
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }
}

/// A failed system call, described the way the system describes it ("Permission denied").
struct SystemError: LocalizedError {
    let code: Int32
    var errorDescription: String? { String(cString: strerror(code)) }
}
