import ArgumentParser
import Foundation
import SitegenKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads site.yml, content/ and templates/ from the source folder and writes a complete static \
            site. The old output is replaced only when every page built: on any error the previous site \
            is left untouched and every problem is listed as 'path:line: error: ...'.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site folder, holding site.yml, content/ and templates/.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (replaced as a whole). Default: <source>/public.", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address the site will be published at, instead of base_url in site.yml (used for canonical links and the sitemap).", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Also publish pages marked 'draft: true', to preview them.")
    var drafts = false

    func run() throws {
        let options = BuildOptions(source: source, output: output, baseURL: baseURL, includeDrafts: drafts)
        let prefix = source == "." ? "" : (source.hasSuffix("/") ? source : source + "/")
        do {
            let summary = try Build.run(options)
            Console.report(summary.warnings, pathPrefix: prefix)
            let pages = summary.pages == 1 ? "1 page" : "\(summary.pages) pages"
            let sections = summary.sections == 1 ? "1 section" : "\(summary.sections) sections"
            print("Built \(pages) in \(sections): \(summary.filesWritten) files written to \(options.outputPath) in \(String(format: "%.2f", summary.seconds)) s")
        } catch {
            let failure = error
            Console.report(failure.diagnostics, pathPrefix: prefix)
            let count = failure.diagnostics.errors.count
            Console.error("build failed with \(count) error\(count == 1 ? "" : "s"); nothing was written")
            throw ExitCode.failure
        }
    }
}
