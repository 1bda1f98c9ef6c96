import SitegenLoad
import SitegenModel
import SitegenRender
import SitegenTiming

/// Load and render, with what the last build left in `cache`, so unchanged pages are not read,
/// scanned or rendered again. A full build (`Build.render`) is this with an empty cache.
package enum PreviewBuild {
    /// `changes` lists what changed since the last build when the watcher knows it exactly; with
    /// `deferSearch` the search index is left to the caller (`pendingSearch`). With `finished`,
    /// files go to it as they are rendered and `files` keeps only their paths.
    package static func render(_ options: BuildOptions, cache: inout RenderCache, changes: SourceChanges = .unknown, deferSearch: Bool = false,
                               finished: (([OutputFile]) async -> Void)? = nil) async throws(BuildFailure) -> RenderedSite {
        var succeeded = false
        let changes = cache.begin(changes)
        defer { cache.finish(succeeded: succeeded) }
        var timer = StageTimer()
        let (loaded, loadProblems) = await SiteLoader.load(siteRoot: options.siteRoot, baseURLOverride: options.baseURL, includeDrafts: options.includeDrafts, memo: &cache.load, changes: changes)
        let (templates, templateProblems) = compile(loaded?.templates ?? [], cache: &cache)
        var diagnostics = loadProblems + (loaded != nil ? templateProblems : [])
        guard let site = loaded?.site, let templates, diagnostics.errors.isEmpty else { throw BuildFailure(diagnostics) }
        timer.lap("load")

        let renderer = SiteRenderer(site: site, templates: templates, today: options.today ?? .today(), progress: options.progress, finished: finished)
        let result = await renderer.render(cache: &cache, deferSearch: deferSearch)
        diagnostics += result.diagnostics + result.outputDiagnostics
        timer.lap("render")
        guard diagnostics.errors.isEmpty else { throw BuildFailure(diagnostics) }
        succeeded = true
        return RenderedSite(site: site, files: result.files, warnings: diagnostics, reports: result.reports,
                            pendingSearch: result.pendingSearch, searchKey: result.searchKey, changedFiles: result.changedFiles)
    }

    /// Compiles the templates, or reuses the last compiled set when no template changed.
    private static func compile(_ files: [TemplateFile], cache: inout RenderCache) -> (TemplateSet?, [Diagnostic]) {
        if let cached = cache.compiledTemplates, cached.files == files {
            return (cached.set, cached.diagnostics)
        }
        let (set, diagnostics) = TemplateSet.compile(files)
        cache.compiledTemplates = (files, set, diagnostics)
        return (set, diagnostics)
    }
}
