import ArgumentParser
import SitegenKit

/// `sitegen init [DIR]`: a new site that builds at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: settings, a home page and an example section (a draft).",
        discussion: "Writes into DIR (created if missing; default: this folder). Never replaces a file: it stops if DIR already holds any of the files it would write. It writes no templates/: the site uses the theme built into sitegen, and 'sitegen theme' copies the files you want to change."
    )

    @Argument(help: ArgumentHelp("The folder to create the site in.", valueName: "dir"))
    var folder: String = "."

    func run() throws {
        let result = try Console.exitOnFailure(pathPrefix: "") { () throws(Diagnostic) in
            try SiteInit.create(in: folder)
        }
        let into = folder == "." ? "this folder" : folder
        let go = folder == "." ? "" : "cd \(folder) && "
        print("Created a site in \(into) (\(result.written.count) files). Next: \(go)sitegen serve --drafts, and open the address it prints. Its pages use the theme built into sitegen: 'sitegen theme --help' says how to change it.")
    }
}
