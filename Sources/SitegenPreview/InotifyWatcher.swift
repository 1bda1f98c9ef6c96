import Foundation
import SitegenFileSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

#if os(Linux)
/// Linux inotify: one watch per folder, added for new folders as they appear. A save is noticed
/// within a millisecond, with no work while nothing changes.
///
/// Its thread blocks in `poll`/`read` and owns the folders being watched (`InotifyFolders`); the
/// only thing it shares is the stream's continuation, which is `Sendable`.
final class InotifyWatcher: SourceWatcher {
    let changes: AsyncStream<SourceChange>
    private let continuation: AsyncStream<SourceChange>.Continuation
    private let root: String
    private let fd: Int32
    private let wakePipe: (read: Int32, write: Int32)

    var reportsEveryPath: Bool { true }

    init(root: String) throws {
        self.root = root
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw WatcherError(description: "cannot watch files with inotify (\(String(cString: strerror(errno))))") }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            close(fd)
            throw WatcherError(description: "cannot watch files (pipe: \(String(cString: strerror(errno))))")
        }
        wakePipe = (ends[0], ends[1])
        (changes, continuation) = AsyncStream.makeStream()
    }

    deinit {
        close(fd)
        close(wakePipe.read)
        close(wakePipe.write)
    }

    func start() throws {
        var folders = InotifyFolders(fd: fd, root: root)
        guard folders.addWatch("") else {
            throw WatcherError(description: "cannot watch the site folder \(root) (\(String(cString: strerror(errno))))")
        }
        for folder in WatchedPaths.folders { folders.addTree(folder) }
        // The thread keeps the watcher (and so its descriptors) alive until `stop()`.
        let thread = Thread { [self, folders] in
            var folders = folders
            readEvents(into: &folders)
            continuation.finish()
        }
        thread.name = "sitegen watcher"
        thread.start()
    }

    func stop() {
        var byte: UInt8 = 1
        _ = write(wakePipe.write, &byte, 1)
    }

    private func readEvents(into folders: inout InotifyFolders) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var polls = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                     pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0)]
        while true {
            polls[0].revents = 0
            polls[1].revents = 0
            let ready = poll(&polls, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if polls[1].revents != 0 { return }
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                for change in folders.changes(in: buffer, count: count) { continuation.yield(change) }
            }
        }
    }
}

/// The folders inotify watches (watch descriptor → path relative to the site folder), owned by
/// the watcher's thread once it starts.
struct InotifyFolders: Sendable {
    let fd: Int32
    let root: String
    var folders: [Int32: String] = [:]

    private static let folderMask: UInt32 = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM
        | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    @discardableResult
    mutating func addWatch(_ relative: String) -> Bool {
        let path = relative.isEmpty ? root : root + "/" + relative
        let wd = inotify_add_watch(fd, path, Self.folderMask)
        guard wd >= 0 else { return false }
        folders[wd] = relative
        return true
    }

    /// Watches `relative` and every folder below it. A folder reached again through a symbolic
    /// link (a link to `.`, two links to one folder) is watched once: following it again would
    /// never end. The build reports such links; the watcher only has to stay finite.
    mutating func addTree(_ relative: String) {
        var visited: Set<FileStatus.Identity> = []
        addTree(relative, visited: &visited)
    }

    private mutating func addTree(_ relative: String, visited: inout Set<FileStatus.Identity>) {
        let path = root + "/" + relative
        guard let folder = FileStatus(path, followingLinks: true), folder.kind == .directory,
              visited.insert(folder.identity).inserted, addWatch(relative) else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where !WatchedPaths.isIgnored(name) {
            addTree(relative + "/" + name, visited: &visited)
        }
    }

    private mutating func removeTree(_ relative: String) {
        for (wd, folder) in folders where folder == relative || folder.hasPrefix(relative + "/") {
            inotify_rm_watch(fd, wd)
            folders[wd] = nil
        }
    }

    /// Parses `struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }`.
    mutating func changes(in buffer: [UInt8], count: Int) -> [SourceChange] {
        var changes: [SourceChange] = []
        var offset = 0
        while offset + 16 <= count {
            let (wd, mask, name, length) = buffer.withUnsafeBytes { bytes in
                let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = bytes[(offset + 16)..<min(offset + 16 + length, count)]
                return (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                        bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                        String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self), length)
            }
            offset += 16 + length
            if let change = change(wd: wd, mask: mask, name: name) { changes.append(change) }
        }
        return changes
    }

    private mutating func change(wd: Int32, mask: UInt32, name: String) -> SourceChange? {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return SourceChange(path: "*", kind: .modified) }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return nil
        }
        guard let folder = folders[wd] else { return nil }
        if name.isEmpty {
            // The watched folder itself was deleted or moved; its parent reports it too.
            guard mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0, !folder.isEmpty else { return nil }
            return SourceChange(path: folder, kind: .removed)
        }
        if folder.isEmpty {
            // The site folder: only the files and folders a build reads.
            guard WatchedPaths.isWatchedFile(name) || WatchedPaths.folders.contains(name) else { return nil }
        } else if WatchedPaths.isIgnored(name) {
            return nil
        }
        let path = folder.isEmpty ? name : folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 { removeTree(path) }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
        }
        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { return SourceChange(path: path, kind: .created) }
        if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 { return SourceChange(path: path, kind: .removed) }
        return SourceChange(path: path, kind: .modified)
    }
}
#endif
