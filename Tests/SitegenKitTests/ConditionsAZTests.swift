import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel

/// The home page's Conditions A–Z with other names (issue 28, requirement 3): "Other name — see
/// Condition", letters from 2 conditions on, each language's alphabetical order.
@Suite struct ConditionsAZTests {
    /// A site with the built-in theme and these sections (folder: front matter lines).
    static func site(_ sections: [String: String], siteYML: String = "title: Test Library\nbase_url: https://www.clinic-health.org/\n", extra: [String: String?] = [:]) throws -> TestSite {
        var files: [String: String?] = ["site.yml": siteYML, "content/imnm/_index.md": nil, "content/imnm/symptoms.md": nil]
        for path in TestSite.files.keys where path.hasPrefix("templates/") { files[path] = .some(nil) }
        for (folder, front) in sections { files["content/\(folder)/_index.md"] = "---\n\(front)\n---\nAbout.\n" }
        for (path, text) in extra { files[path] = text }
        return try TestSite(files)
    }

    /// The A–Z as a reader sees it: first the letters linked at the top, then "letter: entry |
    /// entry |", one letter a line.
    static func azText(_ html: String) -> [String] {
        guard let start = html.range(of: #"<section class="conditions""#), let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return [] }
        let part = String(html[start.lowerBound..<end.lowerBound])
        var lines: [String] = []
        for line in part.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix(##"<li><a href="#letter-"##) {
                if lines.isEmpty { lines.append("") }
                lines[0] += " " + line.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression) + " |"
            } else if line.hasPrefix(#"<h3 class="letter""#) {
                lines.append(line.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression) + ":")
            } else if line.hasPrefix("<a href=") {
                let text = line.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
                if lines.isEmpty { lines.append("") }
                lines[lines.count - 1] += " " + text + " |"
            }
        }
        return lines
    }

    @Test func otherNamesAreEntriesThatLinkToTheirCondition() async throws {
        let site = try Self.site([
            "heart-attack": "title: Heart attack\nother_names: [Myocardial infarction, MI]",
            "asthma": "title: Asthma",
        ])
        defer { site.cleanUp() }
        let (succeeded, messages) = await site.build()
        #expect(succeeded, "\(messages)")
        let home = try site.read("public/index.html")
        #expect(Self.azText(home) == [
            " A | H | M |",
            "A: Asthma |",
            "H: Heart attack |",
            "M: MI — see Heart attack | Myocardial infarction — see Heart attack |",
        ])
        // One link whose name makes sense alone, and no description repeated under it.
        #expect(home.contains("""
                <li>
                  <a href="heart-attack/">MI<span class="see"> — see Heart attack</span></a>
                </li>
            """))
        #expect(home.contains(#"<nav class="letter-index" aria-label="Conditions by first letter">"#))
    }

    @Test func oneConditionHasNoLetters() async throws {
        let site = try Self.site(["heart-attack": "title: Heart attack\ndescription: When blood stops reaching the heart.\nother_names: [MI]"])
        defer { site.cleanUp() }
        let (succeeded, messages) = await site.build()
        #expect(succeeded, "\(messages)")
        let home = try site.read("public/index.html")
        #expect(!home.contains("letter-index"))
        #expect(Self.azText(home) == [" Heart attack | MI — see Heart attack |"])
        #expect(home.contains("<p>When blood stops reaching the heart.</p>"))
    }

    @Test func spanishListsÑAsALetterOfItsOwnAndAccentsWithTheirLetter() async throws {
        let site = try Self.site([
            "nanismo": "title: Nanismo", "nausea": "title: Náusea", "asma": "title: Asma\nother_names: [Ñoño de ejemplo]",
            "ulcera": "title: Úlcera\nother_names: [Afta]", "obesidad": "title: Obesidad",
        ], siteYML: "title: Biblioteca\nbase_url: https://www.clinic-health.org/\nlanguage: es\n")
        defer { site.cleanUp() }
        let (succeeded, messages) = await site.build()
        #expect(succeeded, "\(messages)")
        let home = try site.read("public/index.html")
        #expect(Self.azText(home) == [
            " A | N | Ñ | O | U |",
            "A: Afta — véase Úlcera | Asma |",
            "N: Nanismo | Náusea |",
            "Ñ: Ñoño de ejemplo — véase Asma |",
            "O: Obesidad |",
            "U: Úlcera |",
        ])
        #expect(home.contains(##"<li><a href="#letter-ñ">Ñ</a></li>"##))
        #expect(home.contains(#"<h3 class="letter" id="letter-ñ">Ñ</h3>"#))
    }

    /// The glossary page's letters follow the same order as the A–Z: in Spanish `Ñ` is its own
    /// letter after `N`, and `Á` is listed under `A`.
    @Test func theSpanishGlossaryHasTheSameLettersAsTheAZ() async throws {
        let site = try Self.site(["asma": "title: Asma"], siteYML: "title: Biblioteca\nbase_url: https://www.clinic-health.org/\nlanguage: es\n", extra: [
            "glossary.yml": """
                - term: Ñame de ejemplo
                  definition: Una palabra de ejemplo.
                - term: Nódulo
                  definition: Un bulto pequeño.
                - term: Ácido
                  definition: Una sustancia de ejemplo.
                - term: Oído
                  definition: El órgano con el que se oye.
                """,
        ])
        defer { site.cleanUp() }
        let (succeeded, messages) = await site.build()
        #expect(succeeded, "\(messages)")
        let glossary = try site.read("public/glosario/index.html")
        let headings = glossary.split(separator: "\n").filter { $0.hasPrefix("  <h2 id=\"letter-") || $0.hasPrefix("    <dt id=") }
            .map { $0.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression).trimmingCharacters(in: .whitespaces) }
        #expect(headings == ["A", "Ácido", "N", "Nódulo", "Ñ", "Ñame de ejemplo", "O", "Oído"])
        #expect(glossary.contains(#"<h2 id="letter-ñ">Ñ</h2>"#))
    }

    @Test func englishListsÑWithN() async throws {
        // "Ñandú" before "Nanismo": in English ñ is n, and d comes before i.
        let site = try Self.site([
            "nanismo": "title: Nanismo", "nandu": "title: Ñandú fever", "zika": "title: Zika\nother_names: [Ábaco virus]",
        ])
        defer { site.cleanUp() }
        let (succeeded, messages) = await site.build()
        #expect(succeeded, "\(messages)")
        let az = Self.azText(try site.read("public/index.html"))
        #expect(az == [
            " A | N | Z |",
            "A: Ábaco virus — see Zika |",
            "N: Ñandú fever | Nanismo |",
            "Z: Zika |",
        ])
    }

    @Test func otherNamesOnAPageThatIsNoConditionAreAnError() async throws {
        let site = try Self.site(["imnm": "title: IMNM"], extra: [
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\nother_names: [Signs]\n---\nText.\n",
            "content/_index.md": "---\ntitle: Home\nother_names:\n  - Start\n---\nWelcome.\n",
        ])
        defer { site.cleanUp() }
        let (succeeded, messages) = await site.build()
        #expect(!succeeded)
        #expect(messages == [
            "content/_index.md:4: error: 'other_names' names a condition, and is used only on a section's _index.md; move it to the _index.md of the condition it names, or write words readers may search this page by as 'synonyms:'",
            "content/imnm/symptoms.md:3: error: 'other_names' names a condition, and is used only on a section's _index.md; move it to content/imnm/_index.md, the condition's page, or write words readers may search this page by as 'synonyms:'",
        ])
    }

    @Test func anOtherNameThatIsAnotherConditionsTitleIsAnError() async throws {
        let site = try Self.site(["myositis": "title: Myositis", "imnm": "title: IMNM\nother_names: [Necrotizing myopathy, myositis]"])
        defer { site.cleanUp() }
        let (succeeded, messages) = await site.build()
        #expect(!succeeded)
        #expect(messages == [
            "content/imnm/_index.md:3: error: 'myositis' is the title of another condition (content/myositis/_index.md), so the A–Z would list it for both; remove it from 'other_names', or, if the two are one condition, make them one section",
        ])
    }

    @Test func anOtherNameTwoConditionsShareIsAWarningAndListedForBoth() async throws {
        let site = try Self.site(["lupus": "title: Lupus\nother_names:\n  - SLE\n  - Connective tissue disease", "scleroderma": "title: Scleroderma\nother_names: [Connective tissue disease]"])
        defer { site.cleanUp() }
        let (succeeded, messages) = await site.build()
        #expect(succeeded)
        #expect(messages.filter { $0.contains("other name") } == [
            "content/scleroderma/_index.md:3: warning: 'Connective tissue disease' is also an other name of 'Lupus' (content/lupus/_index.md:5), so the A–Z lists it for both; if it names only one of them, remove it from the other",
        ])
        let az = Self.azText(try site.read("public/index.html"))
        #expect(az == [
            " C | L | S |",
            // One name: its conditions A–Z.
            "C: Connective tissue disease — see Lupus | Connective tissue disease — see Scleroderma |",
            "L: Lupus |",
            "S: Scleroderma | SLE — see Lupus |",
        ])
    }

    @Test func otherNamesAreSearchedAndNamedInTheStructuredData() async throws {
        let site = try Self.site(["heart-attack": "title: Heart attack\nother_names: [Myocardial infarction, MI]"], extra: [
            "content/heart-attack/tests.md": "---\ntitle: Tests\n---\nText.\n",
        ])
        defer { site.cleanUp() }
        var memo = BuildMemo()
        let rendered = try await Build.render(BuildOptions(source: site.root.path), memo: &memo, deferSearch: true)
        #expect(rendered.pendingSearch?.documents.first { $0.url == "heart-attack/" }?.synonyms == ["Myocardial infarction", "MI"])
        #expect(rendered.pendingSearch?.documents.first { $0.url == "heart-attack/tests/" }?.synonyms == [])
        // Every page of the section is about the condition, by all its names.
        for path in ["heart-attack/index.html", "heart-attack/tests/index.html"] {
            guard case .text(let html)? = rendered.files.first(where: { $0.path == path })?.contents else { Issue.record("\(path) not rendered"); continue }
            #expect(html.contains(#""about":{"@type":"MedicalCondition","name":"Heart attack","alternateName":["Myocardial infarction","MI"]}"#))
        }
    }
}
