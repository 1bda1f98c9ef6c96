import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel

/// One test per kind of bad input: the exact message, a failed build, and the old site untouched.
@Suite struct BadInputTests {
    /// Builds the good site, applies `change`, builds again, and returns the second build's messages
    /// after checking that it failed without touching `public/`.
    func failingBuild(_ change: (TestSite) throws -> Void) async throws -> [String] {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        let before = site.snapshot()
        #expect(!before.isEmpty)
        try change(site)
        let (succeeded, messages) = await site.build()
        #expect(!succeeded)
        #expect(site.snapshot() == before, "a failed build must leave public/ exactly as it was")
        return messages.filter { $0.contains(": error: ") }
    }

    func page(_ text: String) -> (TestSite) throws -> Void {
        { try $0.write("content/imnm/symptoms.md", Data(text.utf8)) }
    }

    @Test func missingFrontMatter() async throws {
        #expect(try await failingBuild(page("Just some text.\n")) == [
            "content/imnm/symptoms.md:1: error: missing front matter; start the file with a line '---', then 'title: Your title', then another line '---'",
        ])
    }

    @Test func unterminatedFrontMatter() async throws {
        #expect(try await failingBuild(page("---\ntitle: Symptoms\n\nText.\n")) == [
            "content/imnm/symptoms.md:1: error: front matter is not closed; add a line '---' after the last 'key: value' line",
        ])
    }

    @Test func yamlErrorAtTheEndOfSettingsWithoutAFinalNewline() async throws {
        // libyaml puts the end of such a text on a line after it (site.yml:3 here); found by the
        // front-matter fuzz target (Fuzz/regressions/front-matter/yaml-error-line-past-end.yml).
        let messages = try await failingBuild { try $0.write("site.yml", Data("title: Test\nbase_url: [https://example.org/".utf8)) }
        #expect(messages == [
            "site.yml:2: error: the '[' that starts the value of 'base_url' is never closed; end the list with ']' on the same line, or, if the value is text, put it in double quotes",
        ])
    }

    @Test func settingsThatAreOnlyADocumentStart() async throws {
        // `---` with no final newline: libyaml places the empty document on line 2 (found by the
        // front-matter fuzz target: Fuzz/regressions/front-matter/settings-document-start-only.yml).
        let messages = try await failingBuild { try $0.write("site.yml", Data("---".utf8)) }
        #expect(messages.first == "site.yml:1: error: site.yml must be a list of 'key: value' lines, like 'title: Symptoms'")
    }

    @Test func malformedYAML() async throws {
        #expect(try await failingBuild(page("---\ntitle: Symptoms\ndescription: Pain: where it hurts\n---\nText.\n")) == [
            "content/imnm/symptoms.md:3: error: the value of 'description' holds ': ', which YAML reads as the start of another key; put the whole value in double quotes: 'description: \"Pain: where it hurts\"'",
        ])
    }

    @Test func missingTitle() async throws {
        #expect(try await failingBuild(page("---\ndescription: Signs to look for\n---\nText.\n")) == [
            "content/imnm/symptoms.md:1: error: front matter has no 'title'; add a line like 'title: Symptoms'",
        ])
    }

    @Test func badDate() async throws {
        #expect(try await failingBuild(page("---\ntitle: Symptoms\nlast_reviewed: 2026-13-45\n---\nText.\n")) == [
            "content/imnm/symptoms.md:3: error: 'last_reviewed' must be a real date written YYYY-MM-DD, like 'last_reviewed: 2026-11-01' (found '2026-13-45')",
        ])
    }

    @Test func weightNotANumber() async throws {
        #expect(try await failingBuild(page("---\ntitle: Symptoms\nweight: first\n---\nText.\n")) == [
            "content/imnm/symptoms.md:3: error: 'weight' must be a whole number, like 'weight: 10' (found 'first')",
        ])
    }

    @Test func notUTF8() async throws {
        let latin1 = Data("---\ntitle: Symptoms\n---\nCaf".utf8) + Data([0xE9]) + Data(" text.\n".utf8)
        #expect(try await failingBuild { try $0.write("content/imnm/symptoms.md", latin1) } == [
            "content/imnm/symptoms.md:4: error: the file is not UTF-8 text (byte 0xE9 cannot be read); save it as UTF-8 in your editor",
        ])
    }

    @Test func twoFilesWithTheSameURL() async throws {
        #expect(try await failingBuild { try $0.write("content/imnm/Symptoms.md", Data("---\ntitle: Symptoms again\n---\n".utf8)) } == [
            "content/imnm/symptoms.md:1: error: this file has the same web address (imnm/symptoms/) as content/imnm/Symptoms.md; URLs ignore capital letters and punctuation, so rename one of them",
        ])
    }

    @Test func brokenLink() async throws {
        #expect(try await failingBuild(page("---\ntitle: Symptoms\n---\nSee [the overview](_index.md) and\n[treatment](treatment.md).\n")) == [
            "content/imnm/symptoms.md:5: error: link 'treatment.md' points to content/imnm/treatment.md, which does not exist; check the file name",
        ])
    }

    @Test func brokenLinkSuggestsTheNearestFile() async throws {
        #expect(try await failingBuild { try $0.write("content/imnm/_index.md", Data("---\ntitle: IMNM\n---\nSee [symptoms](symptom.md).\n".utf8)) } == [
            "content/imnm/_index.md:4: error: link 'symptom.md' points to content/imnm/symptom.md, which does not exist; did you mean 'symptoms.md'?",
        ])
    }

    @Test func brokenAnchor() async throws {
        #expect(try await failingBuild { try $0.write("content/imnm/_index.md", Data("---\ntitle: IMNM\n---\nSee [weakness](symptoms.md#weakness).\n".utf8)) } == [
            "content/imnm/_index.md:4: error: link 'symptoms.md#weakness' points to a heading '#weakness' that is not in content/imnm/symptoms.md; its headings are #muscle-weakness",
        ])
    }

    @Test func brokenAnchorOnTheSamePage() async throws {
        #expect(try await failingBuild(page("---\ntitle: Symptoms\n---\n## Pain\n\nSee [below](#tiredness).\n")) == [
            "content/imnm/symptoms.md:6: error: link '#tiredness' points to a heading that is not on this page; its headings are #pain",
        ])
    }

    @Test func templateSyntaxError() async throws {
        #expect(try await failingBuild { try $0.write("templates/section.mustache", Data("{{<base}}{{$main}}\n{{#pages}}{{title}}\n{{/main}}{{/base}}\n".utf8)) } == [
            "templates/section.mustache:3: error: template syntax error at column 5: a closing tag {{/…}} does not match the section it closes; check the names of {{#…}} and {{/…}}",
        ])
    }

    @Test func missingPartial() async throws {
        // partials/footer is the site's own; partials/aside is neither the site's nor built in.
        #expect(try await failingBuild { try $0.write("templates/page.mustache", Data("{{<base}}{{$main}}\n{{> partials/aside}}{{{content_html}}}{{/main}}{{/base}}\n".utf8)) } == [
            "templates/page.mustache:2: error: partial 'partials/aside' does not exist; create templates/partials/aside.mustache or correct the name",
        ])
    }

    @Test func missingParentTemplate() async throws {
        #expect(try await failingBuild { try $0.write("templates/home.mustache", Data("{{<layout}}{{$main}}{{/main}}{{/layout}}\n".utf8)) } == [
            "templates/home.mustache:1: error: parent template 'layout' does not exist; create templates/layout.mustache or correct the name",
        ])
    }

    /// templates/ may be left out (the built-in theme is used); content/ may not.
    @Test func missingContentFolder() async throws {
        #expect(try await failingBuild { site in
            try site.remove("templates")
            try site.remove("content")
        } == [
            "content: error: folder not found in the site folder; a site needs content/ (the Markdown pages) beside site.yml",
        ])
    }

    /// A template the site does not have is the built-in one (inside the site's own base).
    @Test func aTemplateTheSiteLacksIsTheBuiltInOne() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.remove("templates/404.mustache")
        #expect(await site.build().succeeded)
        let page = try site.read("public/404.html")
        #expect(page.hasPrefix("<!DOCTYPE html><title>"))
        #expect(page.contains("<h1>Page not found</h1>"), "\(page)")
    }

    @Test func unreadableFile() async throws {
        // Root can read any file, so a broken link stands in for one nobody can read.
        #expect(try await failingBuild { site in
            try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/imnm/causes.md").path,
                                                       withDestinationPath: site.root.appendingPathComponent("nowhere.md").path)
        } == [
            "content/imnm/causes.md: error: cannot read the file (it does not exist or is a broken link); check that it exists and that you may read it",
        ])
    }

    @Test func everyErrorIsReportedNotJustTheFirst() async throws {
        let messages = try await failingBuild { site in
            try site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\nweight: first\nlast_reviewed: soon\n---\n".utf8))
            try site.write("content/imnm/causes.md", Data("no front matter\n".utf8))
        }
        #expect(messages == [
            "content/imnm/causes.md:1: error: missing front matter; start the file with a line '---', then 'title: Your title', then another line '---'",
            "content/imnm/symptoms.md:3: error: 'weight' must be a whole number, like 'weight: 10' (found 'first')",
            "content/imnm/symptoms.md:4: error: 'last_reviewed' must be a real date written YYYY-MM-DD, like 'last_reviewed: 2026-11-01' (found 'soon')",
        ])
    }

    @Test func linkThatLeavesTheContentFolder() async throws {
        #expect(try await failingBuild(page("---\ntitle: Symptoms\n---\n[secret](../../site.yml)\n")) == [
            "content/imnm/symptoms.md:4: error: link '../../site.yml' points outside the content folder; link only to pages and files inside content/",
        ])
    }

    @Test func rootRelativeLink() async throws {
        #expect(try await failingBuild(page("---\ntitle: Symptoms\n---\n[home](/index.html)\n")) == [
            "content/imnm/symptoms.md:4: error: link '/index.html' starts with '/', which breaks when the site is published in a sub-folder; link to the Markdown file instead, like 'symptoms.md'",
        ])
    }

    @Test func linkToADraft() async throws {
        #expect(try await failingBuild { site in
            try site.write("content/imnm/symptoms.md", Data("---\ntitle: Symptoms\ndraft: true\n---\n".utf8))
        } == [
            "content/imnm/_index.md:4: error: link 'symptoms.md' points to content/imnm/symptoms.md, which is a draft and not published; publish it (draft: false) or remove the link",
        ])
    }

    @Test func sectionWithoutIndex() async throws {
        #expect(try await failingBuild { try $0.write("content/lupus/symptoms.md", Data("---\ntitle: Lupus symptoms\n---\n".utf8)) } == [
            "content/lupus: error: this section has no _index.md; add content/lupus/_index.md with the condition's name as its title",
        ])
    }

    // MARK: - One mistake, one message (issue 27)

    /// Every message of a build of the good site after `change`: errors and warnings.
    func everyMessage(_ change: (TestSite) throws -> Void) async throws -> [String] {
        let site = try TestSite()
        defer { site.cleanUp() }
        try change(site)
        let (succeeded, messages) = await site.build()
        #expect(!succeeded)
        return messages
    }

    @Test func aSectionWhoseIndexCannotBeReadIsNotAlsoMissing() async throws {
        let index = "---\ntitle: IMNM\nsources:\n  - title: Myositis overview\n  url: https://example.org/myositis\n---\nAbout IMNM.\n"
        #expect(try await everyMessage { try $0.write("content/imnm/_index.md", Data(index.utf8)) } == [
            "content/imnm/_index.md:5: error: 'url' is lined up with the '-' on line 4, not with 'title'; indent it by 2 more spaces to make it part of that item of 'sources'",
        ])
    }

    @Test func aMisspeltReviewDateIsOneErrorAndNoReviewWarning() async throws {
        let page = "---\ntitle: Symptoms\nreviewed_by: Dr Ada Example\nlast_reviewd: 2026-10-01\n---\n## Muscle weakness\n\nText.\n"
        #expect(try await everyMessage { try $0.write("content/imnm/symptoms.md", Data(page.utf8)) } == [
            "content/imnm/symptoms.md:4: error: unknown key 'last_reviewd' in the front matter; did you mean 'last_reviewed'? Correct its spelling: the value of a misspelt key is not used",
        ])
    }

    @Test func aMisspeltDraftIsAnError() async throws {
        let page = "---\ntitle: Symptoms\ndraf: true\n---\nText.\n"
        #expect(try await everyMessage { try $0.write("content/imnm/symptoms.md", Data(page.utf8)) } == [
            "content/imnm/symptoms.md:3: error: unknown key 'draf' in the front matter; did you mean 'draft'? Correct its spelling: the value of a misspelt key is not used",
        ])
    }

    @Test func badSiteSettings() async throws {
        #expect(try await failingBuild { try $0.write("site.yml", Data("title: Test\nbase_url: example.org\n".utf8)) } == [
            "site.yml:2: error: 'base_url' must be the full web address the site is published at, like https://www.your-organisation.example/health/ (found 'example.org')",
        ])
    }

    @Test func outputOverTheSiteIsRefused() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        await #expect(throws: BuildFailure.self) { try await Build.run(BuildOptions(source: site.root.path, output: site.root.path)) }
        await #expect(throws: BuildFailure.self) { try await Build.run(BuildOptions(source: site.root.path, output: site.root.path + "/content")) }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/_index.md").path))
    }

    @Test func outputFolderWithOtherFilesIsNotReplaced() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        try site.write("public/thesis.docx", Data("precious".utf8))
        let (succeeded, messages) = await site.build()
        #expect(!succeeded)
        #expect(messages == ["public: error: holds 1 file that sitegen did not write: thesis.docx; sitegen writes only into an empty folder or one it built (with a .sitegen-manifest); choose another --output or move it out"])
        #expect(try site.read("public/thesis.docx") == "precious")
    }
}
