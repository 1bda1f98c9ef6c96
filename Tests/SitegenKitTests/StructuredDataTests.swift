import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel
@testable import SitegenRender

@Suite struct StructuredDataTests {
    @Test func titlesCannotCloseTheScriptElement() throws {
        let json = #"{"name":"# + JSONText.quote("Say \"no\" </script><script>alert(1)</script> & more\u{1}") + "}"
        #expect(json == #"{"name":"Say \"no\" \u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 more\u0001"}"#)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(decoded?["name"] == "Say \"no\" </script><script>alert(1)</script> & more\u{1}")
    }

    @Test func medicalWebPageWithReviewConditionAndBreadcrumbs() async throws {
        let site = try TestSite([
            "content/imnm/symptoms.md": "---\ntitle: \"Symptoms: \\\"weak\\\" </script>\"\nlast_reviewed: 2026-11-01\nreviewed_by: Dr Ada Example\n---\nText.\n",
        ])
        defer { site.cleanUp() }
        let rendered = try await Build.render(BuildOptions(source: site.root.path))
        let section = try #require(rendered.site.sections.first)
        let page = try #require(section.pages.first)
        let json = StructuredData.json(for: page, section: section, site: rendered.site)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let graph = try #require(object["@graph"] as? [[String: Any]])
        #expect(graph[0]["@type"] as? String == "MedicalWebPage")
        #expect(graph[0]["name"] as? String == "Symptoms: \"weak\" </script>")
        #expect(graph[0]["lastReviewed"] as? String == "2026-11-01")
        #expect((graph[0]["reviewedBy"] as? [String: String])?["name"] == "Dr Ada Example")
        #expect((graph[0]["about"] as? [String: String]) == ["@type": "MedicalCondition", "name": "IMNM"])
        let crumbs = try #require(graph[1]["itemListElement"] as? [[String: Any]])
        #expect(crumbs.map { $0["item"] as? String } == ["https://www.clinic-health.org/", "https://www.clinic-health.org/imnm/", "https://www.clinic-health.org/imnm/symptoms/"])
        #expect(!json.contains("</script>"))
    }
}
