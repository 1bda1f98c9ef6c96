import Foundation
import SitegenModel
import SitegenTiming
import SitegenSearch
import SitegenLoad
import SitegenRender
import SitegenWrite

public struct BuildSummary: Sendable {
    /// In every language.
    public var pages: Int
    /// In the default language.
    public var sections: Int
    /// 1 for a site in one language.
    public var languages: Int = 1
    /// Files in the site.
    public var files: Int
    /// Files whose bytes changed (the rest kept their modification time).
    public var filesWritten: Int
    public var filesRemoved: Int
    public var seconds: Double
    public var warnings: [Diagnostic]
    public var reports: [PageReport]
    public var readabilityTarget: Double
    /// The measure that target is on (`readability:`).
    public var readability: ReadabilityMeasure = .standard
    /// The drafts left out (not published), by source path: see `Site.drafts`.
    public var drafts: [String] = []
}

/// The pipeline: load → render → write. Each stage only reads what the one before produced.
public enum Build {
    /// Loads and renders the site without touching the output folder (for `check` and `report`).
    public static func render(_ options: BuildOptions) async throws(BuildFailure) -> RenderedSite {
        var memo = BuildMemo()
        return try await render(options, memo: &memo)
    }

    /// Load, compile the templates, render: with what the last build left in `memo`, unchanged
    /// files are not read, and unchanged pages not rendered, again. `changes` lists what changed
    /// since then when a watcher knows it exactly; with `deferSearch` the search index is left to
    /// the caller (`pendingSearch`); with `finished`, files go to it as they are rendered and
    /// `files` keeps only their paths.
    package static func render(_ options: BuildOptions, memo: inout BuildMemo, changes: SourceChanges = .unknown, deferSearch: Bool = false,
                               finished: (([OutputFile]) async -> Void)? = nil) async throws(BuildFailure) -> RenderedSite {
        var timer = StageTimer()
        let (loaded, loadProblems) = await SiteLoader.load(siteRoot: options.siteRoot, baseURLOverride: options.baseURL, includeDrafts: options.includeDrafts, memo: &memo.load, changes: changes)
        let (templates, templateProblems) = compile(loaded?.templates ?? [], for: loaded?.site, memo: &memo)
        let diagnostics = loadProblems + (loaded != nil ? templateProblems : [])
        guard var site = loaded?.site, var others = loaded?.languages, let templates, diagnostics.errors.isEmpty else {
            throw BuildFailure(diagnostics, pagesChecked: memo.load.markdownFilesRead)
        }
        timer.lap("load")
        // Before rendering: pages list the copies in their `srcset` (every language shows the same files).
        site.assets = await ImageCopies.make(site.assets, siteRoot: options.siteRoot, memo: &memo.images)
        for index in others.indices { others[index].assets = site.assets }
        timer.lap("images")

        let renderer = SiteRenderer(site: site, templates: templates, today: options.today ?? .today(), progress: options.progress, finished: finished)
        var rendered = await renderer.render(memo: &memo.render, deferSearch: deferSearch)
        for other in others {
            // Links to pages not translated yet go to the default language's pages.
            guard let otherTemplates = compile(loaded?.templates ?? [], for: other, memo: &memo).0 else { continue }
            var translation = SiteRenderer(site: other, templates: otherTemplates, today: options.today ?? .today(), progress: options.progress, finished: finished)
            translation.fallback = (LinkResolver.Fallback(pages: memo.render.table.pages, code: site.language.code, from: other.language.code), memo.render.changedLinks)
            rendered.add(await translation.render(memo: &memo.languages[other.language.code, default: RenderMemo()], deferSearch: false))
        }
        if !others.isEmpty {
            // Each language checked its own paths; an alias in one can still take another's.
            let clashes = OutputPlan.check(rendered.files)
            rendered.warnings += clashes.filter { !rendered.warnings.contains($0) }
        }
        rendered.warnings = diagnostics + rendered.warnings
        timer.lap("render")
        guard rendered.warnings.errors.isEmpty else { throw BuildFailure(rendered.warnings, pagesChecked: rendered.reports.count, drafts: rendered.drafts) }
        return rendered
    }

    /// Compiles the templates with `site`'s fixed theme texts written in, or reuses the set last
    /// compiled for its language when neither the templates nor the texts changed.
    private static func compile(_ files: [TemplateFile], for site: Site?, memo: inout BuildMemo) -> (TemplateSet?, [Diagnostic]) {
        let texts = site.map { ThemeTextInlining.fixedTexts($0.strings, siteTitle: $0.config.title) } ?? [:]
        let code = site?.language.code ?? ""
        if let cached = memo.templates[code], cached.files == files, cached.texts == texts { return (cached.set, cached.diagnostics) }
        let (set, diagnostics) = TemplateSet.compile(files, texts: texts)
        memo.templates[code] = (files, texts, set, diagnostics)
        return (set, diagnostics)
    }

    /// Renders the site and writes it to the output folder. With `strict`, warnings fail the build
    /// like errors (nothing is written). Builds into one output take turns: `whileWaiting` is
    /// called once if this one has to wait for another to finish.
    public static func run(_ options: BuildOptions, strict: Bool = false, whileWaiting: (@Sendable () -> Void)? = nil) async throws(BuildFailure) -> BuildSummary {
        let start = Date()
        let location = try OutputLocation(output: options.outputPath, shown: OutputLocation.shown(options))
        try location.check(siteRoot: options.siteRoot)
        let lock = try await OutputLock.acquire(location, whileWaiting: whileWaiting)
        var published = false
        defer { lock.release(succeeded: published) }
        // Pages are written into a hidden staging folder as they are rendered; the old site is
        // replaced only if the whole build succeeds.
        let staged = try StagedSite(location)
        let rendered: RenderedSite
        do {
            var memo = BuildMemo()
            rendered = try await render(options, memo: &memo) { await staged.add($0) }
        } catch {
            staged.abandon()
            throw error
        }
        // Suggestions never fail a build, not even a strict one.
        if strict, !rendered.warnings.warnings.isEmpty {
            staged.abandon()
            throw BuildFailure(rendered.warnings)
        }
        var timer = StageTimer()
        let outcome = try staged.commit()
        published = true
        timer.lap("swap")
        return BuildSummary(
            pages: rendered.languages.reduce(rendered.site.pageCount) { $0 + $1.pageCount }, sections: rendered.site.sections.count,
            languages: 1 + rendered.languages.count, files: rendered.files.count, filesWritten: outcome.written,
            filesRemoved: outcome.removed, seconds: Date().timeIntervalSince(start),
            warnings: rendered.warnings + outcome.warnings.map { .warning(location.shown, $0) },
            reports: rendered.reports, readabilityTarget: rendered.site.config.readabilityTarget,
            readability: rendered.site.config.readability, drafts: rendered.drafts
        )
    }
}
