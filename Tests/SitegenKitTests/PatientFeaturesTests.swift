// The patient-education features, end to end on the golden fixture (Fixtures/site): the page over
// the reading-level target, the stale review, glossary words that must and must not be linked,
// JSON-LD whose page title holds quotes and `</script>`, and the printable handouts.
//
// GoldenSiteTests pins every byte of the output; these tests say which parts of it matter and why,
// so a golden update that loses one of them fails here with a readable message.

import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel

@Suite struct PatientFeaturesTests {
    static let target = "SMOG grade 25.5 is above the target 10; hardest words: individualised, characteristically, "
        + "hyperresponsiveness, pathophysiology, identification; use shorter sentences and everyday words"
    static let stale = "was last reviewed on 2025-06-30, 513 days ago, more than the review interval of 365 days; have it reviewed again and update last_reviewed"
    static let hardTitle = #"Moisturisers: "soak and seal" </script><script>alert(1)</script> & more"#

    // MARK: - Readability

    @Test func pageOverTheReadingTargetIsWarnedAndReported() async throws {
        try await withFixture { _, summary in
            #expect(summary.readabilityTarget == 10)
            #expect(summary.warnings.map(\.description).contains("content/asthma/triggers.md: warning: \(Self.target)"))
            let hard = try #require(summary.reports.first { $0.source == "content/asthma/triggers.md" })
            #expect(hard.url == "asthma/triggers/")
            #expect(hard.grade == 32.3)  // Flesch–Kincaid, reported beside SMOG, the site's measure
            #expect(hard.smog == 25.5)
            #expect(summary.readability == .smog)
            #expect(try #require(hard.smog) > summary.readabilityTarget)
            #expect(try #require(hard.readingEase) < 0)  // harder than any ordinary text
            #expect(hard.warnings.contains(Self.target))

            // Every other page is under the target, or too short to grade (under 100 words), and
            // has no reading-level warning.
            let others = summary.reports.filter { $0.source != hard.source }
            #expect(others.count == 10)
            for report in others {
                #expect(report.words > 0, "\(report.source) has no words to score")
                #expect((report.smog ?? 0) <= summary.readabilityTarget, "\(report.source): SMOG \(String(describing: report.smog))")
                #expect((report.grade == nil) == (report.words < PageReport.minimumWordsToGrade), "\(report.source)")
                #expect((report.smog == nil) == (report.words < PageReport.minimumWordsToGrade), "\(report.source)")
                #expect(!report.warnings.contains { $0.hasPrefix("SMOG grade") }, "\(report.source): \(report.warnings)")
            }
            let readability = summary.warnings.filter { $0.category == .readability }
            #expect(readability.map(\.path) == ["content/asthma/triggers.md"])
        }
    }

    // MARK: - Medical review

    @Test func staleReviewIsWarnedAndFreshOnesAreNot() async throws {
        try await withFixture { _, summary in
            let review = summary.warnings.filter { $0.category == .review }.sortedForReport().map(\.description)
            #expect(review.contains("content/eczema/washing.md: warning: \(Self.stale)"))
            // Reviewed 25 to 297 days before 2026-11-25, within the 365-day interval.
            for fresh in ["content/asthma/_index.md", "content/asthma/symptoms.md", "content/asthma/treatments.md",
                          "content/eczema/moisturisers.md", "content/Zoster/vaccination.md"] {
                #expect(!review.contains { $0.hasPrefix(fresh + ":") }, "\(fresh) should not need a review")
            }
            let washing = try #require(summary.reports.first { $0.source == "content/eczema/washing.md" })
            #expect(washing.warnings == [Self.stale])
        }
    }

    @Test func reviewAgeChangesWarningsButNeverTheSite() async throws {
        try await withFixture { usual, _ in
            // A day when the moisturisers page (reviewed 2026-10-01) is overdue too. (No earlier
            // day: a review date after the build's day is an error.)
            try await withFixture(today: CalendarDate(iso: "2028-01-01")) { later, summary in
                #expect(summary.warnings.contains { $0.path == "content/eczema/moisturisers.md" && $0.message.hasPrefix("was last reviewed on 2026-10-01, 457 days ago") })
                try GoldenSiteTests.expectSameTree(expected: usual, actual: later, what: "build on 2026-11-25")
            }
        }
    }

    // MARK: - Glossary

    @Test func glossaryLinksFirstPlainMentionOnly() async throws {
        try await withFixture { output, _ in
            let page = try Self.main(of: Self.read(output, "asthma/treatments/index.html"))
            // Before the first plain mention: in a link, in a heading and in code, all left alone.
            #expect(page.contains(##"Most preventers are <a href="#corticosteroid-preventers">corticosteroid inhalers</a>.</p>"##))
            #expect(page.contains(#"<h2 id="corticosteroid-preventers">Corticosteroid preventers</h2>"#))
            #expect(page.contains("<p>The box may say <code>corticosteroid</code> in small print."))
            // The first mention in running text is linked, with its definition; the next one is not.
            #expect(page.contains(#"A <span class="term"><a class="term-link" href="../../glossary/#corticosteroid" aria-describedby="tip-corticosteroid">corticosteroid</a><span class="term-tip" role="tooltip" id="tip-corticosteroid">A medicine that calms swelling. Inhalers &amp; creams use small doses.</span></span> calms the airways"#))
            #expect(page.contains("Rinse your mouth after each corticosteroid dose."))
            #expect(Self.count(#"class="term""#, in: page) == 1)

            // The only mention on the washing page is a link's text: nothing is marked.
            let washing = try Self.main(of: Self.read(output, "eczema/washing/index.html"))
            #expect(washing.contains(#"<a href="../moisturisers/">emollient cream</a>"#))
            #expect(!washing.contains(#"class="term"#))

            // An image's alt text is not a mention; "Bell's" matches "Bell’s" after smart punctuation.
            let symptoms = try Self.main(of: Self.read(output, "asthma/symptoms/index.html"))
            #expect(symptoms.contains(#"alt="Chart of peak flow over one week""#))
            #expect(symptoms.contains(#"write down your <span class="term"><a class="term-link" href="../../glossary/#peak-flow""#))
            let shingles = try Self.main(of: Self.read(output, "zoster/shingles/index.html"))
            #expect(shingles.contains(#"href="../../glossary/#bells-palsy" aria-describedby="tip-bells-palsy">Bell’s palsy</a>"#))
            #expect(shingles.contains(#"</span></span> (VZV) wakes up again."#))  // an alias of a term already linked

            // On every page: no link inside a link, no glossary word in a heading or code.
            for path in try Self.htmlFiles(output) {
                let html = try Self.read(output, path)
                #expect(Self.nestedLinks(in: html).isEmpty, "\(path): link inside a link: \(Self.nestedLinks(in: html))")
                for element in ["h1", "h2", "h3", "h4", "code", "title"] {
                    for inner in Self.contents(of: element, in: html) {
                        #expect(!inner.contains(#"class="term"#), "\(path): glossary markup inside <\(element)>: \(inner)")
                    }
                }
            }
        }
    }

    @Test func glossaryPageListsEveryTermAToZ() async throws {
        try await withFixture { output, _ in
            let page = try Self.read(output, "glossary/index.html")
            #expect(Self.attributes("dt id", in: page) == ["bells-palsy", "corticosteroid", "emollient", "peak-flow", "varicella-zoster-virus"])
            #expect(page.contains(#"<dt id="bells-palsy">Bell&#39;s palsy</dt>"#))
            #expect(page.contains("Also called: steroid."))  // not corticosteroids or steroids: plurals of names already said
            // Every glossary link on the site points at an entry of this page.
            let ids = Set(Self.attributes("id", in: page))
            for path in try Self.htmlFiles(output) {
                for href in Self.attributes("href", in: try Self.read(output, path)) where href.contains("glossary/#") {
                    let id = String(href[href.range(of: "glossary/#")!.upperBound...])
                    #expect(ids.contains(id), "\(path) links to glossary entry '\(id)', which does not exist")
                }
            }
        }
    }

    // MARK: - Structured data

    @Test func jsonLDParsesWithTheTitleIntact() async throws {
        try await withFixture { output, summary in
            let html = try Self.read(output, "eczema/moisturisers/index.html")
            // Cut where a browser would: at the first "</script>". A title that could end the element
            // early would leave broken JSON here.
            let scripts = Self.contents(of: #"script type="application/ld+json""#, closing: "script", in: html)
            let json = try #require(scripts.first)
            #expect(scripts.count == 1)
            #expect(!json.contains("<"))
            #expect(json.contains(#"\u003c/script\u003e"#))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let graph = try #require(object["@graph"] as? [[String: Any]])
            let page = try #require(graph.first)
            #expect(page["@type"] as? String == "MedicalWebPage")
            #expect(page["name"] as? String == Self.hardTitle)
            #expect(page["lastReviewed"] as? String == "2026-10-01")
            #expect((page["reviewedBy"] as? [String: Any])?["name"] as? String == "Riverbend Skin Clinic")
            #expect((page["about"] as? [String: Any])?["name"] as? String == "Eczema (atopic dermatitis)")
            let crumbs = try #require(graph.last?["itemListElement"] as? [[String: Any]])
            #expect(crumbs.last?["name"] as? String == Self.hardTitle)
            #expect(crumbs.last?["item"] as? String == "https://www.clinic-health.org/library/eczema/moisturisers/")

            // The HTML copies of the title are escaped too: only the page's own two scripts remain.
            let escaped = "Moisturisers: &quot;soak and seal&quot; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"
            #expect(html.contains("<title>\(escaped) – Eczema (atopic dermatitis) – Riverbend Patient Library</title>"))
            #expect(html.contains("<h1>\(escaped)</h1>"))
            #expect(Self.count("<script", in: html) == 2)
            #expect(Self.count("</script>", in: html) == 2)

            // Every page's JSON-LD is valid JSON (the handouts, glossary, search and 404 pages have none).
            var pagesWithJSONLD = 0
            for path in try Self.htmlFiles(output) {
                for json in Self.contents(of: #"script type="application/ld+json""#, closing: "script", in: try Self.read(output, path)) {
                    pagesWithJSONLD += 1
                    #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(path): JSON-LD does not parse")
                }
            }
            #expect(pagesWithJSONLD == summary.pages)
        }
    }

    // MARK: - Printable handouts

    @Test(arguments: [
        ("asthma", ["about", "symptoms", "treatments", "triggers"], ["About Asthma", "Symptoms", "Treatments", "Common triggers"]),
        ("eczema", ["about", "washing", "moisturisers"], ["About Eczema (atopic dermatitis)", "Bathing and washing",
            "Moisturisers: &quot;soak and seal&quot; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"]),
        ("zoster", ["about", "shingles", "vaccination"], ["About Chickenpox and shingles", "Shingles", "Vaccination"]),
    ])
    func handoutHasEveryPageOfItsSectionInOrder(section: String, ids: [String], titles: [String]) async throws {
        try await withFixture { output, _ in
            let html = try Self.read(output, "\(section)/print/index.html")
            #expect(Self.attributes("article aria-labelledby", in: html) == ids)
            // Every page, then the glossary words used on any of them ("Words to know").
            #expect(Self.contents(of: "h2", in: html).map { $0.replacingOccurrences(of: #"^ id="[^"]*">"#, with: "", options: .regularExpression) } == titles + ["Words to know"])
            #expect(html.contains(#"<meta name="robots" content="noindex">"#))
            #expect(html.contains(#"<link rel="canonical" href="https://www.clinic-health.org/library/\#(section)/">"#))
            #expect(html.contains(#"<body data-kind="print">"#))
            let sectionPage = try Self.read(output, "\(section)/index.html")
            #expect(sectionPage.contains(#"<a href="print/">All pages about"#))
            let sitemap = try Self.read(output, "sitemap.xml")
            #expect(!sitemap.contains("/print/"))

            // The pages' parts: ids unique on the combined page, every #link (a marked word's
            // too) points at one of them, and every other link is a full address for paper.
            let allIDs = Self.attributes("id", in: html)
            #expect(Set(allIDs).count == allIDs.count, "duplicate ids: \(allIDs)")
            let articles = Self.contents(of: "article", in: html).joined()
            for href in Self.attributes("href", in: articles) {
                if href.hasPrefix("#") {
                    #expect(allIDs.contains(String(href.dropFirst())), "#\(href) goes nowhere")
                } else {
                    #expect(href.hasPrefix("https://"), "relative link in the handout: \(href)")
                }
            }
            for tip in Self.attributes("aria-describedby", in: html) {
                #expect(allIDs.contains(tip), "tooltip \(tip) does not exist")
            }

            if section == "asthma" {
                // Headings one level down and prefixed with the page and "--"; an in-page link follows its heading.
                #expect(html.contains(#"<h3 id="symptoms--what-to-look-for">What to look for</h3>"#))
                #expect(html.contains(##"<a href="#symptoms--when-to-get-help">when to get help</a>"##))
                #expect(html.contains(#"<a href="https://www.clinic-health.org/library/asthma/treatments/#inhaler-technique">treatment plan</a>"#))
                #expect(html.contains(##"<a class="handout-term" href="#words-to-know--peak-flow">peak flow</a>"##))
                #expect(html.contains(##"<a class="handout-term" href="#words-to-know--corticosteroid">corticosteroid</a>"##))
                #expect(!html.contains("term-tip"))  // paper has no tooltips
                #expect(html.contains(#"<li><a href="https://guidelines.example.org/asthma?edition=2026&amp;lang=en">Fictional Asthma Guideline 2026</a></li>"#))
                #expect(html.contains(#"Reviewed <time datetime="2026-03-05">5 March 2026</time> by Dr Ana Pérez (fictional)."#))
                #expect(!html.contains("action-plan"))  // a draft
            }
            if section == "zoster" {
                // The same word first mentioned on two pages: marked on both, explained once.
                #expect(html.components(separatedBy: ##"<a class="handout-term" href="#words-to-know--varicella-zoster-virus">"##).count == 3)
                #expect(html.components(separatedBy: #"id="words-to-know--varicella-zoster-virus""#).count == 2)
            }
        }
    }

    // MARK: - Search

    @Test func searchPageAndIndexCoverEveryPage() async throws {
        try await withFixture { output, summary in
            let page = try Self.read(output, "search/index.html")
            #expect(page.contains(#"<input type="hidden" name="sites" value="www.clinic-health.org">"#))
            #expect(page.contains(#"data-index="../search/index/""#))
            let manifestData = try Data(contentsOf: output.appendingPathComponent("search/index/manifest.json"))
            let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
            // Every page, then each of the glossary's 5 entries, leading to its place on the glossary page.
            #expect(manifest["docs"] as? Int == summary.pages + 5)
            var titles: [String] = [], urls: [String] = []
            for name in try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("search/index/docs").path).sorted() {
                let data = try Data(contentsOf: output.appendingPathComponent("search/index/docs/\(name)"))
                let docs = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
                titles += docs.map { $0[1] }
                urls += docs.map { $0[0] }
            }
            #expect(titles.count == summary.pages + 5)
            #expect(urls.filter { $0.hasPrefix("glossary/#") }.count == 5)
            #expect(titles.contains(Self.hardTitle))
        }
    }

    // MARK: - Helpers

    /// Builds the fixture into a temporary folder, as GoldenSiteTests does, and removes it afterwards.
    private func withFixture(today: CalendarDate? = GoldenSiteTests.today, _ body: (URL, BuildSummary) async throws -> Void) async throws {
        let fm = FileManager.default
        let temporary = fm.temporaryDirectory.appendingPathComponent("sitegen-patient-\(UUID().uuidString)")
        try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("public")
        let summary: BuildSummary
        do {
            summary = try await Build.run(BuildOptions(source: GoldenSiteTests.site.path, output: output.path, today: today))
        } catch {
            Issue.record("building the fixture failed:\n\(error.diagnostics.sortedForReport().map(\.description).joined(separator: "\n"))")
            return
        }
        try await body(output, summary)
    }

    static func read(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    static func htmlFiles(_ output: URL) throws -> [String] {
        try GoldenSiteTests.files(under: output).filter { $0.hasSuffix(".html") }
    }

    /// The part inside `<main>`, where the page's own content is.
    static func main(of html: String) throws -> String {
        try #require(contents(of: #"main id="main""#, closing: "main", in: html).first)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// What is between `<tag…>` (attributes included after the name) and the next `</closing>`:
    /// what a browser would see for elements that do not nest, like headings, code and scripts.
    static func contents(of tag: String, closing: String? = nil, in html: String) -> [String] {
        let end = "</\(closing ?? tag)>"
        var found: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<" + tag) {
            let after = rest[open.upperBound...]
            guard let next = after.first, next == ">" || next == " " else { rest = after; continue }
            guard let close = after.range(of: end) else { break }
            var inner = after[..<close.lowerBound]
            if tag.contains(" ") || tag.contains("\"") { inner = inner.drop { $0 != ">" }.dropFirst() }  // attributes were part of `tag`
            found.append(String(inner))
            rest = after[close.upperBound...]
        }
        return found
    }

    /// The values of `attribute="…"` in order; `attribute` may start with the element (`dt id`).
    static func attributes(_ attribute: String, in html: String) -> [String] {
        let escaped = NSRegularExpression.escapedPattern(for: attribute)
        let prefix = attribute.contains(" ") ? "<" : "[ <]"
        let regex = try! NSRegularExpression(pattern: prefix + escaped + #"="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }

    /// Each `<a` that opens before the previous one closed.
    static func nestedLinks(in html: String) -> [String] {
        var depth = 0
        var nested: [String] = []
        let regex = try! NSRegularExpression(pattern: #"<a[ >]|</a>"#)
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let tag = String(html[Range(match.range, in: html)!])
            if tag == "</a>" { depth -= 1; continue }
            if depth > 0 {
                let start = Range(match.range, in: html)!.lowerBound
                nested.append(String(html[start...].prefix(80)))
            }
            depth += 1
        }
        return nested
    }
}
