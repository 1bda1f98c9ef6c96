import SitegenModel
import SitegenTiming
import SitegenSearch
import SitegenRender

/// The render of every build: with an empty `RenderCache` (`sitegen build`, `check`) it renders
/// everything; a preview keeps the cache between builds, so the work is in proportion to what
/// changed since the last one.
///
/// - Headings are scanned again only for pages read again (`RenderCache.changedSources`).
/// - The link table is rebuilt only when a page or copied file came or went; a page whose
///   headings changed is updated in it.
/// - A unit (the home page, or a section with its handout) is rendered again only when its key
///   changed (`UnitKeys`: one of its pages, the pages and files that exist, or settings,
///   templates, glossary), or when a page it links to changed its headings.
/// - The glossary, search and 404 pages, the sitemap and the output path checks are redone only
///   when their inputs changed.
/// - With `deferSearch`, the search index is left to the caller (`Result.pendingSearch`), which
///   can build it after the pages are served: it depends on every page's text (BM25 normalises by
///   the average length), so any edit changes it throughout.
extension SiteRenderer {
    func render(cache: inout RenderCache, deferSearch: Bool) async -> Result {
        var timer = StageTimer()
        // Units are known by their section page's source path ("" for the home page), so a section
        // that moves in the A–Z order (its title changed) keeps its cached output.
        let units: [Int?] = [nil] + site.sections.indices.map { Optional($0) }
        let ids = [""] + site.sections.map(\.index.sourcePath)

        // With the changed pages put into the last build's sections in place, only their units
        // are looked at; otherwise every page is.
        let todo: [Page]
        var touched: Set<String>?
        if let patched = cache.load.patchedPages, !cache.afterFailure, cache.digests.count == units.count {
            todo = patched
            touched = unitIDs(ofSections: Set(patched.map(\.sectionSlug)))
        } else {
            cache.linkersComplete = false
            let changed = cache.load.changedSources
            todo = site.allPages.filter { changed.contains($0.sourcePath) || cache.fingerprints[$0.sourcePath] == nil }
            // A changed page that is not published (a draft, or in a draft section) is not scanned
            // now: forget its old scan, so it is scanned when it is published.
            let scanned = Set(todo.map(\.sourcePath))
            for path in changed where !scanned.contains(path) {
                cache.fingerprints[path] = nil
                cache.scans[path] = nil
            }
        }
        let withLinks = cache.linkers != nil
        // Fingerprints hash every page's text: on every core, with the scans.
        let fresh = await parallelMap(todo) { page in
            let scan = PageScanner.scan(page)
            let targets = withLinks ? LinkTargets.of(page) : nil
            return (scan, targets, PageFingerprint(page, scan: scan, linksTo: targets))
        }
        // Pages whose headings (or address) changed: the pages linking to them must be rendered again.
        var moved: [String] = []
        for (page, (scan, targets, new)) in zip(todo, fresh) {
            let old = cache.fingerprints[page.sourcePath]
            if old?.anchors != new.anchors || old?.address != new.address { moved.append(page.sourcePath) }
            if let targets {
                for target in old?.linksTo ?? [] where !targets.contains(target) { cache.linkers?[target]?.remove(page.sourcePath) }
                for target in targets { cache.linkers?[target, default: []].insert(page.sourcePath) }
            }
            cache.scans[page.sourcePath] = scan
            cache.fingerprints[page.sourcePath] = new
        }
        let scans = cache.scans
        let fingerprints = cache.fingerprints
        timer.lap("render: scan headings (\(todo.count) pages)")

        var digests: [UnitDigest] = []
        digests.reserveCapacity(units.count)
        for (unit, id) in zip(units, ids) {
            if let touched, !touched.contains(id), let digest = cache.digests[id] {
                digests.append(digest)
            } else {
                let digest = UnitDigest(unitPages(unit), fingerprints: fingerprints)
                digests.append(digest)
                cache.digests[id] = digest
            }
        }
        if touched == nil, cache.digests.count != units.count {
            cache.digests = Dictionary(zip(ids, digests), uniquingKeysWith: { first, _ in first })
        }
        let assetsKey: Int
        if touched != nil, let cached = cache.assetsKey {
            assetsKey = cached  // copied files beside pages change only with the listing
        } else {
            assetsKey = UnitKeys.assets(site.assets)
            cache.assetsKey = assetsKey
        }
        let global = UnitKeys.global(site: site, templates: templates, today: today)
        let links = UnitKeys.links(digests, assets: assetsKey, unpublished: site.unpublishedSources)
        let resolver: LinkResolver
        if let cached = cache.resolver, cached.version == links {
            if moved.isEmpty {
                resolver = cached.resolver
            } else {
                // Only headings changed: the same table with those pages' anchors replaced.
                var targets = cached.resolver.pages
                for path in moved where targets[path] != nil {
                    targets[path]?.anchors = Set(scans[path]?.outline.ids ?? [])
                }
                resolver = LinkResolver(pages: targets, assets: cached.resolver.assets, unpublished: cached.resolver.unpublished)
                cache.resolver = (links, resolver)
            }
        } else {
            resolver = Self.resolver(for: site, pages: site.allPages, scans: scans)
            cache.resolver = (links, resolver)
        }
        var diagnostics: [Diagnostic] = []
        let (contexts, renderer) = makeRenderer(resolver: resolver, report: { diagnostics.append($0) })
        timer.lap("render: keys and link table")

        let keys = units.indices.map { position in
            position == 0 ? UnitKeys.home(digests, global: global, links: links) : UnitKeys.unit(digests[position], global: global, links: links)
        }
        // Only needed when some units could otherwise be reused.
        let linking = moved.isEmpty || cache.units.isEmpty || !keys.indices.contains { cache.units[ids[$0]]?.key == keys[$0] }
            ? [] : await linkingUnits(to: moved, cache: &cache)
        var outputs: [RenderCache.CachedUnit?] = units.indices.map { position in
            guard !linking.contains(ids[position]), let cached = cache.units[ids[position]], cached.key == keys[position] else { return nil }
            return cached
        }
        let stale = units.indices.filter { outputs[$0] == nil }
        timer.lap("render: unit keys")
        // With `finished`, units are handed over in batches and their HTML is dropped, so a large
        // site never holds every page in memory.
        let report = progress
        let batchSize = finished == nil ? max(1, stale.count) : 256
        for start in stride(from: 0, to: stale.count, by: batchSize) {
            let batch = Array(stale[start..<min(start + batchSize, stale.count)])
            let fresh = await parallelMap(batch, progress: { done in
                report?(BuildProgress(stage: "Rendering sections", done: start + done, total: stale.count))
            }) { position in renderer.render(section: units[position], scans: scans) }
            for (position, output) in zip(batch, await handOver(fresh)) {
                let unit = RenderCache.CachedUnit(key: keys[position], output: output, paths: UnitKeys.paths(of: output.files), search: UnitKeys.search(output.search))
                outputs[position] = unit
                cache.units[ids[position]] = unit
            }
        }
        cache.renderedUnits = stale.map { ids[$0] }
        if cache.units.count != units.count {
            cache.units = Dictionary(zip(ids, outputs.compactMap { $0 }), uniquingKeysWith: { first, _ in first })
        }
        timer.lap("render: pages (\(stale.count) of \(units.count) units)")

        var pathKey = Hasher()
        var searchKey = Hasher()
        var unitOutputs: [UnitOutput] = []
        unitOutputs.reserveCapacity(outputs.count)
        for unit in outputs.compactMap({ $0 }) {
            unitOutputs.append(unit.output)
            diagnostics += unit.output.diagnostics
            pathKey.combine(unit.paths)
            searchKey.combine(unit.search)
        }
        let generated: GeneratedFiles
        if let cached = cache.generated, cached.key == global {
            generated = cached.files
        } else {
            generated = generatedFiles(contexts: contexts)
            cache.generated = (global, generated)
        }
        diagnostics += generated.diagnostics
        let sitemapKey = UnitKeys.sitemap(digests, global: global)
        let sitemap: OutputFile
        if let cached = cache.sitemap, cached.key == sitemapKey {
            sitemap = cached.file
        } else {
            sitemap = OutputFile(path: "sitemap.xml", text: Sitemap.xml(for: site))
            cache.sitemap = (sitemapKey, sitemap)
        }
        let copied: [OutputFile]
        if touched != nil, let cached = cache.copied, cached.staticFiles == site.staticFiles {
            copied = cached.files
        } else {
            copied = copiedFiles
            cache.copied = (site.staticFiles, copied)
        }
        // Alias pages are made again every time: few pages have any, and they depend on other
        // pages' titles and addresses. They stay last, where the output path checks want them.
        let aliases = AliasPages.files(for: site)
        diagnostics += aliases.diagnostics
        let tail = generated.pages + [generated.notFound, sitemap, generated.robots] + copied + aliases.files
        timer.lap("render: generated files and sitemap")

        let gathered: GatheredOutputs
        if var previous = cache.takeGathered(), previous.replace(stale, ids: ids, outputs: unitOutputs, tail: tail) {
            gathered = previous
        } else {
            gathered = GatheredOutputs(ids: ids, outputs: unitOutputs, tail: tail)
        }
        cache.gathered = gathered
        let files = gathered.files
        let searchPosition = gathered.tailStart + generated.pages.count
        timer.lap("render: gather units")

        // The output paths change only when a unit's paths, a generated page or a copied file did.
        pathKey.combine(UnitKeys.paths(of: tail))
        let paths = pathKey.finalize()
        let check: (diagnostics: [Diagnostic], searchMayCollide: Bool)
        // With the same paths as last time, only the re-rendered units' files and the tail can
        // have new contents: a preview updates just those.
        var changedFiles: [OutputFile]?
        if let cached = cache.outputCheck, cached.key == paths {
            check = (cached.diagnostics, cached.searchMayCollide)
            changedFiles = stale.flatMap { unitOutputs[$0].files } + tail
        } else if templates.has("search"), !deferSearch {
            check = ([], false)  // checked below, with the search index
        } else {
            check = (OutputPlan.check(files), files.contains { Self.mayHoldSearchIndex($0.path) })
            cache.outputCheck = (paths, check.diagnostics, check.searchMayCollide)
        }
        timer.lap("render: output path checks")

        var result = Result(files: files, reports: gathered.reports, diagnostics: diagnostics, outputDiagnostics: check.diagnostics)
        result.changedFiles = changedFiles
        guard templates.has("search") else { return await handOverRest(result) }
        result.searchKey = searchKey.finalize()
        if deferSearch, !check.searchMayCollide {
            // Search index files are all under `search/index/`, which nothing else uses (checked
            // above), so they cannot collide with any other path when they are made later.
            result.pendingSearch = gathered.search
            return result
        }
        result.files.insert(contentsOf: await SearchIndex.files(for: gathered.search), at: searchPosition)
        result.changedFiles = nil
        result.outputDiagnostics = OutputPlan.check(result.files)
        timer.lap("render: search index")
        return await handOverRest(result)
    }

    /// Hands the files not handed over yet (the generated pages, the search index) to `finished`.
    private func handOverRest(_ result: Result) async -> Result {
        guard let finished else { return result }
        var result = result
        await finished(result.files.filter { !$0.isPlaceholder })
        result.files = result.files.map(\.placeholder)
        return result
    }

    /// The units (by id) holding pages with links that may lead to `paths`.
    private func linkingUnits(to paths: [String], cache: inout RenderCache) async -> Set<String> {
        // The first heading change finds every published page's links. Later, pages scanned again
        // find theirs, and only after the sections were assembled anew (pages published without
        // being scanned again: a draft section made public) are all pages looked at again.
        if cache.linkersComplete { return units(linkingTo: paths, cache: cache) }
        let missing = site.allPages.filter { cache.fingerprints[$0.sourcePath]?.linksTo == nil }
        let targets = await parallelMap(missing) { LinkTargets.of($0) }
        var linkers = cache.linkers ?? [:]
        cache.linkers = nil  // not copied while it changes
        for (page, targets) in zip(missing, targets) {
            cache.fingerprints[page.sourcePath]?.linksTo = targets
            for target in targets { linkers[target, default: []].insert(page.sourcePath) }
        }
        cache.linkers = linkers
        cache.linkersComplete = true
        return units(linkingTo: paths, cache: cache)
    }

    private func units(linkingTo paths: [String], cache: RenderCache) -> Set<String> {
        var slugs: Set<String?> = []
        for path in paths {
            for page in cache.linkers?[path] ?? [] { slugs.insert(cache.fingerprints[page]?.sectionSlug) }
        }
        return unitIDs(ofSections: slugs)
    }

    /// The ids of the units holding pages of the sections `slugs` (nil: the home page's unit).
    private func unitIDs(ofSections slugs: Set<String?>) -> Set<String> {
        guard !slugs.isEmpty else { return [] }
        var units: Set<String> = slugs.contains(nil) ? [""] : []
        for section in site.sections where slugs.contains(section.slug) { units.insert(section.index.sourcePath) }
        return units
    }

    /// True for a path that is, or is inside, or is a folder of, the search index's folder
    /// (compared as the output checks do, ignoring case).
    static func mayHoldSearchIndex(_ path: String) -> Bool {
        let lower = path.lowercased()
        let folder = SearchIndex.folder.lowercased()  // "search/index/"
        return lower.hasPrefix(folder) || folder.hasPrefix(lower + "/")
    }
}
