import SitegenModel
import SitegenTiming
import SitegenSearch
import SitegenGlossary

/// The render of every build: with an empty `RenderMemo` (`sitegen build`, `check`) it renders
/// everything; a preview keeps the memo between builds, so the work is in proportion to what
/// changed since the last one.
///
/// - A page is scanned again when it is not equal to the page the memo scanned.
/// - The link table is changed only at the pages scanned again, added or removed, and the copied
///   files and drafts that changed; those source paths are the changed links.
/// - A unit (the home page, or a section with its handout) is rendered again unless its pages
///   equal the memo's, nothing it read while it rendered changed (the link table entries its
///   links looked up, the sections the home page lists), and the settings, glossary, templates
///   and day are the same.
/// - The glossary and search pages, and the output path checks, are made again when their inputs
///   changed; each site-wide output (`SiteOutputs`) when the input it declares did.
/// - With `deferSearch`, the search index is left to the caller (`RenderedSite.pendingSearch`), which
///   can build it after the pages are served: it depends on every page's text (BM25 normalises by
///   the average length), so any edit changes it throughout.
extension SiteRenderer {
    /// Every problem found goes into the result's `warnings`, errors too: the caller throws on those.
    package func render(memo: inout RenderMemo, deferSearch: Bool) async -> RenderedSite {
        var timer = StageTimer()
        // Units are known by their section page's source path ("" for the home page), so a section
        // that moves in the A–Z order (its title changed) keeps its memoised output.
        let units: [Int?] = [nil] + site.sections.indices.map { Optional($0) }
        let ids = [""] + site.sections.map(\.index.sourcePath)
        let shared = SharedInputs(self)
        if memo.shared != shared {
            memo.units = [:]
            memo.generated = nil
            memo.shared = shared
        }

        let (scans, ownChanges) = await scanAndLink(memo: &memo, units: units, ids: ids)
        memo.changedLinks = ownChanges
        let changedLinks = ownChanges.union(fallback?.changed ?? [])
        timer.lap("render: scan headings and link table")

        var diagnostics: [Diagnostic] = []
        var resolver = memo.table
        resolver.fallback = fallback?.pages
        if let code = resolver.fallback?.code {
            // "(en inglés)": the other language named in this one's words.
            resolver.fallback?.marker = site.strings.text(.link_in_language, ["language": LanguageNames.name(of: code, in: site.config.language)])
        }
        let (contexts, renderer) = makeRenderer(resolver: resolver, report: { diagnostics.append($0) })
        let listed = SectionListing.all(in: site)
        var records: [UnitRecord?] = zip(units, ids).map { unit, id in
            memo.units[id].flatMap { isFrom($0, unit: unit) && $0.isCurrent(listed: listed, changedLinks: changedLinks) ? $0 : nil }
        }
        let stale = units.indices.filter { records[$0] == nil }
        timer.lap("render: units to render")

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
                let record = UnitRecord(index: unitIndex(units[position]), pages: unitList(units[position]), output: output)
                records[position] = record
                memo.units[ids[position]] = record
            }
        }
        memo.renderedUnits = stale.map { ids[$0] }
        if memo.units.count != units.count {  // units went away
            memo.units = Dictionary(zip(ids, records.compactMap { $0 }), uniquingKeysWith: { first, _ in first })
        }
        timer.lap("render: pages (\(stale.count) of \(units.count) units)")

        var pathKey = Hasher()
        var searchKey = Hasher()
        var sitemapKey = Hasher()
        var unitOutputs: [UnitOutput] = []
        unitOutputs.reserveCapacity(records.count)
        for case let record? in records {
            unitOutputs.append(record.output)
            diagnostics += record.output.diagnostics
            pathKey.combine(record.paths)
            searchKey.combine(record.search)
            sitemapKey.combine(record.sitemap)
        }
        // `memo.shared` is equal to `shared` here, and the value the site-wide outputs' inputs
        // were made from last time: comparing them again is immediate.
        let source = SiteOutputSource(site: site, templates: templates, contexts: contexts, shared: memo.shared ?? shared, pageDates: sitemapKey.finalize())
        let tail = self.tail(source, memo: &memo, diagnostics: &diagnostics)
        timer.lap("render: generated files and site-wide outputs")

        let gathered: GatheredOutputs
        if var previous = memo.gathered.take(), previous.replace(stale, ids: ids, outputs: unitOutputs, tail: tail.files) {
            gathered = previous
        } else {
            gathered = GatheredOutputs(ids: ids, outputs: unitOutputs, tail: tail.files)
        }
        memo.gathered = gathered
        let files = gathered.files
        let searchPosition = gathered.tailStart + tail.searchPosition
        timer.lap("render: gather units")

        // The output paths change only when a unit's paths, a generated page or a copied file did.
        for file in tail.files { pathKey.combine(file.path); pathKey.combine(file.origin) }
        let paths = pathKey.finalize()
        let check: (diagnostics: [Diagnostic], searchMayCollide: Bool)
        // With the same paths as last time, only the re-rendered units' files and the tail can
        // have new contents: a preview updates just those.
        var changedFiles: [OutputFile]?
        if let cached = memo.outputCheck, cached.paths == paths {
            check = (cached.diagnostics, cached.searchMayCollide)
            changedFiles = stale.flatMap { unitOutputs[$0].files } + tail.files
        } else if templates.has("search"), !deferSearch {
            check = ([], false)  // checked below, with the search index
        } else {
            check = (OutputPlan.check(files), files.contains { Self.mayHoldSearchIndex($0.path) })
            memo.outputCheck = (paths, check.diagnostics, check.searchMayCollide)
        }
        timer.lap("render: output path checks")

        var result = RenderedSite(site: site, files: files, warnings: diagnostics + check.diagnostics, reports: gathered.reports, changedFiles: changedFiles)
        guard templates.has("search") else { return await handOverRest(result) }
        let search = searchInput(gathered.search)
        // The pages' documents are in the key already: the rest of the input.
        searchKey.combine(Array(search.documents.dropFirst(gathered.search.count)))
        searchKey.combine(search.aliases)
        searchKey.combine(search.definitions)
        searchKey.combine(search.language)
        result.searchKey = searchKey.finalize()
        if deferSearch, !check.searchMayCollide {
            // Search index files are all under `search/index/`, which nothing else uses (checked
            // above), so they cannot collide with any other path when they are made later.
            result.pendingSearch = search
            return result
        }
        result.files.insert(contentsOf: await searchFiles(search), at: searchPosition)
        result.changedFiles = nil
        result.warnings = diagnostics + OutputPlan.check(result.files)
        timer.lap("render: search index")
        return await handOverRest(result)
    }

    /// Scans the pages the memo has not scanned as they are now, and brings the link table up to
    /// date. Returns every published page's scan, and the source paths whose link table entry
    /// changed (a page added, removed, moved or with other headings; a copied file or a draft
    /// that came or went).
    private func scanAndLink(memo: inout RenderMemo, units: [Int?], ids: [String]) async -> (scans: [String: PageScan], changedLinks: Set<String>) {
        // A unit whose pages equal those it was rendered from has nothing to scan; in the others,
        // the pages not equal to the page scanned last time. (Pages are compared where they are:
        // a copy of a page costs a reference count for each of its texts.)
        var todo: [Page] = []
        for (unit, id) in zip(units, ids) {
            if let record = memo.units[id], isFrom(record, unit: unit) { continue }
            let index = unitIndex(unit), pages = unitList(unit)
            if memo.scannedPages[index.sourcePath] != index { todo.append(index) }
            for position in pages.indices where memo.scannedPages[pages[position].sourcePath] != pages[position] { todo.append(pages[position]) }
        }
        let fresh = await parallelMap(todo) { PageScanner.scan($0) }
        var table = memo.table
        memo.table = LinkResolver(pages: [:], assets: [:], unpublished: [])  // not copied while it changes
        var changed: Set<String> = []
        for (page, scan) in zip(todo, fresh) {
            memo.scans[page.sourcePath] = scan
            memo.scannedPages[page.sourcePath] = page
            let target = LinkResolver.Target(page, headings: scan.outline)
            if table.pages.updateValue(target, forKey: page.linkKey) != target { changed.insert(page.linkKey) }
        }
        if table.pages.count != site.pageCount {  // pages went away (or were made drafts)
            var current: [String: String] = [site.home.linkKey: site.home.sourcePath]  // link key → source path
            for section in site.sections.indices {
                current[site.sections[section].index.linkKey] = site.sections[section].index.sourcePath
                for page in site.sections[section].pages.indices { current[site.sections[section].pages[page].linkKey] = site.sections[section].pages[page].sourcePath }
            }
            let scanned = Set(current.values)
            for key in Array(table.pages.keys) where current[key] == nil {
                table.pages[key] = nil
                changed.insert(key)
            }
            for path in Array(memo.scannedPages.keys) where !scanned.contains(path) {
                memo.scans[path] = nil
                memo.scannedPages[path] = nil
            }
        }
        if table.unpublished != site.unpublishedSources {
            changed.formUnion(table.unpublished.symmetricDifference(site.unpublishedSources))
            table.unpublished = site.unpublishedSources
        }
        if table.linkedOutside != site.linkedOutside {
            changed.formUnion(table.linkedOutside.symmetricDifference(site.linkedOutside))
            table.linkedOutside = site.linkedOutside
        }
        if memo.tableAssets != site.assets {
            let assets = Dictionary(site.assets.map { ($0.sourcePath, $0.outputPath) }, uniquingKeysWith: { first, _ in first })
            for path in Set(assets.keys).union(table.assets.keys) where assets[path] != table.assets[path] { changed.insert(path) }
            table.assets = assets
            // An image's size or copies are in every page that shows it.
            let images = LinkResolver.images(of: site.assets)
            for path in Set(images.keys).union(table.images.keys) where images[path] != table.images[path] { changed.insert(path) }
            table.images = images
            memo.tableAssets = site.assets
        }
        memo.table = table
        return (memo.scans, changed)
    }

    /// The files that belong to no unit: the glossary and search pages, then the site-wide
    /// outputs (`SiteOutputs.all`). `searchPosition` is where the search index goes among them
    /// (after the glossary and search pages).
    private func tail(_ source: SiteOutputSource, memo: inout RenderMemo, diagnostics: inout [Diagnostic]) -> (files: [OutputFile], searchPosition: Int) {
        let generated = memo.generated ?? generatedFiles(contexts: source.contexts)
        memo.generated = generated
        diagnostics += generated.diagnostics
        let siteWide = SiteOutputs.make(source, memo: &memo.siteOutputs)
        diagnostics += siteWide.diagnostics
        return (generated.pages + siteWide.files, generated.pages.count)
    }

    /// What the language's search index is made from: its pages, and its own glossary's entries,
    /// other names and definitions, stemmed and phrased in its language.
    package func searchInput(_ documents: [SearchDocument]) -> SearchIndex.Input {
        let glossaryPage = !site.glossary.isEmpty && templates.has("glossary")
        return SearchIndex.Input(pages: documents, glossary: site.glossary,
                                 glossaryURL: glossaryPage ? site.language.pathPrefix + site.strings.text(.glossary_address) + "/" : nil,
                                 glossaryTitle: site.strings.text(.glossary), language: site.language.code)
    }

    /// The search index, in the language's folder (`es/search/index/`).
    package func searchFiles(_ input: SearchIndex.Input) async -> [OutputFile] {
        let files = await input.files()
        let prefix = site.language.pathPrefix
        guard !prefix.isEmpty else { return files }
        return files.map { file in
            var moved = file
            moved.path = prefix + file.path
            return moved
        }
    }

    /// Hands the files not handed over yet (the generated pages, the search index) to `finished`.
    private func handOverRest(_ result: RenderedSite) async -> RenderedSite {
        guard let finished else { return result }
        var result = result
        await finished(result.files.filter { !$0.isPlaceholder })
        result.files = result.files.map(\.placeholder)
        return result
    }

    /// True for a path that is, or is inside, or is a folder of, the search index's folder
    /// (compared as the output checks do, ignoring case).
    static func mayHoldSearchIndex(_ path: String) -> Bool {
        let lower = path.lowercased()
        let folder = SearchIndex.folder.lowercased()  // "search/index/"
        return lower.hasPrefix(folder) || folder.hasPrefix(lower + "/")
    }
}
