import Foundation
import Testing

/// Where each command may write (`WritePermission`): issue 25's data loss (a report written over a
/// page) and the smaller refusals that left a file or a folder behind.
@Suite struct WritePermissionTests {
    let cli = CommandLineTests()
    let fm = FileManager.default

    @Test func aReportNeverReplacesAFileOfTheSite() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let cases: [(String, String)] = [
            ("content/imnm/symptoms.md", "would be inside the site's own folder content/, which the build reads and publishes"),
            ("content/imnm/report.html", "would be inside the site's own folder content/, which the build reads and publishes"),
            ("site.yml", "would replace the site's own file site.yml"),
            ("templates/page.mustache", "would be inside the site's own folder templates/, which the build reads and publishes"),
            ("content", "is the site's own folder content/"),
        ]
        let before = try site.read("content/imnm/symptoms.md"), settings = try site.read("site.yml")
        for format in ["html", "json"] {
            for (path, why) in cases {
                let result = try cli.run(["report", "--format", format, "--output", path], in: site.root)
                #expect(result.status == 1, "\(path)")
                #expect(result.errors == "sitegen: error: the report \(path) \(why); choose a file outside the site's own files with --output, like report.html\n")
                #expect(!result.output.contains("Wrote"))
            }
        }
        #expect(try site.read("content/imnm/symptoms.md") == before)
        #expect(try site.read("site.yml") == settings)
        #expect(!fm.fileExists(atPath: site.root.path + "/content/imnm/report.html"))
    }

    @Test func aReportReplacesOnlyAReportSitegenWrote() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("notes.html", Data("<p>My notes</p>\n".utf8))
        let refused = try cli.run(["report", "--output", "notes.html"], in: site.root)
        #expect(refused.status == 1)
        #expect(refused.errors == "sitegen: error: notes.html exists and is not a report sitegen wrote, so it is not replaced; choose another name with --output, or delete the file first\n")
        #expect(try site.read("notes.html") == "<p>My notes</p>\n")
        // Its own reports, HTML or JSON, are replaced run after run; so is an empty file.
        try site.write("empty.html", Data())
        for arguments in [["--output", "report.html"], ["--output", "report.html"], ["--format", "json", "--output", "r.json"], ["--format", "json", "--output", "r.json"], ["--output", "empty.html"]] {
            let result = try cli.run(["report"] + arguments, in: site.root)
            #expect(result.status == 0, "\(arguments): \(result.errors)")
        }
        #expect(try site.read("empty.html").contains(#"<meta name="generator" content="sitegen">"#))
        // The build's --report too.
        try site.write("readme.json", Data("{\"mine\": true}\n".utf8))
        let build = try cli.run(["build", "--report", "readme.json"], in: site.root)
        #expect(build.status == 1)
        #expect(build.errors == "sitegen: error: readme.json exists and is not a report sitegen wrote, so it is not replaced; choose another name with --report, or delete the file first\n")
        #expect(!fm.fileExists(atPath: site.output), "checked before the build")
        #expect(try cli.run(["build", "--report", "b.json"], in: site.root).status == 0)
        #expect(try cli.run(["build", "--report", "b.json"], in: site.root).status == 0)
    }

    @Test func aReportNeverReplacesAFileSitegenKeepsForItself() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        for path in [".sitegen-move", ".sitegen-cache/external-links.json", "content/imnm/.symptoms.md.sitegen-move"] {
            let result = try cli.run(["report", "--output", path], in: site.root)
            #expect(result.status == 1, "\(path)")
            if path.hasPrefix("content/") { continue }  // refused as inside content/ first
            #expect(result.errors == "sitegen: error: the report \(path) would replace a file sitegen keeps for itself; choose another name with --output, like report.html\n")
        }
    }

    @Test func aReportPathThatIsAFolderOrALinkIsRefusedInWords() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try fm.createDirectory(atPath: site.root.path + "/reports", withIntermediateDirectories: true)
        let folder = try cli.run(["report", "--output", "reports"], in: site.root)
        #expect(folder.status == 1)
        #expect(folder.errors == "sitegen: error: the report path reports is a folder; give a file name such as report.html to --output\n")
        try fm.createSymbolicLink(atPath: site.root.path + "/latest.html", withDestinationPath: "/tmp/elsewhere-\(UUID().uuidString).html")
        let link = try cli.run(["report", "--output", "latest.html"], in: site.root)
        #expect(link.status == 1)
        #expect(link.errors == "sitegen: error: the report latest.html is a symbolic link; a report replaces a file, never what a link points to: give --output the path of the file itself\n")
        #expect(try fm.destinationOfSymbolicLink(atPath: site.root.path + "/latest.html").hasPrefix("/tmp/elsewhere-"))
    }

    @Test func aRefusedBuildLeavesNoLockFileAndNoFolders() throws {
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\nSee [the cure](cure.md).\n"])
        defer { site.cleanUp() }
        let result = try cli.run(["build", "--output", "new/deep/public"], in: site.root)
        #expect(result.status == 1)
        #expect(result.errors.hasSuffix("sitegen: error: build failed with 1 error; nothing was written\n"))
        #expect(!fm.fileExists(atPath: site.root.path + "/new"), "the folders made for the output are gone")
        #expect(try fm.contentsOfDirectory(atPath: site.root.path).sorted() == ["content", "site.yml", "templates"])
        // A good build keeps its folders, and its lock file is gone once it is done.
        try site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\n---\nText.\n".utf8))
        #expect(try cli.run(["build", "--output", "new/deep/public"], in: site.root).status == 0)
        #expect(try fm.contentsOfDirectory(atPath: site.root.path + "/new/deep") == ["public"])
    }
}
