import Foundation
import Testing

/// Issue 28, requirement 2: a language says when it falls back. A link to a page not translated
/// yet says which language it opens in, the switcher says when a page has no version in a
/// language, and the glossary and search pages have addresses in each language, the old ones
/// kept. Test text, not medical information.
@Suite struct LanguageFallbackTests {
    static let glossaries: [String: String?] = [
        "glossary.yml": "- term: Muscle weakness\n  definition: Muscles that tire.\n",
        "glossary.es.yml": "- term: Texto\n  definition: Palabras escritas.\n",
    ]

    /// Any pair of languages: a French site's Spanish link to a French page says "(en francés)",
    /// and the French page's switcher says in Spanish that it has no Spanish version.
    @Test func theMarkAndTheNoteNameTheLanguagesOfAnyPair() async throws {
        let site = try TranslationTests.site([
            "site.yml": "title: Test Library\nlanguage: fr\nlanguages:\n  es:\n    title: Biblioteca de prueba\n    disclaimer: Solo un ejemplo.\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        #expect(try site.read("public/es/imnm/index.html").contains("<a href=\"../../imnm/causes/#genes\" hreflang=\"fr\">causas <span class=\"link-language\">(en francés)</span></a>"))
        let causes = try site.read("public/imnm/causes/index.html")
        #expect(causes.contains("<li class=\"language-missing\"><a href=\"../../es/\" lang=\"es\" hreflang=\"es\" dir=\"auto\">Español<span class=\"language-note\" lang=\"es\"> — aún no traducida: ir a la página de inicio en español</span></a></li>"), "\(causes)")
        // A page that has its translation says nothing more.
        #expect(try site.read("public/imnm/symptoms/index.html").contains("<li><a href=\"../../es/imnm/sintomas/\" lang=\"es\" hreflang=\"es\">Español</a></li>"))
    }

    /// A handout leads to its translation; a page added later in English only says it has no Spanish version.
    @Test func aHandoutLeadsToItsTranslationAndANewPageSaysItHasNone() async throws {
        let site = try TranslationTests.site(["content/imnm/treatment.md": "---\ntitle: Treatment\nweight: 30\n---\nText.\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        // The Spanish handout of a section leads to the English handout, not to the home page.
        #expect(try site.read("public/es/imnm/print/index.html").contains("<li><a href=\"../../../imnm/print/\" lang=\"en\" hreflang=\"en\">English</a></li>"))
        #expect(try site.read("public/imnm/treatment/index.html").contains("<span class=\"language-note\" lang=\"es\"> — aún no traducida: ir a la página de inicio en español</span>"))
    }

    /// A language sitegen has no texts for, whose file leaves `language_missing` out: the note is
    /// in the page's language ("the French home page"), marked so, never the English "the
    /// English home page" under "Français".
    @Test func aLanguageWithoutItsOwnNoteIsNamedInThePagesLanguage() async throws {
        let site = try TranslationTests.site([
            "site.yml": TranslationTests.siteYML + "  fr:\n    title: Bibliothèque\n    disclaimer: Un exemple.\n",
            "content/_index.fr.md": "---\ntitle: Accueil\n---\nBienvenue.\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        let causes = try site.read("public/imnm/causes/index.html")
        #expect(causes.contains("<li class=\"language-missing\"><a href=\"../../fr/\" lang=\"fr\" hreflang=\"fr\" dir=\"auto\">Français<span class=\"language-note\" lang=\"en\"> — not translated yet: go to the French home page</span></a></li>"), "\(causes)")
        #expect(try site.read("public/es/imnm/index.html").contains("<span class=\"language-note\" lang=\"es\"> — aún no traducida: ir a la página de inicio en francés</span>"))
    }

    @Test func glossaryAndSearchHaveAddressesInEachLanguageAndTheOldOnesLeadThere() async throws {
        let site = try TranslationTests.site(Self.glossaries)
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        let glossary = try site.read("public/es/glosario/index.html")
        #expect(glossary.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://www.clinic-health.org/glossary/\">"))
        #expect(glossary.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://www.clinic-health.org/es/glosario/\">"))
        #expect(glossary.contains("<li><a href=\"../../glossary/\" lang=\"en\" hreflang=\"en\">English</a></li>"))
        #expect(try site.read("public/glossary/index.html").contains("<li><a href=\"../es/glosario/\" lang=\"es\" hreflang=\"es\">Español</a></li>"))
        let search = try site.read("public/es/buscar/index.html")
        #expect(search.contains("data-index=\"../search/index/\""), "the index stays where it was")
        #expect(search.contains("<li><a href=\"../../search/\" lang=\"en\" hreflang=\"en\">English</a></li>"))
        let page = try site.read("public/es/imnm/sintomas/index.html")
        #expect(page.contains("<form class=\"site-search\" id=\"site-search\" role=\"search\" action=\"../../buscar/\" method=\"get\">"))
        #expect(page.contains("<li><a href=\"../../glosario/\">Glosario</a></li>"))
        #expect(page.contains("href=\"../../glosario/#texto\""), "\(page)")
        let sitemap = try site.read("public/sitemap.xml")
        #expect(sitemap.contains("  <url>\n    <loc>https://www.clinic-health.org/es/glosario/</loc>\n    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://www.clinic-health.org/glossary/\"/>\n    <xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"https://www.clinic-health.org/es/glosario/\"/>\n    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://www.clinic-health.org/glossary/\"/>\n  </url>\n"), "\(sitemap)")
        #expect(!sitemap.contains("es/glossary/") && !sitemap.contains("buscar"))
        // The old addresses: pages that send readers on, out of search engines.
        #expect(try site.read("public/es/glossary/index.html") == """
        <!DOCTYPE html>
        <html lang="es">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Esta página cambió de dirección: Glosario – Biblioteca de prueba</title>
        <meta name="robots" content="noindex">
        <link rel="canonical" href="https://www.clinic-health.org/es/glosario/">
        <meta http-equiv="refresh" content="0; url=../glosario/">
        </head>
        <body>
        <main>
        <h1>Esta página cambió de dirección</h1>
        <p>Esta página ahora está en <a href="../glosario/">Glosario</a>.</p>
        </main>
        </body>
        </html>

        """)
        #expect(try site.read("public/es/search/index.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=../buscar/\">"))
        // English keeps its addresses: nothing is left at a second one.
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/buscar").path))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/_redirects").path))
    }

    @Test func aSiteGivesTheAddressesInItsI18nFile() async throws {
        let site = try TranslationTests.site(Self.glossaries.merging(["i18n/es.yml": "glossary_address: palabras\nsearch_address: busqueda\n"]) { _, new in new })
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        #expect(try site.read("public/es/palabras/index.html").contains("Palabras escritas."))
        #expect(try site.read("public/es/busqueda/index.html").contains("<h1>Buscar</h1>"))
        #expect(try site.read("public/es/glossary/index.html").contains("url=../palabras/"))
        #expect(try site.read("public/es/search/index.html").contains("url=../busqueda/"))
    }

    /// One test per kind of bad address: each an error at its line, with the fix.
    @Test(arguments: [
        ("i18n/es.yml", "glossary_address: Glosario Médico\n",
         "i18n/es.yml:1: error: 'glossary_address' is 'Glosario Médico', which cannot be a web address's last part as it is; write 'glosario-medico' (lowercase letters, digits and single hyphens)"),
        ("i18n/es.yml", "home: Inicio\nsearch_address: \"¿?\"\n",
         "i18n/es.yml:2: error: 'search_address' is '¿?', which has no letters or digits to make a web address from; write the address's last part, like 'buscar'"),
        ("i18n/es.yml", "glossary_address: buscar\n",
         "i18n/es.yml:1: error: 'glossary_address' is 'buscar', the search page's address too; give each page its own"),
        ("i18n/es.yml", "glossary_address: search\n",
         "i18n/es.yml:1: error: 'glossary_address' is 'search', the search page's old address, which still leads to it; choose another"),
        ("i18n/en.yml", "search_address: es\n",
         "i18n/en.yml:1: error: 'search_address' is 'es', the folder of the 'es' pages; choose another"),
        ("i18n/es.yml", "search_address: imnm\n",
         "i18n/es.yml:1: error: 'search_address' is 'imnm', the address of the section content/imnm/_index.es.md too; choose another, or give the section another 'slug:'"),
        ("content/imnm/_index.es.md", "---\ntitle: MNIM\nslug: glosario\n---\nTexto.\n",
         "content/imnm/_index.es.md:3: error: this section's address (es/glosario/) is the glossary page's, from the theme's texts ('glossary_address: glosario'); give the section another 'slug:', or the glossary page another address with 'glossary_address' in i18n/es.yml"),
    ])
    func aBadAddressIsAnErrorAtItsLine(file: String, text: String, message: String) async throws {
        let site = try TranslationTests.site(Self.glossaries.merging([file: text]) { _, new in new })
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages.contains(message), "\(result.messages)")
    }
}
