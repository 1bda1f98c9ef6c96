/// Which source files changed since the last build, as far as the caller knows.
package enum SourceChanges: Sendable {
    /// Anything may have changed: list and `stat` every file (first build, polling, overflow, or
    /// after a failed build).
    case unknown
    /// Exactly these paths, relative to the site folder (`content/imnm/symptoms.md`), changed;
    /// every other file is as the previous build saw it. Only a watcher that reports every change
    /// (inotify) may say this.
    case paths(Set<String>)

    /// True when `path` may have changed.
    package func contains(_ path: String) -> Bool {
        switch self {
        case .unknown: return true
        case .paths(let paths): return paths.contains(path)
        }
    }

    /// True when anything under `folder` (`templates/`) may have changed.
    package func touches(folder: String) -> Bool {
        switch self {
        case .unknown: return true
        case .paths(let paths): return paths.contains { $0.hasPrefix(folder) }
        }
    }

    /// Both sets of changes: after changes that were not taken in, everything they name too.
    func union(_ other: SourceChanges?) -> SourceChanges {
        switch (self, other) {
        case (_, nil): return self
        case (.paths(let mine), .paths(let theirs)?): return .paths(mine.union(theirs))
        default: return .unknown
        }
    }
}
