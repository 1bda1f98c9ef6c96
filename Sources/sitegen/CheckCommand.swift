import ArgumentParser
import Foundation
import SitegenBuild
import SitegenCommands
import SitegenLoad
import SitegenModel
import SitegenReport

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the whole site without writing anything.",
        discussion: """
            Runs every check of a build: front matter, links and anchors, images and alt text, reading \
            level, medical review dates, heading order. Exit status: 0 clean (warnings allowed), 1 errors, \
            2 warnings with --strict. '--format json' prints a stable report for CI (see docs/commands.md). \
            '--external' also requests every web address the pages name and warns about those that fail. \
            Drafts are not checked unless '--drafts' is given; the last line names them.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var site: SiteOptions<CheckHelp>

    @Option(name: .long, help: "Output format: text (path:line: messages) or json.")
    var format: Format = .text

    @Flag(name: .long, help: "Exit with status 2 when there are warnings.")
    var strict = false

    @Flag(name: .long, help: "Also request every external http(s) address in 'sources:' and in the pages (answers are cached for 24 hours).")
    var external = false

    @Flag(name: .customLong("no-cache"), help: "With --external, ask every server again instead of using answers from the last 24 hours.")
    var noCache = false

    /// For tests: a server that is slow on purpose should not cost 10 s.
    @Option(name: .customLong("external-timeout"), help: .hidden)
    var externalTimeout: Double = 10

    func validate() throws {
        if noCache, !external { throw ValidationError("--no-cache only applies with --external") }
    }

    func run() async throws {
        try Console.requireSite(site.source)
        try await Console.finishInterruptedMove(source: site.source)
        var diagnostics: [Diagnostic]
        var reports: [PageReport] = []
        var target = 8.0
        var measure = ReadabilityMeasure.standard
        var checkedAddresses: Int?
        var coverage: [TranslationCoverage] = []
        var pagesChecked: Int?
        var drafts: [String] = []
        do {
            let rendered = try await Build.render(site.buildOptions())
            diagnostics = rendered.warnings
            reports = rendered.reports
            coverage = TranslationCoverage.of(rendered.site)
            target = rendered.site.config.readabilityTarget
            measure = rendered.site.config.readability
            drafts = rendered.drafts
            if external {
                let result = await checkExternal(rendered.site)
                diagnostics += result.warnings
                checkedAddresses = result.addresses
            }
        } catch {
            diagnostics = error.diagnostics
            pagesChecked = error.pagesChecked
            drafts = error.drafts
        }
        // What an editor may do about the site's copies of the theme (the warnings came with the build).
        diagnostics += ThemeCopies.review(siteRoot: site.source).suggestions
        switch format {
        case .json:
            FileHandle.standardOutput.write(try CheckReport(diagnostics: diagnostics, pages: reports, translations: coverage, drafts: drafts).json() + Data("\n".utf8))
        case .text:
            for diagnostic in diagnostics.sortedForReport() { print(diagnostic.formatted(pathPrefix: site.pathPrefix)) }
            if let table = EditorReport.table(reports, warnings: diagnostics, target: target, measure: measure) { print(table) }
            if let translations = TranslationCoverage.text(coverage) { print(translations) }
            let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count, suggestions = diagnostics.suggestions.count
            let addresses = checkedAddresses.map { " and \($0) external address\($0 == 1 ? "" : "es")" } ?? ""
            let checked = pagesChecked ?? reports.count
            let advice = suggestions == 0 ? "" : ", \(suggestions) suggestion\(suggestions == 1 ? "" : "s")"
            print("Checked \(checked) page\(checked == 1 ? "" : "s")\(addresses): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\(advice)")
            if let left = DraftsLeftOut.line(drafts, command: .check, pathPrefix: site.pathPrefix) { print(left) }
        }
        if !diagnostics.errors.isEmpty { throw ExitCode.failure }
        if strict, !diagnostics.warnings.isEmpty { throw ExitCode(2) }
    }

    private func checkExternal(_ rendered: Site) async -> ExternalLinkCheck.Result {
        var options = ExternalLinkCheck.Options()
        options.useCache = !noCache
        options.timeout = externalTimeout > 0 ? externalTimeout : 10
        if TerminalText.isTerminal(STDERR_FILENO) {
            // One line, rewritten in place; nothing at all when stderr is a file or a pipe.
            options.progress = { done, total in
                let end = done == total ? "\r\u{1B}[K" : ""
                FileHandle.standardError.write(Data("\r\u{1B}[KChecking external links: \(done) of \(total)\(end)".utf8))
            }
        }
        let result = await ExternalLinkCheck.run(site: rendered, siteFolder: site.source, options: options)
        for note in result.cacheNotes { Console.note("sitegen: note: \(note)") }
        return result
    }
}
