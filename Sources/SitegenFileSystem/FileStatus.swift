import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lstat` (or `stat`, following links) of a path: type, size and modification time.
///
/// FileManager's `attributesOfItem` also looks up the owner's and group's names for every file,
/// which made listing a 10,000-page site take seconds.
package struct FileStatus: Equatable, Sendable {
    package enum Kind: Sendable {
        case file, directory, link
        /// Named pipes, devices and sockets: opening one for reading can wait forever.
        case fifo, device, socket

        /// How a message names this kind of file.
        package var name: String {
            switch self {
            case .file: "a file"
            case .directory: "a folder"
            case .link: "a symbolic link"
            case .fifo: "a named pipe (FIFO)"
            case .device: "a device"
            case .socket: "a socket"
            }
        }
    }

    package var kind: Kind
    package var size: Int
    /// Seconds and nanoseconds since 1970, so two saves within one second still differ.
    package var modified: Double
    /// Device and inode: the same folder reached by two paths has the same identity.
    package var identity: Identity

    package struct Identity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    /// With `followingLinks`, describes what a link points to (`stat`) instead of the link (`lstat`).
    package init?(_ path: String, followingLinks: Bool = false) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .link
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        default: kind = .device
        }
        // `dev_t` is signed on Darwin (`Int32`), unsigned on Linux.
        identity = Identity(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(info.st_ino))
        size = Int(info.st_size)
        #if canImport(Darwin)
        modified = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #else
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #endif
    }
}
