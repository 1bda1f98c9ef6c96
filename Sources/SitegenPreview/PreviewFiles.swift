import Foundation
import SitegenFileSystem
import SitegenLoad
import SitegenModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes of copied HTML files (the only copies the preview holds: the live-reload script goes
/// into them), kept between rebuilds and read again only when the file's size or modification
/// time changed. Used from the `Rebuilder` only.
struct CopiedFileCache {
    private struct Entry {
        var stamp: FileStamp
        var data: Data
    }

    private var entries: [String: Entry] = [:]

    /// Reads `absolutePath`, or returns the bytes read last time if the file is unchanged.
    mutating func data(for absolutePath: String) -> Data? {
        guard let stamp = FileStamp(path: absolutePath) else {
            entries[absolutePath] = nil
            return nil
        }
        if let entry = entries[absolutePath], entry.stamp == stamp { return entry.data }
        guard case .success(let bytes) = FileBytes.read(absolutePath, limit: .copied) else { return nil }
        let data = Data(bytes)
        entries[absolutePath] = Entry(stamp: stamp, data: data)
        return data
    }

    /// Forgets files that are no longer part of the site.
    mutating func keep(only paths: Set<String>) {
        entries = entries.filter { paths.contains($0.key) }
    }
}

/// The preview's files, kept between builds: a rebuild converts only the files whose contents
/// changed (a reused section's pages are the same strings, so comparing them is immediate).
/// Copied files stay on disk (`PreviewFile.source`): a rebuild only checks that they can still
/// be read; copied HTML files are read into memory, again only when their source changed. The
/// built-in theme's static files are bytes the binary carries, served from memory.
struct PreviewFiles {
    private var contents: [String: OutputFile.Contents] = [:]
    private(set) var served: [String: PreviewFile] = [:]
    private var copies = CopiedFileCache()

    /// Takes in a build's files. With `.unknown` changes every copied file is checked (size and
    /// modification time); with precise ones only those whose source changed. Returns the files
    /// that could not be read (a file deleted between rendering and reading), as diagnostics
    /// against their source.
    mutating func update(with files: [OutputFile], changes: SourceChanges) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let kept = take(files, changes: changes, problems: &problems)
        // Some paths of the last build are gone (a page or file removed or renamed).
        if kept != contents.count - (files.count - kept) {
            let paths = Set(files.map(\.path))
            contents = contents.filter { paths.contains($0.key) }
            served = served.filter { paths.contains($0.key) }
            var sources: Set<String> = []
            for file in files { if case .copy(let source) = file.contents { sources.insert(source) } }
            copies.keep(only: sources)
        }
        return problems
    }

    /// Takes in only `changed`: the files whose contents may differ from the last build's, when
    /// it had the same paths (`RenderedSite.changedFiles`). Valid only right after a good build
    /// whose files were all taken in.
    mutating func apply(_ changed: [OutputFile], changes: SourceChanges) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        _ = take(changed, changes: changes, problems: &problems)
        return problems
    }

    /// Converts the files whose contents changed; returns how many paths were there before.
    private mutating func take(_ files: [OutputFile], changes: SourceChanges, problems: inout [Diagnostic]) -> Int {
        var kept = 0
        for file in files {
            let old = contents[file.path]
            if old != nil { kept += 1 }
            if old == file.contents {
                guard case .copy = file.contents, changes.contains(file.origin) else { continue }
            }
            contents[file.path] = file.contents
            switch file.contents {
            case .text(let text):
                served[file.path] = .bytes(Data(text.utf8))
            case .bytes(let bytes):
                // A built-in theme file: held in memory, like the binary that carries it.
                served[file.path] = .bytes(Data(bytes))
            case .copy(let source):
                if let copy = copy(source, to: file.path) {
                    served[file.path] = copy
                } else {
                    contents[file.path] = nil
                    served[file.path] = nil
                    problems.append(.error(file.origin.isEmpty ? file.path : file.origin, "cannot read the file; check that it still exists and that you may read it"))
                }
            }
        }
        return kept
    }

    /// A copied file as the preview serves it, or nil when it cannot be read.
    private mutating func copy(_ source: String, to path: String) -> PreviewFile? {
        if ContentType.isHTML(ContentType.forPath(path)) {
            return copies.data(for: source).map { .bytes($0) }
        }
        guard let stamp = FileStamp(path: source), stamp.isRegularFile, access(source, R_OK) == 0 else { return nil }
        return .source(path: source)
    }
}
