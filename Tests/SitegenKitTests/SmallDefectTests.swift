import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenCommands
@testable import SitegenModel
@testable import SitegenGlossary
@testable import SitegenRender

/// The smaller defects of issue 12, one test (or a few) each: every one failed before its fix.
@Suite struct SmallDefectTests {
    func scaffold(_ site: TestSite) -> ScaffoldOptions { ScaffoldOptions(source: site.root.path) }


    /// The messages of a build that must fail, errors only.
    func errors(_ site: TestSite, baseURL: String? = nil) async -> [String] {
        do {
            _ = try await Build.run(BuildOptions(source: site.root.path, baseURL: baseURL))
            Issue.record("the build should have failed")
            return []
        } catch {
            return error.diagnostics.errors.sortedForReport().map(\.description)
        }
    }

    // MARK: - 1. A weight too large to add 10 to

    @Test func weightOutsideTheAllowedRangeIsAFrontMatterError() async throws {
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 9223372036854775807\n---\nText.\n"])
        defer { site.cleanUp() }
        #expect(await errors(site) == [
            "content/imnm/symptoms.md:3: error: 'weight' must be a whole number from -1000000 to 1000000, like 'weight: 10' (found '9223372036854775807')",
        ])
    }

    @Test func newPageBesideTheLargestPossibleWeight() throws {
        // Crashed with an arithmetic overflow: the next weight was Int.max + 10.
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 9223372036854775807\n---\nText.\n"])
        defer { site.cleanUp() }
        let result = try Scaffold.newPage("imnm/outlook", options: scaffold(site))
        #expect(result.weight == 10)
        #expect(result.warnings.map(\.description) == [
            "content/imnm/symptoms.md: warning: its front matter has errors, so its weight was not counted; build the site to see them, and check the new page's weight",
        ])
    }

    @Test func newPageAfterTheHighestAllowedWeightGetsThatWeight() throws {
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 999995\n---\nText.\n"])
        defer { site.cleanUp() }
        let result = try Scaffold.newPage("imnm/outlook", options: scaffold(site))
        #expect(result.weight == 1_000_000)
        #expect(result.warnings.map(\.description) == [
            "content/imnm/outlook.md: warning: its weight is 1000000, the highest a weight may be, so it may not be listed after the section's last page; give the pages smaller weights, like 10, 20, 30",
        ])
        #expect(try site.read("content/imnm/outlook.md").contains("\nweight: 1000000\n"))
    }

    // MARK: - 2. A section folder that is a link to a folder outside the site

    @Test func newPageRefusesASectionFolderLinkedOutsideTheSite() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let outside = try TestSite()
        defer { outside.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/lupus", withDestinationPath: outside.root.path + "/content/imnm")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("lupus/x", options: scaffold(site)) } ==
            "content/lupus/x.md: error: is in content/lupus, a link to a folder outside content/; sitegen writes only inside the site: replace the link with a real folder")
        #expect(!FileManager.default.fileExists(atPath: outside.root.path + "/content/imnm/x.md"))
    }

    @Test func newSectionRefusesASectionFolderLinkedOutsideTheSite() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/lupus", withDestinationPath: outside.path)
        #expect(failure { () throws(Diagnostic) in try Scaffold.newSection("Lupus", options: scaffold(site)) } ==
            "content/lupus/_index.md: error: is in content/lupus, a link to a folder outside content/; sitegen writes only inside the site: replace the link with a real folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func newPageWritesThroughALinkThatStaysInsideTheSite() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/myositis", withDestinationPath: "imnm")
        let result = try Scaffold.newPage("myositis/outlook", options: scaffold(site))
        #expect(result.path == "content/myositis/outlook.md")
        #expect(FileManager.default.fileExists(atPath: site.root.path + "/content/imnm/outlook.md"))
    }

    // MARK: - 3. base_url: checked in site.yml and on the command line, escaped in HTML

    @Test func baseURLWithALineBreakIsRefused() async throws {
        // Added a line to robots.txt.
        let site = try TestSite(["site.yml": "title: Test\nbase_url: \"https://example.org/\\nDisallow: /\"\n"])
        defer { site.cleanUp() }
        #expect(await errors(site) == [
            "site.yml:2: error: 'base_url' must not contain spaces, line breaks, quotes, '<', '>' or other control characters (found 'https://example.org/\\nDisallow: /'); write the web address as it is, and percent-encode such characters, like %20 for a space",
        ])
    }

    @Test func baseURLWithMarkupIsRefused() async throws {
        let site = try TestSite(["site.yml": "title: Test\nbase_url: 'https://example.org/\"><script>alert(1)</script>'\n"])
        defer { site.cleanUp() }
        #expect(await errors(site) == [
            "site.yml:2: error: 'base_url' must not contain spaces, line breaks, quotes, '<', '>' or other control characters (found 'https://example.org/\"><script>alert(1)</script>'); write the web address as it is, and percent-encode such characters, like %20 for a space",
        ])
    }

    @Test func baseURLWithoutAHostIsRefused() async throws {
        let site = try TestSite(["site.yml": "title: Test\nbase_url: https:///health/\n"])
        defer { site.cleanUp() }
        #expect(await errors(site) == [
            "site.yml:2: error: 'base_url' must be the full web address the site is published at, like https://www.your-organisation.example/health/ (found 'https:///health/')",
        ])
    }

    @Test func baseURLOnTheCommandLineIsCheckedTheSameWay() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await errors(site, baseURL: "https://example.org/\"><script>alert(1)</script>") == [
            "--base-url: error: must not contain spaces, line breaks, quotes, '<', '>' or other control characters (found 'https://example.org/\"><script>alert(1)</script>'); write the web address as it is, and percent-encode such characters, like %20 for a space",
        ])
    }

    @Test func glossaryLinkHrefIsEscaped() {
        let entry = GlossaryEntry(term: "IVIG", definition: "Antibodies from donors.", aliases: [], id: "ivig")
        let (enter, _) = GlossaryMarkup.term(entry, href: "https://example.org/r&d/\"><script>glossary/")
        #expect(enter == "<span class=\"term\"><a class=\"term-link\" href=\"https://example.org/r&amp;d/&quot;&gt;&lt;script&gt;glossary/#ivig\" aria-describedby=\"tip-ivig\">")
    }

    /// Issue 16: a handout's glossary word links to its "Words to know" entry on the same page;
    /// the links that keep the base URL still escape it.
    @Test func handoutGlossaryLinksEscapeTheBaseURL() async throws {
        let site = try TestSite([
            "site.yml": "title: Test\nbase_url: https://www.clinic-health.org/r&d/\n",
            "glossary.yml": "- term: IVIG\n  definition: Antibodies from donors.\n",
            "templates/glossary.mustache": "{{<base}}{{$main}}Glossary{{/main}}{{/base}}\n",
            "templates/print.mustache": "{{<base}}{{$main}}{{#pages}}{{{.content_html}}}{{/pages}}{{/main}}{{/base}}\n",
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\nIVIG helps.\n",
        ])
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        let handout = try site.read("public/imnm/print/index.html")
        #expect(handout.contains("<a class=\"handout-term\" href=\"#words-to-know--ivig\">IVIG</a>"), "\(handout)")
        #expect(handout.contains("href=\"https://www.clinic-health.org/r&amp;d/imnm/symptoms/\""), "\(handout)")
        #expect(!handout.contains("r&d/"))
    }

    // MARK: - 4. Heading ids: linear, the same ids as before

    @Test func manyEqualHeadingsGetNumberedIDs() {
        let headings = (0..<8_000).map { _ in MarkdownDocument.Heading(level: 2, text: "Dosage", line: 1) }
        let ids = HeadingOutline(headings).ids
        #expect(ids.count == 8_000)
        #expect(ids == ["dosage"] + (2...8_000).map { "dosage-\($0)" })
    }

    @Test func numberedIDsSkipIDsAlreadyTaken() {
        var slugs = UniqueSlugs(reserved: ["main"])
        let texts = ["Dosage", "Dosage 2", "Dosage", "Dosage", "Dosage 2", "Main", "Main", "", "", "Dosage 4"]
        #expect(texts.map { slugs.claim($0) } == [
            "dosage", "dosage-2", "dosage-3", "dosage-4", "dosage-2-2", "main-2", "main-3", "section", "section-2", "dosage-4-2",
        ])
    }

    // MARK: - 5. Files that can carry scripts, beside the pages

    @Test func activeContentBesidePagesIsRefusedByDefault() async throws {
        let site = try TestSite([
            "content/imnm/demo.html": "<script>alert(1)</script>",
            "content/imnm/Chart.SVG": "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "content/imnm/extra.js": "alert(1)",
            "content/imnm/chart.png": "not really a png",
        ])
        defer { site.cleanUp() }
        #expect(await errors(site) == [
            "content/imnm/Chart.SVG: error: an SVG file can hold scripts that would run on the site, so it is not published while site.yml does not say 'allow_raw_html: true'; save the picture as a PNG, or set 'allow_raw_html: true' in site.yml if you trust everyone who adds files",
            "content/imnm/demo.html: error: an HTML file can hold scripts that would run on the site, so it is not published while site.yml does not say 'allow_raw_html: true'; write it as a Markdown page, or set 'allow_raw_html: true' in site.yml if you trust everyone who adds files",
            "content/imnm/extra.js: error: a script file would run on the site, so it is not published while site.yml does not say 'allow_raw_html: true'; put the theme's scripts in templates/static/, or set 'allow_raw_html: true' in site.yml if you trust everyone who adds files",
        ])
    }

    @Test func activeContentBesidePagesIsCopiedWhenRawHTMLIsAllowed() async throws {
        let site = try TestSite([
            "site.yml": "title: Test Library\nbase_url: https://www.clinic-health.org/\nallow_raw_html: true\n",
            "content/imnm/demo.html": "<p>demo</p>",
        ])
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        #expect(try site.read("public/imnm/demo.html") == "<p>demo</p>")
    }

    @Test func themeScriptsAreAlwaysCopied() async throws {
        // templates/static/ is the theme's own (trusted) folder.
        let site = try TestSite(["templates/static/menu.js": "console.log(1)"])
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        #expect(try site.read("public/menu.js") == "console.log(1)")
    }

    // MARK: - 6. No fix suggestion that is itself a script link

    @Test func bareScriptAddressIsNotSuggestedAsAFix() async throws {
        let site = try TestSite(["content/imnm/symptoms.md": "---\ntitle: Symptoms\n---\n[javascript:alert(1)](javascript:alert(1))\n\n![](javascript:alert(2))\n"])
        defer { site.cleanUp() }
        let messages = await site.build().messages.filter { $0.hasPrefix("content/imnm/symptoms.md:") && !$0.hasPrefix("content/imnm/symptoms.md: ") }
        #expect(messages == [
            "content/imnm/symptoms.md:4: warning: link text is a bare web address, which screen readers read out letter by letter; describe where it goes, like [name of the page](treatments.md)",
            "content/imnm/symptoms.md:4: warning: link to a 'javascript:' address is removed, because it could run code in a reader's browser",
            "content/imnm/symptoms.md:6: error: image 'javascript:alert(2)' has no alt text; describe what it shows between the brackets, like ![What the picture shows, in a few words](picture.png)",
            "content/imnm/symptoms.md:6: warning: link to a 'javascript:' address is removed, because it could run code in a reader's browser",
        ])
        #expect(!messages.joined().contains("](javascript:"))
    }
    // MARK: - 7. An alt text that only looks like a description

    @Test func placeholderAndFileNameAltTextsAreErrors() async throws {
        let page = """
        ---
        title: Symptoms
        ---
        ![image](rash.png)

        ![A photo](rash.png)

        ![Imagen](rash.png)

        ![rash.png](rash.png)

        ![thigh-muscles](pictures/thigh-muscles.png)

        ![IMG_0042](IMG_0042.jpg)

        ![Rash](rash.png)

        ![A photo of a red rash on the arm](rash.png)

        ![Graphic showing the muscles of the thigh](thigh-muscles.png)

        """
        let site = try TestSite(["content/imnm/symptoms.md": page])
        defer { site.cleanUp() }
        for image in ["content/imnm/rash.png", "content/imnm/pictures/thigh-muscles.png", "content/imnm/IMG_0042.jpg", "content/imnm/thigh-muscles.png"] {
            try site.write(image, TestImage.png())
        }
        let messages = await site.build().messages.filter { $0.hasPrefix("content/imnm/symptoms.md:") && !$0.hasPrefix("content/imnm/symptoms.md: ") }
        let fix = "describe what it shows between the brackets, like ![What the picture shows, in a few words]"
        #expect(messages == [
            "content/imnm/symptoms.md:4: error: image 'rash.png' has the alt text 'image', which tells a screen-reader user only that there is a picture; \(fix)(rash.png)",
            "content/imnm/symptoms.md:6: error: image 'rash.png' has the alt text 'A photo', which tells a screen-reader user only that there is a picture; \(fix)(rash.png)",
            "content/imnm/symptoms.md:8: error: image 'rash.png' has the alt text 'Imagen', which tells a screen-reader user only that there is a picture; \(fix)(rash.png)",
            "content/imnm/symptoms.md:10: error: image 'rash.png' has its file name 'rash.png' as its alt text, which a screen reader reads out as it is; \(fix)(rash.png)",
            "content/imnm/symptoms.md:12: error: image 'pictures/thigh-muscles.png' has its file name 'thigh-muscles' as its alt text, which a screen reader reads out as it is; \(fix)(pictures/thigh-muscles.png)",
            "content/imnm/symptoms.md:14: error: image 'IMG_0042.jpg' has its file name 'IMG_0042' as its alt text, which a screen reader reads out as it is; \(fix)(IMG_0042.jpg)",
        ])
    }
}
