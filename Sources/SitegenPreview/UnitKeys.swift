import SitegenModel
import SitegenSearch
import SitegenRender

/// Hashes of one page's inputs, computed when the page is read or scanned again, so a preview
/// can tell which outputs an edit reaches without looking at every page's text.
struct PageFingerprint: Sendable {
    /// Everything about the page: kind, paths, front matter, body (and so its scan).
    var content: Int
    /// What the home page lists for a section page: title, description, URL.
    var listing: Int
    /// Where the page is: its source path and URL. Links to it change when these do.
    var address: Int
    /// Its heading ids: links to it with an `#anchor` are checked against them.
    var anchors: Int
    /// What the sitemap shows: URL and review date.
    var sitemap: Int
    /// The section the page belongs to (nil for the home page), and the pages its links may
    /// lead to (`LinkTargets`; nil until a preview first needs to know).
    var sectionSlug: String?
    var linksTo: [String]?

    init(_ page: Page, scan: PageScan, linksTo: [String]?) {
        let front = page.frontMatter
        content = page.hashValue

        var listing = Hasher()
        listing.combine(front.title); listing.combine(front.description); listing.combine(page.url)
        self.listing = listing.finalize()

        var address = Hasher()
        address.combine(page.sourcePath); address.combine(page.url)
        self.address = address.finalize()
        var anchors = Hasher()
        anchors.combine(scan.outline.ids)
        self.anchors = anchors.finalize()
        sectionSlug = page.sectionSlug
        self.linksTo = linksTo

        var sitemap = Hasher()
        sitemap.combine(page.url); sitemap.combine(front.lastReviewed)
        self.sitemap = sitemap.finalize()
    }
}

/// A unit's pages summed up: kept per unit and computed again only for the units an edit touched,
/// so the keys of a 10,000-page site are combined from 1,661 of these, not from every page.
struct UnitDigest {
    var pages: Int
    var content: Int
    /// Sum of the pages' addresses (order does not matter to the link table).
    var links: Int
    var sitemap: Int
    /// The section page's listing on the home page (0 for the home unit).
    var listing: Int

    init(_ pages: [Page], fingerprints: [String: PageFingerprint]) {
        var content = Hasher(), sitemap = Hasher()
        var links = 0
        for page in pages {
            let fingerprint = fingerprints[page.sourcePath]
            content.combine(fingerprint?.content ?? 0)
            sitemap.combine(fingerprint?.sitemap ?? 0)
            links &+= fingerprint?.address ?? 0
        }
        self.pages = pages.count
        self.content = content.finalize()
        self.links = links
        self.sitemap = sitemap.finalize()
        listing = pages.first.flatMap { $0.kind == .section ? fingerprints[$0.sourcePath]?.listing : nil } ?? 0
    }
}

/// The keys a preview's units are reused by. A unit's output depends on its own pages, on what
/// every page shows (settings, templates, glossary, the review date) and on the link table (which
/// pages exist, and the headings of the pages it links to); the home page also lists every
/// section's title and description. Nothing in a section depends on another section except
/// through links, and a link shows nothing of its target but its URL and whether the `#anchor`
/// is one of its headings: if links ever showed a target's title, a title change would have to
/// render the pages linking to it again too.
enum UnitKeys {
    /// Settings, templates, glossary and the day warnings are counted from.
    static func global(site: Site, templates: TemplateSet, today: CalendarDate) -> Int {
        var hasher = Hasher()
        hasher.combine(site.config)
        hasher.combine(templates.fingerprint)
        hasher.combine(today)
        hasher.combine(site.glossary)
        return hasher.finalize()
    }

    /// The link table without headings: published pages with their URLs (in any order: a title
    /// change reorders pages without changing where links lead), copied files, and drafts. When
    /// it changes every unit is rendered again; a page whose headings changed renders again only
    /// the units with links to it (`RenderCache.linkers`).
    static func links(_ digests: [UnitDigest], assets: Int, unpublished: Set<String>) -> Int {
        var sum = 0, pages = 0
        for digest in digests {
            sum &+= digest.links
            pages += digest.pages
        }
        var hasher = Hasher()
        hasher.combine(sum)
        hasher.combine(pages)
        hasher.combine(assets)
        hasher.combine(unpublished.sorted())
        return hasher.finalize()
    }

    static func assets(_ assets: [Asset]) -> Int { assets.hashValue }

    static func unit(_ digest: UnitDigest, global: Int, links: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(global); hasher.combine(links); hasher.combine(digest.pages); hasher.combine(digest.content)
        return hasher.finalize()
    }

    /// The home page shows its own page and every section's title, description and URL, A–Z.
    static func home(_ digests: [UnitDigest], global: Int, links: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(unit(digests[0], global: global, links: links))
        hasher.combine(digests.count)
        for digest in digests.dropFirst() { hasher.combine(digest.listing) }
        return hasher.finalize()
    }

    static func sitemap(_ digests: [UnitDigest], global: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(global)
        for digest in digests { hasher.combine(digest.sitemap) }
        return hasher.finalize()
    }

    static func paths(of files: [OutputFile]) -> Int {
        var hasher = Hasher()
        hasher.combine(files.count)
        for file in files { hasher.combine(file.path); hasher.combine(file.origin) }
        return hasher.finalize()
    }

    static func search(_ documents: [SearchDocument]) -> Int { documents.hashValue }
}
