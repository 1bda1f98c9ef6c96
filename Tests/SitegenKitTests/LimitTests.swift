import Foundation
import Testing
@testable import SitegenFileSystem
@testable import SitegenLoad
@testable import SitegenRender

/// Inputs that used to crash sitegen or keep it busy forever now stop at a limit, with a message.
/// Each input is small enough that, were a limit lost, the test would fail rather than hang.
@Suite struct LimitTests {
    /// Builds the good site, applies `change`, builds again, and returns the errors of the
    /// second build after checking that it failed without touching `public/`.
    func failingBuild(_ change: (TestSite) throws -> Void) async throws -> [String] {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        let before = site.snapshot()
        try change(site)
        let (succeeded, messages) = await site.build()
        #expect(!succeeded)
        #expect(site.snapshot() == before, "a failed build must leave public/ exactly as it was")
        return messages.filter { $0.contains(": error: ") }
    }

    func write(_ files: [String: String]) -> (TestSite) throws -> Void {
        { site in for (path, text) in files { try site.write(path, Data(text.utf8)) } }
    }

    // MARK: Templates

    @Test func partialThatIncludesItself() async throws {
        #expect(try await failingBuild(write([
            "templates/base.mustache": "<!DOCTYPE html><title>{{head_title}}</title>{{> partials/self}}{{$main}}{{/main}}\n",
            "templates/partials/self.mustache": "<p>\n{{> partials/self}}\n",
        ])) == [
            "templates/partials/self.mustache:2: error: partials include each other without end: 404 → base → partials/self → partials/self; remove {{> partials/self}} from this template or from one of the others",
        ])
    }

    @Test func baseIncludedByAPartialInsideItsBlock() async throws {
        // page gives base its {{$main}} block, which includes the footer; the footer's {{> base}}
        // shows that same block again, and so on.
        #expect(try await failingBuild(write(["templates/partials/footer.mustache": "<footer>{{> base}}</footer>\n"])) == [
            "templates/partials/footer.mustache:1: error: partials include each other without end: 404 → base → {{$main}} → partials/footer → base; remove {{> base}} from this template or from one of the others",
        ])
    }

    /// Found by the template fuzzer (Fuzz/regressions/template/block-shown-inside-itself.mustache):
    /// the block a page gives its parent shows a block of the same name, which is itself.
    @Test func blockShownInsideItself() async throws {
        let errors = try await failingBuild(write(["templates/page.mustache": "{{<base}}{{$main}}\n<p>{{$main}}{{/main}}</p>{{/main}}{{/base}}\n"]))
        #expect(errors == [
            "templates/page.mustache:2: error: partials include each other without end: 404 → base → {{$main}} → {{$main}}; remove {{$main}} from this template or from one of the others",
        ], "\(errors)")
    }

    @Test func templateThatIsItsOwnParent() async throws {
        #expect(try await failingBuild(write(["templates/page.mustache": "{{<page}}{{$main}}x{{/main}}{{/page}}\n"])) == [
            "templates/page.mustache:1: error: partials include each other without end: page → page; remove {{<page}} from this template or from one of the others",
        ])
    }

    @Test func sectionsNestedTooDeep() async throws {
        // One more than the limit: the scan stops there, however deep the file goes on.
        let deep = String(repeating: "{{#title}}", count: 101) + "x" + String(repeating: "{{/title}}", count: 101) + "\n"
        #expect(try await failingBuild(write(["templates/page.mustache": "<main>\n" + deep])) == [
            "templates/page.mustache:2: error: sections are nested more than 100 deep; close sections with {{/…}} before opening new ones",
        ])
    }

    @Test func partialsNestedTooDeep() async throws {
        var files = ["templates/page.mustache": "{{> partials/c0}}\n"]
        for index in 0..<30 {
            let inner = index < 29 ? "{{> partials/c\(index + 1)}}" : "end"
            files["templates/partials/c\(index).mustache"] = "{{#title}}{{#title}}{{#title}}\(inner){{/title}}{{/title}}{{/title}}\n"
        }
        #expect(try await failingBuild(write(files)) == [
            "templates/page.mustache:1: error: sections and partials are nested 120 deep through page → partials/c0 → partials/c1 → partials/c2 → partials/c3 → … → partials/c26 → partials/c27 → partials/c28 → partials/c29, more than the limit of 100; include fewer partials inside one another",
        ])
    }

    @Test func partialNamedByAValue() async throws {
        // A page titled "page" would make the page template include itself.
        #expect(try await failingBuild(write(["templates/page.mustache": "{{>*title}}\n"])) == [
            "templates/page.mustache:1: error: {{>*title}} takes the template's name from a value, which sitegen does not allow (a page's text could name a template that includes itself); write the name, like {{> partials/nav}}",
        ])
    }

    @Test func missingPartialAfterADelimiterChange() async throws {
        #expect(try await failingBuild(write(["templates/page.mustache": "<main>\n{{=<% %>=}}<%> partials/nosuch %>\n"])) == [
            "templates/page.mustache:2: error: partial 'partials/nosuch' does not exist; create templates/partials/nosuch.mustache or correct the name",
        ])
    }

    @Test func tagScanReadsCommentsAndDelimitersAsSwiftMustacheDoes() {
        // A comment ends at the first "}}"; after {{=| |=}} only |…| are tags, until {{ }} are back.
        let tags = TemplateTags("{{! {{> a}} }}\n{{=| |=}}{{> b}}|> c|\n|={{ }}=|{{> d}}{{{e}}}{{#s}}{{<p}}{{$x}}{{> f}}{{/x}}{{/p}}{{/s}}", limit: 10)
        #expect(tags.references.map(\.name) == ["c", "d", "p", "f"])
        #expect(tags.references.map(\.line) == [2, 3, 3, 3])
        #expect(tags.references.map(\.blocks) == [[], [], [], ["x"]])
        #expect(tags.deepest == 3)
    }

    @Test func theBinaryReportsDeepNestingInsteadOfCrashing() throws {
        // 5,000 nested sections ended the process with SIGSEGV (status 139) and no message; the
        // most that fit in a template's 64 KB are about 3,000.
        let site = try TestSite(["templates/page.mustache": String(repeating: "{{#title}}", count: 3_000) + String(repeating: "{{/title}}", count: 3_000)])
        defer { site.cleanUp() }
        let run = try CommandLineTests().run(["check"], in: site.root)
        #expect(run.status == 1)
        #expect((run.output + run.errors).contains("templates/page.mustache:1: error: sections are nested more than 100 deep"))
    }

    // MARK: YAML aliases

    @Test func aliasesUsedAsKeysAreBounded() async throws {
        // Each level's keys are lists holding the level below: Yams hashed every key in full, so
        // each level took nine times longer (eight levels: 18.5 s). Four levels already pass the bound.
        var lines = ["---", "title: Symptoms", "a0: &a0 {x: 1, y: 2, z: 3}"]
        for level in 1...4 {
            lines.append("a\(level): &a\(level) {" + (0..<9).map { "[*a\(level - 1), \($0)]: \($0)" }.joined(separator: ", ") + "}")
        }
        #expect(try await failingBuild(write(["content/imnm/symptoms.md": (lines + ["---", "Text."]).joined(separator: "\n")])) == [
            "content/imnm/symptoms.md:7: error: the alias '*a3' makes the front matter too large: aliases may repeat at most 10000 values in all; write the values out instead",
        ])
    }

    /// Lists of ten aliases of the list before: cheap for Yams, but ten times more values a level.
    func aliasLists(indent: String) -> String {
        var lines = ["\(indent)x0: &x0 [a, a, a, a, a, a, a, a, a, a]"]
        for level in 1...3 {
            lines.append("\(indent)x\(level): &x\(level) [" + Array(repeating: "*x\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aliasesInTheGlossaryAreBounded() async throws {
        let glossary = "- term: Lupus\n  definition: An illness of the immune system.\n" + aliasLists(indent: "  ")
        #expect(try await failingBuild(write(["glossary.yml": glossary])) == [
            "glossary.yml:6: error: the alias '*x2' makes the glossary too large: aliases may repeat at most 10000 values in all; write the values out instead",
        ])
    }

    @Test func aliasesInTheSettingsAreBounded() async throws {
        let settings = "title: Test Library\nbase_url: https://www.clinic-health.org/\n" + aliasLists(indent: "")
        #expect(try await failingBuild(write(["site.yml": settings])) == [
            "site.yml:6: error: the alias '*x2' makes the site.yml too large: aliases may repeat at most 10000 values in all; write the values out instead",
        ])
    }

    @Test func aFewAliasesAreFine() {
        #expect(YAMLAliases.excess(in: "a: &a [x, y]\nb: *a\nc: {*a : 1}\n") == nil)
    }

    // MARK: Files

    func link(_ site: TestSite, _ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent(path).path, withDestinationPath: target)
    }

    @Test func linkToTheFolderItselfIsNotFollowed() async throws {
        // Two such links made the walk endless; one made it go 40 links deep.
        #expect(try await failingBuild { try link($0, "content/imnm/again", to: ".") } == [
            "content/imnm/again: error: is a link to content/imnm, a folder it is inside of, so the folder would contain itself without end; remove the link",
        ])
    }

    @Test func linkToAFolderAlreadyListed() async throws {
        #expect(try await failingBuild { try link($0, "content/myositis", to: "imnm") } == [
            "content/myositis: error: is the same folder as content/imnm; remove the link so that its files are published once",
        ])
        // Listed before the folder itself: the message still names the link.
        #expect(try await failingBuild { try link($0, "content/a-link", to: "imnm") } == [
            "content/a-link: error: is the same folder as content/imnm; remove the link so that its files are published once",
        ])
    }

    @Test func namedPipesAreReportedNotOpened() throws {
        // Opening a named pipe waits for a writer: the walk reports it from its type alone.
        let site = try TestSite()
        defer { site.cleanUp() }
        for name in ["notes.md", "chart.png"] {
            #expect(mkfifo(site.root.appendingPathComponent("content/imnm/" + name).path, 0o644) == 0)
        }
        let tree = SourceTree(siteRoot: site.root.path, folder: "content")
        #expect(tree.diagnostics.map(\.description) == [
            "content/imnm/chart.png: error: is a named pipe (FIFO), not a regular file, so it is not read (reading it could wait forever); remove it",
            "content/imnm/notes.md: error: is a named pipe (FIFO), not a regular file, so it is not read (reading it could wait forever); remove it",
        ])
        #expect(!tree.files.contains { $0.relative.hasSuffix("notes.md") || $0.relative.hasSuffix("chart.png") })
    }

    /// The disclaimer is on every page: 10 MB of it in site.yml took 790 MB.
    @Test func theDisclaimerHasASizeLimit() async throws {
        let atLimit = String(repeating: "Talk to your doctor.\n", count: 32 * 1024 / 21)
        let site = try TestSite(["site.yml": "title: Test Library\nbase_url: https://www.clinic-health.org/\ndisclaimer: |\n" + atLimit.split(separator: "\n").map { "  \($0)\n" }.joined()])
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        #expect(try await failingBuild(write([
            "site.yml": "title: Test Library\nbase_url: https://www.clinic-health.org/\ndisclaimer: |\n" + String(repeating: "  Talk to your doctor.\n", count: 2_000),
        ])) == [
            "site.yml:3: error: the disclaimer is 42 KB, more than the 32 KB sitegen shows on every page; shorten it, and put the rest on a page of its own that it links to",
        ])
    }

    @Test func devicesAreNotRead() {
        // /dev/null ends at once, so this cannot hang even if the check were lost.
        guard case .failure(let problem) = TextFile.read("/dev/null", path: "glossary.yml") else {
            Issue.record("a device was read as text")
            return
        }
        #expect(problem.description == "glossary.yml: error: is not a regular file (a device), so it is not read; remove it or replace it with a regular file")
    }

    @Test func copiedFilesHaveASizeLimit() async throws {
        #expect(try await failingBuild { site in
            let path = site.root.appendingPathComponent("content/imnm/video.mp4").path
            // Sparse: takes no disk space.
            guard FileManager.default.createFile(atPath: path, contents: nil), truncate(path, off_t(ReadLimit.copied.bytes + 1)) == 0 else {
                throw CocoaError(.fileWriteUnknown)
            }
        } == [
            "content/imnm/video.mp4: error: the file is 101 MB, more than the 100 MB sitegen copies into a site; make it smaller, or put it on a file host and link to it",
        ])
    }

    @Test func foldersLinkedFromOutsideTheSiteAreRefused() async throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("- term: Secret\n  definition: Not for publishing.\n".utf8).write(to: outside.appendingPathComponent("glossary.yml"))
        let real = outside.resolvingSymlinksInPath().path
        // A link inside content/ to a file elsewhere was already left out (with a warning); a
        // link in place of content/, templates/ or glossary.yml would publish all of it.
        #expect(try await failingBuild { try link($0, "glossary.yml", to: outside.appendingPathComponent("glossary.yml").path) } == [
            "glossary.yml: error: is a link to \(real)/glossary.yml, outside the site folder; sitegen publishes only what is inside the site folder, so copy the files into it instead of linking",
        ])
        #expect(try await failingBuild { site in
            try FileManager.default.moveItem(at: site.root.appendingPathComponent("content"), to: outside.appendingPathComponent("content"))
            try link(site, "content", to: outside.appendingPathComponent("content").path)
        } == [
            "content: error: is a link to \(real)/content, outside the site folder; sitegen publishes only what is inside the site folder, so copy the files into it instead of linking",
        ])
    }

    @Test func foldersLinkedFromInsideTheSiteAreFine() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("sources"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content"), to: site.root.appendingPathComponent("sources/content"))
        try link(site, "content", to: "sources/content")
        #expect(await site.build().succeeded)
        #expect(FileManager.default.fileExists(atPath: site.output + "/imnm/symptoms/index.html"))
    }
}
