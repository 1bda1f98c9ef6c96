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
    }

    func render(cache: RenderCache? = nil) async -> Result {
        var timer = StageTimer()
        let pages = site.allPages
        let scans = await scan(pages, cache: cache)
        timer.lap("render: scan headings")
        let resolver = LinkResolver(
            pages: Dictionary(uniqueKeysWithValues: pages.map { ($0.sourcePath, LinkResolver.Target(url: $0.url, anchors: Set(scans[$0.sourcePath]?.outline.ids ?? []))) }),
            assets: Dictionary(uniqueKeysWithValues: site.assets.map { ($0.sourcePath, $0.outputPath) }),
            unpublished: site.unpublishedSources
        )
        var diagnostics: [Diagnostic] = []
        let disclaimer = disclaimerHTML(report: { diagnostics.append($0) })
        let contexts = PageContext(site: site, disclaimerHTML: disclaimer, hasSearch: templates.has("search"))
        let renderer = PageRenderer(
            site: site, templates: templates, bodies: BodyRenderer(site: site, resolver: resolver, matcher: GlossaryMatcher(site.glossary)),
            contexts: contexts, today: today
        )

        // Units: nil is the home page, a number a section. A preview reuses the units whose pages
        // did not change, as long as nothing else that pages show (titles, headings, settings) did.
        let units: [Int?] = [nil] + site.sections.indices.map { Optional($0) }
        let shape = RenderCache.shape(of: site, scans: scans, templates: templates, today: today)
        let keys = units.map { unit in RenderCache.UnitKey(shape: shape, bodies: unitPages(unit).map(\.body)) }
        var outputs = [UnitOutput?](repeating: nil, count: units.count)
        var stale: [Int] = []
        for (position, key) in keys.enumerated() {
            if let reused = cache?.unit(position, key: key) { outputs[position] = reused } else { stale.append(position) }
        }
        // With a sink, sections go to disk in batches and their HTML is dropped, so a large site
        // never holds every page in memory; without one (check, preview) everything stays.
        let report = progress
        let batchSize = sink == nil ? max(1, stale.count) : 256
        for start in stride(from: 0, to: stale.count, by: batchSize) {
            let batch = Array(stale[start..<min(start + batchSize, stale.count)])
            let fresh = await parallelMap(batch, progress: { done in
                report?(BuildProgress(stage: "Rendering sections", done: start + done, total: stale.count))
            }) { position in renderer.render(section: units[position], scans: scans) }
            for (position, output) in zip(batch, fresh) {
                cache?.store(output, unit: position, key: keys[position])
                outputs[position] = await handOver(output)
            }
        }
        cache?.keep(units: units.count)
        timer.lap("render: pages (\(stale.count) of \(units.count) units)")

        var files: [OutputFile] = []
        var reports: [PageReport] = []
        var search: [SearchDocument] = []
        for output in outputs.compactMap({ $0 }) {
            files += output.files
            reports += output.reports
            diagnostics += output.diagnostics
            search += output.search
        }
        if !site.glossary.isEmpty {
            if templates.has("glossary") {
                files.append(OutputFile(path: GlossaryMarkup.pageURL + "index.html", text: templates.render(contexts.glossaryContext(), with: "glossary")))
            } else {
                diagnostics.append(.error("templates/glossary.mustache", "template not found; a site with a glossary.yml needs one to show the definitions"))
            }
        }
        if templates.has("search") {
            files.append(OutputFile(path: "search/index.html", text: templates.render(contexts.searchContext(), with: "search")))
            files += SearchIndex.files(for: search)
            timer.lap("render: search index")
        }
        files.append(OutputFile(path: "404.html", text: templates.render(contexts.notFoundContext(), with: "404")))
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(for: site)))
        files.append(OutputFile(path: "robots.txt", text: Sitemap.robots(for: site)))
        files += (site.assets + site.staticFiles).map { OutputFile(path: $0.outputPath, copying: $0.sourceFile, from: $0.sourcePath) }
        if let sink {
            let rest = files.filter { !$0.isPlaceholder }
            await sink.add(rest)
            files = files.map(\.placeholder)
        }
        return Result(files: files, reports: reports, diagnostics: diagnostics)
    }

    /// Gives a unit's files to the sink, keeping only their paths (for the output path checks).
    private func handOver(_ output: UnitOutput) async -> UnitOutput {
        guard let sink else { return output }
        await sink.add(output.files)
        var kept = output
        kept.files = output.files.map(\.placeholder)
        return kept
    }

    private func unitPages(_ unit: Int?) -> [Page] {
        guard let unit else { return [site.home] }
        return [site.sections[unit].index] + site.sections[unit].pages
    }

    /// Heading ids of every page, reusing the scans of unchanged pages.
    private func scan(_ pages: [Page], cache: RenderCache?) async -> [String: PageScan] {
        var scans: [String: PageScan] = [:]
        var todo: [Page] = []
        for page in pages {
            if let scan = cache?.scan(of: page) { scans[page.sourcePath] = scan } else { todo.append(page) }
        }
        let fresh = await parallelMap(todo) { PageScanner.scan($0) }
        for (page, scan) in zip(todo, fresh) {
            scans[page.sourcePath] = scan
            cache?.store(scan, of: page)
        }
        return scans
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
