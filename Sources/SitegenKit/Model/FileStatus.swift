import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lstat` of a path: type, size and modification time.
///
/// FileManager's `attributesOfItem` also looks up the owner's and group's names for every file,
/// which made listing a 10,000-page site take seconds.
struct FileStatus: Equatable, Sendable {
    enum Kind: Sendable { case file, directory, link, other }

    var kind: Kind
    var size: Int
    /// Seconds and nanoseconds since 1970, so two saves within one second still differ.
    var modified: Double

    init?(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .link
        default: kind = .other
        }
        size = Int(info.st_size)
        #if canImport(Darwin)
        modified = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #else
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #endif
    }
}
