import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenReport
@testable import SitegenModel

/// Translations beside their originals (`symptoms.es.md`), each language published in its own
/// folder, every page linked to its versions. Test text, not medical information.
@Suite struct TranslationTests {
    static let siteYML = "title: Test Library\nbase_url: https://www.clinic-health.org/\nlanguage: en\nlanguages:\n  es:\n    title: Biblioteca de prueba\n    disclaimer: Solo un ejemplo.\n"
    static let spanish: [String: String?] = [
        "site.yml": siteYML,
        "content/_index.es.md": "---\ntitle: Inicio\n---\nBienvenida.\n",
        "content/imnm/_index.es.md": "---\ntitle: MNIM\n---\nSobre la MNIM. Vea [síntomas](symptoms.md) y [causas](causes.md#genes).\n",
        "content/imnm/symptoms.es.md": "---\ntitle: Síntomas\nslug: sintomas\nweight: 10\n---\n## Debilidad muscular\n\nTexto.\n",
        "content/imnm/causes.md": "---\ntitle: Causes\nweight: 20\n---\n## Genes\n\nText.\n",
    ]

    /// A test site in two languages with the real theme.
    static func site(_ changes: [String: String?] = [:]) throws -> TestSite {
        let site = try TestSite(spanish.merging(changes) { _, new in new })
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates"))
        try FileManager.default.copyItem(at: UnicodeAddressTests.theme, to: site.root.appendingPathComponent("templates"))
        return site
    }

    @Test func eachLanguageIsPublishedInItsFolderAndLinkedBothWays() async throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        let english = try site.read("public/imnm/symptoms/index.html")
        let spanish = try site.read("public/es/imnm/sintomas/index.html")
        #expect(spanish.contains("<html lang=\"es\">"))
        for page in [english, spanish] {
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://www.clinic-health.org/imnm/symptoms/\">"))
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://www.clinic-health.org/es/imnm/sintomas/\">"))
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://www.clinic-health.org/imnm/symptoms/\">"))
        }
        #expect(english.contains("<a href=\"../../es/imnm/sintomas/\" lang=\"es\" hreflang=\"es\">Español</a>"))
        #expect(spanish.contains("<a href=\"../../../imnm/symptoms/\" lang=\"en\" hreflang=\"en\">English</a>"))
        #expect(spanish.contains("href=\"../../../site.css\""))
        #expect(spanish.contains("\"inLanguage\":\"es\""))
        // A page with no translation: the switcher goes to the other language's home page, saying
        // so in that language, and the page has no alternates.
        let causes = try site.read("public/imnm/causes/index.html")
        #expect(causes.contains("<li class=\"language-missing\"><a href=\"../../es/\" lang=\"es\" hreflang=\"es\" dir=\"auto\">Español<span class=\"language-note\" lang=\"es\"> — aún no traducida: ir a la página de inicio en español</span></a></li>"), "\(causes)")
        #expect(!causes.contains("rel=\"alternate\""))
        let sitemap = try site.read("public/sitemap.xml")
        #expect(sitemap.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"))
        #expect(sitemap.contains("  <url>\n    <loc>https://www.clinic-health.org/es/imnm/sintomas/</loc>\n    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://www.clinic-health.org/imnm/symptoms/\"/>\n    <xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"https://www.clinic-health.org/es/imnm/sintomas/\"/>\n    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://www.clinic-health.org/imnm/symptoms/\"/>\n  </url>\n"))
        for file in ["public/es/index.html", "public/es/imnm/index.html", "public/es/imnm/print/index.html", "public/es/buscar/index.html", "public/es/404.html", "public/es/search/index/manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(file).path), "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/es/site.css").path))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/imnm/symptoms-es").path))
    }

    @Test func linksGoToTheSameLanguageOrToTheOriginalWithHreflang() async throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        let section = try site.read("public/es/imnm/index.html")
        #expect(section.contains("<a href=\"sintomas/\">síntomas</a>"))
        #expect(section.contains("<a href=\"../../imnm/causes/#genes\" hreflang=\"en\">causas <span class=\"link-language\">(en inglés)</span></a>"), "\(section)")
        // The handout says it too, on paper.
        #expect(try site.read("public/es/imnm/print/index.html").contains("<a href=\"https://www.clinic-health.org/imnm/causes/#genes\" hreflang=\"en\">causas <span class=\"link-language\">(en inglés)</span></a>"))
        #expect(result.messages.contains("content/imnm/_index.es.md:4: warning: link 'causes.md#genes' points to content/imnm/causes.md, which has no 'es' version yet, so the link goes to the 'en' page; add its translation to link to that instead"), "\(result.messages)")
    }

    @Test func aTranslationWithoutAnOriginalIsAnError() async throws {
        let site = try Self.site(["content/imnm/treatment.es.md": "---\ntitle: Tratamiento\n---\nTexto.\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages.contains("content/imnm/treatment.es.md:1: error: this is named as the 'es' translation of content/imnm/treatment.md, which does not exist; name a translation after its original, like 'symptoms.es.md' beside 'symptoms.md'"), "\(result.messages)")
    }

    @Test func aLanguageWithoutAHomePageIsAnError() async throws {
        let site = try Self.site(["content/_index.es.md": nil])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages.contains("site.yml:5: error: the language 'es' has no home page; add content/_index.es.md with the home page's title in that language"), "\(result.messages)")
    }

    @Test func aPageWhoseSectionIsNotTranslatedIsAnError() async throws {
        let site = try Self.site(["content/imnm/_index.es.md": nil])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages.contains("content/imnm/symptoms.es.md:1: error: this page's section has no page in 'es'; add content/imnm/_index.es.md with the section's title in that language"), "\(result.messages)")
    }

    @Test func aTranslationIntoALanguageTheSiteDoesNotListIsNotPublished() async throws {
        let site = try Self.site(["content/imnm/symptoms.fr.md": "---\ntitle: Symptômes\n---\nTexte.\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded)
        #expect(result.messages.contains("content/imnm/symptoms.fr.md:1: warning: this is named as a translation into 'fr' of content/imnm/symptoms.md, but site.yml does not list 'fr' under 'languages:', so it is not published; add the language to site.yml, or rename the file"), "\(result.messages)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/imnm/symptoms-fr").path))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/fr").path))
    }

    @Test func aTranslationReviewedBeforeItsOriginalIsAWarning() async throws {
        let site = try Self.site([
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 10\nlast_reviewed: 2026-11-01\n---\n## Muscle weakness\n\nText.\n",
            "content/imnm/symptoms.es.md": "---\ntitle: Síntomas\nweight: 10\nlast_reviewed: 2026-03-02\n---\n## Debilidad muscular\n\nTexto.\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.messages.contains("content/imnm/symptoms.es.md:4: warning: the English page was reviewed on 1 November 2026, after this translation (2 March 2026); check this translation against content/imnm/symptoms.md, then update 'last_reviewed'"), "\(result.messages)")
    }

    @Test func twoTranslationsWithOneSlugAreAnError() async throws {
        let site = try Self.site(["content/imnm/causes.es.md": "---\ntitle: Causas\nslug: sintomas\n---\nTexto.\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages.contains("content/imnm/symptoms.es.md:3: error: this file has the same web address (es/imnm/sintomas/) as content/imnm/causes.es.md; give one of them another 'slug:'")
            || result.messages.contains("content/imnm/causes.es.md:3: error: this file has the same web address (es/imnm/sintomas/) as content/imnm/symptoms.es.md; give one of them another 'slug:'"), "\(result.messages)")
    }

    @Test func aDraftTranslationIsNotPublishedAndLinksGoToTheOriginal() async throws {
        let site = try Self.site(["content/imnm/symptoms.es.md": "---\ntitle: Síntomas\ndraft: true\n---\nTexto.\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/es/imnm/sintomas").path))
        #expect(try site.read("public/es/imnm/index.html").contains("<a href=\"../../imnm/symptoms/\" hreflang=\"en\">síntomas <span class=\"link-language\">(en inglés)</span></a>"))
    }

    @Test func eachLanguageHasItsOwnGlossary() async throws {
        let site = try Self.site([
            "glossary.yml": "- term: Muscle weakness\n  definition: Muscles that tire.\n",
            "glossary.es.yml": "- term: Texto\n  definition: Palabras escritas.\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        let spanish = try site.read("public/es/imnm/sintomas/index.html")
        #expect(spanish.contains("Palabras escritas."))
        #expect(!spanish.contains("Muscles that tire."))
        #expect(try site.read("public/es/glosario/index.html").contains("Palabras escritas."))
    }

    /// Each language's search index takes its own glossary's aliases, and a page's `synonyms:`.
    @Test func eachLanguageSearchesWithItsOwnGlossaryAliases() async throws {
        let site = try Self.site([
            "glossary.yml": "- term: Creatine kinase\n  definition: A protein.\n  aliases: [CK]\n",
            "glossary.es.yml": "- term: Texto\n  definition: Palabras escritas.\n  aliases: [escrito]\n",
            "content/imnm/causes.md": "---\ntitle: Causes\nweight: 20\nsynonyms: [origins]\n---\n## Genes\n\nA creatine kinase test.\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        let english = try site.read("public/search/index/terms/0.json")
        let spanish = try site.read("public/es/search/index/terms/0.json")
        #expect(english.contains("\"ck\":") && english.contains("\"origin\":") && !english.contains("\"escrito\":"), "\(english)")
        #expect(spanish.contains("\"escrito\":") && spanish.contains("\"texto\":") && !spanish.contains("\"ck\":"), "\(spanish)")
    }

    @Test func aBrokenLanguageGlossaryIsAnErrorWithItsPath() async throws {
        let site = try Self.site(["glossary.es.yml": "- term: Texto\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages.contains { $0.hasPrefix("glossary.es.yml:1: error: each glossary entry needs a 'term' and a 'definition'") }, "\(result.messages)")
    }

    /// The preview's memo per language: an edit in the default language that a translation's
    /// fallback link reads (a heading removed) renders the Spanish page again.
    @Test func anEditReachesTheTranslationsThatLinkToIt() async throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let options = BuildOptions(source: site.root.path, today: GoldenSiteTests.today)
        var memo = BuildMemo()
        _ = try await Build.render(options, memo: &memo, changes: .unknown)
        try site.write("content/imnm/causes.md", Data("---\ntitle: Causes\nweight: 20\n---\n## Family\n\nText.\n".utf8))
        do {
            _ = try await Build.render(options, memo: &memo, changes: .paths(["content/imnm/causes.md"]))
            Issue.record("the Spanish link to #genes must now fail")
        } catch {
            #expect(error.diagnostics.map(\.description).contains("content/imnm/_index.es.md:4: error: link 'causes.md#genes' points to a heading '#genes' that is not in content/imnm/causes.md; its headings are #family"), "\(error.diagnostics)")
        }
    }

    /// `sitegen check` and the review dashboard list, per language and section, the pages that
    /// have no translation.
    @Test func missingTranslationsAreListedPerSection() async throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let rendered = try await Build.render(BuildOptions(source: site.root.path, today: GoldenSiteTests.today))
        #expect(TranslationCoverage.text(TranslationCoverage.of(rendered.site)) == "Translated into es (Español): 3 of 4 pages\n  IMNM: 2 of 3; missing content/imnm/causes.md")
        let json = try #require(String(data: CheckReport(diagnostics: [], pages: [], translations: TranslationCoverage.of(rendered.site)).json(), encoding: .utf8))
        #expect(json.contains("\"missing\" : [\n            \"content/imnm/causes.md\"\n          ]"), "\(json)")
        #expect(try #require(String(data: CheckReport(diagnostics: [], pages: []).json(), encoding: .utf8)).contains("translations") == false)
        let dashboard = ReviewDashboard(rendered, today: try #require(GoldenSiteTests.today))
        #expect(dashboard.pages.map(\.source).sorted() == ["content/imnm/_index.es.md", "content/imnm/_index.md", "content/imnm/causes.md", "content/imnm/symptoms.es.md", "content/imnm/symptoms.md"])
        #expect(dashboard.pageCount.note == "sitegen build counts 7 pages, the dashboard 5: the home pages of the 2 languages have no review status, so they are not listed.")
        let html = try dashboard.html(reportFolder: site.root.path, siteRoot: site.root.path)
        #expect(html.contains("<caption id=\"translations-es\"><span lang=\"es\">Español</span> (es): 3 of 4 pages</caption>"))
        #expect(html.contains("<tr><th scope=\"row\">IMNM</th><td>2 of 3</td><td><span class=\"path\">content/imnm/causes.md</span> </td></tr>"))
    }

    /// Each language checks its own output paths; an alias in one that takes a page of another
    /// is caught too.
    @Test func anAliasThatTakesAnotherLanguagesPageIsAnError() async throws {
        let site = try Self.site(["content/imnm/symptoms.es.md": "---\ntitle: Síntomas\naliases: [imnm/causes/]\n---\nTexto.\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages.contains { $0.hasPrefix("content/imnm/symptoms.es.md:3: error: ") && $0.contains("imnm/causes/") }, "\(result.messages)")
    }
}
