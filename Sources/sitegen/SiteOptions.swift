import ArgumentParser
import SitegenCommands
import SitegenModel

/// Options shared by the commands that read a whole site. What `--drafts` and `--today` do
/// differs by command (a check publishes nothing), so each command's help says it in `Help`.
struct SiteOptions<Help: SiteOptionsHelp>: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder, holding site.yml, content/ and templates/.", valueName: "dir"))
    var source: String = "."

    @Flag(name: .long, help: ArgumentHelp(Help.drafts))
    var drafts = false

    @Option(name: .long, help: ArgumentHelp(Help.today, valueName: "YYYY-MM-DD"))
    var today: CalendarDate?

    func buildOptions(output: String? = nil, baseURL: String? = nil) -> BuildOptions {
        BuildOptions(source: source, output: output, baseURL: baseURL, includeDrafts: drafts, today: today)
    }

    /// What goes before paths in messages, so they point at files from where the user stands.
    var pathPrefix: String { ScaffoldOptions(source: source).pathPrefix }
}

/// The help of `--drafts` and `--today` for one command.
protocol SiteOptionsHelp {
    static var drafts: String { get }
    static var today: String { get }
}

enum BuildHelp: SiteOptionsHelp {
    static let drafts = "Also publish pages marked 'draft: true' (and the pages of a draft section), to look at them before they are ready; without it, the last line names the drafts left out."
    static let today = "Count review ages from this day instead of today, for the messages about reviews due, overdue or dated in the future (the pages built are the same)."
}

enum CheckHelp: SiteOptionsHelp {
    static let drafts = "Also check pages marked 'draft: true' (and the pages of a draft section); without it they are not checked, and the last line names them."
    static let today = "Count review ages from this day instead of today, for the messages about reviews due, overdue or dated in the future."
}

enum ReportHelp: SiteOptionsHelp {
    static let drafts = "Also list pages marked 'draft: true' (and the pages of a draft section) in the dashboard; without it they are left out, and the note on its page count names them."
    static let today = "Count review ages from this day instead of today: which pages are overdue or due soon."
}
