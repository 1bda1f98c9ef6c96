import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel
@testable import SitegenReport

/// Issue 26, requirements 4 and 5, built with the bundled theme: care cards on the page and in
/// the handout, the emergency number, the section without a card, and "Next review due". Every
/// card here is an example, not medical advice.
@Suite struct CareCardSiteTests {
    /// The end of the warning for a section without an emergency or urgent card.
    static let noCard = "says when to get help; once a clinician has written that advice, put it in a care card on the page where it belongs, like:\n> [!EMERGENCY] Call {emergency_number} if:\n> - …\n(or '> [!URGENT] … if:' for an urgent appointment; see docs/care-cards.md)"

    /// `sintomas.md`'s body (its front matter is lines 1 to 5): one card of each kind.
    static let cards = """
        > [!NON-URGENT] Speak to your doctor if:
        > - an example sign lasts 2 weeks

        ## When to get help

        > [!URGENT] Ask for an urgent appointment if:
        > - an example sign gets worse

        > [!EMERGENCY] Call {emergency_number} if:
        > - an example sign of an emergency

        """

    static func careCardMessages(_ messages: [String]) -> [String] {
        messages.filter { $0.contains("card") || $0.contains("emergency_number") || $0.contains("skips from level") }
    }

    @Test func eachKindOnThePageAndInTheHandout() async throws {
        let site = try CalloutHandoutTests.site(language: "en-GB", body: Self.cards)
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        // The cards follow NHS's rules, asma has an urgent card, and their headings skip no level.
        #expect(Self.careCardMessages(result.messages).isEmpty, "\(result.messages)")
        let page = try site.read("public/asma/sintomas/index.html")
        #expect(page.contains("""
            <aside class="care-card care-card-non-urgent" role="note" aria-labelledby="callout--1-title">
            <h2 class="care-card-heading" id="callout--1-title"><span class="visually-hidden">Non-urgent advice: </span>Speak to your doctor if:</h2>
            <div class="care-card-content">
            <ul>
            <li>an example sign lasts 2 weeks</li>
            </ul>
            </div>
            </aside>
            <h2 id="when-to-get-help">When to get help</h2>
            <aside class="care-card care-card-urgent" role="note" aria-labelledby="callout--2-title">
            <h3 class="care-card-heading" id="callout--2-title"><span class="visually-hidden">Urgent advice: </span>Ask for an urgent appointment if:</h3>
            <div class="care-card-content">
            <ul>
            <li>an example sign gets worse</li>
            </ul>
            </div>
            </aside>
            <aside class="care-card care-card-emergency" role="note" aria-labelledby="callout--3-title">
            <h3 class="care-card-heading" id="callout--3-title"><span class="visually-hidden">Immediate action required: </span>Call 999 if:</h3>
            <div class="care-card-content">
            <ul>
            <li>an example sign of an emergency</li>
            </ul>
            </div>
            </aside>
            """))
        // Kept in the handout: one level down, as the page's headings go, with the page's ids.
        let handout = try site.read("public/asma/print/index.html")
        #expect(handout.contains("""
            <aside class="care-card care-card-non-urgent" role="note" aria-labelledby="sintomas--callout--1-title">
            <h3 class="care-card-heading" id="sintomas--callout--1-title"><span class="visually-hidden">Non-urgent advice: </span>Speak to your doctor if:</h3>
            """))
        #expect(handout.contains(#"<h4 class="care-card-heading" id="sintomas--callout--2-title"><span class="visually-hidden">Urgent advice: </span>Ask for an urgent appointment if:</h4>"#))
        #expect(handout.contains(#"<h4 class="care-card-heading" id="sintomas--callout--3-title"><span class="visually-hidden">Immediate action required: </span>Call 999 if:</h4>"#))
        // The theme hides the prefix on screen and prints it on paper.
        let css = try site.read("public/site.css")
        #expect(css.contains(".visually-hidden {\n  position: absolute !important;"))
        #expect(css.contains("  .care-card-heading .visually-hidden {\n    position: static !important;"))
    }

    @Test func spanishCardsWithTheirRegionsNumber() async throws {
        let body = Self.cards
            .replacingOccurrences(of: "Speak to your doctor if:", with: "Hable con su médico si:")
            .replacingOccurrences(of: "Ask for an urgent appointment if:", with: "Pida una cita urgente si:")
            .replacingOccurrences(of: "Call {emergency_number} if:", with: "Llame al {emergency_number} si:")
        let site = try CalloutHandoutTests.site(language: "es-MX", body: body)
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        #expect(Self.careCardMessages(result.messages).isEmpty, "\(result.messages)")
        let page = try site.read("public/asma/sintomas/index.html")
        #expect(page.contains(#"<h2 class="care-card-heading" id="callout--1-title"><span class="visually-hidden">Consejo no urgente: </span>Hable con su médico si:</h2>"#))
        #expect(page.contains(#"<h3 class="care-card-heading" id="callout--2-title"><span class="visually-hidden">Consejo urgente: </span>Pida una cita urgente si:</h3>"#))
        #expect(page.contains(#"<h3 class="care-card-heading" id="callout--3-title"><span class="visually-hidden">Se requiere acción inmediata: </span>Llame al 911 si:</h3>"#))
    }

    @Test func aCardUsingTheNumberOfASiteWithoutOneIsAnErrorAtItsLine() async throws {
        let site = try CalloutHandoutTests.site(language: "en", body: "Example.\n\n> [!EMERGENCY] Call {emergency_number} if:\n> - an example sign\n")
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages.filter { $0.contains("error") } == [
            "content/asma/sintomas.md:8: error: '{emergency_number}' has no number to stand for: site.yml sets no 'emergency_number', and the language code 'en' names no region with a known number (as 'en-GB' or 'es-MX' do); add the number your readers call, like 'emergency_number: 999', to site.yml",
        ])
        // The fix the message gives works.
        try site.write("site.yml", Data("title: Biblioteca de Prueba\nbase_url: https://www.clinic-health.org/\nlanguage: en\ndisclaimer: Solo un ejemplo.\nemergency_number: 999\n".utf8))
        #expect(await site.build().succeeded)
        #expect(try site.read("public/asma/sintomas/index.html").contains("</span>Call 999 if:</h2>"))
    }

    @Test func aTranslationWithoutANumberIsToldWhereToAddIt() async throws {
        let site = try TranslationTests.site([
            "content/imnm/symptoms.es.md": "---\ntitle: Síntomas\nslug: sintomas\nweight: 10\n---\n## Cuándo pedir ayuda\n\n> [!EMERGENCY] Llame al {emergency_number} si:\n> - un signo de ejemplo\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        #expect(result.messages.filter { $0.contains("error") } == [
            "content/imnm/symptoms.es.md:8: error: '{emergency_number}' has no number to stand for: site.yml sets no 'emergency_number', and the language code 'es' names no region with a known number (as 'en-GB' or 'es-MX' do); add the number its readers call under 'es:' in 'languages:' of site.yml, like 'emergency_number: 112', or one for the whole site at the top",
        ])
        try site.write("site.yml", Data((TranslationTests.siteYML + "    emergency_number: 112\n").utf8))
        let fixed = await site.build()
        #expect(fixed.succeeded, "\(fixed.messages)")
        #expect(try site.read("public/es/imnm/sintomas/index.html").contains("</span>Llame al 112 si:</h3>"))
    }

    @Test func anUrgentCardThatNamesTheEmergencyNumberIsASuggestion() async throws {
        let site = try CalloutHandoutTests.site(language: "en-US", body: "> [!URGENT] Get help if:\n> - an example sign\n>\n> Call 911.\n")
        defer { site.cleanUp() }
        let summary = try await Build.run(BuildOptions(source: site.root.path))
        let cards = summary.warnings.filter { $0.category == .careCard }
        #expect(cards.map(\.description) == [
            "content/asma/sintomas.md:6: suggestion: this '[!URGENT]' card names the emergency number ('911'), but '[!URGENT]' means 'get help today' (an urgent appointment); when readers must call the emergency number now, make it '> [!EMERGENCY]'",
        ])
        #expect(cards.allSatisfy { $0.severity == .suggestion })
    }

    /// One warning per section, naming it; an urgent or emergency card anywhere in the section
    /// is enough, a non-urgent one is not.
    @Test func aSectionWithoutAnEmergencyOrUrgentCardGetsOneWarning() async throws {
        let warning = "content/asma/_index.md: warning: no page about 'Asma' \(Self.noCard)"
        for (body, warned) in [
            ("Example.\n", true),
            ("> [!NON-URGENT] See your doctor if:\n> - an example sign\n", true),
            ("> [!URGENT] Ask for an urgent appointment if:\n> - an example sign\n", false),
            ("> [!EMERGENCY] Call 999 if:\n> - an example sign\n", false),
        ] {
            let site = try CalloutHandoutTests.site(language: "en", body: body)
            defer { site.cleanUp() }
            let summary = try await Build.run(BuildOptions(source: site.root.path))
            let found = summary.warnings.filter { $0.category == .careCard }
            #expect(found.map(\.description) == (warned ? [warning] : []), "\(body)")
            #expect(found.allSatisfy { $0.severity == .warning })
        }
    }

    /// Each language's section is its own: the Spanish one is warned about by its own title.
    @Test func eachLanguagesSectionIsCheckedOnItsOwn() async throws {
        let site = try TranslationTests.site([
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 10\n---\n> [!URGENT] Ask for an urgent appointment if:\n> - an example sign\n",
        ])
        defer { site.cleanUp() }
        let summary = try await Build.run(BuildOptions(source: site.root.path))
        #expect(summary.warnings.filter { $0.category == .careCard }.map(\.description) == [
            "content/imnm/_index.es.md: warning: no page about 'MNIM' \(Self.noCard)",
        ])
    }

    // MARK: - Next review due (requirement 5)

    /// `last_reviewed` plus the page's own interval, or the site's; in the page's language, on the
    /// page and in the handout.
    @Test func nextReviewDueOnThePageAndInTheHandoutInBothLanguages() async throws {
        let front = "---\ntitle: Symptoms\nweight: 10\nlast_reviewed: 2026-01-10\nreview_interval_days: 365\n---\n"
        let site = try TranslationTests.site([
            "content/imnm/_index.md": "---\ntitle: IMNM\nlast_reviewed: 2026-01-10\n---\nAbout IMNM. See [symptoms](symptoms.md).\n",
            "content/imnm/symptoms.md": front + "> [!URGENT] Ask for an urgent appointment if:\n> - an example sign\n",
            "content/imnm/symptoms.es.md": "---\ntitle: Síntomas\nslug: sintomas\nweight: 10\nlast_reviewed: 2026-01-10\nreview_interval_days: 365\n---\n> [!URGENT] Pida una cita urgente si:\n> - un signo de ejemplo\n",
        ])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")
        let english = #"<p class="review">Last reviewed <time datetime="2026-01-10">10 January 2026</time>. <span class="next-review">Next review due <time datetime="2027-01-10">10 January 2027</time>.</span></p>"#
        #expect(try site.read("public/imnm/symptoms/index.html").contains(english))
        // The section page has no interval of its own: the site's 730 days.
        #expect(try site.read("public/imnm/index.html").contains(#"<span class="next-review">Next review due <time datetime="2028-01-10">10 January 2028</time>.</span>"#))
        let handout = try site.read("public/imnm/print/index.html")
        #expect(handout.contains(#"<p class="review">Last reviewed <time datetime="2026-01-10">10 January 2026</time>. <span class="next-review">Next review due <time datetime="2027-01-10">10 January 2027</time>.</span></p>"#))
        let spanish = #"<p class="review">Revisado el <time datetime="2026-01-10">10 de enero de 2026</time>. <span class="next-review">Próxima revisión prevista el <time datetime="2027-01-10">10 de enero de 2027</time>.</span></p>"#
        #expect(try site.read("public/es/imnm/sintomas/index.html").contains(spanish))
        #expect(try site.read("public/es/imnm/print/index.html").contains(spanish))
    }

    /// The review-age warning and the dashboard count from the page's own interval.
    @Test func theWarningAndTheDashboardUseThePagesInterval() async throws {
        let site = try CalloutHandoutTests.site(language: "en", body: "> [!URGENT] Ask for an urgent appointment if:\n> - an example sign\n", changes: [
            "content/asma/sintomas.md": "---\ntitle: Síntomas\nlast_reviewed: 2026-01-10\nreview_interval_days: 30\n---\nExample.\n\n> [!URGENT] Ask for an urgent appointment if:\n> - an example sign\n",
            "content/asma/_index.md": "---\ntitle: Asma\nlast_reviewed: 2024-01-01\nreview_interval_days: 3650\n---\nExample. See [síntomas](sintomas.md).\n",
        ])
        defer { site.cleanUp() }
        let today = try #require(CalendarDate(iso: "2026-03-01"))
        let summary = try await Build.run(BuildOptions(source: site.root.path, today: today))
        // Reviewed 50 days ago with its own interval of 30; the section, 790 days ago with 3650.
        #expect(summary.warnings.filter { $0.category == .review }.map(\.description) == [
            "content/asma/sintomas.md: warning: was last reviewed on 2026-01-10, 50 days ago, more than the page's own review interval ('review_interval_days') of 30 days; have it reviewed again and update last_reviewed",
        ])
        let rendered = try await Build.render(BuildOptions(source: site.root.path, today: today))
        let dashboard = ReviewDashboard(rendered, today: today)
        let rows = Dictionary(uniqueKeysWithValues: dashboard.pages.map { ($0.source, $0) })
        #expect(rows["content/asma/sintomas.md"]?.nextReview == CalendarDate(iso: "2026-02-09"))
        #expect(rows["content/asma/sintomas.md"]?.status == .overdue)
        #expect(rows["content/asma/_index.md"]?.nextReview == CalendarDate(iso: "2033-12-29"))
        #expect(rows["content/asma/_index.md"]?.status == .current)
        let html = try dashboard.html(reportFolder: site.root.path, siteRoot: site.root.path)
        #expect(html.contains(#"<time datetime="2026-02-09">9 February 2026</time>"#))
    }
}
