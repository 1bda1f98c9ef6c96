import Foundation
import Testing
@testable import SitegenKit

/// The smaller defects of issue 12, one test (or a few) each: every one failed before its fix.
@Suite struct SmallDefectTests {
    let day = CalendarDate(iso: "2026-05-01")!

    func scaffold(_ site: TestSite) -> ScaffoldOptions { ScaffoldOptions(source: site.root.path, today: day) }

    /// The thrown diagnostic as the command line prints it, or nil if nothing was thrown.
    func failure(_ body: () throws(Diagnostic) -> ScaffoldResult) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.description
        }
    }

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
            "content/lupus: error: is a link to a folder outside the site, so 'sitegen new' will not write there; replace the link with a real folder, or create the file in the folder it links to")
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
            "content/lupus: error: is a link to a folder outside the site, so 'sitegen new' will not write there; replace the link with a real folder, or create the file in the folder it links to")
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
}
