import Foundation
import Testing
@testable import SitegenModel

/// Issue 13, requirement 6: a GitHub-style pipe table is not CommonMark, and says so.
@Suite struct TableWarningTests {
    static let warning = "warning: this is a table written with '|' and '-', which this site does not support: readers would see those characters, not a table; write each row as a list item instead, like '- Medicine name: what it is for'"
    static let rawHTML = ", or write the table in HTML (<table>, <tr>, <th>, <td>), which allow_raw_html lets through"

    /// The table warnings for `body` in `content/imnm/symptoms.md` (front matter: lines 1 to 4).
    func warnings(_ body: String, rawHTML: Bool = false) async throws -> [String] {
        var files = ["content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 10\n---\n\(body)"]
        if rawHTML { files["site.yml"] = TestSite.files["site.yml"]! + "allow_raw_html: true\n" }
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        return result.messages.filter { $0.contains("table") }
    }

    @Test func pipeTableIsAWarningAtItsDelimiterRow() async throws {
        #expect(try await warnings("Your medicines:\n\n| Medicine | Dose |\n|---|---|\n| Prednisolone | 40 mg |\n") == [
            "content/imnm/symptoms.md:8: \(Self.warning)",
        ])
    }

    @Test func delimiterRowsOfEveryShape() async throws {
        for row in ["| :--- | ---: |", "|:-:|-|", "--- | ---", ":--|--:", "| -------- | ---- |"] {
            #expect(try await warnings("Medicine | Dose\n\(row)\nPrednisolone | 40 mg\n") == ["content/imnm/symptoms.md:6: \(Self.warning)"], "\(row)")
        }
    }

    @Test func withRawHTMLTheMessageOffersHTML() async throws {
        #expect(try await warnings("| a | b |\n|---|---|\n", rawHTML: true) == ["content/imnm/symptoms.md:6: \(Self.warning)\(Self.rawHTML)"])
    }

    @Test func tablesInListsAndQuotes() async throws {
        #expect(try await warnings("- Doses:\n\n  | a | b |\n  |---|---|\n\n> | a | b |\n> |---|---|\n") == [
            "content/imnm/symptoms.md:8: \(Self.warning)",
            "content/imnm/symptoms.md:11: \(Self.warning)",
        ])
    }

    /// Code shows exactly what was typed, so a table there is meant to be seen as text.
    @Test func codeAndOtherDashesAreLeftAlone() async throws {
        #expect(try await warnings("""
            ```
            | a | b |
            |---|---|
            ```

                | a | b |
                |---|---|

            Type `|---|---|` to make a table elsewhere.

            ---

            Heading
            ---

            Choose yes | no - or ask.

            """).isEmpty)
    }
}
