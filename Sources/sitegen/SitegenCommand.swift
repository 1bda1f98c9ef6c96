import ArgumentParser
import SitegenCommands
import SitegenModel

@main
struct SitegenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds a patient-education website from Markdown pages and HTML templates.",
        discussion: "Run it in a site folder (site.yml, content/, and templates/ for the files of the built-in theme it changes). With no command it builds the site into public/.",
        version: SitegenVersion.text,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ReportCommand.self, MoveCommand.self, InitCommand.self, ThemeCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
