import Foundation
import SitegenFileSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the staging folder in the output's place in one step where the system can: Linux's
/// `renameat2(RENAME_EXCHANGE)` or macOS's `renamex_np(RENAME_SWAP)` exchange the two folders
/// atomically, so the output name always holds a whole site, even if the process is killed.
/// Elsewhere two renames are used, through the retired name.
enum FolderSwap {
    enum Result {
        /// The new site is in place; the old one, if there was one, is in this folder.
        case published(old: String?)
        /// Nothing moved.
        case failed(String)
        /// The old site was moved aside and could not be moved back.
        case stranded(String)
    }

    static func swap(_ location: OutputLocation) -> Result {
        let staging = location.staging, output = location.folder
        guard FileStatus(output) != nil else {
            return rename(staging, output) == 0 ? .published(old: nil) : .failed(reason(errno))
        }
        if exchange(staging, output) == 0 { return .published(old: staging) }
        let code = errno
        guard code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP else { return .failed(reason(code)) }
        guard rename(output, location.retired) == 0 else { return .failed(reason(errno)) }
        guard rename(staging, output) == 0 else {
            let problem = reason(errno)
            return rename(location.retired, output) == 0 ? .failed(problem) : .stranded(problem)
        }
        return .published(old: location.retired)
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    #if canImport(Glibc)
    /// glibc declares `renameat2` only with `_GNU_SOURCE`, which Swift's Glibc module does not set.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static func exchange(_ a: String, _ b: String) -> Int32 {
        guard let symbol = dlsym(nil, "renameat2") else {
            errno = ENOSYS
            return -1
        }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, 2)  // RENAME_EXCHANGE
    }
    #elseif canImport(Darwin)
    private static func exchange(_ a: String, _ b: String) -> Int32 {
        renamex_np(a, b, UInt32(RENAME_SWAP))
    }
    #else
    private static func exchange(_ a: String, _ b: String) -> Int32 {
        errno = ENOSYS
        return -1
    }
    #endif
}
