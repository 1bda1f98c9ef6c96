// docs/templates.md lists the values of every template from the same schema the pages are
// built with and the templates are checked against (Render/TemplateValues*.swift). After
// changing a value there, rewrite the tables and review the difference:
//
//     SITEGEN_UPDATE_DOCS=1 swift test --filter TemplateDocsTests
//     git diff -- docs/templates.md

import Foundation
import Testing
@testable import SitegenRender

@Suite struct TemplateDocsTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/templates.md")

    @Test func docsListTheValuesOfTheSchema() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        guard let start = text.range(of: TemplateValuesDoc.begin), let end = text.range(of: TemplateValuesDoc.end, range: start.upperBound..<text.endIndex) else {
            Issue.record("docs/templates.md has no generated tables; put the lines '\(TemplateValuesDoc.begin)' and '\(TemplateValuesDoc.end)' where they belong and run SITEGEN_UPDATE_DOCS=1 swift test --filter TemplateDocsTests")
            return
        }
        let current = String(text[start.lowerBound..<end.upperBound])
        let expected = TemplateValuesDoc.markdown
        if ProcessInfo.processInfo.environment["SITEGEN_UPDATE_DOCS"] == "1" {
            try text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: expected).write(to: Self.file, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == expected, "docs/templates.md is out of date with Render/TemplateValues*.swift; run SITEGEN_UPDATE_DOCS=1 swift test --filter TemplateDocsTests and review the diff")
    }

    /// Two declarations of one name for one template would make the check and the docs ambiguous.
    @Test func eachTemplateReceivesEachNameOnce() {
        for template in PageTemplate.allCases {
            let names = template.shape.fields.map(\.name)
            #expect(Set(names).count == names.count, "\(template.rawValue).mustache: \(names)")
        }
    }

    /// The page builder sets `is_home`, `is_404`… through the schema, one per template.
    @Test func everyTemplateHasItsOwnFlag() {
        let flags = PageTemplate.allCases.map { CommonValue.flag(for: $0).rawValue }
        #expect(flags == ["is_home", "is_section", "is_page", "is_404", "is_print", "is_glossary", "is_search"])
    }
}
