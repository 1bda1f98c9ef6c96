import Foundation

/// One complete, good build of the site held in memory: what the preview serves.
///
/// Built once per rebuild from `RenderedSite.files` and then never changed; the preview swaps the
/// whole value at once (see `PreviewState`), so a request sees either the old site or the new one,
/// never a mix and never a half-written page.
struct PreviewSite: Sendable {
    /// Changes with every good build (and every server start), so open pages can tell whether they
    /// are out of date.
    let version: String
    /// Path relative to the site root (`imnm/symptoms/index.html`) → bytes.
    let files: [String: Data]
    let pageCount: Int

    enum Lookup: Equatable {
        case file(path: String, data: Data)
        /// A folder asked for without its trailing slash: answer with a redirect to the folder.
        case folder
        case notFound
    }

    func lookup(_ path: RequestPath) -> Lookup {
        guard case .file(let key) = path else { return .notFound }
        if let data = files[key] { return .file(path: key, data: data) }
        if !key.hasSuffix("/index.html"), key != "index.html", files[key + "/index.html"] != nil { return .folder }
        return .notFound
    }

    /// The site's own 404 page, when it has one.
    var notFoundPage: Data? { files["404.html"] }
}

/// Bytes of files the build copies unchanged (images, PDFs, `templates/static/`), kept between
/// rebuilds and read again only when the file's size or modification time changed. Used from the
/// rebuild queue only.
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

extension PreviewSite {
    /// Puts every output file in memory. Fails with the files that could not be read (a file
    /// deleted between rendering and reading), as diagnostics against their source.
    static func make(from rendered: RenderedSite, version: String, cache: inout CopiedFileCache) -> Result<PreviewSite, BuildFailure> {
        var files: [String: Data] = [:]
        files.reserveCapacity(rendered.files.count)
        var copied: Set<String> = []
        var problems: [Diagnostic] = []
        for file in rendered.files {
            switch file.contents {
            case .text(let text):
                files[file.path] = Data(text.utf8)
            case .copy(let source):
                copied.insert(source)
                if let data = cache.data(for: source) {
                    files[file.path] = data
                } else {
                    problems.append(.error(file.origin.isEmpty ? file.path : file.origin, "cannot read the file; check that it still exists and that you may read it"))
                }
            }
        }
        cache.keep(only: copied)
        guard problems.isEmpty else { return .failure(BuildFailure(problems)) }
        return .success(PreviewSite(version: version, files: files, pageCount: rendered.site.allPages.count))
    }
}
