import SitegenModel
import SitegenTiming
import SitegenGlossary
import SitegenSearch

/// Renders the whole site into the list of files to write. Nothing here touches the disk.
///
/// Two passes, each spread over every core: the first finds every page's headings (a link on any
/// page may point at them), the second renders the home page and each section as independent units
/// (`render(memo:deferSearch:)`, the one render path of builds and previews).
package struct SiteRenderer {
    package let site: Site
    package let templates: TemplateSet
    /// The day review ages are measured from; it changes warnings, never the output.
    package let today: CalendarDate
    package var progress: (@Sendable (BuildProgress) -> Void)?
    /// Takes finished files as they are rendered, in batches (a build's staging folder), so a
    /// large site never holds every page in memory; nil keeps them in the result.
    package var finished: (([OutputFile]) async -> Void)?
    /// In a language other than the default: its pages, for links to pages not translated yet,
    /// and the source paths whose entry changed in their last render.
    package var fallback: (pages: LinkResolver.Fallback, changed: Set<String>)?

    /// The page contexts and the renderer every unit uses.
    package func makeRenderer(resolver: LinkResolver, report: (Diagnostic) -> Void) -> (PageContext, PageRenderer) {
        let disclaimer = disclaimerHTML(report: report)
        PlainLanguageRemovalCheck.check(site).forEach(report)
        let contexts = PageContext(site: site, disclaimerHTML: disclaimer, hasSearch: templates.has("search"))
        let bodies = BodyRenderer(site: site, resolver: resolver, matcher: GlossaryMatcher(site.glossary))
        let renderer = PageRenderer(
            site: site, templates: templates, bodies: bodies, contexts: contexts, today: today,
            everyday: EverydayWords(glossary: site.glossary, language: site.config.language, plainLanguage: bodies.plainLanguage)
        )
        return (contexts, renderer)
    }

    package static func resolver(for site: Site, pages: [Page], scans: [String: PageScan]) -> LinkResolver {
        var resolver = LinkResolver(
            pages: Dictionary(uniqueKeysWithValues: pages.map { ($0.linkKey, LinkResolver.Target($0, headings: scans[$0.sourcePath]?.outline ?? HeadingOutline([]))) }),
            assets: Dictionary(uniqueKeysWithValues: site.assets.map { ($0.sourcePath, $0.outputPath) }),
            unpublished: site.unpublishedSources
        )
        resolver.linkedOutside = site.linkedOutside
        resolver.images = LinkResolver.images(of: site.assets)
        return resolver
    }

    package struct GeneratedFiles: Sendable {
        /// The glossary and search pages (the search index follows them in a build's list).
        package var pages: [OutputFile]
        package var diagnostics: [Diagnostic]
    }

    /// The glossary and search pages, which depend only on settings, templates and the glossary.
    package func generatedFiles(contexts: PageContext) -> GeneratedFiles {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        if !site.glossary.isEmpty {
            if templates.has("glossary") {
                files.append(OutputFile(path: site.url(of: .glossary) + "index.html", text: templates.render(contexts.glossaryContext())))
            } else {
                diagnostics.append(.error("templates/glossary.mustache", "template not found; a site with a glossary.yml needs one to show the definitions"))
            }
        }
        if templates.has("search") {
            files.append(OutputFile(path: site.url(of: .search) + "index.html", text: templates.render(contexts.searchContext())))
        }
        return GeneratedFiles(pages: files, diagnostics: diagnostics)
    }

    /// Hands units' files over to `finished`, keeping only their paths (for the output path checks).
    package func handOver(_ outputs: [UnitOutput]) async -> [UnitOutput] {
        guard let finished else { return outputs }
        await finished(outputs.flatMap(\.files))
        return outputs.map { output in
            var kept = output
            kept.files = output.files.map(\.placeholder)
            return kept
        }
    }

    /// A unit's first page (the home page, or the section page) and the section's pages.
    func unitIndex(_ unit: Int?) -> Page { unit.map { site.sections[$0].index } ?? site.home }
    func unitList(_ unit: Int?) -> [Page] { unit.map { site.sections[$0].pages } ?? [] }

    /// Whether `record` was made from the unit's pages as they are now. Compared where they are:
    /// a copy of a page costs a reference count for each of its texts, on each of 1,662 units.
    func isFrom(_ record: UnitRecord, unit: Int?) -> Bool {
        guard let unit else { return record.pages.isEmpty && record.index == site.home }
        return record.pages == site.sections[unit].pages && record.index == site.sections[unit].index
    }

    /// The longest disclaimer: it is on every page, and `site.yml` may hold 10 MB, which took
    /// 790 MB as a plain paragraph (cmark's tree, then the HTML in every page) and more as
    /// emphasis. A real one is a few sentences.
    static let disclaimerLimit = 32 * 1024

    /// The disclaimer appears at every depth of the site, so only absolute links can work in it.
    private func disclaimerHTML(report: (Diagnostic) -> Void) -> String {
        let config = site.config
        let size = config.disclaimer.utf8.count
        if size > Self.disclaimerLimit {
            let shown = size >= 1024 * 1024 ? "\((size + 1024 * 1024 - 1) / (1024 * 1024)) MB" : "\((size + 1023) / 1024) KB"
            report(.error(SiteConfig.path, line: config.disclaimerLine, "the disclaimer is \(shown), more than the \(Self.disclaimerLimit / 1024) KB sitegen shows on every page; shorten it, and put the rest on a page of its own that it links to"))
            return ""
        }
        guard let document = MarkdownDocument(markdown: config.disclaimer, firstLine: config.disclaimerLine) else { return "" }
        document.rewriteLinks { url, _ in
            guard let scheme = LinkResolver.scheme(of: url) else {
                report(.error(SiteConfig.path, line: config.disclaimerLine, "the disclaimer links to '\(url)', but it is shown on every page, so its links must be full web addresses (https://…)"))
                return .keep
            }
            return LinkResolver.isDangerous(scheme: scheme, url: url) ? .unlink : .keep
        }
        return document.html(allowRawHTML: false)
    }

    package init(site: Site, templates: TemplateSet, today: CalendarDate, progress: (@Sendable (BuildProgress) -> Void)? = nil, finished: (([OutputFile]) async -> Void)? = nil) {
        self.site = site
        self.templates = templates
        self.today = today
        self.progress = progress
        self.finished = finished
    }
}
