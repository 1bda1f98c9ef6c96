import Foundation
import SitegenModel

/// `sitemap.xml` and `robots.txt`: the two files search engines read, with absolute URLs (none,
/// and no sitemap, while the site's address is unknown).
package enum Sitemap {
    /// What the sitemap shows of each page: a render memoises the file on these (and the settings).
    static func entries(for site: Site) -> [SitemapEntry] {
        // Read in place: copying every page (`allPages`) costs more than the whole sitemap.
        var entries = [SitemapEntry(url: site.home.url, lastReviewed: site.home.frontMatter.lastReviewed)]
        entries.reserveCapacity(site.pageCount)
        for section in site.sections.indices {
            entries.append(SitemapEntry(url: site.sections[section].index.url, lastReviewed: site.sections[section].index.frontMatter.lastReviewed))
            for page in site.sections[section].pages.indices {
                entries.append(SitemapEntry(url: site.sections[section].pages[page].url, lastReviewed: site.sections[section].pages[page].frontMatter.lastReviewed))
            }
        }
        if !site.glossary.isEmpty { entries.append(SitemapEntry(url: site.url(of: .glossary))) }
        return site.translations.isEmpty ? entries : inEveryLanguage(entries, site: site)
    }

    /// Each page followed by its translations, every one listing all of them (itself included)
    /// and `x-default`, as search engines ask.
    private static func inEveryLanguage(_ entries: [SitemapEntry], site: Site) -> [SitemapEntry] {
        var byURL: [String: String] = [:]  // the default language's url → link key
        for page in site.allPages { byURL[page.url] = page.linkKey }
        byURL[site.url(of: .glossary)] = GeneratedPage.glossary.versionKey  // its versions: each language's glossary
        return entries.flatMap { entry -> [SitemapEntry] in
            let versions = byURL[entry.url].map { site.translations.versions[$0] ?? [] } ?? []
            guard versions.count > 1 else { return [entry] }
            let alternates = versions.map { ($0.code, $0.url) } + [("x-default", entry.url)]
            return versions.map { SitemapEntry(url: $0.url, lastReviewed: $0.lastReviewed, alternates: alternates.map { SitemapEntry.Alternate(hreflang: $0.0, url: $0.1) }) }
        }
    }

    /// Nil while the site's address is unknown: a sitemap lists absolute addresses only.
    package static func xml(for site: Site) -> String? {
        guard let base = site.config.baseURL else { return nil }
        let entries = Self.entries(for: site)
        let xhtml = entries.contains { !$0.alternates.isEmpty } ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"" : ""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\(xhtml)>\n"
        for page in entries {
            xml += "  <url>\n    <loc>\(escape(base + URLPath.encoded(page.url)))</loc>\n"
            if let date = page.lastReviewed { xml += "    <lastmod>\(date.iso)</lastmod>\n" }
            for alternate in page.alternates {
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(escape(alternate.hreflang))\" href=\"\(escape(base + URLPath.encoded(alternate.url)))\"/>\n"
            }
            xml += "  </url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// Without the site's address there is no sitemap to name, and the rules stay.
    static func robots(for site: Site) -> String {
        "User-agent: *\nAllow: /\n" + (site.config.baseURL.map { "\nSitemap: \($0)sitemap.xml\n" } ?? "")
    }

    /// `&`, `<` and `>` need escaping in XML text just as in HTML.
    private static func escape(_ text: String) -> String { HTML.escape(text) }
}

/// What the sitemap shows of a page.
struct SitemapEntry: Sendable {
    var url: String
    var lastReviewed: CalendarDate? = nil
    /// The page in every language (`hreflang`: a code or `x-default`); empty in a site with one.
    var alternates: [Alternate] = []

    struct Alternate: Sendable {
        var hreflang: String
        var url: String
    }
}
