// FileProbe is the fuzz targets' entry (Fuzz/): what it renders must be what a build renders, or
// the fuzzer would test something else. Public API only, as the fuzz harness uses it.

import Foundation
import SitegenCommands
import Testing
@testable import SitegenModel
@testable import SitegenLoad

@Suite struct FileProbeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let page = "content/Zoster/shingles.md"

    static func probe() async throws -> FileProbe {
        let (loaded, problems) = await SiteLoader.load(siteRoot: fixtures.appendingPathComponent("site").path)
        #expect(problems.filter { $0.severity == .error }.isEmpty)
        let today = try #require(CalendarDate(iso: "2026-11-25"))
        let site = try #require(loaded)
        return try #require(FileProbe(site, pagePath: page, today: today))
    }

    @Test func aPageWithItsOwnTextRendersItsSectionAsTheBuildDoes() async throws {
        let probe = try await Self.probe()
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("site/\(Self.page)")))
        let (files, _) = probe.renderPage(bytes)
        #expect(files.map(\.path).sorted() == ["zoster/index.html", "zoster/print/index.html", "zoster/shingles/index.html", "zoster/vaccination/index.html"])
        for file in files {
            guard case .text(let html) = file.contents else { Issue.record("\(file.path) is not text"); continue }
            let golden = try String(contentsOf: Self.fixtures.appendingPathComponent("golden/\(file.path)"), encoding: .utf8)
            #expect(html == golden, "\(file.path) differs from the golden build")
        }
    }

    @Test func aPageWithoutFrontMatterIsReportedAsTheLoaderReportsIt() async throws {
        let probe = try await Self.probe()
        let (files, diagnostics) = probe.renderPage(Array("Just a body.\n".utf8))
        #expect(files.isEmpty)
        #expect(diagnostics.map(\.description) == [
            "content/Zoster/shingles.md:1: error: missing front matter; start the file with a line '---', then 'title: Your title', then another line '---'",
        ])
    }

    @Test func aTemplateCanUseTheSitesPartialsAndMissingOnesAreReported() async throws {
        let probe = try await Self.probe()
        let header = probe.renderTemplate("<h1>{{title}}</h1>{{> partials/breadcrumbs}}")
        #expect(header.diagnostics.isEmpty)
        #expect(header.html?.hasPrefix("<h1>Shingles</h1>") == true)
        #expect(header.html?.contains("<a href=\"../\">Chickenpox and shingles</a>") == true)
        let missing = probe.renderTemplate("{{> partials/nosuch}}")
        #expect(missing.html == nil)
        #expect(missing.diagnostics.map(\.description) == [
            "templates/probe.mustache:1: error: partial 'partials/nosuch' does not exist; create templates/partials/nosuch.mustache or correct the name",
        ])
    }

    @Test func settingsAreReadAsSiteYml() {
        #expect(FileProbe.readSettings(Array("base_url: https://www.clinic-health.org/\n".utf8)).map(\.description) == [
            "site.yml:1: error: site.yml has no 'title'; add a line like 'title: Patient Health Library'",
        ])
    }
}
