import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel
@testable import SitegenLoad
@testable import SitegenReport

/// Plain-language suggestions (issue 26): the first use of each listed word, at its line, in
/// `build`, `check` (text and JSON) and never failing a build. Test text, not medical information.
@Suite struct PlainLanguageTests {
    let cli = CommandLineTests()

    static let page = """
        ---
        title: Symptoms
        weight: 10
        last_reviewed: 2026-10-01
        reviewed_by: Dr Ada Example
        ---
        See `utilize` and [the page](https://example.org/utilize/in-order-to).

        Doctors utilize tests in order
        to find it. Utilize them again.

        ## Inflammation

        The physician's notes on inflammation.

        """

    /// A site without a warning on 2026-11-25, whose symptoms page has plain-language words.
    func site(_ changes: [String: String?] = [:]) throws -> TestSite {
        try cli.cleanSite(["content/imnm/symptoms.md": Self.page].merging(changes) { _, new in new })
    }

    static let suggestions = [
        "content/imnm/symptoms.md:9: suggestion: 'utilize': say 'use'",
        "content/imnm/symptoms.md:9: suggestion: 'in order to': say 'to'",
        "content/imnm/symptoms.md:12: suggestion: 'inflammation': say 'swelling' (not exact: inflammation is also redness, heat and pain)",
        "content/imnm/symptoms.md:14: suggestion: 'physician': say 'doctor'",
    ]

    @Test func theFirstUseOfEachWordIsASuggestionAtItsLineNotInCodeOrALinksAddress() async throws {
        let site = try site()
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded)
        #expect(result.messages == Self.suggestions)
    }

    @Test func checkCountsThemApartAndBuildPrintsThemAndEvenStrictSucceeds() throws {
        let site = try site()
        defer { site.cleanUp() }
        let check = try cli.run(["check", "--today", "2026-11-25"], in: site.root)
        #expect(check.status == 0)
        #expect(check.output == (Self.suggestions + ["Checked 3 pages: 0 errors, 0 warnings, 4 suggestions", ""]).joined(separator: "\n"))
        #expect(try cli.run(["check", "--strict", "--today", "2026-11-25"], in: site.root).status == 0)

        let build = try cli.run(["build", "--strict", "--today", "2026-11-25"], in: site.root)
        #expect(build.status == 0)
        #expect(build.errors == (Self.suggestions + [""]).joined(separator: "\n"))
        #expect(build.output.hasPrefix("Built 3 pages in 1 section"))
        #expect(FileManager.default.fileExists(atPath: site.output + "/imnm/symptoms/index.html"))
    }

    @Test func checkJSONGivesTheirCategoryAndSeverity() throws {
        let site = try site()
        defer { site.cleanUp() }
        let result = try cli.run(["check", "--format", "json", "--today", "2026-11-25"], in: site.root)
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(report["warnings"] as? Int == 0)
        #expect(report["suggestions"] as? Int == 4)
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        let first = try #require(diagnostics.first)
        #expect(first["severity"] as? String == "suggestion")
        #expect(first["category"] as? String == "plain-language")
        #expect(first["path"] as? String == "content/imnm/symptoms.md")
        #expect(first["line"] as? Int == 9)
        #expect(first["message"] as? String == "'utilize': say 'use'")
        #expect(Set(diagnostics.map { $0["category"] as? String }) == ["plain-language"])
    }

    @Test func glossaryWordsThePageLinksAreNotSuggested() async throws {
        let site = try site([
            "glossary.yml": "- term: Swelling\n  definition: A part of the body gets bigger.\n  aliases: [inflammation]\n",
            "templates/glossary.mustache": "{{<base}}{{$main}}{{/main}}{{/base}}\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.messages == Self.suggestions.filter { !$0.contains("'inflammation'") })
    }

    @Test func aPageAcceptsWordsInItsFrontMatter() async throws {
        let page = Self.page.replacingOccurrences(of: "weight: 10\n", with: "weight: 10\nplain_language_ok: [Utilize, in  order to]\n")
        let site = try site(["content/imnm/symptoms.md": page])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.messages == [
            "content/imnm/symptoms.md:13: suggestion: 'inflammation': say 'swelling' (not exact: inflammation is also redness, heat and pain)",
            "content/imnm/symptoms.md:15: suggestion: 'physician': say 'doctor'",
        ])
    }

    @Test func aSiteAddsAndRemovesEntries() async throws {
        let site = try site([
            "plain_language.yml": "# The site's own words.\nadd:\n  Notes: what you write down\n  utilize: make use of\nremove:\n  - inflammation\n  - in order to\n  - utilisation\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded)
        #expect(result.messages == [
            "content/imnm/symptoms.md:9: suggestion: 'utilize': say 'make use of'",
            "content/imnm/symptoms.md:14: suggestion: 'physician': say 'doctor'",
            "content/imnm/symptoms.md:14: suggestion: 'notes': say 'what you write down'",
            "plain_language.yml:8: warning: 'utilisation' is not in sitegen's built-in plain-language list, so removing it changes nothing; check the spelling against docs/plain-language.md, or delete the line",
        ])
    }

    @Test func mistakesInPlainLanguageYMLAreErrorsAtTheirLines() async throws {
        let example = "add:\n  utilise: use\nremove:\n  - medication"
        let cases: [(String, [String])] = [
            ("add:\n  creatine kinase:\n  \"!!\": x\nremove: utilize\ncolour: blue\n", [
                "plain_language.yml:2: error: 'creatine kinase' needs its everyday alternative as text after the colon, like 'utilise: use'",
                "plain_language.yml:3: error: each word under 'add' must be a word or phrase with letters, like:\n\(example)",
                "plain_language.yml:4: error: 'remove' must be a list of words or phrases, like:\n\(example)",
                "plain_language.yml:5: warning: unknown key 'colour' in plain_language.yml is ignored",
            ]),
            ("add:\n  - utilize\nremove:\n  - [x]\n", [
                "plain_language.yml:2: error: 'add' must list words or phrases, each with its everyday alternative after a colon, like:\n\(example)",
                "plain_language.yml:4: error: each entry under 'remove' must be a word or phrase with letters, like:\n\(example)",
            ]),
            ("add:\n  utilize: use it\nremove: [Utilize]\n", [
                "plain_language.yml:3: error: 'utilize' is both added and removed; keep it under one of 'add' and 'remove'",
            ]),
            ("- utilize\n", [
                "plain_language.yml:1: error: plain_language.yml must be a list of 'key: value' lines, like 'add: {utilise: use}'",
            ]),
        ]
        for (text, expected) in cases {
            let site = try site(["plain_language.yml": text])
            defer { site.cleanUp() }
            let result = await site.build()
            #expect(!result.succeeded)
            #expect(result.messages == expected, "\(text)")
        }
        let broken = try site(["plain_language.yml": "add: [utilize\n"])
        defer { broken.cleanUp() }
        let result = await broken.build()
        #expect(result.messages == [
            "plain_language.yml:1: error: the '[' that starts the value of 'add' is never closed; end the list with ']' on the same line, or, if the value is text, put it in double quotes",
        ])
    }

    @Test func spanishPagesUseTheSpanishListAndTheirOwnFile() async throws {
        let spanishPage = "---\ntitle: Síntomas\nslug: sintomas\nweight: 10\n---\nLos fármacos ayudan. No utilize el teléfono.\n\nOtros fármacos y la cefalea.\n"
        let englishPage = "---\ntitle: Symptoms\nweight: 10\n---\nSome fármacos help. Doctors utilize tests.\n"
        let site = try TranslationTests.site([
            "content/imnm/symptoms.es.md": spanishPage, "content/imnm/symptoms.md": englishPage,
            "plain_language.ES.yml": "remove: [cefalea]\nadd: {teléfono: móvil}\n", "plain_language.fr.yml": "add: {utiliser: se servir de}\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded)
        #expect(result.messages.filter { $0.contains("suggestion: '") || $0.hasPrefix("plain_language") } == [
            "content/imnm/symptoms.es.md:6: suggestion: 'fármacos': say 'medicinas'",
            "content/imnm/symptoms.es.md:6: suggestion: 'teléfono': say 'móvil'",
            "content/imnm/symptoms.md:5: suggestion: 'utilize': say 'use'",
            "plain_language.fr.yml: warning: site.yml has no language 'fr' under 'languages:', so this plain-language list is not used; add the language, or rename the file",
        ])
    }

    @Test func aPreviewTakesInAnEditedListWithoutReadingEverythingAgain() async throws {
        let site = try site(["plain_language.yml": "remove: [physician]\n"])
        defer { site.cleanUp() }
        let options = BuildOptions(source: site.root.path, today: CalendarDate(iso: "2026-11-25"))
        var memo = BuildMemo()
        let first = try await Build.render(options, memo: &memo, changes: .unknown)
        #expect(!first.warnings.contains { $0.message.contains("'physician'") })
        try site.write("plain_language.yml", Data("remove: [utilize]\n".utf8))
        let second = try await Build.render(options, memo: &memo, changes: .paths(["plain_language.yml"]))
        #expect(second.warnings.map(\.description) == Self.suggestions.filter { !$0.contains("'utilize'") })
    }
}
