import Foundation
import SitegenModel
import SitegenGlossary

/// `sitemap.xml` and `robots.txt`: the two files search engines read, with absolute URLs.
package enum Sitemap {
    package static func xml(for site: Site) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in site.allPages {
            xml += "  <url>\n    <loc>\(escape(site.config.absoluteURL(of: page.url)))</loc>\n"
            if let date = page.frontMatter.lastReviewed { xml += "    <lastmod>\(date.iso)</lastmod>\n" }
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
