import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel
@testable import SitegenPreview

/// The theme speaks the site's language (issue 15, requirement 4): every word of the repository's
/// theme comes from the theme's texts, built in for English and Spanish, changed or added with
/// `i18n/<code>.yml`; review dates are written in the language.
@Suite struct ThemeLanguageTests {
    /// A site in `language` with the repository's theme: a reviewed section with sources, a page
    /// with contents, a pager and an old address, a glossary.
    static func makeSite(language: String, _ changes: [String: String?] = [:]) throws -> TestSite {
        var files: [String: String?] = [
            "site.yml": "title: Biblioteca de Prueba\nbase_url: https://www.clinic-health.org/\nlanguage: \(language)\ndisclaimer: Solo un ejemplo.\n",
            "content/_index.md": "---\ntitle: Inicio\n---\nBienvenido.\n",
            "content/asma/_index.md": "---\ntitle: Asma\nlast_reviewed: 2026-11-01\nreviewed_by: Dra. Ana Ejemplo\nsources:\n  - title: Guía\n    url: https://example.org/guia\n---\nEl asma afecta los pulmones. Vea [síntomas](sintomas.md).\n",
            "content/asma/sintomas.md": "---\ntitle: Síntomas\nweight: 10\naliases: [viejo/]\n---\n## Tos\n\nLa tos es seca.\n\n## Falta de aire\n\nCuesta respirar.\n",
            "glossary.yml": "- term: Creatina cinasa\n  definition: Una proteína del músculo.\n  aliases: [CK]\n",
            "content/imnm/_index.md": nil,
            "content/imnm/symptoms.md": nil,
        ]
        for (path, text) in changes { files[path] = text }
        let site = try TestSite(files)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates"))
        try FileManager.default.copyItem(at: UnicodeAddressTests.theme, to: site.root.appendingPathComponent("templates"))
        return site
    }

    /// Words of the English theme: none may be left on a page in another language.
    static let englishWords = [
        "Skip to main content", "Home", "Conditions A–Z", "Search", "Glossary", "Breadcrumb", "Medical disclaimer", "Printed from",
        "On this page", "Sources", "Last reviewed", "Previous", "Next", "In this section", "About ", "to print", "Contents",
        "Online:", "Also called", "Page not found", "This page has moved", "medically reviewed",
    ]

    @Test func aSpanishSiteShowsTheThemeInSpanish() async throws {
        let site = try Self.makeSite(language: "es")
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        #expect(!result.messages.contains { $0.hasPrefix("i18n/") || $0.contains("theme texts") }, "\(result.messages)")

        let page = try site.read("public/asma/sintomas/index.html")
        for text in [
            #"<html lang="es">"#, ##"<a class="skip-link" href="#main">Saltar al contenido principal</a>"##,
            #"<nav class="site-nav" aria-label="Sitio">"#, #"<a href="../../#conditions">Temas de salud A–Z</a>"#,
            #"<a href="../../glosario/">Glosario</a>"#,
            #"<label for="site-search-q">Buscar en este sitio</label>"#, #"<nav class="breadcrumbs" aria-label="Ruta de navegación">"#,
            #"<li><a href="../../">Inicio</a></li>"#, #"<h2 id="toc-heading">En esta página</h2>"#,
            #"<p class="review">Esta página todavía no tiene revisión médica.</p>"#,
            #"<nav class="pager" aria-label="Páginas anterior y siguiente">"#, #"<span class="pager-label">Anterior:</span> Asma</a>"#,
            #"<h2 id="disclaimer-heading">Aviso médico</h2>"#, #"<p class="print-only">Impreso desde https://www.clinic-health.org/asma/sintomas/</p>"#,
        ] {
            #expect(page.contains(text), "\(text)")
        }

        let section = try site.read("public/asma/index.html")
        for text in [
            "<h1>Asma: información general</h1>", #"<h2 id="section-pages-heading">En esta sección</h2>"#,
            #"<a href="print/">Todas las páginas sobre Asma en una sola, para imprimir</a>"#, #"<h2 id="sources-heading">Fuentes</h2>"#,
            #"<p class="review">Revisado el <time datetime="2026-11-01">1 de noviembre de 2026</time> por Dra. Ana Ejemplo. <span class="next-review">Próxima revisión prevista el <time datetime="2028-10-31">31 de octubre de 2028</time>.</span></p>"#,
            #"<span class="pager-label">Siguiente:</span> Síntomas</a>"#,
        ] {
            #expect(section.contains(text), "\(text)")
        }

        let home = try site.read("public/index.html")
        #expect(home.contains(#"<h2 id="conditions-heading">Temas de salud A–Z</h2>"#))

        let handout = try site.read("public/asma/print/index.html")
        for text in [
            #"<meta name="description" content="Todas las páginas sobre Asma en una sola, para imprimir.">"#,
            #"<p class="eyebrow">Folleto para imprimir</p>"#,
            #"<p class="handout-intro"><span class="screen-only">Todas las páginas sobre Asma en una sola, para imprimirla o guardarla como PDF. </span>La versión en línea está en <a href="https://www.clinic-health.org/asma/">"#,
            #"<h2 id="toc-heading">Contenido</h2>"#, #">Asma: información general</a></li>"#, "<h3>Fuentes</h3>",
            #"<p class="review">Revisado el <time datetime="2026-11-01">1 de noviembre de 2026</time> por Dra. Ana Ejemplo. <span class="next-review">Próxima revisión prevista el <time datetime="2028-10-31">31 de octubre de 2028</time>.</span></p>"#,
            #"<p class="review">Todavía sin revisión médica.</p>"#, #"<p class="handout-url">En línea: <a href="https://www.clinic-health.org/asma/sintomas/">"#,
            #"<p class="print-only">Impreso desde https://www.clinic-health.org/asma/</p>"#,
        ] {
            #expect(handout.contains(text), "\(text)")
        }

        // The glossary and search pages have Spanish addresses; the English ones lead to them.
        #expect(try site.read("public/glossary/index.html").contains(#"<meta http-equiv="refresh" content="0; url=../glosario/">"#))
        #expect(try site.read("public/search/index.html").contains(#"<meta http-equiv="refresh" content="0; url=../buscar/">"#))
        let glossary = try site.read("public/glosario/index.html")
        for text in [
            "<title>Glosario – Biblioteca de Prueba</title>", "<h1>Glosario</h1>",
            "<p class=\"glossary-intro for-pointer\">Palabras médicas que se usan en este sitio, explicadas con palabras sencillas. En las demás páginas, estas palabras están\nsubrayadas con puntos",
            #"<nav class="letter-index" aria-label="Letras del glosario">"#, #"<span class="aliases">Otros nombres: CK.</span>"#,
        ] {
            #expect(glossary.contains(text), "\(text)")
        }

        let search = try site.read("public/buscar/index.html")
        for text in [
            "<h1>Buscar</h1>", #"<meta name="description" content="Buscar en Biblioteca de Prueba.">"#,
            #"<label for="search-input">Busque una palabra o una frase</label>"#, #"<button type="submit">Buscar</button>"#,
            #"<p class="search-note">La búsqueda en esta página necesita JavaScript"#, #"hidden>Mostrar más resultados</button>"#,
            #"data-no-results="No hay resultados para {query}. Revise cómo está escrito o pruebe con otras palabras, o con menos.""#,
            #"data-results="{count} resultados para {query}""#, #"data-at-least="Al menos {count} resultados para {query}""#,
        ] {
            #expect(search.contains(text), "\(text)")
        }

        let notFound = try site.read("public/404.html")
        for text in [
            "<title>Página no encontrada – Biblioteca de Prueba</title>", "<h1>Página no encontrada</h1>",
            "<p>Usted no hizo nada mal. Estos enlaces le ayudarán a encontrar lo que busca:</p>",
            #"<li><a href="/">Ir a la página de inicio</a></li>"#, #"<li><a href="/#conditions">Buscar un tema en la lista de la A a la Z</a></li>"#,
        ] {
            #expect(notFound.contains(text), "\(text)")
        }

        let moved = try site.read("public/viejo/index.html")
        #expect(moved.contains("<title>Esta página cambió de dirección: Síntomas – Biblioteca de Prueba</title>"))
        #expect(moved.contains("<h1>Esta página cambió de dirección</h1>\n<p>Esta página ahora está en <a href=\"../asma/sintomas/\">Síntomas</a>.</p>"))

        for (name, visible) in try Self.visibleTexts(site) {
            for word in Self.englishWords { #expect(!visible.contains(word), "\(name) shows '\(word)'") }
        }
    }

    /// What the Spanish site is searched for in vain is there on the same site in English.
    @Test func theEnglishWordsLookedForAreOnTheEnglishSite() async throws {
        let site = try Self.makeSite(language: "en")
        defer { site.cleanUp() }
        #expect(await site.build().succeeded)
        let all = try Self.visibleTexts(site).map(\.text).joined(separator: " ")
        #expect(Self.englishWords.filter { !all.contains($0) } == [])
    }

    /// The visible text of one page of each kind, by kind.
    static func visibleTexts(_ site: TestSite) throws -> [(name: String, text: String)] {
        let pages = [
            ("page", "asma/sintomas/index.html"), ("section", "asma/index.html"), ("home", "index.html"), ("handout", "asma/print/index.html"),
            ("glossary", "glossary/index.html"), ("search", "search/index.html"), ("404", "404.html"), ("alias", "viejo/index.html"),
        ]
        return try pages.map { ($0.0, visibleText(try site.read("public/" + $0.1))) }
    }

    /// The text a reader sees or hears: outside tags, and in `aria-label` and `content` attributes.
    static func visibleText(_ html: String) -> String {
        let withoutScripts = html.replacing(/<script[^>]*>[\s\S]*?<\/script>/, with: "")
        let labels = withoutScripts.matches(of: /(?:aria-label|content)="([^"]*)"/).map { String($0.output.1) }
        return withoutScripts.replacing(/<[^>]*>/, with: " ") + " " + labels.joined(separator: " ")
    }

    @Test func anEnglishFileChangesOneText() async throws {
        let site = try Self.makeSite(language: "en", ["i18n/en.yml": "# Our editors' words\non_this_page: In this article\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        #expect(!result.messages.contains { $0.hasPrefix("i18n/") }, "\(result.messages)")
        let page = try site.read("public/asma/sintomas/index.html")
        #expect(page.contains(#"<h2 id="toc-heading">In this article</h2>"#))
        #expect(!page.contains("On this page"))
        #expect(page.contains(##"<a class="skip-link" href="#main">Skip to main content</a>"##))
        let section = try site.read("public/asma/index.html")
        #expect(section.contains(#"<p class="review">Last reviewed <time datetime="2026-11-01">1 November 2026</time> by Dra. Ana Ejemplo. <span class="next-review">Next review due <time datetime="2028-10-31">31 October 2028</time>.</span></p>"#))
    }

    /// French has no built-in texts: a file that leaves one out is warned about by name, and that
    /// text is shown in English.
    @Test func aMissingTextIsAWarningNamingItsKey() async throws {
        let french = ThemeStringKey.allCases.filter { $0 != .search_more }.map { key in
            switch key {
            case .on_this_page: "on_this_page: Sur cette page"
            case .glossary_address: "glossary_address: glossaire"
            case .search_address: "search_address: recherche"
            default: "\(key.rawValue): \"fr \(key.placeholders.map { "{\($0)}" }.joined(separator: " "))\""
            }
        }
        let site = try Self.makeSite(language: "fr", ["i18n/fr.yml": french.joined(separator: "\n") + "\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        #expect(result.messages.filter { $0.hasPrefix("i18n/") || $0.contains("theme texts") } == [
            "i18n/fr.yml: warning: no text for 'search_more'; the English text is used",
        ])
        #expect(try site.read("public/asma/sintomas/index.html").contains(#"<h2 id="toc-heading">Sur cette page</h2>"#))
        #expect(try site.read("public/recherche/index.html").contains("hidden>Show more results</button>"))
    }

    @Test func aMalformedFileIsAnErrorAtItsLine() async throws {
        let site = try Self.makeSite(language: "es", ["i18n/es.yml": "home: Portada\nprevious: Ir a: la anterior\nnext: Siguiente\n"])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages == [
            #"i18n/es.yml:2: error: the value of 'previous' holds ': ', which YAML reads as the start of another key; put the whole value in double quotes: 'previous: "Ir a: la anterior"'"#,
        ])
        #expect(!FileManager.default.fileExists(atPath: site.output + "/index.html"))
    }

    @Test func aFileLinkedFromOutsideTheSiteIsRefused() async throws {
        let site = try Self.makeSite(language: "es")
        defer { site.cleanUp() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-outside-\(UUID().uuidString).yml")
        try Data("home: Portada\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("i18n"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("i18n/es.yml").path, withDestinationPath: outside.path)
        let result = await site.build()
        #expect(result.messages.contains("i18n/es.yml: warning: is a link to a file outside the site folder; it is not published"), "\(result.messages)")
        #expect(try site.read("public/index.html").contains(#"<a href="./" aria-current="page">Inicio</a>"#))
    }

    /// The preview rebuilds what an edit of `i18n/` changes, as a full build would, whether it
    /// knows which files changed (inotify) or not (polling), and when the folder goes away.
    @Test(arguments: [true, false]) func previewFollowsEditsOfTheTexts(precise: Bool) async throws {
        let root = try IncrementalBuildTests.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        var cache = BuildMemo()
        _ = try await Build.render(IncrementalBuildTests.options(root), memo: &cache, changes: .unknown, deferSearch: true)
        let file = "i18n/en-GB.yml"  // the fixture is in British English
        try FileManager.default.createDirectory(at: root.appendingPathComponent("i18n"), withIntermediateDirectories: true)
        try Data("home: Start\n".utf8).write(to: root.appendingPathComponent(file))
        try await IncrementalBuildTests.expectSameAsFullBuild(root, cache: &cache, changed: ["i18n", file], precise: precise)
        let glossary = await IncrementalBuildTests.files(of: try await Build.render(IncrementalBuildTests.options(root)))["glossary/index.html"]
        guard case .text(let text) = glossary else { Issue.record("no glossary page"); return }
        #expect(text.contains(#"<li><a href="../">Start</a></li>"#))
        try IncrementalBuildTests.edit(root, file) { _ in "home: Begin\n" }
        try await IncrementalBuildTests.expectSameAsFullBuild(root, cache: &cache, changed: [file], precise: precise)
        try FileManager.default.removeItem(at: root.appendingPathComponent("i18n"))
        try await IncrementalBuildTests.expectSameAsFullBuild(root, cache: &cache, changed: ["i18n"], precise: precise)
    }

    @Test func thePollingWatcherSeesTheTexts() throws {
        let site = try TestSite(["i18n/es.yml": "home: Portada\n"])
        defer { site.cleanUp() }
        let watcher = PollingWatcher(root: site.root.path)
        let before = watcher.scan()
        #expect(before["i18n/es.yml"] != nil)
        try site.write("i18n/es.yml", Data("home: Página principal\n".utf8))
        #expect(watcher.scan()["i18n/es.yml"] != before["i18n/es.yml"])
    }

    /// A language's glossary is read by every build, so the preview watches it too (inotify
    /// takes the same names at the top of the site folder).
    @Test func theWatchersSeeALanguagesGlossary() throws {
        let site = try TestSite(["glossary.es.yml": "- term: Texto\n  definition: Palabras.\n", "glossary.notes.yml": "x\n"])
        defer { site.cleanUp() }
        let before = PollingWatcher(root: site.root.path).scan()
        #expect(before["glossary.es.yml"] != nil)
        #expect(before["glossary.notes.yml"] == nil)
        #expect(WatchedPaths.isWatchedFile("glossary.pt-BR.yml") && WatchedPaths.isWatchedFile("site.yml"))
        #expect(!WatchedPaths.isWatchedFile("glossary..yml") && !WatchedPaths.isWatchedFile("notes.yml"))
    }
}
