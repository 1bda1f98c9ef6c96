import SitegenModel
import SitegenReadability
import SitegenSearch

/// Renders the pages of one unit of work (the home page, or one section with its handout) into
/// files, reports and search entries. Units are independent, so they run in parallel and a
/// preview can reuse the ones whose pages did not change.
package struct UnitOutput: Sendable {
    package var files: [OutputFile] = []
    package var reports: [PageReport] = []
    package var diagnostics: [Diagnostic] = []
    package var search: [SearchDocument] = []
    /// What the unit read besides its own pages and the settings: the link table entries its
    /// links looked up, and (the home page) the sections it lists. `RenderMemo` reuses the unit
    /// while these are the same.
    var linkReads: Set<String> = []
    var listed: [SectionListing]?
}

package struct PageRenderer: Sendable {
    let site: Site
    let templates: TemplateSet
    package let bodies: BodyRenderer
    let contexts: PageContext
    let today: CalendarDate
    /// What the reading warning says about a hard word.
    let everyday: EverydayWords

    /// `nil` renders the home page; otherwise the section at that index.
    package func render(section index: Int?, scans: [String: PageScan]) -> UnitOutput {
        var output = UnitOutput()
        var memo = Readability.SyllableMemo(expectedWords: 1024)
        guard let index else {
            output.listed = SectionListing.all(in: site)
            _ = add(site.home, section: nil, position: 0, scans: scans, memo: &memo, to: &output)
            return output
        }
        let section = site.sections[index]
        var rendered: [String: RenderedBody] = [:]
        for (position, page) in ([section.index] + section.pages).enumerated() {
            rendered[page.sourcePath] = add(page, section: section, position: position, scans: scans, memo: &memo, to: &output)
        }
        if !rendered.isEmpty, !rendered.values.contains(where: \.hasGetHelpCard) {
            output.diagnostics.append(CareCardCheck.sectionWithoutCard(section))
        }
        if templates.has("print") {
            let context = contexts.handoutContext(for: section, bodies: rendered)
            output.files.append(OutputFile(path: section.index.url + "print/index.html", text: templates.render(context)))
        }
        return output
    }

    private func add(_ page: Page, section: Section?, position: Int, scans: [String: PageScan],
                     memo: inout Readability.SyllableMemo, to output: inout UnitOutput) -> RenderedBody? {
        guard let scan = scans[page.sourcePath] else { return nil }
        var problems = scan.diagnostics
        guard let body = bodies.render(page, section: section, outline: scan.outline, reads: &output.linkReads, report: { problems.append($0) }) else { return nil }
        let context = contexts.context(for: page, body: body, section: section, position: position, listed: output.listed)
        var file = OutputFile(path: page.outputPath, text: templates.render(context))
        file.origin = page.sourcePath  // an alias or a copied file meeting the page names its source
        output.files.append(file)

        // Graded in the site's language; a language sitegen has no formula for, text mostly in
        // another script, or a page too short to grade gets no score at all (never a made-up
        // number) and no warning.
        let reading = Readability.score(blocks: body.readingBlocks, language: site.config.language, measure: site.config.readability, memo: &memo)
        let level = reading.words >= PageReport.minimumWordsToGrade ? reading.level : nil
        if let level, let warning = level.warning(target: Self.readabilityTarget(level.scale, config: site.config),
                                                  hardWords: reading.hardWords, everyday: everyday.alternative(for:)) {
            problems.append(.warning(page.sourcePath, warning, category: .readability))
        }
        problems += ReviewCheck.check(page, today: today, siteIntervalDays: site.config.reviewIntervalDays)
        let pemat = body.pemat.map { PEMATReview.review(page, text: $0, words: reading.words, site: site, glossaryAcronyms: bodies.glossaryAcronyms) }
        problems += pemat?.diagnostics ?? []
        output.diagnostics += problems
        var report = PageReport(
            url: page.url, source: page.sourcePath, words: reading.words, sentences: reading.sentences, syllables: level?.syllables ?? 0,
            grade: level?.fleschKincaidGrade.map(ReadingLevel.rounded),
            readingEase: (level?.fleschReadingEase ?? level.flatMap { $0.scale == .fernandezHuerta ? $0.value : nil }).map(ReadingLevel.rounded),
            smog: level?.smogGrade.map(ReadingLevel.rounded), hardWords: reading.hardWords,
            warnings: problems.warnings.map(\.message), pemat: pemat?.score
        )
        report.codes = ListedCode.of(page, section: section)
        output.reports.append(report)
        output.search.append(SearchDocument(
            url: page.url, title: page.frontMatter.title, section: section?.title,
            summary: context[CommonValue.description] as? String ?? "", text: body.blocks.dropFirst().joined(separator: "\n"),
            synonyms: page.frontMatter.synonyms + page.frontMatter.otherNames.map(\.name)
        ))
        return body
    }

    /// `readability_target` is a grade for English (a maximum) and a reading ease for Spanish (a
    /// minimum): a Spanish site that left it out, or wrote a grade, gets Spanish's own target.
    static func readabilityTarget(_ scale: ReadingScale, config: SiteConfig) -> Double {
        guard scale == .fernandezHuerta, scale.targetProblem(config.readabilityTarget) != nil else { return config.readabilityTarget }
        return scale.defaultTarget
    }
}
