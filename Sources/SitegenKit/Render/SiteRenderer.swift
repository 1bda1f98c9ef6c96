/// Renders the whole site into the list of files to write. Nothing here touches the disk.
enum SiteRenderer {
    static func render(_ site: Site, templates: TemplateSet) -> ([OutputFile], [Diagnostic]) {
        var (bodies, diagnostics) = BodyRenderer(allowRawHTML: site.config.allowRawHTML)
            .render(site.allPages, assets: site.assets, unpublished: site.unpublishedSources)
        let disclaimer = disclaimerHTML(site.config, report: { diagnostics.append($0) })
        let contexts = PageContext(site: site, disclaimerHTML: disclaimer)
        var files: [OutputFile] = []

        func add(_ page: Page, section: Section?, position: Int) {
            guard let body = bodies[page.sourcePath] else { return }
            let context = contexts.context(for: page, body: body, section: section, position: position)
            files.append(OutputFile(path: page.outputPath, text: templates.render(context, with: page.kind.rawValue)))
        }
        add(site.home, section: nil, position: 0)
        for section in site.sections {
            for (position, page) in ([section.index] + section.pages).enumerated() {
                add(page, section: section, position: position)
            }
        }
        files.append(OutputFile(path: "404.html", text: templates.render(contexts.notFoundContext(), with: "404")))
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(for: site)))
        files.append(OutputFile(path: "robots.txt", text: Sitemap.robots(for: site)))
        files += (site.assets + site.staticFiles).map { OutputFile(path: $0.outputPath, copying: $0.sourceFile, from: $0.sourcePath) }
        return (files, diagnostics)
    }

    /// The disclaimer appears at every depth of the site, so only absolute links can work in it.
    private static func disclaimerHTML(_ config: SiteConfig, report: (Diagnostic) -> Void) -> String {
        guard let document = MarkdownDocument(markdown: config.disclaimer, firstLine: config.disclaimerLine) else { return "" }
        document.rewriteLinks { url, _ in
            guard let scheme = LinkResolver.scheme(of: url) else {
                report(.error(SiteConfigLoader.path, line: config.disclaimerLine, "the disclaimer links to '\(url)', but it is shown on every page, so its links must be full web addresses (https://…)"))
                return .keep
            }
            return LinkResolver.isDangerous(scheme: scheme, url: url) ? .unlink : .keep
        }
        return document.html(allowRawHTML: false)
    }
}
