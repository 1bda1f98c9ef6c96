import Foundation
import SitegenModel
import SitegenGlossary

/// `sitemap.xml` and `robots.txt`: the two files search engines read, with absolute URLs.
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
        return entries
    }

    package static func xml(for site: Site, entries: [SitemapEntry]? = nil) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in entries ?? Self.entries(for: site) {
            xml += "  <url>\n    <loc>\(escape(site.config.absoluteURL(of: page.url)))</loc>\n"
            if let date = page.lastReviewed { xml += "    <lastmod>\(date.iso)</lastmod>\n" }
            xml += "  </url>\n"
        }
        if !site.glossary.isEmpty {
            xml += "  <url>\n    <loc>\(escape(site.config.baseURL + GlossaryMarkup.pageURL))</loc>\n  </url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(for site: Site) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(site.config.baseURL)sitemap.xml\n"
    }

    /// `&`, `<` and `>` need escaping in XML text just as in HTML.
    private static func escape(_ text: String) -> String { HTML.escape(text) }
}
