import ArgumentParser
import Foundation
import SitegenKit

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the whole site without writing anything.",
        discussion: """
            Runs every check of a build: front matter, links and anchors, images and alt text, reading \
            level, medical review dates, heading order. Exit status: 0 clean (warnings allowed), 1 errors, \
            2 warnings with --strict. '--format json' prints a stable report for CI (see README.md).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Output format: text (path:line: messages) or json.")
    var format: Format = .text

    @Flag(name: .long, help: "Exit with status 2 when there are warnings.")
    var strict = false

    func run() async throws {
        var diagnostics: [Diagnostic]
        var reports: [PageReport] = []
        var target = 8.0
        do {
            let rendered = try await Build.render(site.buildOptions())
            diagnostics = rendered.warnings
            reports = rendered.reports
            target = rendered.site.config.readabilityTarget
        } catch {
            diagnostics = error.diagnostics
        }
        switch format {
        case .json:
            FileHandle.standardOutput.write(try CheckReport(diagnostics: diagnostics, pages: reports).json() + Data("\n".utf8))
        case .text:
            for diagnostic in diagnostics.sortedForReport() { print(diagnostic.formatted(pathPrefix: site.pathPrefix)) }
            if let table = EditorReport.table(reports, warnings: diagnostics, target: target) { print(table) }
            let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
            print("Checked \(reports.count) pages: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if !diagnostics.errors.isEmpty { throw ExitCode.failure }
        if strict, !diagnostics.warnings.isEmpty { throw ExitCode(2) }
    }
}
