import ArgumentParser
import SitegenCommands
import SitegenModel

/// `sitegen new section NAME` and `sitegen new page SECTION/NAME`.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new section (condition) or page from a template.",
        discussion: """
            Creates a Markdown file with complete front matter (marked 'draft: true') and the headings a \
            patient page should have, with a hint under each saying what to write. It writes no review \
            date: add 'last_reviewed' and 'reviewed_by' after a clinician has reviewed the page. It never \
            replaces an existing file.
            """,
        subcommands: [Section.self, Page.self]
    )

    struct Options: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("The site folder, holding content/.", valueName: "dir"))
        var source: String = "."

        var scaffold: ScaffoldOptions { ScaffoldOptions(source: source) }
    }

    struct Section: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "section",
            abstract: "Create a section for a condition: content/<name>/_index.md.",
            discussion: """
                The folder is the name in lowercase with hyphens ("Systemic lupus erythematosus" → \
                content/systemic-lupus-erythematosus/); the title is the name as you typed it.
                """
        )

        @Argument(help: ArgumentHelp("The condition's name, like \"Lupus\" or \"Systemic lupus erythematosus\".", valueName: "name"))
        var name: String

        @OptionGroup var options: Options

        func run() async throws {
            let scaffold = options.scaffold
            try await NewCommand.report(scaffold) { () throws(Diagnostic) in try Scaffold.newSection(name, options: scaffold) }
        }
    }

    struct Page: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "page",
            abstract: "Create a page in a section: content/<section>/<name>.md.",
            discussion: """
                Write the section's folder (or name) and the page's name: 'lupus/symptoms' creates \
                content/lupus/symptoms.md titled "Symptoms"; 'lupus/"Living with lupus"' creates \
                content/lupus/living-with-lupus.md. The page is listed after the section's last page.
                """
        )

        @Argument(help: ArgumentHelp("The section and the page's name, like lupus/symptoms.", valueName: "section/name"))
        var path: String

        @OptionGroup var options: Options

        func run() async throws {
            let scaffold = options.scaffold
            try await NewCommand.report(scaffold) { () throws(Diagnostic) in try Scaffold.newPage(path, options: scaffold) }
        }
    }

    /// Prints what was created, or the problem and exits 1.
    static func report(_ options: ScaffoldOptions, _ create: () throws(Diagnostic) -> ScaffoldResult) async throws {
        try Console.requireSite(options.source)
        try await Console.finishInterruptedMove(source: options.source)
        let result = try Console.exitOnFailure(pathPrefix: options.pathPrefix, create)
        Console.report(result.warnings, pathPrefix: options.pathPrefix)
        result.messages.forEach { print($0) }
    }
}
