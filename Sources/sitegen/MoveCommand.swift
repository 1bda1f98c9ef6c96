import ArgumentParser
import SitegenCommands

/// `sitegen move SRC DST`.
struct MoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move or rename a page or a section, keeping every link and its old address working.",
        discussion: """
            'sitegen move content/my-section/old-name.md content/my-section/new-name.md' renames a page; \
            with two folders ('content/my-section content/new-section') it moves a section. Every link to the moved files in other \
            pages is changed (anchors kept), and each moved page gets its old address in 'aliases:', so \
            old links and printed handouts still work. It never replaces an existing file, and on any \
            error it changes nothing. If it is killed, the next sitegen command finishes or undoes it.
            """
    )

    @Argument(help: ArgumentHelp("The page or section folder to move, like content/my-section/my-page.md.", valueName: "src"))
    var source: String

    @Argument(help: ArgumentHelp("Its new path, like content/my-section/new-name.md.", valueName: "dst"))
    var destination: String

    @OptionGroup var options: NewCommand.Options

    func run() async throws {
        let scaffold = options.scaffold
        try Console.requireSite(scaffold.source)
        let result: SiteMove.Result
        do {
            result = try await SiteMove.run(
                source: source, destination: destination, options: scaffold,
                whileWaiting: { Console.note("sitegen: waiting for another sitegen move in this site to finish…") },
                recovered: { Console.note($0) }
            )
        } catch {
            Console.report([error], pathPrefix: scaffold.pathPrefix)
            throw ExitCode.failure
        }
        result.messages.forEach { print($0) }
    }
}
