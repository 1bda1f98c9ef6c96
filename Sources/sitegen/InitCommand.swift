import ArgumentParser
import SitegenCommands
import SitegenLoad
import SitegenModel

/// `sitegen init [DIR]`: a new site that builds at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: settings, a home page and an example section (a draft).",
        discussion: "Writes into DIR (created if missing; default: this folder). Never replaces a file: it stops if DIR already holds any of the files it would write. It writes no templates/: the site uses the theme built into sitegen, and 'sitegen theme' copies the files you want to change."
    )

    @Argument(help: ArgumentHelp("The folder to create the site in.", valueName: "dir"))
    var folder: String = "."

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address the site will be published at, written into site.yml as base_url (for canonical links, the handouts' address and the sitemap). Without it, base_url is left out until you know it.", valueName: "url"))
    var baseURL: String?

    func validate() throws {
        if let baseURL, let problem = BaseURLRule.problem(baseURL) { throw ValidationError("--base-url \(problem)") }
    }

    func run() throws {
        let result = try Console.exitOnFailure(pathPrefix: "") { () throws(Diagnostic) in
            try SiteInit.create(in: folder, baseURL: baseURL)
        }
        let into = folder == "." ? "this folder" : folder
        let go = folder == "." ? "" : "cd \(folder) && "
        print("Created a site in \(into) (\(result.written.count) files). Next: \(go)sitegen serve --drafts, and open the address it prints. Its pages use the theme built into sitegen: 'sitegen theme --help' says how to change it.")
    }
}
