import SitegenModel
import SitegenLoad
import SitegenRender

/// A loaded site with one of its files replaced by given bytes, put through the real stages that
/// read that file, in memory and synchronously. The fuzz targets in `Fuzz/` call it with generated
/// text hundreds of times a second, so it reads no disk and repeats no work it can do once.
public struct FileProbe: Sendable {
    let site: Site
    let templateFiles: [TemplateFile]
    let templates: TemplateSet
    let today: CalendarDate
    /// The position in `site.sections` of the section holding the page that `renderPage` replaces.
    let sectionIndex: Int
    /// Its position in that section's pages.
    let pageIndex: Int
    /// Every page's first pass (headings and their ids), which links on the replaced page resolve against.
    let scans: [String: PageScan]
    /// The values `renderTemplate` renders with: those of the original page.
    let contexts: PageContext
    let body: RenderedBody

    /// The page at `pagePath` (like `content/asthma/symptoms.md`, a topic page of a published
    /// section) is the one `renderPage` replaces. Nil when the site's templates do not compile or
    /// there is no such page.
    public init?(_ loaded: SiteLoader.Loaded, pagePath: String, today: CalendarDate) {
        let (templates, problems) = TemplateSet.compile(loaded.templates)
        guard let templates, problems.errors.isEmpty,
              let sectionIndex = loaded.site.sections.firstIndex(where: { $0.pages.contains { $0.sourcePath == pagePath } }),
              let pageIndex = loaded.site.sections[sectionIndex].pages.firstIndex(where: { $0.sourcePath == pagePath })
        else { return nil }
        site = loaded.site
        templateFiles = loaded.templates
        self.templates = templates
        self.today = today
        self.sectionIndex = sectionIndex
        self.pageIndex = pageIndex
        let pages = site.allPages
        scans = Dictionary(pages.map { ($0.sourcePath, PageScanner.scan($0)) }, uniquingKeysWith: { first, _ in first })
        let renderer = SiteRenderer(site: site, templates: templates, today: today)
        let (contexts, pageRenderer) = renderer.makeRenderer(resolver: SiteRenderer.resolver(for: site, pages: pages, scans: scans), report: { _ in })
        let section = site.sections[sectionIndex]
        let page = section.pages[pageIndex]
        var reads: Set<String> = []
        guard let scan = scans[pagePath],
              let body = pageRenderer.bodies.render(page, section: section, outline: scan.outline, reads: &reads, report: { _ in })
        else { return nil }
        self.contexts = contexts
        self.body = body
    }

    /// A Markdown file's bytes read as the loader reads a topic page at `path`: decoded as UTF-8,
    /// split into front matter and body, every front matter value checked.
    public static func readPage(_ bytes: [UInt8], path: String) -> (Page?, [Diagnostic]) {
        let text: String
        switch TextFile.decode(bytes, path: path) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return (nil, [problem])
        }
        let parsed = FrontMatterParser.parse(text, path: path)
        guard let frontMatter = parsed.frontMatter else { return (nil, parsed.diagnostics) }
        let parts = path.split(separator: "/")
        let section = parts.count > 2 ? Slug.make(String(parts[parts.count - 2])) : "section"
        let page = Page(kind: .page, sourcePath: path, url: "\(section)/\(Slug.make(String(parts.last?.dropLast(3) ?? "page")))/",
                        frontMatter: frontMatter, body: parsed.body, bodyFirstLine: parsed.bodyFirstLine, sectionSlug: section)
        return (page, parsed.diagnostics)
    }

    /// `bytes` as the text of `site.yml`.
    public static func readSettings(_ bytes: [UInt8]) -> [Diagnostic] {
        switch TextFile.decode(bytes, path: SiteConfigLoader.path) {
        case .success(let text): SiteConfigLoader.load(text: text, baseURLOverride: nil).1
        case .failure(let problem): [problem]
        }
    }

    /// `bytes` as the new text of the page: read, then its section rendered as a build renders it
    /// (headings, links checked and rewritten, glossary words, reading level, review dates,
    /// templates, the printable handout). Returns the section's files and every problem found.
    public func renderPage(_ bytes: [UInt8]) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        var section = site.sections[sectionIndex]
        let original = section.pages[pageIndex]
        let (read, problems) = Self.readPage(bytes, path: original.sourcePath)
        guard var page = read else { return ([], problems) }
        page.url = original.url
        page.sectionSlug = original.sectionSlug
        section.pages[pageIndex] = page
        section.pages.sort(by: ReadingOrder.pages)
        var changed = site
        changed.sections[sectionIndex] = section
        var scans = scans
        scans[page.sourcePath] = PageScanner.scan(page)

        var diagnostics = problems
        let renderer = SiteRenderer(site: changed, templates: templates, today: today)
        let resolver = SiteRenderer.resolver(for: changed, pages: changed.allPages, scans: scans)
        let (_, pageRenderer) = renderer.makeRenderer(resolver: resolver, report: { diagnostics.append($0) })
        let output = pageRenderer.render(section: sectionIndex, scans: scans)
        return (output.files, diagnostics + output.diagnostics)
    }

    /// `text` as one more template, `probe`, compiled with the site's templates (so it can use
    /// their partials and parents) and rendered with the values of the original page. Returns the
    /// HTML, or nil and the problems when it does not compile.
    public func renderTemplate(_ text: String) -> (html: String?, diagnostics: [Diagnostic]) {
        let file = TemplateFile(name: "probe", path: "templates/probe.mustache", text: text)
        let (set, diagnostics) = TemplateSet.compile(templateFiles + [file])
        guard let set else { return (nil, diagnostics) }
        let section = site.sections[sectionIndex]
        let context = contexts.context(for: section.pages[pageIndex], body: body, section: section, position: pageIndex + 1)
        return (set.render(context, withTemplate: "probe"), diagnostics)
    }
}
