import SitegenModel

/// The site in each language of `languages:`, made of the translations beside the originals
/// (`symptoms.es.md`), with the same rules as the default language's site: drafts, collisions,
/// reading order. Every language's site learns where each page's other versions are.
package enum LanguageSites {
    package struct Result: Sendable {
        /// The default language's site, with `translations` filled in.
        var primary: Site
        /// One per language of `languages:`, in its order.
        var others: [Site]
        var diagnostics: [Diagnostic]
    }

    static func assemble(primary: Site, translations: [TranslatedPage], glossaries: [String: [GlossaryEntry]], strings: [String: ThemeStrings], includeDrafts: Bool) -> Result {
        var primary = primary
        let languages = primary.config.languages
        guard !languages.isEmpty else { return Result(primary: primary, others: [], diagnostics: []) }
        var diagnostics: [Diagnostic] = []
        let originals = Dictionary(primary.allPages.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        var others: [Site] = []
        for language in languages {
            let pages = translations.filter { $0.code.lowercased() == language.code.lowercased() }.map(\.page)
            var builder = LanguageSiteBuilder(language: language, primary: primary, originals: originals, includeDrafts: includeDrafts)
            var site = builder.build(pages, glossary: glossaries[language.code] ?? [])
            site?.strings = strings[language.code] ?? .english
            diagnostics += builder.diagnostics
            if let site { others.append(site) }
        }
        let all = [primary] + others
        var table = SiteTranslations(languages: primary.config.allLanguages, versions: versions(of: all))
        // The glossary and search pages, so that each links to its versions (a language without a
        // glossary has none; the search page is left out by the renderer when the theme has none).
        for page in GeneratedPage.allCases {
            table.versions[page.versionKey] = all.filter { page == .search || !$0.glossary.isEmpty }.map {
                .init(code: $0.language.code, url: $0.url(of: page), lastReviewed: nil)
            }
        }
        table.strings = Dictionary(all.map { ($0.language.code, $0.strings) }, uniquingKeysWith: { first, _ in first })
        primary.translations = table
        for index in others.indices { others[index].translations = table }
        diagnostics += lagging(others, originals: originals, originalLanguage: primary.language.code)
        return Result(primary: primary, others: others, diagnostics: diagnostics)
    }

    /// Every page's versions by its original's source path, in the sites' order.
    private static func versions(of sites: [Site]) -> [String: [SiteTranslations.Version]] {
        var versions: [String: [SiteTranslations.Version]] = [:]
        for site in sites {
            for page in site.allPages {
                versions[page.linkKey, default: []].append(.init(code: site.language.code, url: page.url, lastReviewed: page.frontMatter.lastReviewed))
            }
        }
        return versions
    }

    /// A translation reviewed before its original was last reviewed may no longer say the same.
    private static func lagging(_ sites: [Site], originals: [String: Page], originalLanguage: String) -> [Diagnostic] {
        let language = LanguageNames.autonym(LanguageCode.primary(originalLanguage))
        var diagnostics: [Diagnostic] = []
        for site in sites {
            for page in site.allPages {
                guard let key = page.translationOf, let original = originals[key], let originalDate = original.frontMatter.lastReviewed,
                      let date = page.frontMatter.lastReviewed, date < originalDate else { continue }
                diagnostics.append(.warning(
                    page.sourcePath, line: page.frontMatter.lastReviewedLine ?? 1,
                    "the \(language) page was reviewed on \(originalDate.longText), after this translation (\(date.longText)); check this translation against \(key), then update 'last_reviewed'"
                ))
            }
        }
        return diagnostics
    }
}

/// Puts one language's translations into a site shaped like the default language's.
struct LanguageSiteBuilder {
    let language: SiteLanguage
    let primary: Site
    let originals: [String: Page]
    let includeDrafts: Bool
    private(set) var diagnostics: [Diagnostic] = []
    private var unpublished: Set<String> = []
    private var drafts: Set<String> = []

    init(language: SiteLanguage, primary: Site, originals: [String: Page], includeDrafts: Bool) {
        self.language = language
        self.primary = primary
        self.originals = originals
        self.includeDrafts = includeDrafts
    }

    /// The language's site, or nil when it cannot be built (it has no home page).
    mutating func build(_ pages: [Page], glossary: [GlossaryEntry]) -> Site? {
        var home: Page?
        var indexes: [String: Page] = [:]
        var topics: [(page: Page, original: Page)] = []
        // Sections whose page in this language is a draft: their pages are drafts too, as in
        // the default language.
        var draftSections: Set<String> = []
        for page in pages {
            guard let original = original(of: page) else {
                if page.kind == .section, page.frontMatter.draft, !includeDrafts, let slug = page.sectionSlug { draftSections.insert(slug) }
                continue
            }
            switch original.kind {
            case .home: home = placed(page, original: original, url: language.pathPrefix)
            case .section: indexes[original.sectionSlug ?? ""] = page
            case .page: topics.append((page, original))
            }
        }
        var sections: [String: Section] = [:]
        for (slug, page) in indexes {
            guard let original = originals[page.translationOf ?? ""] else { continue }
            let address = page.frontMatter.slug.map(Slug.make) ?? slug
            sections[slug] = Section(slug: address, index: placed(page, original: original, url: language.pathPrefix + address + "/", section: address), pages: [])
        }
        for (page, original) in topics {
            let slug = original.sectionSlug ?? ""
            guard let section = sections[slug] else {
                if draftSections.contains(slug) {
                    unpublished.insert(page.sourcePath)
                    drafts.insert(page.sourcePath)
                    continue
                }
                let folder = String(page.sourcePath.prefix(upTo: page.sourcePath.lastIndex(of: "/") ?? page.sourcePath.endIndex))
                diagnostics.append(.error(page.sourcePath, line: 1, "this page's section has no page in '\(language.code)'; add \(folder)/_index.\(language.code).md with the section's title in that language"))
                continue
            }
            let last = page.frontMatter.slug.map(Slug.make) ?? String(original.url.dropLast().split(separator: "/").last ?? "")
            sections[slug]?.pages.append(placed(page, original: original, url: section.index.url + last + "/", section: section.slug))
        }
        guard let home else {
            diagnostics.append(.error(SiteConfig.path, line: language.line, "the language '\(language.code)' has no home page; add content/_index.\(language.code).md with the home page's title in that language"))
            return nil
        }
        var ordered = sections.values.map { section in
            Section(slug: section.slug, index: section.index, pages: section.pages.sorted(by: ReadingOrder.pages))
        }.sorted(by: ReadingOrder.sections)
        checkAddresses(home: home, sections: &ordered)
        var site = Site(
            config: primary.config.settings(for: language), home: home, sections: ordered, assets: primary.assets, staticFiles: [],
            glossary: glossary, unpublishedSources: primary.unpublishedSources.union(unpublished), language: language
        )
        site.linkedOutside = primary.linkedOutside
        site.drafts = primary.drafts.union(drafts)
        return site
    }

    /// The published original of a translation, or nil (with a message) when there is none or
    /// the translation is a draft.
    private mutating func original(of page: Page) -> Page? {
        let key = page.translationOf ?? ""
        if page.frontMatter.draft, !includeDrafts {
            unpublished.insert(page.sourcePath)
            drafts.insert(page.sourcePath)
            return nil
        }
        if let original = originals[key] { return original }
        unpublished.insert(page.sourcePath)
        if primary.unpublishedSources.contains(key) {
            diagnostics.append(.warning(page.sourcePath, line: 1, "not published, because its original \(key) is a draft; a translation is published with its original"))
        } else {
            diagnostics.append(.error(page.sourcePath, line: 1, "this is named as the '\(language.code)' translation of \(key), which does not exist; name a translation after its original, like 'symptoms.\(language.code).md' beside 'symptoms.md'"))
        }
        return nil
    }

    /// The translation at its address in the language's folder, in its original's place.
    private func placed(_ page: Page, original: Page, url: String, section: String? = nil) -> Page {
        var placed = page
        placed.kind = original.kind
        placed.url = url
        placed.sectionSlug = section
        return placed
    }

    /// Two translations given one address (by `slug:`) are an error, as two files are in the
    /// default language; the later one is dropped.
    private mutating func checkAddresses(home: Page, sections: inout [Section]) {
        var seen: [String: String] = [home.url.lowercased(): home.sourcePath]
        func claim(_ page: Page) -> Bool {
            if let first = seen[page.url.lowercased()] {
                diagnostics.append(.error(page.sourcePath, line: page.frontMatter.slugLine ?? 1, "this file has the same web address (\(page.url)) as \(first); give one of them another 'slug:'"))
                return false
            }
            seen[page.url.lowercased()] = page.sourcePath
            return true
        }
        sections = sections.filter { claim($0.index) }
        for index in sections.indices { sections[index].pages = sections[index].pages.filter(claim) }
    }
}
