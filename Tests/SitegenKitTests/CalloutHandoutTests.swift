import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel

/// Issue 16, requirements 3 (callouts) and 5 (a handout that explains itself), built with the
/// bundled theme. Every text and definition here is an example, not medical advice.
@Suite struct CalloutHandoutTests {
    static let unknownDanger = "content/asma/sintomas.md:10: warning: unknown callout '[!DANGER]'; use one of '[!NOTE]', '[!TIP]', '[!IMPORTANT]', '[!WARNING]', '[!CAUTION]', '[!URGENT]', '[!ASK]', '[!SUMMARY]', '[!EMERGENCY]', '[!NON-URGENT]' (until then it shows as a quote)"

    /// The Spanish test site of ThemeLanguageTests in `language`, with `sintomas.md` holding `body`
    /// (front matter: lines 1 to 5) and the example glossary.
    static func site(language: String, body: String, changes: [String: String?] = [:]) throws -> TestSite {
        var files: [String: String?] = ["content/asma/sintomas.md": "---\ntitle: Síntomas\nweight: 10\naliases: [viejo/]\n---\n" + body]
        for (path, text) in changes { files[path] = text }
        return try ThemeLanguageTests.makeSite(language: language, files)
    }

    @Test func unknownKindIsAWarningWithPathAndLineAndStaysAQuote() async throws {
        let site = try Self.site(language: "en", body: "Example.\n\n> Example quote.\n\n> [!DANGER] Example\n> text.\n")
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded)
        #expect(result.messages.filter { $0.contains("callout") } == [Self.unknownDanger])
        let page = try site.read("public/asma/sintomas/index.html")
        #expect(page.contains("<blockquote>\n<p>[!DANGER] Example\ntext.</p>\n</blockquote>"))
        #expect(!page.contains("<aside"))
    }

    @Test func spanishCalloutLabelsOnThePageAndInTheHandout() async throws {
        let site = try Self.site(language: "es", body: "> [!WARNING] Texto de ejemplo\n> Más texto de ejemplo.\n\n> [!ASK]\n> ¿Pregunta de ejemplo?\n")
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        let page = try site.read("public/asma/sintomas/index.html")
        #expect(page.contains("""
            <aside class="callout callout-warning" role="note" aria-labelledby="callout--1-label callout--1-title">
            <p class="callout-label" id="callout--1-label">Advertencia</p>
            <p class="callout-title" id="callout--1-title">Texto de ejemplo</p>
            <p>Más texto de ejemplo.</p>
            </aside>
            <aside class="callout callout-ask" role="note" aria-labelledby="callout--2-label">
            <p class="callout-label" id="callout--2-label">Preguntas para su equipo de atención</p>
            <p>¿Pregunta de ejemplo?</p>
            </aside>
            """))
        // In the handout the ids take the page's anchor, so two pages' callouts cannot share one.
        let handout = try site.read("public/asma/print/index.html")
        #expect(handout.contains("""
            <aside class="callout callout-warning" role="note" aria-labelledby="sintomas--callout--1-label sintomas--callout--1-title">
            <p class="callout-label" id="sintomas--callout--1-label">Advertencia</p>
            <p class="callout-title" id="sintomas--callout--1-title">Texto de ejemplo</p>
            """))
        #expect(handout.contains(#"<p class="callout-label" id="sintomas--callout--2-label">Preguntas para su equipo de atención</p>"#))
    }

    /// The label is the theme's: it is not the page's text, so the words counted for the reading
    /// grade are the title's and the body's only, and the marker is counted nowhere.
    @Test func theLabelAndTheMarkerAreNotCountedAsThePagesWords() async throws {
        let site = try Self.site(language: "en", body: "> [!ASK] One two three\n> Four five six.\n")
        defer { site.cleanUp() }
        let summary = try await Build.run(BuildOptions(source: site.root.path))
        let report = try #require(summary.reports.first { $0.source == "content/asma/sintomas.md" })
        // The title "Síntomas" (1), "One two three" (3), "Four five six." (3).
        #expect(report.words == 7)
        #expect(report.sentences == 3)
    }

    @Test func wordsToKnowListsEveryMarkedTermOfTheSectionAToZ() async throws {
        let glossary = """
            - term: Zeta example
              definition: Example definition of zeta.
            - term: Alpha example
              definition: Example definition of alpha.
              aliases: [alphas]
            - term: Beta example
              definition: Example definition of beta, used on no page of the section.
            - term: Ómicron example
              definition: Example definition of omicron.

            """
        let site = try Self.site(language: "en", body: "Some alphas here, and omicron example there.\n\n## Zeta example\n\nAlpha example again.\n", changes: [
            "glossary.yml": glossary,
            "content/asma/_index.md": "---\ntitle: Asma\n---\nA zeta example. See [síntomas](sintomas.md).\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        let handout = try site.read("public/asma/print/index.html")
        // Marked where they appear: each page's first mention links to its entry below.
        #expect(handout.contains(##"<p>A <a class="handout-term" href="#words-to-know--zeta-example">zeta example</a>."##))
        #expect(handout.contains(##"<p>Some <a class="handout-term" href="#words-to-know--alpha-example">alphas</a> here, and <a class="handout-term" href="#words-to-know--omicron-example">omicron example</a> there.</p>"##))
        #expect(handout.contains(#"<p class="handout-intro"><span class="screen-only">Every page about Asma, on one page to print or save as a PDF. </span>The online version is at <a href="https://www.clinic-health.org/asma/">https://www.clinic-health.org/asma/</a>. Medical words underlined with dots are explained in “Words to know” at the end.</p>"#))
        let words = try #require(handout.range(of: #"<section class="words-to-know""#)).lowerBound
        let end = try #require(handout.range(of: "</section>", range: words..<handout.endIndex)).upperBound
        #expect(String(handout[words..<end]) == """
            <section class="words-to-know" aria-labelledby="words-to-know">
              <h2 id="words-to-know">Words to know</h2>
              <p>The medical words in this handout, explained in plain words.</p>
              <dl class="glossary">
                <dt id="words-to-know--alpha-example">Alpha example</dt>
                <dd>Example definition of alpha. <span class="aliases">Also called: alphas.</span></dd>
                <dt id="words-to-know--omicron-example">Ómicron example</dt>
                <dd>Example definition of omicron.</dd>
                <dt id="words-to-know--zeta-example">Zeta example</dt>
                <dd>Example definition of zeta.</dd>
              </dl>
            </section>
            """)
        // The words' page keeps its tooltips; only the handout links to the list.
        #expect(try site.read("public/asma/sintomas/index.html").contains(#"<a class="term-link" href="../../glossary/#alpha-example""#) == true)
    }

    @Test func aSectionWithoutGlossaryWordsHasNoList() async throws {
        let site = try Self.site(language: "en", body: "Example.\n", changes: ["glossary.yml": nil])
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        let handout = try site.read("public/asma/print/index.html")
        #expect(!handout.contains("words-to-know"))
        #expect(!handout.contains("Words to know"))
    }

    @Test func spanishWordsToKnow() async throws {
        let site = try Self.site(language: "es", body: "La creatina cinasa es un ejemplo.\n")
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        let handout = try site.read("public/asma/print/index.html")
        #expect(handout.contains(#"<h2 id="words-to-know">Palabras que debe conocer</h2>"#))
        #expect(handout.contains("<dt id=\"words-to-know--creatina-cinasa\">Creatina cinasa</dt>\n    <dd>Una proteína del músculo. <span class=\"aliases\">Otros nombres: CK.</span></dd>"))
        #expect(handout.contains("Las palabras médicas subrayadas con puntos se explican en “Palabras que debe conocer”, al final."))
    }

    /// A page whose slug is the list's id gives way, as a page named "about" does to the section page.
    @Test func aPageNamedWordsToKnowKeepsTheIDsUnique() async throws {
        let site = try Self.site(language: "en", body: "Example.\n", changes: [
            "content/asma/words-to-know.md": "---\ntitle: Example words\n---\nCreatina cinasa example.\n",
        ])
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        let handout = try site.read("public/asma/print/index.html")
        #expect(handout.contains(#"<article class="handout-page" aria-labelledby="words-to-know--page">"#))
        #expect(handout.contains(#"<h2 id="words-to-know">Words to know</h2>"#))
    }

    /// On paper: the disclaimer first, the site's footer (which could be left alone on a last
    /// page) and how-to-print left out. scripts/check-handout looks at the printed pages.
    @Test func paperGetsTheDisclaimerFirstAndNoScreenInstructions() async throws {
        let site = try Self.site(language: "en", body: "Example.\n")
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        let handout = try site.read("public/asma/print/index.html")
        #expect(handout.contains(#"<link rel="stylesheet" href="../../handout.css" media="print">"#))
        #expect(try site.read("public/handout.css").contains(".site-footer {\n  display: none;\n}"))
        #expect(handout.contains("""
            <section class="handout-disclaimer print-only" aria-labelledby="handout-disclaimer-heading">
              <h2 id="handout-disclaimer-heading">Medical disclaimer</h2>
              <p>Solo un ejemplo.</p>
            """))
        let intro = try #require(handout.range(of: #"<p class="handout-intro">"#))
        let disclaimer = try #require(handout.range(of: #"<section class="handout-disclaimer"#))
        let firstPage = try #require(handout.range(of: #"<article class="handout-page""#))
        #expect(intro.lowerBound < disclaimer.lowerBound && disclaimer.lowerBound < firstPage.lowerBound)
        #expect(handout.contains(#"<span class="screen-only">Every page about Asma, on one page to print or save as a PDF. </span>"#))
    }
}
