/// schema.org JSON-LD for a page: a `MedicalWebPage` about its condition, and its breadcrumbs.
///
/// Written directly as text (keys in a fixed order) rather than through JSONSerialization, which
/// cost more than rendering the page's template.
enum StructuredData {
    static func json(for page: Page, section: Section?, site: Site) -> String {
        let base = site.config.baseURL
        var webPage: [(String, String)] = [
            ("@type", quote("MedicalWebPage")),
            ("name", quote(page.frontMatter.title)),
        ]
        if let description = page.frontMatter.description { webPage.append(("description", quote(description))) }
        webPage.append(("url", quote(base + page.url)))
        webPage.append(("inLanguage", quote(site.config.language)))
        if let date = page.frontMatter.lastReviewed { webPage.append(("lastReviewed", quote(date.iso))) }
        if let reviewer = page.frontMatter.reviewedBy {
            webPage.append(("reviewedBy", object([("@type", quote("Person")), ("name", quote(reviewer))])))
        }
        if let section { webPage.append(("about", object([("@type", quote("MedicalCondition")), ("name", quote(section.title))]))) }
        webPage.append(("isPartOf", object([("@type", quote("WebSite")), ("name", quote(site.config.title)), ("url", quote(base))])))

        var crumbs: [(String, String)] = [("Home", base)]
        if let section, page.kind == .page { crumbs.append((section.title, base + section.index.url)) }
        if page.kind != .home { crumbs.append((page.frontMatter.title, base + page.url)) }
        let items = crumbs.enumerated().map { index, crumb in
            object([("@type", quote("ListItem")), ("position", String(index + 1)), ("name", quote(crumb.0)), ("item", quote(crumb.1))])
        }
        let breadcrumbs = object([("@type", quote("BreadcrumbList")), ("itemListElement", "[" + items.joined(separator: ",") + "]")])
        return object([("@context", quote("https://schema.org")), ("@graph", "[" + object(webPage) + "," + breadcrumbs + "]")])
    }

    /// `{"key":value,…}` from keys and already-encoded values.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func quote(_ text: String) -> String { JSONText.quote(text) }
}
