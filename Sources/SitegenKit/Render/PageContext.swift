import Foundation

/// Builds the values a template sees for one page (documented in docs/templates.md).
///
/// Plain dictionaries rather than structs: swift-mustache reads them without reflection, and a key
/// that is absent renders as nothing, where a `nil` would render as the text "nil".
struct PageContext {
    let site: Site
    let disclaimerHTML: String
    /// More sections than this and the home page groups them by first letter.
    static let groupingThreshold = 10

    func common(title: String, description: String, url: String, root: String, section: String? = nil) -> [String: Any] {
        [
            "lang": site.config.language,
            "site_title": site.config.title,
            "site_description": site.config.description,
            "title": title,
            "head_title": Self.headTitle(title, section: section, site: site.config.title, isHome: url.isEmpty),
            "description": description,
            "canonical": site.config.baseURL + url,
            "root": root,
            "conditions_url": root + "#conditions",
            "disclaimer_html": disclaimerHTML,
        ]
    }

    func context(for page: Page, body: RenderedBody, section: Section?, position: Int) -> [String: Any] {
        let front = page.frontMatter
        let root = RelativeURL.root(from: page.url)
        let sectionTitle = page.kind == .page ? section?.title : nil
        var context = common(title: front.title, description: description(front, body), url: page.url, root: root, section: sectionTitle)
        context["is_\(page.kind.rawValue)"] = true
        context["content_html"] = body.html
        if body.outline.wantsTableOfContents {
            context["toc"] = body.outline.entries.map { entry in
                ["id": entry.id, "title": entry.title, "children": entry.children.map { ["id": $0.id, "title": $0.title] }] as [String: Any]
            }
        }
        if !front.sources.isEmpty {
            context["sources"] = front.sources.map { ["title": $0.title, "url": $0.url] }
        }
        if let date = front.lastReviewed {
            var review = ["date_iso": date.iso, "date_text": date.longText]
            review["by"] = front.reviewedBy
            context["review"] = review
        }
        var crumbs: [[String: String]] = []
        if page.kind != .home { crumbs.append(["title": "Home", "url": root]) }
        if let section {
            context["section_title"] = section.title
            if page.kind == .page {
                crumbs.append(["title": section.title, "url": RelativeURL.from(page.url, to: section.index.url)])
            }
            // Reading order inside a section: its overview first, then its pages.
            let sequence = [section.index] + section.pages
            if position > 0 { context["prev"] = link(to: sequence[position - 1], from: page) }
            if position + 1 < sequence.count { context["next"] = link(to: sequence[position + 1], from: page) }
            if page.kind == .section {
                context["pages"] = section.pages.map { listing($0.frontMatter, url: $0.url, from: page) }
            }
        }
        if !crumbs.isEmpty { context["breadcrumbs"] = crumbs }
        if page.kind == .home { addSectionList(to: &context) }
        return context
    }

    func notFoundContext() -> [String: Any] {
        // A 404 page is served at whatever address was missing, so relative links cannot work
        // there: it links from the site's folder on its server (`/` or `/health/`), which also works
        // on a staging host with another name.
        var context = common(title: "Page not found", description: "The page you asked for could not be found.",
                             url: "404.html", root: Self.serverPath(of: site.config.baseURL))
        context["is_404"] = true
        return context
    }

    /// "Symptoms – Asthma – Library": a browser tab or search result must say which condition a
    /// page is about, unless its own title already names it.
    static func headTitle(_ title: String, section: String?, site: String, isHome: Bool) -> String {
        if isHome { return site }
        if let section, !ReadingOrder.sortKey(title).contains(ReadingOrder.sortKey(section)) {
            return "\(title) – \(section) – \(site)"
        }
        return "\(title) – \(site)"
    }

    /// `https://example.org/health/` → `/health/`.
    static func serverPath(of baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://"),
              let slash = baseURL[scheme.upperBound...].firstIndex(of: "/") else { return "/" }
        return String(baseURL[slash...])
    }

    private func addSectionList(to context: inout [String: Any]) {
        let entries = site.sections.map { listing($0.index.frontMatter, url: $0.index.url, from: site.home) }
        context["sections"] = entries
        guard site.sections.count > Self.groupingThreshold else { return }
        var letters: [(letter: String, sections: [[String: String]])] = []
        for (section, entry) in zip(site.sections, entries) {
            let first = ReadingOrder.sortKey(section.title).uppercased().first.map(String.init) ?? "#"
            let letter = first.count == 1 && ("A"..."Z").contains(first) ? first : "#"
            if letters.last?.letter == letter {
                letters[letters.count - 1].sections.append(entry)
            } else {
                letters.append((letter, [entry]))
            }
        }
        context["grouped"] = true
        context["letters"] = letters.map { group in
            ["letter": group.letter, "id": "letter-" + (group.letter == "#" ? "other" : group.letter.lowercased()),
             "sections": group.sections] as [String: Any]
        }
    }

    private func link(to target: Page, from page: Page) -> [String: String] {
        ["title": target.frontMatter.title, "url": RelativeURL.from(page.url, to: target.url)]
    }

    private func listing(_ front: FrontMatter, url: String, from page: Page) -> [String: String] {
        var entry = ["title": front.title, "url": RelativeURL.from(page.url, to: url)]
        entry["description"] = front.description
        return entry
    }

    private func description(_ front: FrontMatter, _ body: RenderedBody) -> String {
        if let description = front.description { return description }
        guard let summary = body.summary?.trimmingCharacters(in: .whitespaces), !summary.isEmpty else {
            return site.config.description
        }
        return Self.shorten(summary, to: 160)
    }

    /// Cuts at a word boundary so search results never show half a word.
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<end].trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
