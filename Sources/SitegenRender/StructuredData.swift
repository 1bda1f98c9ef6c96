import SitegenModel

/// schema.org JSON-LD for a page: a `MedicalWebPage` about its condition, and its breadcrumbs.
///
/// Written directly as text (keys in a fixed order) rather than through JSONSerialization, which
/// cost more than rendering the page's template.
///
/// While the site's address is unknown it has no `url` and no breadcrumbs: schema.org requires
/// neither, but Google wants each crumb's `item` absolute, and a made-up host would be wrong.
enum StructuredData {
    static func json(for page: Page, section: Section?, site: Site) -> String {
        // Appended to one string in a fixed key order: this runs for every page, and building
        // small strings for every member and joining them cost twice as much.
        // The home page of the page's language (`…/es/` in Spanish).
        let base = site.config.absoluteURL(of: site.language.pathPrefix)
        var json = #"{"@context":"https://schema.org","@graph":[{"@type":"MedicalWebPage","name":"#
        json.reserveCapacity(1024)
        json += quote(page.frontMatter.title)
        if let description = page.frontMatter.description { json += #","description":"# + quote(description) }
        if let address = site.config.absoluteURL(of: page.url) { json += #","url":"# + quote(address) }
        json += #","inLanguage":"# + quote(site.config.language)
        // Only a review the front matter dates: a reviewer without a date is shown nowhere else
        // either (and earns a warning), and no date is ever made up.
        if let date = page.frontMatter.lastReviewed {
            json += #","lastReviewed":"# + quote(date.iso)
            if let reviewer = page.frontMatter.reviewedBy {
                json += #","reviewedBy":{"@type":"Person","name":"# + quote(reviewer) + "}"
            }
        }
        if let section {
            json += #","about":{"@type":"MedicalCondition","name":"# + quote(section.title)
            // The condition's other names, which search engines match as they match its name.
            let otherNames = section.index.frontMatter.otherNames
            if !otherNames.isEmpty { json += #","alternateName":["# + otherNames.map { quote($0.name) }.joined(separator: ",") + "]" }
            // The condition's codes (the page's own, else its section's), for search engines and
            // health systems that key pages by code; the page's HTML shows them nowhere else.
            if let (codes, _) = MedicalCode.of(page, section: section) {
                json += #","code":["# + codes.map {
                    #"{"@type":"MedicalCode","code":"# + quote($0.code) + #","codingSystem":"# + quote($0.system.name) + "}"
                }.joined(separator: ",") + "]"
            }
            json += "}"
        }
        json += #","isPartOf":{"@type":"WebSite","name":"# + quote(site.config.title)
        guard let base, let address = site.config.absoluteURL(of: page.url) else { return json + "}}]}" }
        json += #","url":"# + quote(base) + "}}"

        var crumbs: [(String, String)] = [(site.strings.text(.home), base)]
        if let section, page.kind == .page, let sectionAddress = site.config.absoluteURL(of: section.index.url) {
            crumbs.append((section.title, sectionAddress))
        }
        if page.kind != .home { crumbs.append((page.frontMatter.title, address)) }
        json += #",{"@type":"BreadcrumbList","itemListElement":["#
        for (index, crumb) in crumbs.enumerated() {
            if index > 0 { json += "," }
            json += #"{"@type":"ListItem","position":"# + String(index + 1) + #","name":"# + quote(crumb.0) + #","item":"# + quote(crumb.1) + "}"
        }
        return json + "]}]}"
    }

    private static func quote(_ text: String) -> String { JSONText.quote(text) }
}
