/// Renders the whole site into the list of files to write. Nothing here touches the disk.
struct SiteRenderer {
    let site: Site
    let templates: TemplateSet
    /// The day review ages are measured from; it changes warnings, never the output.
    let today: CalendarDate

    struct Result {
        var files: [OutputFile]
        var reports: [PageReport]
        var diagnostics: [Diagnostic]
    }

    func render() -> Result {
        var (bodies, diagnostics) = BodyRenderer(site: site).render()
        let disclaimer = disclaimerHTML(report: { diagnostics.append($0) })
        let contexts = PageContext(site: site, disclaimerHTML: disclaimer)
        var files: [OutputFile] = []
        var reports: [PageReport] = []
        let warningsByPage = Dictionary(grouping: diagnostics.warnings, by: \.path)

        func add(_ page: Page, section: Section?, position: Int) {
            guard let body = bodies[page.sourcePath] else { return }
            let context = contexts.context(for: page, body: body, section: section, position: position)
            files.append(OutputFile(path: page.outputPath, text: templates.render(context, with: page.kind.rawValue)))
            var pageDiagnostics = warningsByPage[page.sourcePath] ?? []
            let score = Readability.score(blocks: body.blocks)
            let grade = (score.grade * 10).rounded() / 10
            var found: [Diagnostic] = []
            if grade > site.config.readabilityTarget {
                found.append(.warning(page.sourcePath, "reading grade \(grade) is above the target \(EditorReport.format(site.config.readabilityTarget)); use shorter sentences and everyday words", category: .readability))
            }
            if page.kind != .home, let review = ReviewCheck.check(page, today: today, intervalDays: site.config.reviewIntervalDays) {
                found.append(review)
            }
            pageDiagnostics += found
            diagnostics += found
            reports.append(PageReport(
                url: page.url, source: page.sourcePath, words: score.words, sentences: score.sentences, syllables: score.syllables,
                grade: grade, readingEase: (score.readingEase * 10).rounded() / 10, warnings: pageDiagnostics.map(\.message)
            ))
        }
        add(site.home, section: nil, position: 0)
        for section in site.sections {
            for (position, page) in ([section.index] + section.pages).enumerated() {
                add(page, section: section, position: position)
            }
            if templates.has("print") {
                let context = contexts.handoutContext(for: section, bodies: bodies)
                files.append(OutputFile(path: section.index.url + "print/index.html", text: templates.render(context, with: "print")))
            }
        }
        if !site.glossary.isEmpty {
            if templates.has("glossary") {
                files.append(OutputFile(path: GlossaryMarkup.pageURL + "index.html", text: templates.render(contexts.glossaryContext(), with: "glossary")))
            } else {
                diagnostics.append(.error("templates/glossary.mustache", "template not found; a site with a glossary.yml needs one to show the definitions"))
            }
        }
        files.append(OutputFile(path: "404.html", text: templates.render(contexts.notFoundContext(), with: "404")))
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(for: site)))
        files.append(OutputFile(path: "robots.txt", text: Sitemap.robots(for: site)))
        files += (site.assets + site.staticFiles).map { OutputFile(path: $0.outputPath, copying: $0.sourceFile, from: $0.sourcePath) }
        return Result(files: files, reports: reports, diagnostics: diagnostics)
    }

    /// The disclaimer appears at every depth of the site, so only absolute links can work in it.
    private func disclaimerHTML(report: (Diagnostic) -> Void) -> String {
        let config = site.config
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
