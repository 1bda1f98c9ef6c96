import Foundation
import SitegenModel

/// Reads a site folder (`site.yml`, `content/`, and `templates/` if it has one) into the model, checking everything an
/// editor can get wrong and reporting all of it at once.
public enum SiteLoader {
    public struct Loaded {
        /// The site in its default language.
        public var site: Site
        /// The site in each of its other languages (`languages:` in site.yml), in that order.
        public var languages: [Site] = []
        public var templates: [TemplateFile]
    }

    public static func load(siteRoot: String, baseURLOverride: String? = nil, includeDrafts: Bool = false) async -> (Loaded?, [Diagnostic]) {
        var memo = LoadMemo()
        return await load(siteRoot: siteRoot, baseURLOverride: baseURLOverride, includeDrafts: includeDrafts, memo: &memo, changes: .unknown)
    }

    /// With what the last build left in `memo` and precise `changes`, files that did not
    /// change are not read again.
    package static func load(siteRoot: String, baseURLOverride: String?, includeDrafts: Bool, memo cache: inout LoadMemo, changes: SourceChanges) async -> (Loaded?, [Diagnostic]) {
        let changes = changes.union(cache.notTakenIn)
        cache.notTakenIn = nil
        var diagnostics: [Diagnostic] = []
        // templates/ is optional: without it, the built-in theme lays out every page.
        if !isDirectory(siteRoot + "/content") {
            diagnostics.append(.error("content", "folder not found in the site folder; a site needs content/ (the Markdown pages) beside site.yml"))
        }
        let settings = cache.config.reuse(if: { _ in !changes.contains(SiteConfigLoader.path) }) {
            readConfig(siteRoot: siteRoot, baseURLOverride: baseURLOverride)
        }
        diagnostics += settings.diagnostics
        guard diagnostics.errors.isEmpty, let config = settings.config else {
            cache.notTakenIn = changes
            return (nil, diagnostics)
        }

        var collector = ContentCollector(siteRoot: siteRoot, includeDrafts: includeDrafts, languageCodes: Set(config.languages.map(\.code)))
        await collector.collect(cache: &cache, changes: changes)
        var content = collector.collected
        content.assets = await AssetImages.read(content.assets, memo: &cache.images)
        diagnostics += content.diagnostics + ActiveContentRule.problems(content.assets, allowRawHTML: config.allowRawHTML)
        // "templates" itself: the folder was created or removed while the preview ran.
        let folder = cache.templateFolder.reuse(if: { _ in !changes.touches(folder: "templates/") && !changes.contains("templates") }) {
            TemplateFolder.read(siteRoot: siteRoot)
        }
        diagnostics += folder.diagnostics
        let glossary = cache.glossary.reuse(if: { _ in !changes.contains(GlossaryLoader.path) }) {
            GlossaryLoader.load(siteRoot: siteRoot)
        }
        diagnostics += glossary.diagnostics
        var glossaries: [String: [GlossaryEntry]] = [:]
        let glossaryFiles = GlossaryLoader.languageFiles(siteRoot: siteRoot, languages: config.languages)
        diagnostics += glossaryFiles.diagnostics
        for language in config.languages {
            let path = glossaryFiles.paths[language.code] ?? GlossaryLoader.path(for: language.code)
            let loaded = cache.glossaries[language.code].reuse(if: { _ in !changes.contains(path) }) {
                GlossaryLoader.load(siteRoot: siteRoot, path: path)
            }
            glossaries[language.code] = loaded.entries
            diagnostics += loaded.diagnostics
        }
        let plainLanguage = cache.plainLanguage.reuse(if: { _ in !changes.contains(PlainLanguageLoader.path) }) {
            PlainLanguageLoader.load(siteRoot: siteRoot)
        }
        diagnostics += plainLanguage.diagnostics
        var plainLanguages: [String: PlainLanguageChanges] = [:]
        let plainLanguageFiles = PlainLanguageLoader.languageFiles(siteRoot: siteRoot, languages: config.languages)
        diagnostics += plainLanguageFiles.diagnostics
        for language in config.languages {
            let path = plainLanguageFiles.paths[language.code] ?? PlainLanguageLoader.path(for: language.code)
            let loaded = cache.plainLanguages[language.code].reuse(if: { $0.changes.path == path && !changes.contains(path) }) {
                PlainLanguageLoader.load(siteRoot: siteRoot, path: path)
            }
            plainLanguages[language.code] = loaded.changes
            diagnostics += loaded.diagnostics
        }
        // Every language's texts: each language's site takes its own.
        let themeStrings = cache.themeStrings.reuse(if: {
            $0.languages == config.allLanguages && !changes.touches(folder: ThemeStringsLoader.folder + "/")
                && !changes.contains(ThemeStringsLoader.folder)
        }) { (config.allLanguages, ThemeStringsLoader.load(siteRoot: siteRoot, languages: config.allLanguages)) }.result
        diagnostics += themeStrings.diagnostics

        // A language's folder at the site root must not be a section's address. (Only asked
        // when there is one: listing every section costs 3 ms of a one-edit rebuild.)
        if !config.languages.isEmpty {
            diagnostics += LanguageFolders.clashes(languages: config.languages, sectionFolders: content.sections.map {
                LanguageFolders.SectionFolder(address: $0.slug, path: String($0.index.sourcePath.dropLast("/_index.md".count)))
            })
        }
        guard diagnostics.errors.isEmpty, let home = content.home else { return (nil, diagnostics) }
        var site = Site(
            config: config, home: home, sections: content.sections, assets: content.assets,
            staticFiles: folder.staticFiles, glossary: glossary.entries, unpublishedSources: content.unpublished,
            strings: themeStrings.strings[config.language] ?? .english
        )
        site.linkedOutside = content.linkedOutside
        site.drafts = content.drafts
        site.plainLanguage = plainLanguage.changes
        var languages = LanguageSites.assemble(primary: site, translations: content.translations, glossaries: glossaries, strings: themeStrings.strings, includeDrafts: includeDrafts)
        diagnostics += languages.diagnostics
        for site in [languages.primary] + languages.others { diagnostics += OtherNamesCheck.problems(in: site.sections) }
        diagnostics += GeneratedPageAddresses.clashes(
            sites: [languages.primary] + languages.others, files: themeStrings.files,
            hasSearch: folder.templates.contains { $0.name == "search" }
        )
        guard diagnostics.errors.isEmpty else { return (nil, diagnostics) }
        for index in languages.others.indices {
            let code = languages.others[index].language.code
            languages.others[index].plainLanguage = plainLanguages[code] ?? PlainLanguageChanges(path: PlainLanguageLoader.path(for: code))
        }
        return (Loaded(site: languages.primary, languages: languages.others, templates: folder.templates), diagnostics)
    }

    private static func readConfig(siteRoot: String, baseURLOverride: String?) -> (SiteConfig?, [Diagnostic]) {
        if let outside = SourceTree.linkOutside(siteRoot: siteRoot, relative: SiteConfigLoader.path) { return (nil, [outside]) }
        guard FileManager.default.fileExists(atPath: siteRoot + "/site.yml") else {
            return (nil, [.error(SiteConfigLoader.path, "file not found; create site.yml with at least a 'title:' line")])
        }
        switch TextFile.read(siteRoot + "/site.yml", path: SiteConfigLoader.path) {
        case .success(let text):
            return SiteConfigLoader.load(text: text, baseURLOverride: baseURLOverride)
        case .failure(let problem):
            return (nil, [problem])
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
