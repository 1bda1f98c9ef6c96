import Foundation
import Testing
@testable import SitegenBuild
import SitegenRender
@testable import SitegenModel
@testable import SitegenReport

/// `codes:` on a site (issue 29, requirement 5): in the JSON-LD, in the editor's reports, and
/// nowhere a patient reads.
@Suite struct MedicalCodeSiteTests {
    /// The test site on the built-in theme (whose pages carry the JSON-LD), with codes on the
    /// section and a page of its own codes.
    func site(_ changes: [String: String?] = [:]) throws -> TestSite {
        var files: [String: String?] = [
            // Codes of the right form (the ICD-11 one a stem code with an extension code); what
            // they name is no part of the test.
            "content/eczema/_index.md": "---\ntitle: Atopic eczema\ncodes:\n  icd10: L20.9\n  snomed: [\"24079001\"]\n---\nAbout eczema.\n",
            "content/eczema/symptoms.md": "---\ntitle: Symptoms\n---\nText.\n",
            "content/eczema/causes.md": "---\ntitle: Causes\ncodes:\n  icd11: EA80.0&XK8G\n---\nText.\n",
        ]
        for path in TestSite.files.keys where path.hasPrefix("templates/") { files[path] = .some(nil) }
        for (path, text) in changes { files[path] = text }
        return try TestSite(files)
    }

    func html(_ rendered: RenderedSite, _ path: String) -> String {
        guard case .text(let html)? = rendered.files.first(where: { $0.path == path })?.contents else { return "" }
        return html
    }

    /// The page's JSON-LD object of `@type` MedicalCondition, and the page without its JSON-LD.
    func condition(_ html: String) throws -> (about: [String: Any], rest: String) {
        let start = try #require(html.range(of: #"<script type="application/ld+json">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        let graph = try #require(object["@graph"] as? [[String: Any]])
        let about = try #require(graph[0]["about"] as? [String: Any])
        return (about, String(html[..<start.lowerBound] + html[end.upperBound...]))
    }

    @Test func aPageHasItsSectionsCodesOrItsOwnInItsJSONLDAndNowhereElse() async throws {
        let site = try site()
        defer { site.cleanUp() }
        let rendered = try await Build.render(BuildOptions(source: site.root.path))
        let section = try condition(html(rendered, "eczema/index.html"))
        #expect(section.about["name"] as? String == "Atopic eczema")
        #expect(section.about["code"] as? [[String: String]] == [
            ["@type": "MedicalCode", "code": "L20.9", "codingSystem": "ICD-10"],
            ["@type": "MedicalCode", "code": "24079001", "codingSystem": "SNOMED-CT"],
        ])
        let symptoms = try condition(html(rendered, "eczema/symptoms/index.html"))
        #expect(symptoms.about["code"] as? [[String: String]] == section.about["code"] as? [[String: String]])
        let causes = try condition(html(rendered, "eczema/causes/index.html"))
        #expect(causes.about["code"] as? [[String: String]] == [["@type": "MedicalCode", "code": "EA80.0&XK8G", "codingSystem": "ICD-11"]])
        // Never shown to patients: outside the JSON-LD, no page has a code.
        for page in [section.rest, symptoms.rest, causes.rest, html(rendered, "index.html"), html(rendered, "imnm/index.html")] {
            for code in ["L20.9", "24079001", "EA80", "XK8G"] { #expect(!page.contains(code)) }
            #expect(page.contains("</html>"))
        }
    }

    @Test func theReportsListEachPagesCodesWithWhereTheyAreWritten() async throws {
        let site = try site()
        defer { site.cleanUp() }
        let rendered = try await Build.render(BuildOptions(source: site.root.path))
        let json = try #require(String(data: EditorReport.json(rendered.reports, target: 8, measure: .fleschKincaid), encoding: .utf8))
        #expect(json.contains("""
              "codes" : [
                {
                  "code" : "EA80.0&XK8G",
                  "source" : "content/eczema/causes.md:4",
                  "system" : "ICD-11"
                }
              ],
        """))
        let byPage = Dictionary(uniqueKeysWithValues: rendered.reports.map { ($0.source, $0.codes) })
        let sectionCodes = [
            ListedCode(MedicalCode(.icd10, "L20.9", line: 4), in: "content/eczema/_index.md"),
            ListedCode(MedicalCode(.snomed, "24079001", line: 5), in: "content/eczema/_index.md"),
        ]
        #expect(byPage["content/eczema/_index.md"] == sectionCodes)
        #expect(byPage["content/eczema/symptoms.md"] == sectionCodes)
        #expect(byPage["content/_index.md"] == .some(nil))
        #expect(!json.contains(#""codes" : null"#))

        let dashboard = ReviewDashboard(rendered, today: try #require(CalendarDate(iso: "2026-12-03")))
        #expect(dashboard.pages.first { $0.source == "content/eczema/symptoms.md" }?.codes == sectionCodes)
        let page = try dashboard.html(reportFolder: site.root.path, siteRoot: site.root.path)
        #expect(page.contains(#"<span class="path">Codes: ICD-10 L20.9, SNOMED-CT 24079001</span>"#))
        #expect(page.contains(#"<span class="path">Codes: ICD-11 EA80.0&amp;XK8G</span>"#))
    }

    @Test func codesOnTheHomePageAreAnError() async throws {
        let site = try site(["content/_index.md": "---\ntitle: Home\ncodes:\n  icd10: L20.9\n---\nWelcome.\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages == [
            "content/_index.md:4: error: 'codes' are a condition's, and the home page is about no one condition; move them to the _index.md of the condition they code",
        ])
    }

    @Test func aMalformedCodeFailsTheBuildAtItsLine() async throws {
        let site = try site(["content/eczema/_index.md": "---\ntitle: Atopic eczema\ncodes:\n  icd10cm: l20.84\n---\nAbout.\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages == [
            "content/eczema/_index.md:4: error: 'l20.84' is not a code of ICD-10-CM, whose codes are 3 to 7 characters: a capital letter, a digit, a digit or capital letter, then, after a point, up to 4 more digits or capital letters, like 'icd10cm: L20.84'; write its letters as capitals: 'L20.84'",
        ])
    }
}
