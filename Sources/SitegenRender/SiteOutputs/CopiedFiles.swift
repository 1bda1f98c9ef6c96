import SitegenModel

/// Images beside pages and the theme's static files (the site's `templates/static/` and the
/// built-in ones it does not replace), copied as they are: once, by the default language (the
/// other languages' pages link to the same files).
enum CopiedFiles: SiteOutput {
    struct Input: Equatable, Sendable {
        var isDefault: Bool
        var assets: [Asset]
        var staticFiles: [Asset]
    }

    static func input(_ source: SiteOutputSource) -> Input {
        Input(isDefault: source.site.language.isDefault, assets: source.site.assets, staticFiles: source.site.staticFiles)
    }

    static func make(_ input: Input, _ source: SiteOutputSource) -> SiteOutputFiles {
        guard input.isDefault else { return SiteOutputFiles() }
        return SiteOutputFiles(files: (input.assets + input.staticFiles).flatMap(\.outputFiles))
    }
}
