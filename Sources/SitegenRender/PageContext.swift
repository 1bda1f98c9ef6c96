import Foundation
import SitegenModel

/// What the home page shows of a section: its title, description and address, A–Z.
package struct SectionListing: Sendable, Hashable {
    var title: String
    var description: String?
    var url: String
    /// Its `other_names`, each an entry of the A–Z too.
    var otherNames: [String] = []

    static func all(in site: Site) -> [SectionListing] {
        site.sections.map {
            SectionListing(title: $0.title, description: $0.index.frontMatter.description, url: $0.index.url,
                           otherNames: $0.index.frontMatter.otherNames.map(\.name))
        }
    }
}

/// Builds the values a template sees for one page, with the keys of TemplateValues.swift (which
/// docs/templates.md is written from).
///
/// Plain dictionaries rather than structs: swift-mustache reads them without reflection, and a key
/// that is absent renders as nothing, where a `nil` would render as the text "nil".
package struct PageContext: Sendable {
    let site: Site
    let disclaimerHTML: String
    /// Whether the theme has a search page to link to.
    var hasSearch = false
    /// The theme's texts with what every page shares (`{site}`) filled in; `common` adds the page's own.
    let siteTexts: [String: String]
    /// The texts that name the page itself (`{title}`, `{url}`, `{section}`), split once.
    let pageTexts: [(key: String, text: FillableText)]

    init(site: Site, disclaimerHTML: String, hasSearch: Bool = false) {
        self.site = site
        self.disclaimerHTML = disclaimerHTML
        self.hasSearch = hasSearch
        siteTexts = Self.texts(site.strings, ["site": site.config.title])
        pageTexts = Self.pageTextKeys.map { ($0.rawValue, FillableText(site.strings.text($0))) }
    }

    /// - Parameters:
    ///   - section: the condition, for `head_title` (topic pages only: a section page's title is the condition).
    ///   - condition: the condition the page is about, for `{section}` in the theme's texts.
    ///   - canonicalURL: the address the page stands for, when it is not its own (the handout's section).
    func common(_ template: PageTemplate, title: String, description: String, url: String, root: String, section: String? = nil,
                condition: String? = nil, canonicalURL: String? = nil, staticRoot: String? = nil) -> TemplateValues {
        var context = TemplateValues(for: template)
        context[CommonValue.lang] = site.config.language
        if site.config.direction == .rtl { context[CommonValue.is_rtl] = true }
        context[CommonValue.site_title] = site.config.title
        context[CommonValue.site_description] = site.config.description
        context[CommonValue.title] = title
        context[CommonValue.head_title] = Self.headTitle(title, section: section, site: site.config.title, isHome: url == site.language.pathPrefix)
        context[CommonValue.description] = description
        // Absent while the site's address is unknown: the templates then show no address at all.
        let canonicalText = site.config.addressText(of: canonicalURL ?? url)
        if let canonical = site.config.absoluteURL(of: canonicalURL ?? url) {
            context[CommonValue.canonical] = canonical
            context[CommonValue.canonical_text] = canonicalText
            context[CommonValue.has_canonical] = true
        }
        context[CommonValue.t] = texts(url: canonicalText ?? "", title: title, section: condition)
        context[CommonValue.root] = root
        context[CommonValue.static_root] = staticRoot ?? (site.language.isDefault ? root : RelativeURL.root(from: url))
        context[CommonValue.conditions_url] = root + "#conditions"
        context[CommonValue.disclaimer_html] = disclaimerHTML
        context[CommonValue.flag(for: template)] = true
        // Absent, not "", when there is nothing to link to: an empty string still opens a section.
        // Each with a true flag: a section on the text itself would push it onto swift-mustache's
        // context stack, where every lookup inside goes through reflection on a String first.
        if !site.glossary.isEmpty {
            context[CommonValue.glossary_url] = root + URLPath.encoded(site.strings.text(.glossary_address)) + "/"
            context[CommonValue.has_glossary] = true
        }
        if hasSearch {
            context[CommonValue.search_url] = root + URLPath.encoded(site.strings.text(.search_address)) + "/"
            context[CommonValue.has_search] = true
        }
        return context
    }

    package func context(for page: Page, body: RenderedBody, section: Section?, position: Int, listed: [SectionListing]? = nil) -> TemplateValues {
        let front = page.frontMatter
        let root = languageRoot(from: page.url)
        let sectionTitle = page.kind == .page ? section?.title : nil
        var context = common(PageTemplate(page.kind), title: front.title, description: description(front, body), url: page.url, root: root,
                             section: sectionTitle, condition: section?.title)
        context[PageValue.content_html] = body.html
        context[CommonValue.jsonld_html] = StructuredData.json(for: page, section: section, site: site)
        context[CommonValue.og_type] = page.kind == .home ? "website" : "article"
        addLanguages(of: page.linkKey, url: page.url, to: &context)
        if body.outline.wantsTableOfContents {
            context[PageValue.has_toc] = true
            context[PageValue.toc] = body.outline.entries.map { entry in
                var item: [String: Any] = TemplateValues.item([
                    TocEntryValue.id: entry.id, .title: entry.title,
                    .children: entry.children.map { TemplateValues.item([TocChildValue.id: $0.id, .title: $0.title]) },
                ] as KeyValuePairs<TocEntryValue, Any>)
                if !entry.children.isEmpty { item[TocEntryValue.has_children.rawValue] = true }
                return item
            }
        }
        if let sources = sources(front) {
            context[PageValue.sources] = sources
            context[PageValue.has_sources] = true
        }
        if let review = review(front) { context[PageValue.review] = review }
        var crumbs: [[String: String]] = []
        if page.kind != .home { crumbs.append(TemplateValues.item([LinkValue.title: site.strings.text(.home), .url: root])) }
        if let section {
            context[PageValue.section_title] = section.title
            if page.kind == .page {
                crumbs.append(TemplateValues.item([LinkValue.title: section.title, .url: RelativeURL.from(page.url, to: section.index.url)]))
            }
            // Reading order inside a section: its overview first, then its pages.
            let sequence = [section.index] + section.pages
            if position > 0 { context[PageValue.prev] = link(to: sequence[position - 1], from: page) }
            if position + 1 < sequence.count { context[PageValue.next] = link(to: sequence[position + 1], from: page) }
            if sequence.count > 1 { context[PageValue.has_pager] = true }
            if page.kind == .section {
                context[SectionValue.pages] = section.pages.map { listing(title: $0.frontMatter.title, description: $0.frontMatter.description, url: $0.url, from: page) }
                if !section.pages.isEmpty { context[SectionValue.has_pages] = true }
                context[SectionValue.print_url] = "print/"
                context[SectionValue.has_print] = true
            }
        }
        if !crumbs.isEmpty {
            context[CommonValue.breadcrumbs] = crumbs
            context[CommonValue.has_breadcrumbs] = true
        }
        if page.kind == .home { addSectionList(listed ?? SectionListing.all(in: site), to: &context) }
        return context
    }

    /// Every page of a section on one page, to print and take to an appointment.
    func handoutContext(for section: Section, bodies: [String: RenderedBody]) -> TemplateValues {
        let url = section.index.url + "print/"
        let root = languageRoot(from: url)
        let description = site.strings.text(.print_description, ["section": section.title])
        // The handout is a copy of the section: it stands for the section's address.
        var context = common(.print, title: section.title, description: description, url: url, root: root, condition: section.title, canonicalURL: section.index.url)
        addLanguages(of: section.index.linkKey, url: url, to: &context, suffix: "print/")
        context[HandoutValue.section_title] = section.title
        context[HandoutValue.section_url] = "../"
        context[CommonValue.breadcrumbs] = [TemplateValues.item([LinkValue.title: site.strings.text(.home), .url: root]), TemplateValues.item([LinkValue.title: section.title, .url: "../"])]
        context[CommonValue.has_breadcrumbs] = true
        let pages: [[String: Any]] = ([section.index] + section.pages).compactMap { page -> [String: Any]? in
            guard let body = bodies[page.sourcePath], let html = body.printHTML else { return nil }
            var entry: [String: Any] = TemplateValues.item([
                HandoutPageValue.title: page.kind == .section ? site.strings.text(.about_section, ["section": page.frontMatter.title]) : page.frontMatter.title,
                .id: body.printAnchor ?? "",
                .content_html: html,
            ] as KeyValuePairs<HandoutPageValue, Any>)
            if let address = site.config.absoluteURL(of: page.url) {
                entry[HandoutPageValue.url.rawValue] = address
                entry[HandoutPageValue.url_text.rawValue] = site.config.addressText(of: page.url)
            }
            if let sources = sources(page.frontMatter) {
                entry[HandoutPageValue.sources.rawValue] = sources
                entry[HandoutPageValue.has_sources.rawValue] = true
            }
            if let review = review(page.frontMatter) { entry[HandoutPageValue.review.rawValue] = review }
            return entry
        }
        context[HandoutValue.pages] = pages
        if !pages.isEmpty { context[HandoutValue.has_pages] = true }
        let marked = ([section.index] + section.pages).flatMap { bodies[$0.sourcePath]?.glossaryEntries ?? [] }
        let words: [[String: String]] = HandoutWords.entries(marked, in: site.glossary).map { entry in
            var item = TemplateValues.item([TermValue.term: entry.term, .id: HandoutWords.entryID(entry), .definition: entry.definition])
            let names = AlsoCalled.names(term: entry.term, aliases: entry.aliases)
            if !names.isEmpty { item[TermValue.aliases.rawValue] = names.joined(separator: ", ") }
            return item
        }
        if !words.isEmpty {
            context[HandoutValue.words] = words
            context[HandoutValue.has_words] = true
        }
        return context
    }

    /// The A–Z glossary page.
    func glossaryContext() -> TemplateValues {
        let url = site.url(of: .glossary)
        let root = languageRoot(from: url)
        var context = common(.glossary, title: site.strings.text(.glossary), description: site.strings.text(.glossary_description), url: url, root: root)
        addLanguages(of: GeneratedPage.glossary.versionKey, url: url, to: &context)
        context[CommonValue.breadcrumbs] = [TemplateValues.item([LinkValue.title: site.strings.text(.home), .url: root])]
        context[CommonValue.has_breadcrumbs] = true
        // The same order and letters as the home page's A–Z, by the language's collation
        // (Spanish `Ñ` a letter of its own, `Á` under `A`).
        let collation = Collation(language: site.config.language)
        var letters: [(String, [[String: Any]])] = []
        for entry in site.glossary.sorted(by: { collation.precedes($0.term, $1.term) }) {
            let letter = collation.letter(of: entry.term)
            var item: [String: Any] = TemplateValues.item([TermValue.term: entry.term, .id: entry.id, .definition: entry.definition] as KeyValuePairs<TermValue, Any>)
            let names = AlsoCalled.names(term: entry.term, aliases: entry.aliases)
            if !names.isEmpty { item[TermValue.aliases.rawValue] = names.joined(separator: ", ") }  // "" would still render
            if letters.last?.0 == letter { letters[letters.count - 1].1.append(item) } else { letters.append((letter, [item])) }
        }
        context[GlossaryValue.letters] = letters.map {
            TemplateValues.item([GlossaryLetterValue.letter: $0.0, .id: ConditionsAZ.letterID($0.0), .terms: $0.1] as KeyValuePairs<GlossaryLetterValue, Any>)
        }
        return context
    }

    /// The search page: the index is read by search.js; the form falls back to a web search of
    /// this site's host when JavaScript is off.
    func searchContext() -> TemplateValues {
        let url = site.url(of: .search)
        let root = languageRoot(from: url)
        var context = common(.search, title: site.strings.text(.search), description: site.strings.text(.search_description, ["site": site.config.title]), url: url, root: root)
        addLanguages(of: GeneratedPage.search.versionKey, url: url, to: &context)
        context[CommonValue.breadcrumbs] = [TemplateValues.item([LinkValue.title: site.strings.text(.home), .url: root])]
        context[CommonValue.has_breadcrumbs] = true
        // Without the site's address a web search could only search some other site.
        if let address = site.config.baseURL { context[SearchValue.search_site] = Self.host(of: address) }
        return context
    }

    /// `https://example.org/health/` → `example.org`.
    static func host(of baseURL: String) -> String {
        URLComponents(string: baseURL)?.host ?? baseURL
    }

    func notFoundContext() -> TemplateValues {
        // A 404 page is served at whatever address was missing, so relative links cannot work
        // there: it links from the site's folder on its server (`/` or `/health/`), which also works
        // on a staging host with another name.
        return common(.notFound, title: site.strings.text(.not_found_title), description: site.strings.text(.not_found_description),
                             url: site.language.pathPrefix + "404.html", root: site.config.basePath + URLPath.encoded(site.language.pathPrefix),
                             staticRoot: site.config.basePath)
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
        // Bytes compared by hand: the generic `firstRange(of:)` cost 10 µs a page.
        let text = Array(ReadingOrder.sortKey(title).utf8), part = Array(ReadingOrder.sortKey(section).utf8)
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { text[$0..<$0 + part.count].elementsEqual(part) }
    }

    private func addSectionList(_ listed: [SectionListing], to context: inout TemplateValues) {
        let az = ConditionsAZ(listed, collation: Collation(language: site.config.language))
        context[HomeValue.sections] = az.sections.map { listing(title: $0.title, description: $0.description, url: $0.url, from: site.home) }
        context[HomeValue.entries] = az.entries.map(entry)
        guard az.isGrouped else { return }
        context[HomeValue.grouped] = true
        context[HomeValue.letters] = az.letters.map { group in
            let sections = group.entries.filter { !$0.isOtherName }.map { listing(title: $0.name, description: $0.section.description, url: $0.section.url, from: site.home) }
            return TemplateValues.item([
                SectionLetterValue.letter: group.letter, .id: ConditionsAZ.letterID(group.letter), .sections: sections, .entries: group.entries.map(entry),
            ] as KeyValuePairs<SectionLetterValue, Any>)
        }
    }

    /// An entry of the A–Z: a section, or one of its other names pointing to it.
    private func entry(_ entry: ConditionsAZ.Entry) -> [String: String] {
        var item = TemplateValues.item([AZEntryValue.title: entry.section.title, .url: RelativeURL.from(site.home.url, to: entry.section.url)])
        if entry.isOtherName {
            item[AZEntryValue.other_name.rawValue] = entry.name
        } else {
            item[AZEntryValue.description.rawValue] = entry.section.description
        }
        return item
    }

    /// `letter-a`, or `letter-other` for "#".
    /// Absent rather than empty: a list section repeats, it is no "if" for the heading around the
    /// list, so `has_sources` goes with it.
    private func sources(_ front: FrontMatter) -> [[String: String]]? {
        guard !front.sources.isEmpty else { return nil }
        return front.sources.map { TemplateValues.item([SourceValue.title: $0.title, .url: $0.url]) }
    }

    private func review(_ front: FrontMatter) -> [String: String]? {
        guard let date = front.lastReviewed, let next = front.nextReview(siteInterval: site.config.reviewIntervalDays) else { return nil }
        let language = site.config.language
        var review = TemplateValues.item([
            ReviewValue.date_iso: date.iso, .date_text: date.longText(inLanguage: language),
            .next_date_iso: next.iso, .next_date_text: next.longText(inLanguage: language),
        ])
        review[ReviewValue.by.rawValue] = front.reviewedBy
        return review
    }

    /// "A"–"Z", or "#" for titles that start with anything else.
    private func link(to target: Page, from page: Page) -> [String: String] {
        TemplateValues.item([LinkValue.title: target.frontMatter.title, .url: RelativeURL.from(page.url, to: target.url)])
    }

    private func listing(title: String, description: String?, url: String, from page: Page) -> [String: String] {
        var entry = TemplateValues.item([ListingValue.title: title, .url: RelativeURL.from(page.url, to: url)])
        entry[ListingValue.description.rawValue] = description
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
