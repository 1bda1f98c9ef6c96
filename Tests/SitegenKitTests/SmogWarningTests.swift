import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenRender
@testable import SitegenModel

/// SMOG on a whole build: what is graded, the `readability:` setting, the warning with its hardest
/// words and the glossary's everyday words, and the reports (issue 26, requirement 1).
@Suite struct SmogWarningTests {
    /// 128 words graded in 22 sentences, 20 of them words of 3 syllables or more:
    /// the title (1 sentence; medicine), the heading (1; therapy), two list items (1 each;
    /// swallowing, immediately), the callout's text (1; its label "Important" is the theme's and not
    /// counted), a paragraph whose inline code and addresses are not counted (1, "Read at or and
    /// the leaflet today."), and 8 times "Take your medicine with food. Do not stop the therapy on
    /// your own." (16; medicine, therapy). SMOG = 1.0430 × √(20 × 30 / 22) + 3.1291 = 8.576.
    static let page = """
        ---
        title: Your medicine
        ---
        ## Ask about therapy

        - Tell us if swallowing is hard
        - Call us immediately

        > [!IMPORTANT]
        > Keep this page.

        Read `immunosuppressive medication` at <https://www.information.example.org/medication> or www.hospital-information.example.org \
        and [the leaflet](https://example.org/immunosuppressive-information) today.

        \(Array(repeating: "Take your medicine with food. Do not stop the therapy on your own.", count: 8).joined(separator: " "))

        """

    static let glossary = """
        - term: Therapy
          definition: Treatment that helps the body heal.
          aliases: [treatment, therapies]
        - term: Swallowing
          definition: Moving food or drink from the mouth to the stomach.

        """

    static let smogWarning = "SMOG grade 8.6 is above the target 8; hardest words: immediately, medicine, therapy (say 'treatment'), "
        + "swallowing (in the glossary); use shorter sentences and everyday words"

    static func site(_ settings: String = "", page: String = Self.page) throws -> TestSite {
        try TestSite([
            "site.yml": "title: Test Library\nbase_url: https://www.clinic-health.org/\n\(settings)",
            "glossary.yml": glossary,
            "templates/glossary.mustache": "{{<base}}{{$main}}Glossary{{/main}}{{/base}}\n",
            "content/imnm/symptoms.md": page,
        ])
    }

    static func render(_ site: TestSite) async throws -> RenderedSite {
        try await Build.render(BuildOptions(source: site.root.path))
    }

    @Test func smogIsTheDefaultAndTheWarningNamesTheHardestWords() async throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let rendered = try await Self.render(site)
        #expect(rendered.site.config.readability == .smog)
        let report = try #require(rendered.reports.first { $0.source == "content/imnm/symptoms.md" })
        // Not counted: the code's words, the addresses, the callout's label.
        #expect(report.words == 128)
        #expect(report.sentences == 22)
        #expect(report.smog == 8.6)
        #expect(report.hardWords == ["immediately", "medicine", "therapy", "swallowing"])
        let readability = rendered.warnings.filter { $0.category == .readability }
        #expect(readability.map(\.description) == ["content/imnm/symptoms.md: warning: \(Self.smogWarning)"])
        #expect(report.warnings.contains(Self.smogWarning))
    }

    /// After the glossary, the plain-language list (with the site's plain_language.yml) names an
    /// everyday word for a hard word; the glossary's word wins where both have one.
    @Test func thePlainLanguageListNamesAnEverydayWordToo() async throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        try site.write("plain_language.yml", Data("add:\n  immediately: \"now (or: today)\"\n  therapy: cure\n".utf8))
        let rendered = try await Self.render(site)
        let readability = rendered.warnings.filter { $0.category == .readability }.map(\.message)
        #expect(readability == ["SMOG grade 8.6 is above the target 8; hardest words: immediately (say 'now'), medicine, "
            + "therapy (say 'treatment'), swallowing (in the glossary); use shorter sentences and everyday words"])
    }

    @Test func fleschKincaidCanStillBeChosen() async throws {
        let site = try Self.site("readability: flesch-kincaid\n")
        defer { site.cleanUp() }
        let rendered = try await Self.render(site)
        let report = try #require(rendered.reports.first { $0.source == "content/imnm/symptoms.md" })
        // Both grades are reported; only the chosen one sets the warning. Short sentences: a low
        // Flesch–Kincaid grade, so no warning at the target of 8 …
        #expect(report.smog == 8.6)
        let grade = try #require(report.grade)
        #expect(grade < 8)
        #expect(!rendered.warnings.contains { $0.category == .readability })
        // … and at a target below it the warning names Flesch–Kincaid and the same words.
        let strict = try Self.site("readability: flesch-kincaid\nreadability_target: 2\n")
        defer { strict.cleanUp() }
        let warned = try await Self.render(strict)
        #expect(warned.warnings.filter { $0.category == .readability }.map(\.message) == [
            "Flesch–Kincaid grade \(grade) is above the target 2; hardest words: immediately, medicine, therapy (say 'treatment'), "
                + "swallowing (in the glossary); use shorter sentences and everyday words",
        ])
    }

    @Test func anUnknownMeasureIsAnErrorAtItsLine() async throws {
        let site = try Self.site("readability: fog\n")
        defer { site.cleanUp() }
        await #expect(throws: BuildFailure.self) { try await Self.render(site) }
        let (succeeded, messages) = await site.build()
        #expect(!succeeded)
        #expect(messages.contains("site.yml:3: error: 'readability' must be 'smog' or 'flesch-kincaid' (found 'fog')"), "\(messages)")
    }

    @Test func aPageUnder100WordsHasNoSmogButItsHardWords() async throws {
        let site = try Self.site(page: "---\ntitle: Your medicine\n---\nCall us immediately if swallowing is hard.\n")
        defer { site.cleanUp() }
        let rendered = try await Self.render(site)
        let report = try #require(rendered.reports.first { $0.source == "content/imnm/symptoms.md" })
        #expect(report.words == 9)
        #expect(report.smog == nil && report.grade == nil)
        #expect(report.hardWords == ["immediately", "medicine", "swallowing"])
        #expect(!rendered.warnings.contains { $0.category == .readability })
    }

    @Test func checkAndTheReportFileGiveSmogAndHardWords() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let cli = CommandLineTests()
        let check = try cli.run(["check", "--format", "json"], in: site.root)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any])
        let pages = try #require(json["pages"] as? [[String: Any]])
        let page = try #require(pages.first { $0["source"] as? String == "content/imnm/symptoms.md" })
        #expect(page["smog"] as? Double == 8.6)
        #expect(page["hard_words"] as? [String] == ["immediately", "medicine", "therapy", "swallowing"])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["category"] as? String == "readability" && $0["message"] as? String == Self.smogWarning })

        let text = try cli.run(["check"], in: site.root)
        #expect(text.output.contains("content/imnm/symptoms.md: warning: \(Self.smogWarning)\n"), "\(text.output)")
        #expect(text.output.contains("  page                      SMOG grade    review        accessibility  other  hardest words\n"), "\(text.output)")
        #expect(text.output.contains("  content/imnm/symptoms.md  8.6 (over 8)  not reviewed  1              -      immediately, medicine, therapy\n"), "\(text.output)")

        let build = try cli.run(["build", "--quiet", "--report", "report.json"], in: site.root)
        #expect(build.status == 0, "\(build.errors)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: site.root.appendingPathComponent("report.json"))) as? [String: Any])
        #expect(report["readability"] as? String == "smog")
        let entry = try #require((report["pages"] as? [[String: Any]])?.first { $0["source"] as? String == "content/imnm/symptoms.md" })
        #expect(entry["smog"] as? Double == 8.6)
        #expect(entry["hard_words"] as? [String] == ["immediately", "medicine", "therapy", "swallowing"])
    }

    @Test func theDashboardGradesOnTheSitesMeasure() throws {
        let cli = CommandLineTests()
        for (setting, name, over) in [("", "SMOG grade", true), ("readability: flesch-kincaid\n", "Flesch–Kincaid grade", false)] {
            let site = try Self.site(setting)
            defer { site.cleanUp() }
            let json = try cli.run(["report", "--format", "json", "--today", "2026-12-03"], in: site.root)
            let dashboard = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
            #expect(dashboard["readability"] as? String == (setting.isEmpty ? "smog" : "flesch-kincaid"))
            let row = try #require((dashboard["pages"] as? [[String: Any]])?.first { $0["source"] as? String == "content/imnm/symptoms.md" })
            #expect(row["smog"] as? Double == 8.6)
            #expect(row["hard_words"] as? [String] == ["immediately", "medicine", "therapy", "swallowing"])
            #expect(row["over_target"] as? Bool == over)
            let bars = try #require(dashboard["reading_grades"] as? [[String: Any]])
            let counted = bars.filter { $0["pages"] as? Int != 0 }.compactMap { $0["label"] as? String }
            // One page graded: in SMOG's 8–8.9 bar, or in a lower Flesch–Kincaid one.
            #expect(counted.count == 1)
            #expect((counted == ["8–8.9"]) == setting.isEmpty, "\(counted)")

            _ = try cli.run(["report", "--today", "2026-12-03"], in: site.root)
            let html = try site.read("report.html")
            #expect(html.contains("the reading target is \(name) 8.</p>"))
            #expect(html.contains(">\(name)<span class=\"arrow\""))
            #expect(html.contains("<h3 id=\"grades-heading\">Pages by \(name)</h3>"))
            #expect(html.contains("<span class=\"path\">Hardest words: immediately, medicine, therapy, swallowing</span>"))
        }
    }

    /// A preview that keeps its memo sees a change of measure and of the glossary as a full
    /// build does.
    @Test func thePreviewFollowsTheSettingAndTheGlossary() async throws {
        let root = try IncrementalBuildTests.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        var cache = BuildMemo()
        _ = try await Build.render(IncrementalBuildTests.options(root), memo: &cache, changes: .unknown, deferSearch: true)
        try IncrementalBuildTests.edit(root, "site.yml") { $0 + "readability: flesch-kincaid\n" }
        try await IncrementalBuildTests.expectSameAsFullBuild(root, cache: &cache, changed: ["site.yml"])
        let fk = try await Build.render(IncrementalBuildTests.options(root), memo: &cache, changes: .paths([]), deferSearch: true)
        #expect(fk.warnings.contains { $0.message.hasPrefix("Flesch–Kincaid grade 32.3 is above the target 10; hardest words: individualised,") })
        try IncrementalBuildTests.edit(root, "glossary.yml") { $0 + "\n- term: Identification\n  definition: Finding out what something is.\n  aliases: [finding out]\n" }
        try await IncrementalBuildTests.expectSameAsFullBuild(root, cache: &cache, changed: ["glossary.yml"])
        let glossed = try await Build.render(IncrementalBuildTests.options(root), memo: &cache, changes: .paths([]), deferSearch: true)
        #expect(glossed.warnings.contains { $0.message.contains("identification (say 'finding out')") }, "\(glossed.warnings)")
    }
}
