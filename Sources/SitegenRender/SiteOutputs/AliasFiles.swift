import SitegenModel

/// The pages at old addresses (`aliases:`), the glossary's and search page's old addresses, and
/// `_redirects` (`AliasPages`).
enum AliasFiles: SiteOutput {
    struct Input: Equatable, Sendable {
        /// Settings, theme texts (the glossary's and search page's addresses), templates.
        var shared: SharedInputs
        /// Every page with aliases, as the alias pages show it.
        var pages: [AliasedPage]
    }

    struct AliasedPage: Equatable, Sendable {
        var sourcePath: String
        var title: String
        var url: String
        var outputPath: String
        var aliases: [PageAlias]
    }

    static func input(_ source: SiteOutputSource) -> Input {
        var pages: [AliasedPage] = []
        func add(_ page: Page) {
            guard !page.frontMatter.aliases.isEmpty else { return }
            pages.append(AliasedPage(sourcePath: page.sourcePath, title: page.frontMatter.title, url: page.url, outputPath: page.outputPath, aliases: page.frontMatter.aliases))
        }
        let site = source.site
        add(site.home)
        for section in site.sections.indices {
            add(site.sections[section].index)
            site.sections[section].pages.forEach(add)
        }
        return Input(shared: source.shared, pages: pages)
    }

    static func make(_ input: Input, _ source: SiteOutputSource) -> SiteOutputFiles {
        let output = AliasPages.files(for: source.site, hasSearch: source.templates.has("search"))
        return SiteOutputFiles(files: output.files, diagnostics: output.diagnostics)
    }
}
