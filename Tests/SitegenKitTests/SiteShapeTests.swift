import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel

/// How content folders become a site: drafts, links out of the site, and the home page's A–Z.
@Suite struct SiteShapeTests {
    @Test func aDraftSectionHidesItsPages() async throws {
        let site = try TestSite([
            "content/imnm/_index.md": "---\ntitle: IMNM\ndraft: true\n---\nAbout.\n",
            "content/lupus/_index.md": "---\ntitle: Lupus\n---\nAbout lupus.\n",
        ])
        defer { site.cleanUp() }
        let rendered = try await Build.render(BuildOptions(source: site.root.path))
        #expect(rendered.site.sections.map(\.slug) == ["lupus"])
        #expect(!rendered.files.contains { $0.path.hasPrefix("imnm/") })
        let drafts = try await Build.render(BuildOptions(source: site.root.path, includeDrafts: true))
        #expect(drafts.site.sections.map(\.slug) == ["imnm", "lupus"])
        #expect(drafts.files.contains { $0.path == "imnm/symptoms/index.html" })
    }

    @Test func linksToFilesOutsideTheSiteAreNotPublished() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let secret = site.root.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString).txt")
        try Data("private".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/imnm/notes.txt").path,
                                                   withDestinationPath: secret.path)
        let (succeeded, messages) = await site.build()
        #expect(succeeded)
        #expect(messages.contains("content/imnm/notes.txt: warning: is a link to a file outside the site folder; it is not published"))
        #expect(!FileManager.default.fileExists(atPath: site.output + "/imnm/notes.txt"))
    }

    @Test func homeGroupsConditionsByLetterOnceThereAreMany() async throws {
        var files: [String: String?] = [
            "templates/home.mustache": "{{#grouped}}{{#letters}}[{{letter}}:{{id}}:{{#sections}}{{title}};{{/sections}}]{{/letters}}{{/grouped}}{{^grouped}}flat{{/grouped}}\n",
            "content/imnm/_index.md": nil, "content/imnm/symptoms.md": nil,
        ]
        let names = ["Asthma", "Acne", "Bronchitis", "Croup", "Eczema", "Gout", "Lupus", "Measles", "Mumps", "Rickets", "Érysipèle", "2019 flu"]
        for name in names { files["content/\(Slug.make(name))/_index.md"] = "---\ntitle: \"\(name)\"\n---\n" }
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let (succeeded, messages) = await site.build()
        #expect(succeeded, "\(messages)")
        #expect(try site.read("public/index.html") ==
            "[#:letter-other:2019 flu;][A:letter-a:Acne;Asthma;][B:letter-b:Bronchitis;][C:letter-c:Croup;][E:letter-e:Eczema;Érysipèle;][G:letter-g:Gout;][L:letter-l:Lupus;][M:letter-m:Measles;Mumps;][R:letter-r:Rickets;]\n")
    }
}
