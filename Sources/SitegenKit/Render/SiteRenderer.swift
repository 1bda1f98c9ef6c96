/// Renders the whole site into the list of files to write. Nothing here touches the disk.
///
/// Two passes, each spread over every core: the first finds every page's headings (a link on any
/// page may point at them), the second renders the home page and each section as independent units.
struct SiteRenderer {
    let site: Site
    let templates: TemplateSet
    /// The day review ages are measured from; it changes warnings, never the output.
    let today: CalendarDate
    var progress: (@Sendable (BuildProgress) -> Void)?
    /// Where finished files go as they are rendered (a build); nil keeps them in memory.
    var sink: StagedSite?

    struct Result {
        var files: [OutputFile]
        var reports: [PageReport]
        var diagnostics: [Diagnostic]
        /// A preview's render checks the output paths itself (reusing the last check when no path
        /// changed); nil means the caller checks `files`.
        var outputDiagnostics: [Diagnostic]? = nil
        /// A preview's search index, left for later: `files` has no `search/index/` files, and
        /// these documents make them (`SearchIndex.files`). `searchKey` changes with the documents.
        var pendingSearch: [SearchDocument]? = nil
        var searchKey = 0
        /// A preview's render, when the output paths are the same as in the last render: the
        /// only files whose contents may differ from it.
        var changedFiles: [OutputFile]? = nil
    }

    /// A full render: every page, for `sitegen build` and `sitegen check`.
    func render() async -> Result {
        var timer = StageTimer()
        let pages = site.allPages
        let scans = await scan(pages)
        timer.lap("render: scan headings")
        var diagnostics: [Diagnostic] = []
        let (contexts, renderer) = makeRenderer(resolver: Self.resolver(for: site, pages: pages, scans: scans), report: { diagnostics.append($0) })

        // Units: nil is the home page, a number a section.
        let units: [Int?] = [nil] + site.sections.indices.map { Optional($0) }
        var outputs = [UnitOutput?](repeating: nil, count: units.count)
        // With a sink, sections go to disk in batches and their HTML is dropped, so a large site
        // never holds every page in memory; without one (check) everything stays.
        let report = progress
        let batchSize = sink == nil ? max(1, units.count) : 256
        for start in stride(from: 0, to: units.count, by: batchSize) {
            let batch = Array(start..<min(start + batchSize, units.count))
            let fresh = await parallelMap(batch, progress: { done in
                report?(BuildProgress(stage: "Rendering sections", done: start + done, total: units.count))
            }) { position in renderer.render(section: units[position], scans: scans) }
            // The whole batch at once: its files are written on every core in one pass, where a
            // unit's handful of files left a core idle at every unit.
            for (position, output) in zip(batch, await handOver(fresh)) {
                outputs[position] = output
            }
        }
        timer.lap("render: pages (\(units.count) units)")

        var files: [OutputFile] = []
        var reports: [PageReport] = []
        var search: [SearchDocument] = []
        for output in outputs.compactMap({ $0 }) {
            files += output.files
            reports += output.reports
            diagnostics += output.diagnostics
            search += output.search
        }
        let generated = generatedFiles(contexts: contexts)
        files += generated.pages
        diagnostics += generated.diagnostics
        if templates.has("search") {
            files += await SearchIndex.files(for: search)
            timer.lap("render: search index")
        }
        files += [generated.notFound, OutputFile(path: "sitemap.xml", text: Sitemap.xml(for: site)), generated.robots]
        files += copiedFiles
        let aliases = AliasPages.files(for: site)
        files += aliases.files
        diagnostics += aliases.diagnostics
        if let sink {
            let rest = files.filter { !$0.isPlaceholder }
            await sink.add(rest)
            files = files.map(\.placeholder)
        }
        return Result(files: files, reports: reports, diagnostics: diagnostics)
    }

    /// The page contexts and the renderer every unit uses.
    func makeRenderer(resolver: LinkResolver, report: (Diagnostic) -> Void) -> (PageContext, PageRenderer) {
        let disclaimer = disclaimerHTML(report: report)
        let contexts = PageContext(site: site, disclaimerHTML: disclaimer, hasSearch: templates.has("search"))
        let renderer = PageRenderer(
            site: site, templates: templates, bodies: BodyRenderer(site: site, resolver: resolver, matcher: GlossaryMatcher(site.glossary)),
            contexts: contexts, today: today
        )
        return (contexts, renderer)
    }

    static func resolver(for site: Site, pages: [Page], scans: [String: PageScan]) -> LinkResolver {
        LinkResolver(
            pages: Dictionary(uniqueKeysWithValues: pages.map { ($0.sourcePath, LinkResolver.Target(url: $0.url, anchors: Set(scans[$0.sourcePath]?.outline.ids ?? []))) }),
            assets: Dictionary(uniqueKeysWithValues: site.assets.map { ($0.sourcePath, $0.outputPath) }),
            unpublished: site.unpublishedSources
        )
    }

    struct GeneratedFiles {
        /// The glossary and search pages (the search index follows them in a build's list).
        var pages: [OutputFile]
        var notFound: OutputFile
        var robots: OutputFile
        var diagnostics: [Diagnostic]
    }

    /// The pages that depend only on settings, templates and the glossary.
    func generatedFiles(contexts: PageContext) -> GeneratedFiles {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        if !site.glossary.isEmpty {
            if templates.has("glossary") {
                files.append(OutputFile(path: GlossaryMarkup.pageURL + "index.html", text: templates.render(contexts.glossaryContext())))
            } else {
                diagnostics.append(.error("templates/glossary.mustache", "template not found; a site with a glossary.yml needs one to show the definitions"))
            }
        }
        if templates.has("search") {
            files.append(OutputFile(path: "search/index.html", text: templates.render(contexts.searchContext())))
        }
        return GeneratedFiles(
            pages: files, notFound: OutputFile(path: "404.html", text: templates.render(contexts.notFoundContext())),
            robots: OutputFile(path: "robots.txt", text: Sitemap.robots(for: site)), diagnostics: diagnostics
        )
    }

    /// Images beside pages and `templates/static/`, copied as they are.
    var copiedFiles: [OutputFile] {
        (site.assets + site.staticFiles).map { OutputFile(path: $0.outputPath, copying: $0.sourceFile, from: $0.sourcePath) }
    }

    /// Gives units' files to the sink, keeping only their paths (for the output path checks).
    func handOver(_ outputs: [UnitOutput]) async -> [UnitOutput] {
        guard let sink else { return outputs }
        await sink.add(outputs.flatMap(\.files))
        return outputs.map { output in
            var kept = output
            kept.files = output.files.map(\.placeholder)
            return kept
        }
    }

    func unitPages(_ unit: Int?) -> [Page] {
        guard let unit else { return [site.home] }
        return [site.sections[unit].index] + site.sections[unit].pages
    }

    /// Heading ids of every page.
    private func scan(_ pages: [Page]) async -> [String: PageScan] {
        let fresh = await parallelMap(pages) { PageScanner.scan($0) }
        return Dictionary(zip(pages.map(\.sourcePath), fresh), uniquingKeysWith: { first, _ in first })
    }

    /// The disclaimer appears at every depth of the site, so only absolute links can work in it.
    private func disclaimerHTML(report: (Diagnostic) -> Void) -> String {
        let config = site.config
        guard let document = MarkdownDocument(markdown: config.disclaimer, firstLine: config.disclaimerLine) else { return "" }
        document.rewriteLinks { url, _ in
            guard let scheme = LinkResolver.scheme(of: url) else {
                report(.error(SiteConfigLoader.path, line: config.disclaimerLine, "the disclaimer links to '\(url)', but it is shown on every page, so its links must be full web addresses (https://…)"))
                return .keep
            }
            return LinkResolver.isDangerous(scheme: scheme, url: url) ? .unlink : .keep
        }
        return document.html(allowRawHTML: false)
    }
}
