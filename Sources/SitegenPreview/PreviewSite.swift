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
    /// Path relative to the site root (`imnm/symptoms/index.html`) → its bytes, or where to
    /// read them.
    let files: [String: PreviewFile]
    let pageCount: Int
    /// The files under `search/index/`, made after the pages are served (see `SearchFiles`).
    var search: SearchFiles? = nil
    /// The build's warnings and suggestions, and which page each source file became: what the
    /// panel the live-reload script shows on a page lists (`/__sitegen/notes`, `notes(forPage:)`).
    /// Kept as the build made them: sorting and sharing them out to every page on each rebuild
    /// cost a 10,000-page site 40 ms a save, for panels that ask for one page.
    var diagnostics: [Diagnostic] = []
    /// Each page's address and source file. A copy of these two fields of the build's reports,
    /// not the reports themselves: holding those would make the next rebuild copy them all
    /// before it changes the few it re-rendered.
    var pages: [PageSource] = []
    /// The drafts left out (without `--drafts`), by source path, for the line the preview starts with.
    var drafts: [String] = []

    struct PageSource: Sendable, Equatable {
        var url: String
        var source: String

        init(_ report: PageReport) {
            url = report.url
            source = report.source
        }
    }

    /// The warnings and suggestions of the page whose HTML file is `key` (`imnm/symptoms/index.html`).
    func notes(forPage key: String) -> [PreviewNote] {
        PreviewNote.forPage(key, diagnostics: diagnostics, pages: pages)
    }

    enum Lookup: Equatable {
        case file(path: String, file: PreviewFile)
        /// A folder asked for without its trailing slash: answer with a redirect to the folder.
        case folder
        case notFound
    }

    /// A search index file waits for the index of this build when it is not ready yet.
    func lookup(_ path: RequestPath) async -> Lookup {
        guard case .file(let key) = path else { return .notFound }
        if let file = files[key] { return .file(path: key, file: file) }
        if let search, key.hasPrefix(SearchIndex.folder), let data = await search.files()[key] { return .file(path: key, file: .bytes(data)) }
        if !key.hasSuffix("/index.html"), key != "index.html", files[key + "/index.html"] != nil { return .folder }
        return .notFound
    }

    /// Every file of the site, the search index included (waiting for it if need be).
    func fileCount() async -> Int {
        files.count + (await search?.files().count ?? 0)
    }

    /// The site's own 404 page, when it has one.
    var notFoundPage: Data? {
        if case .bytes(let data) = files["404.html"] { return data }
        return nil
    }
}

/// One file of the preview's site.
enum PreviewFile: Equatable, Sendable {
    /// Rendered by the build (pages, the sitemap, the search index), or a copied HTML file (the
    /// live-reload script goes into it): held in memory.
    case bytes(Data)
    /// Copied by the build unchanged (images, PDFs, fonts, styles): read from its source for each
    /// request, and sent as it is read (`FileBody`), so the preview holds none of it.
    case source(path: String)
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
    private var input: SearchIndex.Input?
    private var task: Task<[String: Data], Never>?

    init(key: Int, input: SearchIndex.Input) {
        self.key = key
        self.input = input
    }

    /// Starts making the index, if that has not started yet.
    @discardableResult
    func start() -> Task<[String: Data], Never> {
        if let task { return task }
        let input = self.input ?? SearchIndex.Input(documents: [])
        self.input = nil
        let task = Task.detached(priority: .utility) {
            var files: [String: Data] = [:]
            for file in await input.files() {
                if case .text(let text) = file.contents { files[file.path] = Data(text.utf8) }
            }
            return files
        }
        self.task = task
        return task
    }

    func files() async -> [String: Data] { await start().value }
}

/// One warning or suggestion about a page, as the preview's panel lists it.
struct PreviewNote: Codable, Sendable, Equatable {
    /// `warning` or `suggestion`.
    var severity: String
    /// `content/imnm/symptoms.md:12: suggestion: …`, as `check` prints it.
    var text: String

    /// The warnings and suggestions of `diagnostics` about the page whose HTML file is `key`
    /// (`pages` say which page each source file became), in `check`'s order. Messages about
    /// other files (site.yml, the glossary) belong to no page.
    static func forPage(_ key: String, diagnostics: [Diagnostic], pages: [PreviewSite.PageSource]) -> [PreviewNote] {
        guard key == "index.html" || key.hasSuffix("/index.html") else { return [] }
        let url = String(key.dropLast("index.html".count))
        guard let source = pages.first(where: { $0.url == url })?.source else { return [] }
        return diagnostics.filter { $0.severity != .error && $0.path == source }.sortedForReport().map {
            PreviewNote(severity: $0.severity.rawValue, text: $0.description)
        }
    }
}
