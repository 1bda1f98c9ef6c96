import Foundation
import Testing
@testable import SitegenCommands

/// A first run that just works (issue 16, requirement 6): the version, `sitegen init`, and the
/// messages a failed check or a strict quiet build give.
@Suite struct FirstRunTests {
    let cli = CommandLineTests()

    @Test func theVersionIsPrinted() throws {
        let result = try cli.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.output == "sitegen \(SitegenVersion.number)\n")
    }

    @Test func initCreatesASiteThatBuildsAndPublishesNoExample() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let created = try cli.run(["init", "my-library"], in: folder)
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output == "Created a site in my-library (\(SiteInit.files.count) files). Next: cd my-library && sitegen serve --drafts, and open the address it prints. Its pages use the theme built into sitegen: 'sitegen theme --help' says how to change it.\n")
        let site = folder.appendingPathComponent("my-library")
        // No copy of the theme: the site uses the one sitegen carries.
        #expect(SiteInit.files.map(\.path) == ["site.yml", "glossary.yml", "content/_index.md", "content/example-condition/_index.md", "content/example-condition/symptoms.md"])
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("templates").path))
        let built = try cli.run(["build", "--quiet"], in: site)
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.errors == "")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/index.html").path))
        // The example section is a draft: seen in a preview with --drafts, never published.
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public/example-condition").path))
        let drafts = try cli.run(["check", "--drafts"], in: site)
        #expect(drafts.status == 0, "\(drafts.output)")
        #expect(drafts.output.hasSuffix("Checked 3 pages: 0 errors, 3 warnings\n"), "\(drafts.output)")
        // sitegen writes no advice: the example section says when to get help nowhere, and is told so.
        #expect(drafts.output.contains("content/example-condition/_index.md: warning: no page about 'Example condition' says when to get help;"), "\(drafts.output)")
        // A second init there would replace files: refused, nothing changed.
        let before = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        let again = try cli.run(["init"], in: site)
        #expect(again.status == 1)
        #expect(again.errors == "site.yml: error: already exists, so 'sitegen init' would replace it; run it in an empty folder, or in a new one: 'sitegen init my-library'\n")
        #expect(try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8) == before)
    }

    @Test func aCheckWithErrorsStillCountsThePagesItChecked() throws {
        let site = try cli.cleanSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\nSee [causes](causes.md).\n"])
        defer { site.cleanUp() }
        let result = try cli.run(["check"], in: site.root)
        #expect(result.status == 1)
        #expect(result.output.contains("content/imnm/symptoms.md:4: error: link 'causes.md' points to content/imnm/causes.md, which does not exist"), "\(result.output)")
        #expect(result.output.hasSuffix("Checked 3 pages: 1 error, 1 warning\n"), "\(result.output)")
        // An error found while loading: the Markdown files read are counted.
        let broken = try cli.cleanSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: soon\n---\nText.\n"])
        defer { broken.cleanUp() }
        let early = try cli.run(["check"], in: broken.root)
        #expect(early.status == 1)
        #expect(early.output.hasSuffix("Checked 3 pages: 1 error, 0 warnings\n"), "\(early.output)")
    }

    @Test func quietStrictShowsTheWarningsThatFailedTheBuild() throws {
        let site = try cli.cleanSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 10\nsurprise: yes\n---\nText.\n"])
        defer { site.cleanUp() }
        let result = try cli.run(["build", "--quiet", "--strict"], in: site.root)
        #expect(result.status == 2)
        #expect(result.errors == """
            content/imnm/symptoms.md: warning: has no medical review date; after a clinician checks the page, add 'last_reviewed: YYYY-MM-DD' and 'reviewed_by: <name>'
            content/imnm/symptoms.md:4: warning: unknown key 'surprise' in the front matter is ignored
            sitegen: error: build failed: 2 warnings and --strict; nothing was written

            """)
    }
}
