import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenPreview

/// `aliases:` in front matter: a redirecting page at each old address, `_redirects`, and every
/// kind of bad alias reported at its line.
@Suite struct AliasTests {
    static let outlook = "---\ntitle: Outlook\naliases:\n  - imnm/cure/\n  - /old/cure.html\n---\nText.\n"

    func site(_ changes: [String: String?] = [:]) throws -> TestSite {
        var files: [String: String?] = ["content/imnm/outlook.md": Self.outlook]
        for (path, text) in changes { files[path] = text }
        return try TestSite(files)
    }

    @Test func aliasPageRedirectsToThePage() async throws {
        let site = try site()
        defer { site.cleanUp() }
        let build = await site.build()
        #expect(build.succeeded, "\(build.messages)")
        #expect(try site.read("public/imnm/cure/index.html") == """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>This page has moved: Outlook – Test Library</title>
        <meta name="robots" content="noindex">
        <link rel="canonical" href="https://www.clinic-health.org/imnm/outlook/">
        <meta http-equiv="refresh" content="0; url=../outlook/">
        </head>
        <body>
        <main>
        <h1>This page has moved</h1>
        <p>This page has moved to <a href="../outlook/">Outlook</a>.</p>
        </main>
        </body>
        </html>

        """)
        #expect(try site.read("public/old/cure.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=../imnm/outlook/\">"))
        #expect(try site.read("public/_redirects") == "/imnm/cure/ /imnm/outlook/ 301\n/old/cure.html /imnm/outlook/ 301\n")
        let sitemap = try site.read("public/sitemap.xml")
        #expect(sitemap.contains("https://www.clinic-health.org/imnm/outlook/"))
        #expect(!sitemap.contains("cure"), "an old address is not listed in the sitemap")
    }

    @Test func redirectsUseTheBaseURLsPathAndAreSorted() async throws {
        let site = try site([
            "site.yml": "title: Test Library\nbase_url: https://www.clinic-health.org/health/\n",
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\naliases: [imnm/signs, Zz/old.htm]\n---\nText.\n",
        ])
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        #expect(try site.read("public/_redirects") == """
        /health/Zz/old.htm /health/imnm/symptoms/ 301
        /health/imnm/cure/ /health/imnm/outlook/ 301
        /health/imnm/signs/ /health/imnm/symptoms/ 301
        /health/old/cure.html /health/imnm/outlook/ 301

        """)
        #expect(try site.read("public/imnm/signs/index.html").contains("href=\"https://www.clinic-health.org/health/imnm/symptoms/\""))
    }

    @Test func noAliasesNoRedirectsFile() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/_redirects"))
    }

    @Test func draftsAliasesAreNotPublished() async throws {
        let site = try site(["content/imnm/outlook.md": "---\ntitle: Outlook\ndraft: true\naliases: [imnm/cure/]\n---\nText.\n"])
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/imnm/cure/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/_redirects"))
    }

    /// The build's errors after writing `outlook.md` with `aliases`.
    func errors(_ aliases: String, extra: [String: String?] = [:]) async throws -> [String] {
        let site = try site(extra.merging(["content/imnm/outlook.md": "---\ntitle: Outlook\naliases:\n\(aliases)---\nText.\n"]) { $1 })
        defer { site.cleanUp() }
        let build = await site.build()
        #expect(!build.succeeded, "\(build.messages)")
        return build.messages.filter { $0.contains(": error: ") }
    }

    @Test func aliasMeetingAPage() async throws {
        #expect(try await errors("  - imnm/symptoms\n") == [
            "content/imnm/outlook.md:4: error: the alias 'imnm/symptoms' would be written to imnm/symptoms/index.html, which content/imnm/symptoms.md already uses; remove the alias or change it",
        ])
    }

    @Test func aliasMeetingAnotherPagesAlias() async throws {
        let extra = ["content/imnm/symptoms.md": "---\ntitle: Symptoms\naliases:\n  - Old/Signs/\n---\nText.\n"]
        #expect(try await errors("  - old/signs/\n", extra: extra) == [
            "content/imnm/symptoms.md:4: error: the alias 'Old/Signs/' would be written to Old/Signs/index.html, which the alias 'old/signs/' at content/imnm/outlook.md:4 already uses; remove the alias or change it",
        ])
    }

    @Test func sameAliasTwice() async throws {
        #expect(try await errors("  - imnm/cure/\n  - /imnm/cure\n") == [
            "content/imnm/outlook.md:5: error: the alias '/imnm/cure' would be written to imnm/cure/index.html, which the alias 'imnm/cure/' at content/imnm/outlook.md:4 already uses; remove the alias or change it",
        ])
    }

    @Test func aliasOnAGeneratedFile() async throws {
        #expect(try await errors("  - 404.html\n  - sitemap.xml\n  - robots.txt/\n") == [
            "content/imnm/outlook.md:4: error: the alias '404.html' would be written to 404.html, which the generated page 404.html already uses; remove the alias or change it",
            "content/imnm/outlook.md:5: error: the alias 'sitemap.xml' would make sitemap.xml a folder, but the generated page sitemap.xml is written there; remove the alias or change it",
            "content/imnm/outlook.md:6: error: the alias 'robots.txt/' would make robots.txt a folder, but the generated page robots.txt is written there; remove the alias or change it",
        ])
    }

    @Test func aliasOnAStaticFileOrAHandout() async throws {
        let extra = [
            "templates/static/site.css": "body {}\n",
            "templates/print.mustache": "{{<base}}{{$main}}Handout{{/main}}{{/base}}\n",
        ]
        #expect(try await errors("  - site.css/x.html\n  - imnm/print/\n", extra: extra) == [
            "content/imnm/outlook.md:4: error: the alias 'site.css/x.html' would make site.css a folder, but templates/static/site.css is written there; remove the alias or change it",
            "content/imnm/outlook.md:5: error: the alias 'imnm/print/' would be written to imnm/print/index.html, which the generated page imnm/print/index.html already uses; remove the alias or change it",
        ])
    }

    @Test func aliasToItself() async throws {
        #expect(try await errors("  - imnm/outlook/\n") == [
            "content/imnm/outlook.md:4: error: the alias 'imnm/outlook/' is this page's own address; remove it",
        ])
    }

    @Test func aliasesThatAreNotCleanPaths() async throws {
        let lines = ["../up/", "a//b/", "https://example.org/old/", "old/?page=2", "old/#part", "\"old\\tpage/\"", "/", "a/./b/"]
        #expect(try await errors(lines.map { "  - \($0)\n" }.joined()) == [
            "content/imnm/outlook.md:4: error: the alias '../up/' has a '.' or '..' part; write a path from the site root, like 'imnm/old-name/' or 'old/page.html'",
            "content/imnm/outlook.md:5: error: the alias 'a//b/' has an empty part ('//'); write a path from the site root, like 'imnm/old-name/' or 'old/page.html'",
            "content/imnm/outlook.md:6: error: the alias 'https://example.org/old/' has a scheme like 'https:'; give the path only; write a path from the site root, like 'imnm/old-name/' or 'old/page.html'",
            "content/imnm/outlook.md:7: error: the alias 'old/?page=2' has a query ('?') or a fragment ('#'); write a path from the site root, like 'imnm/old-name/' or 'old/page.html'",
            "content/imnm/outlook.md:8: error: the alias 'old/#part' has a query ('?') or a fragment ('#'); write a path from the site root, like 'imnm/old-name/' or 'old/page.html'",
            "content/imnm/outlook.md:9: error: the alias 'old\\tpage/' has spaces, tabs or control characters; write a path from the site root, like 'imnm/old-name/' or 'old/page.html'",
            "content/imnm/outlook.md:10: error: the alias '/' is the site's home page; an alias must be an old address of this page, like 'imnm/old-name/'",
            "content/imnm/outlook.md:11: error: the alias 'a/./b/' has a '.' or '..' part; write a path from the site root, like 'imnm/old-name/' or 'old/page.html'",
        ])
    }

    @Test func aliasesOfTheWrongType() async throws {
        #expect(try await errors("  old: path\n") == [
            "content/imnm/outlook.md:4: error: 'aliases' must be a list of old addresses, like:\naliases:\n  - imnm/old-name/",
        ])
        #expect(try await errors("  - [a, b]\n") == [
            "content/imnm/outlook.md:4: error: each alias must be an old address written as text, like:\naliases:\n  - imnm/old-name/",
        ])
    }

    /// A preview adds, renames and drops alias pages as a full build would.
    @Test(arguments: [true, false]) func previewFollowsAliasEdits(precise: Bool) async throws {
        let root = try IncrementalBuildTests.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        var cache = BuildMemo()
        _ = try await Build.render(IncrementalBuildTests.options(root), memo: &cache, changes: .unknown, deferSearch: true)
        let page = "content/asthma/symptoms.md"
        try IncrementalBuildTests.edit(root, page) { $0.replacingOccurrences(of: "\ntitle:", with: "\naliases: [asthma/signs/, old.html]\ntitle:") }
        try await IncrementalBuildTests.expectSameAsFullBuild(root, cache: &cache, changed: [page], precise: precise)
        #expect(await IncrementalBuildTests.files(of: try await Build.render(IncrementalBuildTests.options(root)))["_redirects"] != nil)
        try IncrementalBuildTests.edit(root, page) { $0.replacingOccurrences(of: "\ntitle:", with: "\ntitle: Signs of asthma\nx_old_title:") }
        try await IncrementalBuildTests.expectSameAsFullBuild(root, cache: &cache, changed: [page], precise: precise)
        try IncrementalBuildTests.edit(root, page) { $0.replacingOccurrences(of: "aliases: [asthma/signs/, old.html]", with: "aliases: [asthma/signs/]") }
        try await IncrementalBuildTests.expectSameAsFullBuild(root, cache: &cache, changed: [page], precise: precise)
        try IncrementalBuildTests.edit(root, page) { $0.replacingOccurrences(of: "aliases: [asthma/signs/]\n", with: "") }
        try await IncrementalBuildTests.expectSameAsFullBuild(root, cache: &cache, changed: [page], precise: precise)
    }
}
