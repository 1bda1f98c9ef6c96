import ArgumentParser
import Foundation
import SitegenCommands
import SitegenModel

/// `sitegen theme [FILE...]`: copies files of the built-in theme into templates/ to change them.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Copy files of the built-in theme into templates/, to change them.",
        discussion: """
            A site uses the theme sitegen carries; a file in the site's templates/ replaces only the \
            built-in file of the same path. With no FILE, copies every file of the theme; with FILEs \
            (like page.mustache, partials/footer.mustache, static/site.css), only those. It never \
            replaces a file: if any of them exists, it writes nothing. Each copy is recorded in \
            templates/theme-versions.yml, so that 'sitegen check' tells you when the built-in file \
            changes in a later sitegen. See docs/theme.md.
            """
    )

    @Argument(help: ArgumentHelp("Files of the theme, by their path under templates/ (default: all of them).", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("The site folder, holding site.yml.", valueName: "dir"))
    var source: String = "."

    @Flag(name: .long, help: "List the built-in theme's files, marking those the site replaces; write nothing.")
    var list = false

    @Flag(name: .customLong("print"), help: "Print the built-in FILE instead of writing it.")
    var printFile = false

    @Flag(name: .long, help: "Show what would change in the site's copy of FILE to make it the built-in one (a unified diff).")
    var diff = false

    @Flag(name: .customLong("mark-updated"), help: "Record that the site's copy of FILE takes in this sitegen's built-in version, after comparing them with --diff.")
    var markUpdated = false

    func validate() throws {
        let modes = [list, printFile, diff, markUpdated].filter { $0 }.count
        if modes > 1 { throw ValidationError("use one of --list, --print, --diff and --mark-updated at a time") }
        if printFile || diff || markUpdated, files.isEmpty { throw ValidationError("name the file, like 'sitegen theme \(printFile ? "--print" : diff ? "--diff" : "--mark-updated") page.mustache'") }
        if list, !files.isEmpty { throw ValidationError("--list takes no file") }
    }

    func run() throws {
        let prefix = ScaffoldOptions(source: source).pathPrefix
        let version = SitegenVersion.number
        // Only --print needs no site: it shows the built-in file.
        if !printFile { try Console.requireSite(source) }
        if list {
            for entry in SiteTheme.list(siteRoot: source) {
                print(entry.replaced ? "\(entry.path)  (replaced by \(prefix)templates/\(entry.path))" : entry.path)
            }
        } else if printFile {
            for name in files {
                let bytes = try Console.exitOnFailure(pathPrefix: prefix) { () throws(Diagnostic) in try SiteTheme.builtIn(name) }
                FileHandle.standardOutput.write(Data(bytes))
            }
        } else if diff {
            for name in files {
                print(try Console.exitOnFailure(pathPrefix: prefix) { () throws(Diagnostic) in try SiteTheme.diff(name, siteRoot: source, version: version) }, terminator: "")
            }
        } else if markUpdated {
            let marked = try Console.exitOnFailure(pathPrefix: prefix) { () throws(Diagnostic) in try SiteTheme.markUpdated(files, siteRoot: source, version: version) }
            print("Recorded in \(prefix)templates/theme-versions.yml that \(marked.map { prefix + $0 }.joined(separator: ", ")) \(marked.count == 1 ? "takes" : "take") in the built-in version of sitegen \(version).")
        } else {
            let written = try Console.exitOnFailure(pathPrefix: prefix) { () throws(Diagnostic) in try SiteTheme.write(files, siteRoot: source, version: version) }
            let what = written.count == 1 ? prefix + written[0] : "\(written.count) files into \(prefix)templates/"
            print("Copied \(what) from the built-in theme, and recorded \(written.count == 1 ? "it" : "them") in \(prefix)templates/theme-versions.yml. Change what you need and delete what you do not: sitegen uses the built-in file for any you delete.")
        }
    }
}
