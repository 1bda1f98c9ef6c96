import Foundation
import SitegenModel
import SitegenSearch
import SitegenLoad

/// One complete, good build of the site held in memory: what the preview serves.
///
/// Built once per rebuild (from the previous one, changing only the files that changed: see
/// `PreviewFiles`) and then never changed; the preview swaps the whole value at once (see
/// `PreviewState`), so a request sees either the old site or the new one, never a mix and never
/// a half-written page.
struct PreviewSite: Sendable {
    /// Changes with every good build (and every server start), so open pages can tell whether they
    /// are out of date.
    let version: String
    /// Path relative to the site root (`imnm/symptoms/index.html`) → bytes.
    let files: [String: Data]
    let pageCount: Int
    /// The files under `search/index/`, made after the pages are served (see `SearchFiles`).
    var search: SearchFiles? = nil

    enum Lookup: Equatable {
        case file(path: String, data: Data)
        /// A folder asked for without its trailing slash: answer with a redirect to the folder.
        case folder
        case notFound
    }

    /// A search index file waits for the index of this build when it is not ready yet.
    func lookup(_ path: RequestPath) async -> Lookup {
        guard case .file(let key) = path else { return .notFound }
        if let data = files[key] { return .file(path: key, data: data) }
        if let search, key.hasPrefix(SearchIndex.folder), let data = await search.files()[key] { return .file(path: key, data: data) }
        if !key.hasSuffix("/index.html"), key != "index.html", files[key + "/index.html"] != nil { return .folder }
        return .notFound
    }

    /// Every file of the site, the search index included (waiting for it if need be).
    func fileCount() async -> Int {
        files.count + (await search?.files().count ?? 0)
    }

    /// The site's own 404 page, when it has one.
    var notFoundPage: Data? { files["404.html"] }
}

/// The search index of one build, made on another task: it depends on the text of every page
/// (scores are normalised by the average page length), so any edit changes it throughout, and at
/// 10,000 pages making it takes longer than rendering the edited section. Pages are served
/// without waiting for it; it is started once the browsers have been told to reload (or by the
/// first request for one of its files, which waits until it is ready), and a build superseded
/// before then never makes it.
actor SearchFiles {
    /// Changes with the search documents: a build whose documents did not change keeps the index.
    nonisolated let key: Int
    /// The documents until the index is started, then the task making it.
    private var documents: [SearchDocument]
    /// The glossary's name groups (`SearchIndex.aliases(from:)`).
    private let aliases: [[String]]
    private var task: Task<[String: Data], Never>?

    init(key: Int, documents: [SearchDocument], aliases: [[String]] = []) {
        self.key = key
        self.documents = documents
        self.aliases = aliases
    }

    /// Starts making the index, if that has not started yet.
    @discardableResult
    func start() -> Task<[String: Data], Never> {
        if let task { return task }
        let documents = self.documents, aliases = self.aliases
        self.documents = []
        let task = Task.detached(priority: .utility) {
            var files: [String: Data] = [:]
            for file in await SearchIndex.files(for: documents, aliases: aliases) {
                if case .text(let text) = file.contents { files[file.path] = Data(text.utf8) }
            }
            return files
        }
        self.task = task
        return task
    }

    func files() async -> [String: Data] { await start().value }
}

/// Bytes of files the build copies unchanged (images, PDFs, `templates/static/`), kept between
/// rebuilds and read again only when the file's size or modification time changed. Used from the
/// `Rebuilder` only.
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
        guard let data = FileManager.default.contents(atPath: absolutePath) else { return nil }
        entries[absolutePath] = Entry(stamp: stamp, data: data)
        return data
    }

    /// Forgets files that are no longer part of the site.
    mutating func keep(only paths: Set<String>) {
        entries = entries.filter { paths.contains($0.key) }
    }
}

/// The preview's files in memory, kept between builds: a rebuild converts only the files whose
/// contents changed (a reused section's pages are the same strings, so comparing them is
/// immediate) and reads a copied file again only when its source changed.
struct PreviewFiles {
    private var contents: [String: OutputFile.Contents] = [:]
    private(set) var data: [String: Data] = [:]
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
            data = data.filter { paths.contains($0.key) }
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
                data[file.path] = Data(text.utf8)
            case .copy(let source):
                if let bytes = copies.data(for: source) {
                    data[file.path] = bytes
                } else {
                    contents[file.path] = nil
                    data[file.path] = nil
                    problems.append(.error(file.origin.isEmpty ? file.path : file.origin, "cannot read the file; check that it still exists and that you may read it"))
                }
            }
        }
        return kept
    }
}
