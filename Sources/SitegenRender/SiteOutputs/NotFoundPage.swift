import SitegenModel

/// `404.html` in each language's folder: the theme's `404` template with the site's settings and
/// texts, and no page's content.
enum NotFoundPage: SiteOutput {
    static func input(_ source: SiteOutputSource) -> SharedInputs { source.shared }

    static func make(_ input: SharedInputs, _ source: SiteOutputSource) -> SiteOutputFiles {
        SiteOutputFiles(files: [OutputFile(path: source.site.language.pathPrefix + "404.html", text: source.templates.render(source.contexts.notFoundContext()))])
    }
}
