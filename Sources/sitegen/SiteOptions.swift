import ArgumentParser
import SitegenKit

/// Options shared by the commands that read a whole site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding site.yml, content/ and templates/.", valueName: "dir"))
    var source: String = "."

    @Flag(name: .long, help: "Also publish pages marked 'draft: true', to preview them.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("Count review ages from this day instead of today (warnings only; the site is the same).", valueName: "YYYY-MM-DD"))
    var today: CalendarDate?

    func buildOptions(output: String? = nil, baseURL: String? = nil) -> BuildOptions {
        BuildOptions(source: source, output: output, baseURL: baseURL, includeDrafts: drafts, today: today)
    }

    /// What goes before paths in messages, so they point at files from where the user stands.
    var pathPrefix: String { ScaffoldOptions(source: source).pathPrefix }
}
