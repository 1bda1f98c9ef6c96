import Foundation
import Testing
@testable import SitegenCommands
@testable import SitegenLoad
import SitegenTheme

/// `sitegen theme` and what `check` says about a site's copies of the theme (issue 27,
/// requirement 2), through the real binary.
@Suite struct ThemeCommandTests {
    let cli = CommandLineTests()

    /// A clean site with no templates/ of its own.
    func bareSite() throws -> TestSite {
        let site = try cli.cleanSite()
        try site.remove("templates")
        return site
    }

    var allFiles: String { BuiltInTheme.files.map(\.path).joined(separator: ", ") }

    @Test func themeWritesEveryFileAndRecordsIt() throws {
        let site = try bareSite()
        defer { site.cleanUp() }
        let result = try cli.run(["theme"], in: site.root)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "Copied \(BuiltInTheme.files.count) files into templates/ from the built-in theme, and recorded them in templates/theme-versions.yml. Change what you need and delete what you do not: sitegen uses the built-in file for any you delete.\n")
        for file in BuiltInTheme.files {
            #expect(Array(try Data(contentsOf: site.root.appendingPathComponent("templates/" + file.path))) == file.bytes, "\(file.path)")
        }
        let record = try #require(ThemeVersions.parse(try site.read("templates/theme-versions.yml")))
        #expect(record.entries.count == BuiltInTheme.files.count)
        #expect(record.entries["page.mustache"] == ThemeVersions.Entry(hash: BuiltInTheme.file("page.mustache")?.hash ?? "", sitegen: SitegenVersion.number))
        // The record is neither a template nor published; copies the same as the built-in files
        // are not a build's concern, only check's.
        let built = try cli.run(["build", "--today", "2026-11-25"], in: site.root)
        #expect(built.status == 0)
        #expect(built.errors == "", "\(built.errors)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/theme-versions.yml").path))
        let checked = try cli.run(["check", "--today", "2026-11-25"], in: site.root)
        #expect(checked.output.contains("templates/page.mustache: suggestion: is the same as the built-in page.mustache; delete it, and the site gets the theme's future fixes with sitegen\n"), "\(checked.output)")
        #expect(checked.output.hasSuffix("0 errors, 0 warnings, \(BuiltInTheme.files.count) suggestions\n"), "\(checked.output)")
    }

    @Test func themeWritesTheNamedFilesOnly() throws {
        let site = try bareSite()
        defer { site.cleanUp() }
        let result = try cli.run(["theme", "page.mustache", "templates/partials/footer.mustache", "site.css"], in: site.root)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Copied 3 files into templates/ from the built-in theme"))
        let written = FileManager.default.enumerator(atPath: site.root.appendingPathComponent("templates").path)?.allObjects as? [String]
        #expect(written?.sorted() == ["page.mustache", "partials", "partials/footer.mustache", "static", "static/site.css", "theme-versions.yml"])
        let record = try #require(ThemeVersions.parse(try site.read("templates/theme-versions.yml")))
        #expect(record.entries.keys.sorted() == ["page.mustache", "partials/footer.mustache", "static/site.css"])
    }

    @Test func themeRefusesToReplaceAFileAndWritesNothing() throws {
        let site = try bareSite()
        defer { site.cleanUp() }
        try site.write("templates/page.mustache", Data("mine\n".utf8))
        let one = try cli.run(["theme", "page.mustache", "base.mustache"], in: site.root)
        #expect(one.status == 1)
        #expect(one.errors == "templates/page.mustache: error: already exists, so 'sitegen theme' would replace it; nothing was written. Compare it with the built-in one: 'sitegen theme --diff page.mustache'; to start again from the built-in one, delete yours first\n")
        try site.write("templates/static/site.css", Data("body {}\n".utf8))
        let all = try cli.run(["theme"], in: site.root)
        #expect(all.status == 1)
        #expect(all.errors == "templates: error: 2 files already exist, so 'sitegen theme' would replace them: page.mustache, static/site.css; nothing was written. Name only the files you want to copy, like 'sitegen theme partials/footer.mustache', or compare yours with 'sitegen theme --diff FILE'\n")
        #expect(try site.read("templates/page.mustache") == "mine\n")
        let written = FileManager.default.enumerator(atPath: site.root.appendingPathComponent("templates").path)?.allObjects as? [String]
        #expect(written?.sorted() == ["page.mustache", "static", "static/site.css"])
    }

    @Test func anUnknownFileIsAnErrorListingTheThemesFiles() throws {
        let site = try bareSite()
        defer { site.cleanUp() }
        let result = try cli.run(["theme", "pages.mustache"], in: site.root)
        #expect(result.status == 1)
        #expect(result.errors == "templates/pages.mustache: error: is not a file of the built-in theme; did you mean 'page.mustache'? its files are: \(allFiles)\n")
        let far = try cli.run(["theme", "--print", "logo.svg"], in: site.root)
        #expect(far.status == 1)
        #expect(far.errors == "templates/logo.svg: error: is not a file of the built-in theme; its files are: \(allFiles)\n")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("templates").path))
    }

    @Test func themeOutsideASiteSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["theme"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors == "sitegen: error: no site here (no site.yml in \(folder.path)); start one with `sitegen init`\n")
    }

    @Test func printListAndDiffShowTheBuiltInTheme() throws {
        let site = try bareSite()
        defer { site.cleanUp() }
        let printed = try cli.run(["theme", "--print", "partials/pager.mustache"], in: site.root)
        #expect(printed.status == 0)
        #expect(printed.output == BuiltInTheme.file("partials/pager.mustache")?.text)
        try site.write("templates/partials/pager.mustache", Data("<nav>ours</nav>\n".utf8))
        let listed = try cli.run(["theme", "--list"], in: site.root)
        #expect(listed.output.contains("\npartials/pager.mustache  (replaced by templates/partials/pager.mustache)\npartials/print-button.mustache\npartials/review.mustache\n"), "\(listed.output)")
        let builtIn = try #require(BuiltInTheme.file("partials/pager.mustache")?.text)
        let lines = builtIn.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let diff = try cli.run(["theme", "--diff", "pager.mustache"], in: site.root)
        #expect(diff.status == 0)
        #expect(diff.output == """
            --- templates/partials/pager.mustache (yours)
            +++ built-in templates/partials/pager.mustache (sitegen \(SitegenVersion.number))
            @@ -1 +1\(lines.count == 1 ? "" : ",\(lines.count)") @@
            -<nav>ours</nav>
            \(lines.map { "+" + $0 }.joined(separator: "\n"))

            """)
        let same = try cli.run(["theme", "--diff", "partials/review.mustache"], in: site.root)
        #expect(same.output == "templates/partials/review.mustache does not exist: the site uses the built-in partials/review.mustache as it is.\n")
    }

    /// A copy made from an older built-in file: the record holds the hash of that older file.
    @Test func checkAndBuildWarnWhenTheBuiltInFileChangedSinceTheCopy() throws {
        let site = try bareSite()
        defer { site.cleanUp() }
        #expect(try cli.run(["theme", "page.mustache"], in: site.root).status == 0)
        try site.write("templates/page.mustache", Data(("<!-- ours -->\n" + (BuiltInTheme.file("page.mustache")?.text ?? "")).utf8))
        // Not changed in sitegen since: a changed copy is the site's own business.
        #expect(try cli.run(["check", "--today", "2026-11-25"], in: site.root).output.hasSuffix("0 errors, 0 warnings\n"))
        try site.write("templates/theme-versions.yml", Data("page.mustache:\n  hash: \"0123456789abcdef\"\n  sitegen: \"0.15.0\"\n".utf8))
        let warning = "templates/page.mustache: warning: replaces the built-in page.mustache, which has changed since this copy was made with sitegen 0.15.0; see what differs with 'sitegen theme --diff page.mustache' and take the changes you want into your copy (or delete it to use the built-in one), then run 'sitegen theme --mark-updated page.mustache'"
        let checked = try cli.run(["check", "--today", "2026-11-25"], in: site.root)
        #expect(checked.output.hasPrefix(warning + "\n"), "\(checked.output)")
        #expect(checked.output.hasSuffix("0 errors, 1 warning\n"), "\(checked.output)")
        let built = try cli.run(["build", "--today", "2026-11-25"], in: site.root)
        #expect(built.status == 0)
        #expect(built.errors.hasPrefix(warning + "\n"), "\(built.errors)")
        // After comparing, the editor records the copy as up to date: the warning stops.
        let marked = try cli.run(["theme", "--mark-updated", "page.mustache"], in: site.root)
        #expect(marked.output == "Recorded in templates/theme-versions.yml that templates/page.mustache takes in the built-in version of sitegen \(SitegenVersion.number).\n")
        #expect(try cli.run(["check", "--today", "2026-11-25"], in: site.root).output.hasSuffix("0 errors, 0 warnings\n"))
    }

    /// A site that copied the whole theme before sitegen kept a record (`init` did), then
    /// changed two files: what sitegen can truthfully say.
    @Test func checkSaysWhatItCanOfCopiesWithNoRecord() throws {
        let site = try bareSite()
        defer { site.cleanUp() }
        try site.write("templates/partials/footer.mustache", Data("<footer>{{{disclaimer_html}}}</footer>\n".utf8))
        // Alone, a site's own template is its own business: nothing to say.
        #expect(try cli.run(["check", "--today", "2026-11-25"], in: site.root).output.hasSuffix("0 errors, 0 warnings\n"))
        try site.write("templates/page.mustache", Data((BuiltInTheme.file("page.mustache")?.bytes ?? [])))
        try site.write("templates/static/site.css", Data("body {}\n".utf8))
        let checked = try cli.run(["check", "--today", "2026-11-25"], in: site.root)
        #expect(checked.output.hasPrefix("""
            templates: suggestion: partials/footer.mustache, static/site.css replace built-in files, and templates/theme-versions.yml has no record of the version they were copied from, so sitegen cannot tell you when the built-in ones change; compare with 'sitegen theme --diff FILE', then record it with 'sitegen theme --mark-updated FILE'
            templates/page.mustache: suggestion: is the same as the built-in page.mustache; delete it, and the site gets the theme's future fixes with sitegen

            """), "\(checked.output)")
        #expect(checked.output.hasSuffix("0 errors, 0 warnings, 2 suggestions\n"), "\(checked.output)")
    }

    @Test func theRecordRoundTrips() throws {
        let record = ThemeVersions(entries: ["page.mustache": .init(hash: "00000000000000ff", sitegen: "0.16.0"), "odd name.css": .init(hash: "1", sitegen: "0.1")])
        #expect(ThemeVersions.parse(record.text) == record)
        #expect(record.text.hasSuffix("\"odd name.css\":\n  hash: \"1\"\n  sitegen: \"0.1\"\npage.mustache:\n  hash: \"00000000000000ff\"\n  sitegen: \"0.16.0\"\n"))
        #expect(ThemeVersions.parse("- page.mustache\n") == nil)
    }

    @Test func theDiffIsUnified() {
        let diff = LineDiff.unified(from: "a\nb\nc\nd\ne\nf\ng\nh\ni\n", to: "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\n", oldName: "old", newName: "new", context: 1)
        #expect(diff == "--- old\n+++ new\n@@ -3,3 +3,3 @@\n c\n-d\n+D\n e\n@@ -9 +9,2 @@\n i\n+j\n")
        #expect(LineDiff.unified(from: "same\n", to: "same\n", oldName: "a", newName: "b") == "")
    }
}
