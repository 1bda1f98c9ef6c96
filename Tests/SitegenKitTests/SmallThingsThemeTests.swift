import Foundation
import Testing

/// What a patient notices (issue 28, requirement 5): the favicon, the Print button, the header's
/// one labelled search form, and a glossary intro that fits the device, in both built-in
/// languages. Behaviour in a browser: scripts/check-requests (no missing file),
/// scripts/check-toggletips (one intro shown, by touch or pointer), scripts/check-a11y.
@Suite struct SmallThingsThemeTests {
    static let printIcon = #"<svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20"><path d="M5 7V2h10v5M5 15H3a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M5 11h10v7H5z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/></svg>"#

    static func printButton(_ text: String) -> String {
        #"<button type="button" class="print-button" hidden>"# + printIcon + "<span>\(text)</span></button>"
    }

    /// The one HTML file under `public/` holding `marker` (the glossary page's address depends on
    /// the language).
    static func page(containing marker: String, in site: TestSite) throws -> String {
        let public_ = site.root.appendingPathComponent("public")
        let files = FileManager.default.enumerator(atPath: public_.path)?.compactMap { $0 as? String } ?? []
        let pages = try files.filter { $0.hasSuffix(".html") }.map { try site.read("public/" + $0) }.filter { $0.contains(marker) }
        #expect(pages.count == 1, "\(marker): \(pages.count) pages")
        return pages.first ?? ""
    }

    @Test func everyPageLinksTheFaviconFromItsOwnDepthAndTheICOIsAnICO() async throws {
        let site = try TranslationTests.site()
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        for (path, root) in [("public/index.html", "./"), ("public/imnm/symptoms/index.html", "../../"),
                             ("public/es/index.html", "../"), ("public/es/imnm/sintomas/index.html", "../../../")] {
            let page = try site.read(path)
            #expect(page.contains(#"<link rel="icon" href="\#(root)favicon.ico" sizes="16x16 32x32 48x48">"#
                                  + "\n" + #"<link rel="icon" href="\#(root)favicon.svg" type="image/svg+xml">"#), "\(path)")
        }
        // An ICO file of three images (reserved 0, type 1, count 3), 48, 32 and 16 px wide.
        let ico = try Data(contentsOf: site.root.appendingPathComponent("public/favicon.ico"))
        #expect(Array(ico.prefix(6)) == [0, 0, 1, 0, 3, 0])
        #expect([6, 22, 38].map { ico.count > $0 ? ico[$0] : 0 } == [48, 32, 16])
        #expect(try site.read("public/favicon.svg").hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">"#))
    }

    @Test func aSitesOwnFaviconReplacesTheThemes() async throws {
        let site = try ThemeLanguageTests.makeSite(language: "en")
        defer { site.cleanUp() }
        let mine = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>"#
        try site.write("templates/static/favicon.svg", Data(mine.utf8))
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        #expect(try site.read("public/favicon.svg") == mine)
        #expect(try site.read("public/asma/sintomas/index.html").contains(#"<link rel="icon" href="../../favicon.svg" type="image/svg+xml">"#))
    }

    @Test func everyPageAndHandoutHasAHiddenPrintButtonInItsLanguage() async throws {
        for (language, text, intro) in [
            ("en", "Print this page", "Every page about Asma, on one page to print or save as a PDF. "),
            ("es", "Imprimir esta página", "Todas las páginas sobre Asma en una sola, para imprimirla o guardarla como PDF. "),
        ] {
            let site = try ThemeLanguageTests.makeSite(language: language)
            defer { site.cleanUp() }
            let result = await site.build()
            #expect(result.succeeded, "\(result.messages)")
            let button = Self.printButton(text)
            for path in ["public/index.html", "public/asma/index.html", "public/asma/sintomas/index.html", "public/404.html"] {
                let page = try site.read(path)
                #expect(page.contains("<p class=\"print-action\">\(button)</p>\n</main>"), "\(language) \(path)")
                // header.js shows it, so every page loads header.js.
                #expect(page.contains("header.js\" defer></script>"), "\(language) \(path)")
            }
            // The handout's comes first, under its intro, and only there; the intro no longer
            // tells the reader to find the browser's Print command.
            let handout = try site.read("public/asma/print/index.html")
            #expect(handout.contains(intro + "</span>"), "\(language)")
            #expect(handout.contains("</p>\n<p class=\"print-action print-action-first\">\(button)</p>\n<section class=\"handout-disclaimer"), "\(language)")
            #expect(handout.components(separatedBy: "class=\"print-button\"").count == 2, "\(language)")
            #expect(!handout.contains("Print command") && !handout.contains("opción Imprimir"), "\(language)")
        }
    }

    @Test func theHeaderHasOneLabelledSearchFormAndNoSearchLinkBesideIt() async throws {
        for (language, label, button, address) in [("en", "Search this site", "Search", "search"), ("es", "Buscar en este sitio", "Buscar", "buscar")] {
            let site = try ThemeLanguageTests.makeSite(language: language)
            defer { site.cleanUp() }
            let result = await site.build()
            #expect(result.succeeded, "\(result.messages)")
            let page = try site.read("public/asma/sintomas/index.html")
            #expect(page.contains("""
                    <form class="site-search" id="site-search" role="search" action="../../\(address)/" method="get">
                      <label for="site-search-q">\(label)</label>
                      <input type="search" id="site-search-q" name="q">
                      <button type="submit">\(button)</button>
                    </form>
                """), "\(language)")
            #expect(!page.contains("site-nav-search"), "\(language)")
            #expect(!page.contains(#"<a href="../../\#(address)/">\#(button)</a>"#), "\(language)")
        }
    }

    @Test func theGlossaryIntroSaysHowToSeeAMeaningByTouchAndByPointerInBothLanguages() async throws {
        for (language, pointer, touch) in [
            ("en", "Medical words used on this site, explained in plain words. On other pages, these words are\nunderlined with dots: point at one, or move to it with the Tab key, to see what it means.",
             "Medical words used on this site, explained in plain words. On other pages, these words are underlined with dots: tap one to see what it means."),
            ("es", "Palabras médicas que se usan en este sitio, explicadas con palabras sencillas. En las demás páginas, estas palabras están\nsubrayadas con puntos: ponga el puntero sobre una, o llegue a ella con la tecla Tab, para ver qué significa.",
             "Palabras médicas que se usan en este sitio, explicadas con palabras sencillas. En las demás páginas, estas palabras están subrayadas con puntos: toque una para ver qué significa."),
        ] {
            let site = try ThemeLanguageTests.makeSite(language: language)
            defer { site.cleanUp() }
            let result = await site.build()
            #expect(result.succeeded, "\(result.messages)")
            let glossary = try Self.page(containing: "class=\"glossary-intro", in: site)
            #expect(glossary.contains("""
                <p class="glossary-intro for-pointer">\(pointer)</p>
                <p class="glossary-intro for-touch">\(touch)</p>
                """), "\(language)")
        }
    }
}
