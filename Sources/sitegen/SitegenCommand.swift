import ArgumentParser
import SitegenKit

@main
struct SitegenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds a patient-education website from Markdown pages and HTML templates.",
        discussion: "Run it in a site folder (site.yml, content/, templates/). With no command it builds the site into public/.",
        version: SitegenVersion.text,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ReportCommand.self, MoveCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
