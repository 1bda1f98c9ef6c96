import Foundation
import Testing
@testable import SitegenPreview
import SitegenTheme

/// `sitegen serve` in a site without templates/ (issue 27, requirement 2): the built-in theme's
/// pages and static files are served from memory, and a templates/ folder created while it runs
/// is taken in, with inotify and with polling.
@Suite("Serve: the built-in theme", .serialized, .timeLimit(.minutes(2)))
struct ServeBuiltInThemeTests {
    static let noTemplates: [String: String?] = Dictionary(uniqueKeysWithValues: TestSite.files.keys.filter { $0.hasPrefix("templates/") }.map { ($0, nil) })

    @Test("Without templates/, then with a templates/ folder created while serving", arguments: [false, true])
    func servesTheBuiltInThemeAndTakesInANewOverride(polling: Bool) async throws {
        try await withPreview(Self.noTemplates, polling: polling) { preview in
            #expect(!FileManager.default.fileExists(atPath: preview.site.root.appendingPathComponent("templates").path))
            let page = try await preview.get("/imnm/symptoms/")
            #expect(page.status == 200)
            #expect(page.body.contains("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>"))
            let builtInCSS = try #require(BuiltInTheme.file("static/site.css")?.text)
            let css = try await preview.get("/site.css")
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(css.body == builtInCSS)

            // templates/ appears with two files at once, as `sitegen theme` or a copy makes it.
            try preview.site.write("templates/static/site.css", Data("body { color: navy }\n".utf8))
            try preview.site.write("templates/partials/footer.mustache", Data("<footer class=\"ours\">{{{disclaimer_html}}}</footer>\n".utf8))
            #expect(try await eventually { try await preview.get("/site.css").body == "body { color: navy }\n" })
            #expect(try await eventually { try await preview.get("/imnm/symptoms/").body.contains("<footer class=\"ours\">") })
            // The rest is still the built-in theme.
            #expect(try await preview.get("/search.js").body == BuiltInTheme.file("static/search.js")?.text)

            // Deleting the copy brings the built-in file back.
            try preview.site.remove("templates/static/site.css")
            #expect(try await eventually { try await preview.get("/site.css").body == builtInCSS })
        }
    }
}
