import Foundation
import Testing
@testable import SitegenModel

/// Issue 26, requirement 3: which languages each PEMAT check reads, the `pemat:` setting that
/// turns checks off, and each page's count of items met in the reports.
@Suite struct PEMATSettingsTests {
    let checks = PEMATCheckTests()
    let cli = CommandLineTests()
    static let page = PEMATCheckTests.page
    /// More than 100 words that neither speak to the reader nor give an action.
    static let spanishAbout = PEMATCheckTests.text("La debilidad muscular es el signo más común de esta enfermedad.", over: 100)

    @Test func spanishPagesAreReadInSpanish() async throws {
        #expect(try await checks.suggestions("""
            ## Información general

            La prueba de ANA busca anticuerpos. La electromiografía (EMG) mide los músculos. El VIH y el ADN en EE. UU.
            La muestra es tomada por una enfermera. La sangre fue analizada en el laboratorio. Los resultados son enviados en una semana. El riesgo es elevado. Se recomienda descansar.

            Alrededor del 25 % de las personas tiene problemas de riñón, y un tercio de ellos necesita diálisis. Un cuarto de hora basta.
            """, language: "es") == [
            "\(Self.page):5: suggestion: PEMAT 9 (informative headings): the heading 'Información general' does not say what its section is about; name what the reader will learn there, like 'Qué lo causa' or 'Cómo se trata'",
            "\(Self.page):7: suggestion: PEMAT 3 (acronyms): 'ANA' is never spelled out on this page; at its first use write the words it stands for with 'ANA' after them in brackets, or make it an alias of a term in glossary.yml",
            "\(Self.page):8: suggestion: PEMAT 5 (active voice): 3 of 10 sentences (30%) are in the passive voice, like 'es tomada' (line 8), 'fue analizada' (line 8) and 'son enviados' (line 8); more than 1 in 5 is too many: say who does what, like 'un cambio en un gen la causa' rather than 'es causada por un cambio en un gen'",
            "\(Self.page):10: suggestion: PEMAT 6 (clear numbers): '25 %' is clearer as '1 de cada 4', whole numbers that more readers understand; the page has 1 more percentage or fraction (line 10)",
        ])
    }

    @Test func spanishActionsAndTheReader() async throws {
        #expect(try await checks.suggestions(Self.spanishAbout, language: "es") == [
            "\(Self.page): suggestion: PEMAT 20 (action): the page never speaks to the reader as 'usted' and never tells them what they can do; add at least one action addressed to them, like 'Pregunte a su equipo médico si …', or the steps to take as a numbered list",
        ])
        #expect(try await checks.suggestions("\(Self.spanishAbout)\n\nLos pacientes deben descansar.\n", language: "es") == [
            "\(Self.page):7: suggestion: PEMAT 21 (addressing the reader): the page describes what to do only for others ('pacientes deben descansar', line 7) and never addresses the reader as 'usted'; write the action to the reader, like 'Tome su medicina con comida' rather than 'los pacientes deben tomarla con comida'",
        ])
        for addressed in ["No tome aspirina.", "Hable con su médico.", "Consulte a un médico si empeora."] {
            #expect(try await checks.suggestions("\(Self.spanishAbout)\n\n\(addressed)\n", language: "es") == [], "\(addressed)")
        }
    }

    /// A language sitegen has no word lists for gets only the checks that read no words.
    @Test func otherLanguagesGetOnlyTheChecksThatReadNoWords() async throws {
        let paragraph = Array(repeating: "Les muscles sont faibles et 25 % des patients (ANA) sont traités.", count: 11).joined(separator: " ")
        #expect(try await checks.suggestions("## Généralités\n\n\(paragraph)\n\n\(paragraph)\n\n\(paragraph)\n", language: "fr") == [
            "\(Self.page): suggestion: PEMAT 11 (summary): the page has 365 words and no summary; put its key points in a '> [!SUMMARY]' callout (shown as 'Key points') at the top or the end",
            "\(Self.page): suggestion: PEMAT 12 (visual cues): the page has 365 words and nothing that draws the eye to its key points; put them in a list, in **bold**, or in a callout such as '> [!SUMMARY]'",
            "\(Self.page):5: suggestion: PEMAT 8 (short sections): the section 'Généralités' has 363 words; split it into parts of about 250 words or fewer, each under a heading that says what it holds",
        ])
    }

    // MARK: site.yml

    static let passiveAbout = PEMATCheckTests.text("The disease is caused by a gene and is found in muscles.", over: 100)

    func site(pemat: String?) throws -> TestSite {
        try TestSite([
            "site.yml": TestSite.files["site.yml"]! + (pemat ?? ""),
            Self.page: "---\ntitle: Symptoms\nweight: 10\n---\n\(Self.passiveAbout)\n",
        ])
    }

    func pematMessages(pemat: String?) async throws -> [String] {
        let site = try site(pemat: pemat)
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        return result.messages.filter { $0.hasPrefix(Self.page) && $0.contains("PEMAT") }.map { String($0.prefix(while: { $0 != "(" })) }
    }

    @Test func aSiteTurnsChecksOffByName() async throws {
        #expect(try await pematMessages(pemat: nil) == ["\(Self.page): suggestion: PEMAT 20 ", "\(Self.page):5: suggestion: PEMAT 5 "])
        #expect(try await pematMessages(pemat: "pemat:\n  passive_voice: false\n  summary: true\n") == ["\(Self.page): suggestion: PEMAT 20 "])
        #expect(try await pematMessages(pemat: "pemat:\n  passive_voice: false\n  action: no\n") == [])
        #expect(try await pematMessages(pemat: "pemat: false\n") == [])
        #expect(try await pematMessages(pemat: "pemat:\n") == ["\(Self.page): suggestion: PEMAT 20 ", "\(Self.page):5: suggestion: PEMAT 5 "])
    }

    @Test func anUnknownCheckOrValueIsAnErrorAtItsLine() async throws {
        for (setting, error) in [
            ("pemat:\n  summary: false\n  pasive_voice: false\n", "site.yml:5: error: unknown PEMAT check 'pasive_voice' in 'pemat'; did you mean 'passive_voice'? The checks are: acronyms, passive_voice, numbers, long_sections, generic_headings, summary, visual_cues, action, you"),
            ("pemat:\n  summary: sometimes\n", "site.yml:4: error: 'summary' under 'pemat' must be true or false (found 'sometimes')"),
            ("pemat: [summary]\n", "site.yml:3: error: 'pemat' must be false (no PEMAT suggestions) or the checks to turn off, each with 'false', like:\npemat:\n  passive_voice: false\n(the checks: acronyms, passive_voice, numbers, long_sections, generic_headings, summary, visual_cues, action, you)"),
        ] {
            let site = try site(pemat: setting)
            defer { site.cleanUp() }
            let result = await site.build()
            #expect(!result.succeeded)
            #expect(result.messages == [error], "\(setting)")
        }
    }

    // MARK: Reports

    @Test func checkJSONGivesEachPageItsItemsMet() throws {
        let site = try site(pemat: "pemat:\n  numbers: false\n")
        defer { site.cleanUp() }
        let result = try cli.run(["check", "--format", "json"], in: site.root)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let pages = try #require(json["pages"] as? [[String: Any]])
        let scores = Dictionary(uniqueKeysWithValues: pages.compactMap { page in (page["source"] as? String).map { ($0, page["pemat"] as? [String: Any]) } })
        // Acronyms, active voice and action apply: the page misses 5 and 20 (numbers is off;
        // a page of one paragraph has no sections, headings, summary or list to judge).
        #expect(scores[Self.page]??["met"] as? Int == 1)
        #expect(scores[Self.page]??["checked"] as? Int == 3)
        #expect(scores[Self.page]??["missed"] as? [Int] == [5, 20])
        // The home page is not checked.
        #expect(scores["content/_index.md"] != nil && scores["content/_index.md"]! == nil)
        #expect(result.output.contains("""
                  "pemat" : {
                    "checked" : 3,
                    "met" : 1,
                    "missed" : [
                      5,
                      20
                    ]
                  },
            """))
        let off = try self.site(pemat: "pemat: false\n")
        defer { off.cleanUp() }
        #expect(!(try cli.run(["check", "--format", "json"], in: off.root).output.contains("\"pemat\"")))
    }

    @Test func theDashboardShowsEachPagesItemsMet() throws {
        let site = try site(pemat: nil)
        defer { site.cleanUp() }
        let json = try cli.run(["report", "--format", "json", "--today", "2026-12-03"], in: site.root)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let rows = try #require(data["pages"] as? [[String: Any]])
        let row = try #require(rows.first { $0["source"] as? String == Self.page })
        let score = try #require(row["pemat"] as? [String: Any])
        #expect(score["met"] as? Int == 2 && score["checked"] as? Int == 4 && score["missed"] as? [Int] == [5, 20])
        #expect(try cli.run(["report", "--today", "2026-12-03"], in: site.root).status == 0)
        let html = try site.read("report.html")
        #expect(html.contains("<button type=\"button\" data-type=\"number\">PEMAT items met<span class=\"arrow\" aria-hidden=\"true\"></span></button>"))
        #expect(html.contains("<td data-sort=\"0.500\">2 of 4 <span class=\"note\">(misses items 5 and 20)</span></td>"))
    }
}
