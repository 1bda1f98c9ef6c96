import ArgumentParser
import Foundation
import SitegenBuild
import SitegenLoad
import SitegenModel
import SitegenReport
import SitegenWrite
import SitegenFileSystem

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads site.yml, content/ and templates/ from the source folder and writes a complete static \
            site. The old output is replaced only when every page built: on any error the previous site \
            is left untouched and every problem is listed as 'path:line: error: ...'. Warnings (reading \
            level, medical review, accessibility) are listed too, then summed up per page, and so are \
            suggestions (everyday words for complex ones), which never fail a build. The output \
            folder must be new, empty or one sitegen built: its .sitegen-manifest lists the files a build \
            wrote, and only those are ever replaced or removed. Builds into one folder take turns.
            """
    )

    @OptionGroup var site: SiteOptions<BuildHelp>

    @Option(name: .long, help: ArgumentHelp("Where to write the site: a new or empty folder, or one sitegen built (it lists its files in .sitegen-manifest); a link to a folder is written through. Default: <source>/public.", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address the site will be published at, instead of base_url in site.yml (used for canonical links and the sitemap).", valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("Also write a JSON report of every page's reading level and warnings to this file (outside the output folder).", valueName: "file.json"))
    var report: String?

    @Flag(name: .long, help: "Print only errors and the summary (what was built, and the drafts left out), not warnings or the editor's report.")
    var quiet = false

    @Flag(name: .long, help: "Treat warnings as errors: exit with status 2 and leave the output folder as it was.")
    var strict = false

    func validate() throws {
        if let baseURL, let problem = BaseURLRule.problem(baseURL) { throw ValidationError("--base-url \(problem)") }
    }

    func run() async throws {
        try Console.requireSite(site.source)
        try await Console.finishInterruptedMove(source: site.source)
        var options = site.buildOptions(output: output, baseURL: baseURL)
        if !quiet { options.progress = Console.progress() }
        let reportTarget = try report.map { try ReportFile.target($0, option: "--report", options: options, throughLinks: true) }
        do {
            let output = options.outputPath
            let summary = try await Build.run(options, strict: strict) {
                Console.note("sitegen: waiting for another build of \(output) to finish…")
            }
            if !quiet {
                Console.report(summary.warnings, pathPrefix: site.pathPrefix)
                if let table = EditorReport.table(summary.reports, warnings: summary.warnings, target: summary.readabilityTarget, measure: summary.readability) { Console.note(table) }
            }
            if let report, let reportTarget {
                try ReportFile.write(EditorReport.json(summary.reports, target: summary.readabilityTarget, measure: summary.readability), to: reportTarget, shown: report)
            }
            let pages = summary.pages == 1 ? "1 page" : "\(summary.pages) pages"
            let sections = (summary.sections == 1 ? "1 section" : "\(summary.sections) sections") + (summary.languages > 1 ? " and \(summary.languages) languages" : "")
            let removed = summary.filesRemoved == 0 ? "" : ", \(summary.filesRemoved) removed"
            print("Built \(pages) in \(sections): \(summary.files) files in \(options.outputPath) (\(summary.filesWritten) written\(removed)) in \(String(format: "%.2f", summary.seconds)) s")
            // Also with --quiet: a page left out must never go unsaid.
            if let drafts = DraftsLeftOut.line(summary.drafts, command: .build, pathPrefix: site.pathPrefix) { print(drafts) }
        } catch let failure as BuildFailure {
            // With --quiet only errors are shown, unless warnings alone failed the build (--strict):
            // then they are what the editor must see.
            let shown = quiet && !failure.diagnostics.errors.isEmpty ? failure.diagnostics.errors : failure.diagnostics
            Console.report(shown, pathPrefix: site.pathPrefix)
            let errors = failure.diagnostics.errors.count
            if errors == 0 {
                let warnings = failure.diagnostics.warnings.count
                Console.error("build failed: \(warnings) warning\(warnings == 1 ? "" : "s") and --strict; nothing was written")
                throw ExitCode(2)
            }
            throw Console.failure("build failed with \(errors) error\(errors == 1 ? "" : "s"); nothing was written")
        }
    }
}

enum ReportFile {
    /// The real path to write the report of `build --report` or `report` at, checked by the rules
    /// every command writes by (`WritePermission`); else the reason is printed and the command exits 1.
    static func target(_ path: String, option: String, options: BuildOptions, throughLinks: Bool) throws -> String {
        switch WritePermission.report(path, option: option, siteRoot: options.siteRoot, output: options.outputPath, throughLinks: throughLinks) {
        case .success(let real): return real
        case .failure(let refusal): throw Console.failure(refusal.message)
        }
    }

    /// Writes a report at the real path `target` checked before, or says why it cannot and exits 1.
    static func write(_ data: Data, to target: String, shown: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: target), options: .atomic)
        } catch {
            throw Console.failure("cannot write the report to \(shown) (\(SystemError.describe(error)))")
        }
    }
}
