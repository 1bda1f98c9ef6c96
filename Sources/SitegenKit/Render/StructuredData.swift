import Foundation

/// schema.org JSON-LD for a page: a `MedicalWebPage` about its condition, and its breadcrumbs.
enum StructuredData {
    static func json(for page: Page, section: Section?, site: Site) -> String {
        let base = site.config.baseURL
        var webPage: [String: Any] = [
            "@type": "MedicalWebPage",
            "name": page.frontMatter.title,
            "url": base + page.url,
            "inLanguage": site.config.language,
            "isPartOf": ["@type": "WebSite", "name": site.config.title, "url": base],
        ]
        if let description = page.frontMatter.description { webPage["description"] = description }
        if let date = page.frontMatter.lastReviewed { webPage["lastReviewed"] = date.iso }
        if let reviewer = page.frontMatter.reviewedBy { webPage["reviewedBy"] = ["@type": "Person", "name": reviewer] }
        if let section { webPage["about"] = ["@type": "MedicalCondition", "name": section.title] }

        var crumbs: [(String, String)] = [("Home", base)]
        if let section, page.kind == .page { crumbs.append((section.title, base + section.index.url)) }
        if page.kind != .home { crumbs.append((page.frontMatter.title, base + page.url)) }
        let breadcrumbs: [String: Any] = [
            "@type": "BreadcrumbList",
            "itemListElement": crumbs.enumerated().map { index, crumb in
                ["@type": "ListItem", "position": index + 1, "name": crumb.0, "item": crumb.1] as [String: Any]
            },
        ]
        return encode(["@context": "https://schema.org", "@graph": [webPage, breadcrumbs]])
    }

    /// JSON that is safe inside `<script>`: `<`, `>` and `&` are written as `\u003c` and so on, so
    /// no title (`</script><script>…`) can end the element early. Keys sorted for stable output.
    static func encode(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        var json = ""
        for character in String(decoding: data, as: UTF8.self) {
            switch character {
            case "<": json += "\\u003c"
            case ">": json += "\\u003e"
            case "&": json += "\\u0026"
            case "\u{2028}": json += "\\u2028"
            case "\u{2029}": json += "\\u2029"
            default: json.append(character)
            }
        }
        return json
    }
}
