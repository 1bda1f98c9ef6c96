import Foundation

/// Builds the values a template sees for one page (documented in docs/templates.md).
///
/// Plain dictionaries rather than structs: swift-mustache reads them without reflection, and a key
/// that is absent renders as nothing, where a `nil` would render as the text "nil".
struct PageContext: Sendable {
    let site: Site
    let disclaimerHTML: String
    /// Whether the theme has a search page to link to.
    var hasSearch = false
    /// More sections than this and the home page groups them by first letter.
    static let groupingThreshold = 10

    func common(title: String, description: String, url: String, root: String, section: String? = nil) -> [String: Any] {
        var context: [String: Any] = [
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
        // Absent, not "", when there is nothing to link to: an empty string still opens a section.
        // Each with a true flag: a section on the text itself would push it onto swift-mustache's
        // context stack, where every lookup inside goes through reflection on a String first.
        if !site.glossary.isEmpty {
            context["glossary_url"] = root + GlossaryMarkup.pageURL
            context["has_glossary"] = true
        }
        if hasSearch {
            context["search_url"] = root + "search/"
            context["has_search"] = true
        }
        return context
    }

    func context(for page: Page, body: RenderedBody, section: Section?, position: Int) -> [String: Any] {
        let front = page.frontMatter
        let root = RelativeURL.root(from: page.url)
        let sectionTitle = page.kind == .page ? section?.title : nil
        var context = common(title: front.title, description: description(front, body), url: page.url, root: root, section: sectionTitle)
        context["is_\(page.kind.rawValue)"] = true
        context["content_html"] = body.html
        context["jsonld_html"] = StructuredData.json(for: page, section: section, site: site)
        context["og_type"] = page.kind == .home ? "website" : "article"
        if body.outline.wantsTableOfContents {
            context["has_toc"] = true
            context["toc"] = body.outline.entries.map { entry in
                var item: [String: Any] = ["id": entry.id, "title": entry.title, "children": entry.children.map { ["id": $0.id, "title": $0.title] }]
                if !entry.children.isEmpty { item["has_children"] = true }
                return item
            }
        }
        addSources(front, to: &context)
        if let review = review(front) { context["review"] = review }
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
            if sequence.count > 1 { context["has_pager"] = true }
            if page.kind == .section {
                context["pages"] = section.pages.map { listing($0.frontMatter, url: $0.url, from: page) }
                if !section.pages.isEmpty { context["has_pages"] = true }
                context["print_url"] = "print/"
                context["has_print"] = true
            }
        }
        if !crumbs.isEmpty {
            context["breadcrumbs"] = crumbs
            context["has_breadcrumbs"] = true
        }
        if page.kind == .home { addSectionList(to: &context) }
        return context
    }

    /// Every page of a section on one page, to print and take to an appointment.
    func handoutContext(for section: Section, bodies: [String: RenderedBody]) -> [String: Any] {
        let url = section.index.url + "print/"
        let root = RelativeURL.root(from: url)
        let description = "All the pages about \(section.title) on one page, to print."
        var context = common(title: section.title, description: description, url: url, root: root)
        context["canonical"] = site.config.baseURL + section.index.url  // the handout is a copy of the section
        context["is_print"] = true
        context["section_title"] = section.title
        context["section_url"] = "../"
        context["breadcrumbs"] = [["title": "Home", "url": root], ["title": section.title, "url": "../"]]
        context["has_breadcrumbs"] = true
        let pages: [[String: Any]] = ([section.index] + section.pages).compactMap { page -> [String: Any]? in
            guard let body = bodies[page.sourcePath], let html = body.printHTML else { return nil }
            var entry: [String: Any] = [
                "title": page.kind == .section ? "About \(page.frontMatter.title)" : page.frontMatter.title,
                "id": body.printAnchor ?? "",
                "content_html": html,
                "url": site.config.baseURL + page.url,
            ]
            addSources(page.frontMatter, to: &entry)
            if let review = review(page.frontMatter) { entry["review"] = review }
            return entry
        }
        context["pages"] = pages
        if !pages.isEmpty { context["has_pages"] = true }
        return context
    }

    /// The A–Z glossary page.
    func glossaryContext() -> [String: Any] {
        let url = GlossaryMarkup.pageURL
        let root = RelativeURL.root(from: url)
        var context = common(title: "Glossary", description: "Medical words used on this site, explained in plain words.", url: url, root: root)
        context["is_glossary"] = true
        context["breadcrumbs"] = [["title": "Home", "url": root]]
        context["has_breadcrumbs"] = true
        var letters: [(String, [[String: Any]])] = []
        for entry in site.glossary {
            let letter = Self.letter(of: entry.term)
            var item: [String: Any] = ["term": entry.term, "id": entry.id, "definition": entry.definition]
            if !entry.aliases.isEmpty { item["aliases"] = entry.aliases.joined(separator: ", ") }  // "" would still render
            if letters.last?.0 == letter { letters[letters.count - 1].1.append(item) } else { letters.append((letter, [item])) }
        }
        context["letters"] = letters.map { ["letter": $0.0, "id": "letter-" + ($0.0 == "#" ? "other" : $0.0.lowercased()), "terms": $0.1] as [String: Any] }
        return context
    }

    /// The search page: the index is read by search.js; the form falls back to a web search of
    /// this site's host when JavaScript is off.
    func searchContext() -> [String: Any] {
        let url = "search/"
        let root = RelativeURL.root(from: url)
        var context = common(title: "Search", description: "Search \(site.config.title).", url: url, root: root)
        context["is_search"] = true
        context["breadcrumbs"] = [["title": "Home", "url": root]]
        context["has_breadcrumbs"] = true
        context["search_site"] = Self.host(of: site.config.baseURL)
        return context
    }

    /// `https://example.org/health/` → `example.org`.
    static func host(of baseURL: String) -> String {
        URLComponents(string: baseURL)?.host ?? baseURL
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
        if let section, !mentions(title, section) {
            return "\(title) – \(section) – \(site)"
        }
        return "\(title) – \(site)"
    }

    /// Whether `title` names `section`, ignoring case and accents.
    private static func mentions(_ title: String, _ section: String) -> Bool {
        ReadingOrder.sortKey(title).utf8.firstRange(of: ReadingOrder.sortKey(section).utf8) != nil
    }

    /// `https://example.org/health/` → `/health/`.
    static func serverPath(of baseURL: String) -> String {
        guard let path = URLComponents(string: baseURL)?.percentEncodedPath, !path.isEmpty else { return "/" }
        return path
    }

    private func addSectionList(to context: inout [String: Any]) {
        let entries = site.sections.map { listing($0.index.frontMatter, url: $0.index.url, from: site.home) }
        context["sections"] = entries
        guard site.sections.count > Self.groupingThreshold else { return }
        var letters: [(letter: String, sections: [[String: String]])] = []
        for (section, entry) in zip(site.sections, entries) {
            let letter = Self.letter(of: section.title)
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

    /// `has_sources` too: a list section repeats, it is no "if" for the heading around the list.
    private func addSources(_ front: FrontMatter, to context: inout [String: Any]) {
        guard !front.sources.isEmpty else { return }
        context["sources"] = front.sources.map { ["title": $0.title, "url": $0.url] }
        context["has_sources"] = true
    }

    private func review(_ front: FrontMatter) -> [String: String]? {
        guard let date = front.lastReviewed else { return nil }
        var review = ["date_iso": date.iso, "date_text": date.longText]
        review["by"] = front.reviewedBy
        return review
    }

    /// "A"–"Z", or "#" for titles that start with anything else.
    static func letter(of title: String) -> String {
        let first = ReadingOrder.sortKey(title).uppercased().first.map(String.init) ?? "#"
        return first.count == 1 && ("A"..."Z").contains(first) ? first : "#"
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
        guard let summary = body.summary?.trimmedWhitespace, !summary.isEmpty else {
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
