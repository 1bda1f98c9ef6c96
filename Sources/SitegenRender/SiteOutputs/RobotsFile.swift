import SitegenModel

/// `robots.txt` (`Sitemap.robots`), once for the whole site by its default language.
enum RobotsFile: SiteOutput {
    struct Input: Equatable, Sendable {
        var isDefault: Bool
        var baseURL: String?
    }

    static func input(_ source: SiteOutputSource) -> Input {
        Input(isDefault: source.site.language.isDefault, baseURL: source.site.config.baseURL)
    }

    static func make(_ input: Input, _ source: SiteOutputSource) -> SiteOutputFiles {
        guard input.isDefault else { return SiteOutputFiles() }
        return SiteOutputFiles(files: [OutputFile(path: "robots.txt", text: Sitemap.robots(for: source.site))])
    }
}
