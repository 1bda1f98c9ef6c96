import Foundation
import SitegenModel
import SitegenTiming
import SitegenSearch

/// What to build and where.
public struct BuildOptions: Sendable {
    /// The site folder: holds `site.yml`, `content/` and `templates/`.
    public var source: String
    /// The output folder; `SOURCE/public` when nil.
    public var output: String?
    /// Replaces `site.yml: base_url`, for previews and staging servers.
    public var baseURL: String?
    public var includeDrafts: Bool
    /// The day review ages are counted from (default: today). It changes warnings, never the output.
    public var today: CalendarDate?
    /// Called as the slow stages advance, for a progress line on a terminal.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    public init(source: String = ".", output: String? = nil, baseURL: String? = nil, includeDrafts: Bool = false, today: CalendarDate? = nil) {
        self.source = source
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.today = today
    }

    public var outputPath: String { output ?? (source as NSString).appendingPathComponent("public") }
}

/// How far a build has got: `done` of `total` items of `stage`.
public struct BuildProgress: Sendable {
    public var stage: String
    public var done: Int
    public var total: Int
}

public struct BuildSummary: Sendable {
    public var pages: Int
    public var sections: Int
    /// Files in the site.
    public var files: Int
    /// Files whose bytes changed (the rest kept their modification time).
    public var filesWritten: Int
    public var filesRemoved: Int
    public var seconds: Double
    public var warnings: [Diagnostic]
    public var reports: [PageReport]
    public var readabilityTarget: Double
}

/// A site rendered in memory: every file of the output, and what was found on the way.
public struct RenderedSite: Sendable {
    public var site: Site
    public var files: [OutputFile]
    /// Warnings only: a site with errors is never rendered.
    public var warnings: [Diagnostic]
    /// One entry per page, in site order.
    public var reports: [PageReport]
    /// For a preview that asked to defer it: the documents of the search index, which `files`
    /// then lacks (`SearchIndex.files(for:)` makes them), and a key that changes with them.
    var pendingSearch: [SearchDocument]? = nil
    var searchKey = 0
    /// For a preview, when the output paths are those of the last build: the only files whose
    /// contents may have changed since.
    var changedFiles: [OutputFile]? = nil
}

/// The pipeline: load → render → write. Each stage only reads what the one before produced.
public enum Build {
    /// Loads and renders the site without touching the output folder (for `check` and previews).
    /// A preview passes the same `cache` to every build, so unchanged pages are not read, scanned
    /// or rendered again.
    public static func render(_ options: BuildOptions, cache: RenderCache? = nil) async throws(BuildFailure) -> RenderedSite {
        try await render(options, cache: cache, changes: .unknown, deferSearch: false, finished: nil)
    }

    /// A preview's build: `changes` lists what changed since the last one when the watcher knows
    /// it exactly; with `deferSearch` the search index is left to the caller (`pendingSearch`).
    static func render(_ options: BuildOptions, cache: RenderCache, changes: SourceChanges, deferSearch: Bool) async throws(BuildFailure) -> RenderedSite {
        try await render(options, cache: cache, changes: changes, deferSearch: deferSearch, finished: nil)
    }

    /// With `finished`, files go to it as they are rendered and `files` keeps only their paths.
    static func render(_ options: BuildOptions, cache: RenderCache?, changes: SourceChanges, deferSearch: Bool, finished: (([OutputFile]) async -> Void)?) async throws(BuildFailure) -> RenderedSite {
        var succeeded = false
        let changes = cache?.begin(changes) ?? .unknown
        defer { cache?.finish(succeeded: succeeded) }
        let root = URL(fileURLWithPath: options.source).standardizedFileURL.path
        var diagnostics: [Diagnostic] = []
        var timer = StageTimer()
        let (loaded, loadProblems) = await SiteLoader.load(siteRoot: root, baseURLOverride: options.baseURL, includeDrafts: options.includeDrafts, cache: cache, changes: changes)
        diagnostics += loadProblems
        let (templates, templateProblems) = compile(loaded?.templates ?? [], cache: cache)
        if loaded != nil { diagnostics += templateProblems }
        guard let site = loaded?.site, let templates, diagnostics.errors.isEmpty else { throw BuildFailure(diagnostics) }
        timer.lap("load")

        let renderer = SiteRenderer(site: site, templates: templates, today: options.today ?? .today(), progress: options.progress, finished: finished)
        let result = if let cache { await renderer.render(cache: cache, deferSearch: deferSearch) } else { await renderer.render() }
        diagnostics += result.diagnostics + (result.outputDiagnostics ?? OutputPlan.check(result.files))
        timer.lap("render")
        guard diagnostics.errors.isEmpty else { throw BuildFailure(diagnostics) }
        succeeded = true
        return RenderedSite(site: site, files: result.files, warnings: diagnostics, reports: result.reports,
                            pendingSearch: result.pendingSearch, searchKey: result.searchKey, changedFiles: result.changedFiles)
    }

    /// Compiles the templates, or reuses a preview's compiled set when no template changed.
    private static func compile(_ files: [TemplateFile], cache: RenderCache?) -> (TemplateSet?, [Diagnostic]) {
        if let cached = cache?.compiledTemplates, cached.files.count == files.count,
           zip(cached.files, files).allSatisfy({ $0.name == $1.name && $0.path == $1.path && $0.text == $1.text }) {
            return (cached.set, cached.diagnostics)
        }
        let (set, diagnostics) = TemplateSet.compile(files)
        cache?.compiledTemplates = (files, set, diagnostics)
        return (set, diagnostics)
    }

    /// Renders the site and writes it to the output folder. With `strict`, warnings fail the build
    /// like errors (nothing is written). Builds into one output take turns: `whileWaiting` is
    /// called once if this one has to wait for another to finish.
    public static func run(_ options: BuildOptions, strict: Bool = false, whileWaiting: (@Sendable () -> Void)? = nil) async throws(BuildFailure) -> BuildSummary {
        let start = Date()
        let location = try OutputLocation(output: options.outputPath, shown: OutputLocation.shown(options))
        try location.check(siteRoot: URL(fileURLWithPath: options.source).standardizedFileURL.path)
        let lock = try await OutputLock.acquire(location, whileWaiting: whileWaiting)
        defer { lock.release() }
        // Pages are written into a hidden staging folder as they are rendered; the old site is
        // replaced only if the whole build succeeds.
        let staged = try StagedSite(location)
        let rendered: RenderedSite
        do {
            rendered = try await render(options, cache: nil, changes: .unknown, deferSearch: false) { await staged.add($0) }
        } catch {
            staged.abandon()
            throw error
        }
        if strict, !rendered.warnings.isEmpty {
            staged.abandon()
            throw BuildFailure(rendered.warnings)
        }
        var timer = StageTimer()
        let outcome = try staged.commit()
        timer.lap("swap")
        return BuildSummary(
            pages: rendered.site.pageCount, sections: rendered.site.sections.count,
            files: rendered.files.count, filesWritten: outcome.written, filesRemoved: outcome.removed, seconds: Date().timeIntervalSince(start),
            warnings: rendered.warnings + outcome.warnings.map { .warning(location.shown, $0) },
            reports: rendered.reports, readabilityTarget: rendered.site.config.readabilityTarget
        )
    }
}
