import SitegenModel
import SitegenSearch

/// What a render keeps for the next one, so that the next render redoes only what its inputs
/// changed. A value: a full build starts from an empty one and drops it; `sitegen serve` keeps it
/// between builds. Everything in it is looked up by the values it was made from, compared with
/// `==` (the model types' synthesised `Equatable`), never by a list of fields.
package struct RenderMemo: Sendable {
    /// Each published page's scan, and the page as it was scanned.
    var scans: [String: PageScan] = [:]
    var scannedPages: [String: Page] = [:]
    /// The link table of the last render, and the copied files it was made from.
    package internal(set) var table = LinkResolver(pages: [:], assets: [:], unpublished: [])
    var tableAssets: [Asset] = []
    /// The link keys whose entry the last render changed: another language's links fall back
    /// to this table.
    package internal(set) var changedLinks: Set<String> = []
    /// What every unit was rendered with besides its own pages (`SharedInputs`).
    var shared: SharedInputs?
    /// Per unit (by id: the section page's source path, "" for the home page).
    var units: [String: UnitRecord] = [:]
    /// The glossary and search pages.
    var generated: SiteRenderer.GeneratedFiles?
    /// Each site-wide output's files with the input they were made from (`SiteOutputs`).
    var siteOutputs: [ObjectIdentifier: SiteOutputRecord] = [:]
    var outputCheck: (paths: Int, diagnostics: [Diagnostic], searchMayCollide: Bool)?
    var gathered: GatheredOutputs?
    /// Units rendered by the last render (the others were reused), for tests and timings.
    package internal(set) var renderedUnits: [String] = []

    package init() {}
}

/// What every page shows or is checked against: when any of it changes, every unit is rendered
/// again. The site minus what is followed piece by piece (its pages, which each unit records, and
/// the copied files and drafts, which the link table and the copied files follow), so a setting
/// or anything else the model gains later is in it without being named here.
struct SharedInputs: Equatable, Sendable {
    var site: Site
    var templates: Int
    var today: CalendarDate

    init(_ renderer: SiteRenderer) {
        site = renderer.site
        site.home = Page(kind: .home, sourcePath: "", url: "", frontMatter: FrontMatter(title: ""), body: "", bodyFirstLine: 1)
        site.sections = []
        site.assets = []
        site.staticFiles = []
        site.unpublishedSources = []
        site.drafts = []
        site.linkedOutside = []
        templates = renderer.templates.fingerprint
        today = renderer.today
    }
}

/// One unit's output and what it was made from, besides the shared inputs: its pages (the
/// section page, or the home page, and the section's pages), and what it read while it rendered
/// (`UnitOutput.linkReads`, `.listed`). A class, never changed once made: each rebuild passes
/// every unit's record around, and copying 1,662 of these structs cost 4 ms of a 20 ms
/// one-edit rebuild on 10,000 pages.
final class UnitRecord: Sendable {
    let index: Page
    /// The section's array itself: while Load keeps a section as it was, comparing is immediate.
    let pages: [Page]
    let output: UnitOutput
    /// Hashes of the output paths and of the search documents, so the checks of the whole
    /// output and the search index are redone only when they changed.
    let paths: Int
    let search: Int
    /// A hash of what the sitemap shows of the unit's pages (address, review date), so the
    /// sitemap is made again only when that changed.
    let sitemap: Int

    init(index: Page, pages: [Page], output: UnitOutput) {
        self.index = index
        self.pages = pages
        self.output = output
        var pathsKey = Hasher()
        pathsKey.combine(output.files.count)
        for file in output.files { pathsKey.combine(file.path); pathsKey.combine(file.origin) }
        paths = pathsKey.finalize()
        search = output.search.hashValue
        var sitemapKey = Hasher()
        for page in CollectionOfOne(index) + pages {
            sitemapKey.combine(page.url)
            sitemapKey.combine(page.frontMatter.lastReviewed)
        }
        sitemap = sitemapKey.finalize()
    }

    /// True when rendering the unit again from the same pages (`SiteRenderer.isFrom`) would give
    /// the same output. A unit with an error is always rendered again: its "did you mean" reads
    /// the whole link table.
    func isCurrent(listed: [SectionListing], changedLinks: Set<String>) -> Bool {
        !output.diagnostics.contains { $0.severity == .error }
            && (output.listed.map { $0 == listed } ?? true)
            && (changedLinks.isEmpty || changedLinks.isDisjoint(with: output.linkReads))
    }
}
