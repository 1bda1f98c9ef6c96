import SitegenModel

/// `sitemap.xml` (`Sitemap.xml`), once for the whole site by its default language; none while the
/// site's address is unknown.
enum SitemapFile: SiteOutput {
    struct Input: Equatable, Sendable {
        /// The address, the translations and whether there is a glossary are among these.
        var shared: SharedInputs
        var pageDates: Int
    }

    static func input(_ source: SiteOutputSource) -> Input { Input(shared: source.shared, pageDates: source.pageDates) }

    static func make(_ input: Input, _ source: SiteOutputSource) -> SiteOutputFiles {
        guard source.site.language.isDefault, let xml = Sitemap.xml(for: source.site) else { return SiteOutputFiles() }
        return SiteOutputFiles(files: [OutputFile(path: "sitemap.xml", text: xml)])
    }
}
