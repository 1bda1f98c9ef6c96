import Foundation
import SitegenFileSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches what a build reads: `content/` and `templates/` (every file and folder in them, at any
/// depth, including folders created later), `site.yml` and `glossary.yml`. Calls `onChange` with
/// the path relative to the site folder (`content/imnm/symptoms.md`) and what happened to it, from
/// its own thread; `"*"` means "something changed, rescan everything".
///
/// Names the build ignores are ignored here too: hidden files (`.DS_Store`, `.symptoms.md.swp`) and
/// backups ending in `~`.
protocol SourceWatcher: AnyObject, Sendable {
    func start() throws
    func stop()
}

enum WatchedPaths {
    static let folders = ["content", "templates"]
    static let files = ["site.yml", "glossary.yml"]

    /// True for a name the loader skips, so a change to it cannot change the site.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~")
    }
}

struct WatcherError: Error, CustomStringConvertible {
    var description: String
}

/// Chooses inotify on Linux and falls back to polling when it is unavailable (or asked for).
func makeSourceWatcher(root: String, polling: Bool, onChange: @escaping @Sendable (String, ChangeKind) -> Void) -> (watcher: any SourceWatcher, note: String?) {
    #if canImport(Glibc)
    if !polling {
        do {
            return (try InotifyWatcher(root: root, onChange: onChange), nil)
        } catch {
            return (PollingWatcher(root: root, onChange: onChange), "\(error); checking files for changes every 100 ms instead")
        }
    }
    #endif
    return (PollingWatcher(root: root, onChange: onChange), nil)
}

#if canImport(Glibc)
/// Linux inotify: one watch per folder, added for new folders as they appear. A save is noticed
/// within a millisecond, with no work while nothing changes.
final class InotifyWatcher: SourceWatcher, @unchecked Sendable {
    private let root: String
    private let onChange: @Sendable (String, ChangeKind) -> Void
    private let fd: Int32
    private let wakePipe: (read: Int32, write: Int32)
    private let lock = NSLock()
    private var thread: Thread?
    // Only touched by `start()` before the thread starts, then by the thread.
    private var folders: [Int32: String] = [:]

    private static let folderMask: UInt32 = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM
        | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    init(root: String, onChange: @escaping @Sendable (String, ChangeKind) -> Void) throws {
        self.root = root
        self.onChange = onChange
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw WatcherError(description: "cannot watch files with inotify (\(String(cString: strerror(errno))))") }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            close(fd)
            throw WatcherError(description: "cannot watch files (pipe: \(String(cString: strerror(errno))))")
        }
        wakePipe = (ends[0], ends[1])
    }

    deinit {
        close(fd)
        close(wakePipe.read)
        close(wakePipe.write)
    }

    func start() throws {
        guard addWatch("") else {
            throw WatcherError(description: "cannot watch the site folder \(root) (\(String(cString: strerror(errno))))")
        }
        for folder in WatchedPaths.folders { addTree(folder) }
        let thread = Thread { [self] in run() }
        thread.name = "sitegen watcher"
        lock.withLock { self.thread = thread }
        thread.start()
    }

    func stop() {
        var byte: UInt8 = 1
        _ = write(wakePipe.write, &byte, 1)
    }

    @discardableResult
    private func addWatch(_ relative: String) -> Bool {
        let path = relative.isEmpty ? root : root + "/" + relative
        let wd = inotify_add_watch(fd, path, Self.folderMask)
        guard wd >= 0 else { return false }
        folders[wd] = relative
        return true
    }

    /// Watches `relative` and every folder below it. A folder reached again through a symbolic
    /// link (a link to `.`, two links to one folder) is watched once: following it again would
    /// never end. The build reports such links; the watcher only has to stay finite.
    private func addTree(_ relative: String, visited: inout Set<FileStatus.Identity>) {
        let path = root + "/" + relative
        guard let folder = FileStatus(path, followingLinks: true), folder.kind == .directory,
              visited.insert(folder.identity).inserted, addWatch(relative) else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where !WatchedPaths.isIgnored(name) {
            addTree(relative + "/" + name, visited: &visited)
        }
    }

    private func addTree(_ relative: String) {
        var visited: Set<FileStatus.Identity> = []
        addTree(relative, visited: &visited)
    }

    private func removeTree(_ relative: String) {
        for (wd, folder) in folders where folder == relative || folder.hasPrefix(relative + "/") {
            inotify_rm_watch(fd, wd)
            folders[wd] = nil
        }
    }

    private func run() {
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
                handle(buffer, count: count)
            }
        }
    }

    /// Parses `struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }`.
    private func handle(_ buffer: [UInt8], count: Int) {
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset + 16 <= count {
                let wd = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = bytes[(offset + 16)..<min(offset + 16 + length, count)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += 16 + length
                event(wd: wd, mask: mask, name: name)
            }
        }
    }

    private func event(wd: Int32, mask: UInt32, name: String) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            onChange("*", .modified)
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return
        }
        guard let folder = folders[wd] else { return }
        if name.isEmpty {
            // The watched folder itself was deleted or moved; its parent reports it too.
            if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0, !folder.isEmpty { onChange(folder, .removed) }
            return
        }
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        if folder.isEmpty {
            // The site folder: only the files and folders a build reads.
            guard WatchedPaths.files.contains(name) || WatchedPaths.folders.contains(name) else { return }
        } else if WatchedPaths.isIgnored(name) {
            return
        }
        let path = folder.isEmpty ? name : folder + "/" + name
        if isFolder {
            if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 { removeTree(path) }
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
        }
        let kind: ChangeKind
        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            kind = .created
        } else if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
            kind = .removed
        } else {
            kind = .modified
        }
        onChange(path, kind)
    }
}
#endif

/// Portable fallback: compares size, modification time and inode of every watched file every
/// 100 ms. About 1 ms per scan for a 1,000-page site.
final class PollingWatcher: SourceWatcher, @unchecked Sendable {
    private let root: String
    private let onChange: @Sendable (String, ChangeKind) -> Void
    private let interval: TimeInterval
    private let lock = NSLock()
    private var stopped = false
    private var snapshot: [String: FileStamp] = [:]

    init(root: String, interval: TimeInterval = 0.1, onChange: @escaping @Sendable (String, ChangeKind) -> Void) {
        self.root = root
        self.interval = interval
        self.onChange = onChange
    }

    func start() throws {
        snapshot = scan()
        let thread = Thread { [self] in run() }
        thread.name = "sitegen watcher"
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private func run() {
        while !lock.withLock({ stopped }) {
            Thread.sleep(forTimeInterval: interval)
            let next = scan()
            if next != snapshot {
                for (path, stamp) in next where snapshot[path] != stamp { onChange(path, snapshot[path] == nil ? .created : .modified) }
                for path in snapshot.keys where next[path] == nil { onChange(path, .removed) }
                snapshot = next
            }
        }
    }

    func scan() -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        for file in WatchedPaths.files {
            if let stamp = FileStamp(path: root + "/" + file) { result[file] = stamp }
        }
        // Folders already walked, so a symbolic link back to one (a link to `.`) ends the walk.
        var visited: Set<FileStatus.Identity> = []
        func walk(_ relative: String) {
            guard let stamp = FileStamp(path: root + "/" + relative) else { return }
            // A folder's own time changes when a file is added or removed; its files are listed
            // separately, so only its existence matters here.
            result[relative] = stamp.isDirectory ? FileStamp.folder : stamp
            guard stamp.isDirectory,
                  let identity = FileStatus(root + "/" + relative, followingLinks: true)?.identity,
                  visited.insert(identity).inserted,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative) else { return }
            for name in names where !WatchedPaths.isIgnored(name) { walk(relative + "/" + name) }
        }
        for folder in WatchedPaths.folders { walk(folder) }
        return result
    }
}

extension FileStamp {
    static let folder = FileStamp(isDirectory: true, size: 0, modified: 0, inode: 0)

    init(isDirectory: Bool, size: Int64, modified: Int64, inode: UInt64) {
        self.isDirectory = isDirectory
        self.size = size
        self.modified = modified
        self.inode = inode
    }
}
