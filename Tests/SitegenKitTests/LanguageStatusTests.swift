import Foundation
import Testing
@testable import SitegenKit
@testable import SitegenModel

/// Other languages are read and checked but not published yet (issue 15 is not finished): a site
/// that lists one is told so, at the language's line, instead of silently getting nothing.
@Suite struct LanguageStatusTests {
    @Test func aLanguageThatIsNotPublishedYetIsAWarning() async throws {
        let site = try TestSite([
            "site.yml": "title: Test Library\nbase_url: https://example.org/\nlanguage: en\nlanguages:\n  es:\n    title: Biblioteca\n    disclaimer: Solo un ejemplo.\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded)
        #expect(result.messages.contains("site.yml:5: warning: the language 'es' is not published: sitegen does not build translations yet, so only 'en' pages are built"), "\(result.messages)")
        #expect(!FileManager.default.fileExists(atPath: site.output + "/es"))
    }

    @Test func aLanguageWhoseFolderIsASectionIsAnError() async throws {
        let site = try TestSite([
            "site.yml": "title: Test Library\nbase_url: https://example.org/\nlanguages:\n  es:\n    disclaimer: Solo un ejemplo.\n",
            "content/ES/_index.md": "---\ntitle: Spanish lessons\n---\nA section whose address is es/.\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages.contains("site.yml:4: error: language 'es' is published under /es/, the address of the section content/ES; rename the section's folder (translations go beside their originals, like 'symptoms.es.md', not in a folder)"), "\(result.messages)")
    }
}
