import ArgumentParser
import Foundation
import SitegenBuild
import SitegenModel
import SitegenRender
import SitegenReport

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the review dashboard: which pages are overdue, due soon, never reviewed or too hard to read.",
        discussion: """
            Checks the site like 'check' and writes one self-contained HTML file (report.html in the \
            current folder by default): summary figures, a chart of reading grades, a chart of reviews \
            due per month and a sortable table of every page, overdue and never-reviewed pages first. \
            '--format json' prints the same data (keys sorted), or writes it to --output. The file is \
            never written inside the site's output folder, which every build replaces.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, json }

    @OptionGroup var site: SiteOptions<ReportHelp>

    @Option(name: .long, help: ArgumentHelp("Where to write the dashboard. Default: report.html in the current folder (for json: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "Output format: html (a file to open in a browser) or json.")
    var format: Format = .html

    func run() async throws {
        try Console.requireSite(site.source)
        try await Console.finishInterruptedMove(source: site.source)
        let options = site.buildOptions()
        let destination = output ?? (format == .html ? "report.html" : nil)
        // Checked before the build: a report never replaces a file of the site or one it did not write.
        let target = try destination.map { try ReportFile.target($0, option: "--output", options: options, throughLinks: false) }
        let rendered: RenderedSite
        do {
            rendered = try await Build.render(options)
        } catch {
            // Only the errors: the warnings are what the report is for, once it can be made.
            Console.report(error.diagnostics.errors, pathPrefix: site.pathPrefix)
            let errors = error.diagnostics.errors.count
            throw Console.failure("the site has \(errors) error\(errors == 1 ? "" : "s"); fix \(errors == 1 ? "it" : "them") and run sitegen report again (no report was written)")
        }
        // What the site leaves out (no base_url…) is no page's, so the dashboard cannot show it.
        Console.report(rendered.warnings.notes, pathPrefix: site.pathPrefix)
        let dashboard = ReviewDashboard(rendered, today: options.today ?? .today())
        switch (format, target) {
        case (.json, nil):
            FileHandle.standardOutput.write(try dashboard.json() + Data("\n".utf8))
        case let (.json, file?):
            try ReportFile.write(dashboard.json() + Data("\n".utf8), to: file, shown: destination ?? file)
        case let (.html, file?):
            let folder = (file as NSString).deletingLastPathComponent
            let html = try dashboard.html(reportFolder: folder.isEmpty ? "/" : folder, siteRoot: ReviewDashboardLocation.resolved(site.source))
            try ReportFile.write(Data(html.utf8), to: file, shown: destination ?? file)
        case (.html, nil):
            break
        }
        if let destination {
            let s = dashboard.summary
            print("Wrote the review dashboard of \(s.pages) page\(s.pages == 1 ? "" : "s") to \(destination): \(s.overdue) overdue, \(s.dueSoon) due within \(ReviewDashboard.dueSoonDays) days, \(s.neverReviewed) never reviewed, \(s.overTarget) over the reading target")
            print(dashboard.pageCount.note)
        }
    }
}
