import Foundation
import Testing

/// The repository's theme on phones and touch screens (issue 16, requirements 1 and 2): the
/// header's search toggle is a link to the search page until header.js makes it a button, and
/// glossary words stay links to their entries until term.js makes them toggletips, whose link
/// text comes from the theme's texts. Behaviour in a browser: scripts/measure-layout and
/// scripts/check-toggletips.
@Suite struct PhoneThemeTests {
    static let wordOnPage: [String: String?] = [
        "content/asma/sintomas.md": "---\ntitle: Síntomas\nweight: 10\n---\nLa creatina cinasa sube.\n",
    ]

    static let searchIcon = #"<svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20"><circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M13 13l5.5 5.5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/></svg>"#

    @Test func theHeaderOffersSearchBehindALinkThatWorksWithoutJavaScript() async throws {
        let site = try ThemeLanguageTests.makeSite(language: "es", Self.wordOnPage)
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")

        let page = try site.read("public/asma/sintomas/index.html")
        for text in [
            #"<a class="search-toggle" href="../../buscar/">"# + Self.searchIcon + #"<span class="search-toggle-label">Buscar</span></a>"#,
            #"<form class="site-search" id="site-search" role="search" action="../../buscar/" method="get">"#,
            #"<script src="../../header.js" defer></script>"#,
        ] {
            #expect(page.contains(text), "\(text)")
        }
        // The search page's own box is its content: no toggle, no second form.
        let search = try site.read("public/buscar/index.html")
        #expect(!search.contains("search-toggle"))
        #expect(!search.contains(#"id="site-search""#))
    }

    @Test func glossaryWordsAreLinksThatTermJSTurnsIntoToggletipsInThePagesLanguage() async throws {
        for (language, linkText, glossary) in [("es", "Ver en el glosario", "glosario"), ("en", "See in the glossary", "glossary")] {
            let site = try ThemeLanguageTests.makeSite(language: language, Self.wordOnPage)
            defer { site.cleanUp() }
            let result = await site.build()
            #expect(result.succeeded, "\(result.messages)")

            let page = try site.read("public/asma/sintomas/index.html")
            #expect(page.contains(#"<script src="../../term.js" data-glossary-link="\#(linkText)" defer></script>"#), "\(language)")
            // Without JavaScript the word is a link to its entry, its definition a tooltip.
            #expect(page.contains(#"<p>La <span class="term"><a class="term-link" href="../../\#(glossary)/#creatina-cinasa" aria-describedby="tip-creatina-cinasa">creatina cinasa</a><span class="term-tip" role="tooltip" id="tip-creatina-cinasa">Una proteína del músculo.</span></span> sube.</p>"#), "\(language)")
        }
    }

    /// On phones only the other languages are shown (the page is in the current one): the
    /// current one's item has a class the style sheet hides at narrow widths.
    @Test func theCurrentLanguageIsMarkedSoPhonesCanLeaveItOut() async throws {
        let site = try TranslationTests.site()
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        let spanish = try site.read("public/es/imnm/sintomas/index.html")
        #expect(spanish.contains(#"<li><a href="../../../imnm/symptoms/" lang="en" hreflang="en">English</a></li>"#))
        #expect(spanish.contains(#"<li class="language-current"><a href="./" lang="es" hreflang="es" aria-current="page">Español</a></li>"#))
    }
}
