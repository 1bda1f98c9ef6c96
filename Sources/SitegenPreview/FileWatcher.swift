import Foundation
import SitegenFileSystem
import SitegenModel
import Synchronization

/// What happened to a path, as far as the watcher can tell.
enum ChangeKind: Sendable {
    case created, modified, removed
}

/// A path relative to the site folder (`content/imnm/symptoms.md`) and what happened to it;
/// `"*"` means "something changed, rescan everything".
struct SourceChange: Sendable, Equatable {
    var path: String
    var kind: ChangeKind
}

/// Watches what a build reads: `content/`, `templates/` and `i18n/` (every file and folder in them,
/// at any depth, including folders created later), `site.yml` and `glossary.yml`. Its own thread hands
/// each change to `changes`, which ends after `stop()`.
///
/// Names the build ignores are ignored here too: hidden files (`.DS_Store`, `.symptoms.md.swp`) and
/// backups ending in `~`.
protocol SourceWatcher: Sendable {
    var changes: AsyncStream<SourceChange> { get }
    /// True when every change comes with its path (inotify): a rebuild may then look only at the
    /// changed files. Polling stays on the safe side.
    var reportsEveryPath: Bool { get }
    func start() throws
    func stop()
}

enum WatchedPaths {
    static let folders = ["content", "templates", "i18n"]
    static let files = ["site.yml", "glossary.yml"]

    /// `site.yml`, `glossary.yml`, and a language's glossary (`glossary.es.yml`).
    static func isWatchedFile(_ name: String) -> Bool {
        if files.contains(name) { return true }
        guard name.hasPrefix("glossary."), name.hasSuffix(".yml"), name.count > "glossary..yml".count else { return false }
        return LanguageCode.problem(String(name.dropFirst("glossary.".count).dropLast(".yml".count))) == nil
    }

    /// The watched files at the top of the site folder, as they are now.
    static func topFiles(in root: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter(isWatchedFile).sorted()
    }

    /// True for a name the loader skips, so a change to it cannot change the site.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~")
    }
}

struct WatcherError: Error, CustomStringConvertible {
    var description: String
}

/// Chooses inotify on Linux and falls back to polling when it is unavailable (or asked for), and
/// on every other system.
func makeSourceWatcher(root: String, polling: Bool) -> (watcher: any SourceWatcher, note: String?) {
    #if os(Linux)
    if !polling {
        do {
            return (try InotifyWatcher(root: root), nil)
        } catch {
            return (PollingWatcher(root: root), "\(error); checking files for changes every 100 ms instead")
        }
    }
    #endif
    return (PollingWatcher(root: root), nil)
}


/// Portable fallback: compares size, modification time and inode of every watched file every
/// 100 ms. About 1 ms per scan for a 1,000-page site.
///
/// Its thread owns the last scan; `stop()` reaches it through an atomic flag.
final class PollingWatcher: SourceWatcher {
    let changes: AsyncStream<SourceChange>
    private let continuation: AsyncStream<SourceChange>.Continuation
    private let root: String
    private let interval: TimeInterval
    private let stopped = Atomic<Bool>(false)

    var reportsEveryPath: Bool { false }

    init(root: String, interval: TimeInterval = 0.1) {
        self.root = root
        self.interval = interval
        (changes, continuation) = AsyncStream.makeStream()
    }

    func start() throws {
        let first = scan()
        let thread = Thread { [self] in
            var snapshot = first
            while !stopped.load(ordering: .relaxed) {
                Thread.sleep(forTimeInterval: interval)
                let next = scan()
                guard next != snapshot else { continue }
                for (path, stamp) in next where snapshot[path] != stamp {
                    continuation.yield(SourceChange(path: path, kind: snapshot[path] == nil ? .created : .modified))
                }
                for path in snapshot.keys where next[path] == nil { continuation.yield(SourceChange(path: path, kind: .removed)) }
                snapshot = next
            }
            continuation.finish()
        }
        thread.name = "sitegen watcher"
        thread.start()
    }

    func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    func scan() -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        for file in WatchedPaths.topFiles(in: root) {
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
        self.isRegularFile = false
        self.isDirectory = isDirectory
        self.size = size
        self.modified = modified
        self.inode = inode
    }
}
