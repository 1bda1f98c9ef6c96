import Foundation
import Testing
@testable import SitegenBuild
@testable import SitegenModel
@testable import SitegenRender

/// Issue 13, requirement 1: what `sitegen new` writes for the editor never goes live, and no page
/// claims a review the front matter does not date.
@Suite struct ReviewHonestyTests {
    static let guidanceFix = "replace it before publishing"

    /// A site whose `imnm/symptoms.md` is `body` under `frontMatter` (lines 2 to n).
    func site(symptoms frontMatter: String, body: String, _ more: [String: String?] = [:]) throws -> TestSite {
        var files: [String: String?] = ["content/imnm/symptoms.md": "---\n\(frontMatter)---\n\(body)"]
        for (path, text) in more { files[path] = text }
        return try TestSite(files)
    }

    func errors(_ result: (succeeded: Bool, messages: [String]), in path: String = "content/imnm/symptoms.md") -> [String] {
        result.messages.filter { $0.hasPrefix(path) && $0.contains(": error: ") }
    }

    // MARK: - Guidance left in a published page

    /// Every guidance line of a new section and page, published as written: one error each, at
    /// its line, plus one for the placeholder description. Ties the check to the scaffold's text.
    @Test func everyGuidanceLineOfANewFileIsAnErrorOncePublished() async throws {
        let sectionText = ScaffoldText.section(title: "Crohn's disease").replacingOccurrences(of: "draft: true", with: "draft: false")
        let pageText = ScaffoldText.page(title: "Symptoms", weight: 10).replacingOccurrences(of: "draft: true", with: "draft: false")
        let site = try TestSite(["content/crohns/_index.md": sectionText, "content/crohns/symptoms.md": pageText])
        defer { site.cleanUp() }
        let result = await site.build()
        #expect(!result.succeeded)
        for (path, text) in [("content/crohns/_index.md", sectionText), ("content/crohns/symptoms.md", pageText)] {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let bodyStart = lines.indices.filter { lines[$0] == "---" }[1] + 1
            // The guidance lines: everything in the body but headings and blank lines.
            let guidanceLines = (bodyStart..<lines.count).filter { !lines[$0].isEmpty && !lines[$0].hasPrefix("#") }
            let reported = errors(result, in: path)
            #expect(reported.count == guidanceLines.count + 1, "\(reported)")
            #expect(reported.filter { $0.contains("writing guidance") }.compactMap { Int($0.split(separator: ":")[1]) } == guidanceLines.map { $0 + 1 })
            #expect(reported.contains { $0.hasPrefix("\(path):3: error: still holds the placeholder description") })
        }
        // Every guidance line the scaffold knows is in one of the two files.
        for guidance in ScaffoldText.guidance {
            #expect(sectionText.contains(guidance.start) || pageText.contains(guidance.start), "\(guidance.start)")
        }
    }

    @Test func guidanceMessageQuotesItsStart() async throws {
        let site = try site(symptoms: "title: Symptoms\n", body: "## Weak legs\n\nYour legs may feel weak.\n\n\(ScaffoldText.pageIntro.text())\n")
        defer { site.cleanUp() }
        #expect(errors(await site.build()) == [
            "content/imnm/symptoms.md:8: error: still holds the writing guidance from 'sitegen new' (\"Write the most important message…\"); \(Self.guidanceFix)",
        ])
    }

    /// After text the editor wrote, rewrapped, in a list item: still found, at the line it starts on.
    @Test func guidanceIsFoundAnywhereInAParagraph() async throws {
        let site = try site(symptoms: "title: Symptoms\n", body: """
            - Rest when you can.
              Write three to five short points
              the reader should remember.

            > Say which signs mean the reader should see a doctor soon, and which mean they need urgent help.

            """)
        defer { site.cleanUp() }
        #expect(errors(await site.build()) == [
            "content/imnm/symptoms.md:5: error: still holds the writing guidance from 'sitegen new' (\"Write three to five short points…\"); \(Self.guidanceFix)",
            "content/imnm/symptoms.md:8: error: still holds the writing guidance from 'sitegen new' (\"Say which signs mean the reader…\"); \(Self.guidanceFix)",
        ])
    }

    @Test func placeholderDescriptionIsAnError() async throws {
        let site = try site(symptoms: "title: Symptoms\nweight: 10\ndescription: \"\(ScaffoldText.pageDescription)\"\n", body: "Text.\n")
        defer { site.cleanUp() }
        #expect(errors(await site.build()) == [
            "content/imnm/symptoms.md:4: error: still holds the placeholder description from 'sitegen new' (\"One sentence about this page for…\"); replace it with one sentence about this page before publishing",
        ])
    }

    /// Drafts may hold guidance, also a published page previewed in a draft section.
    @Test func draftsMayHoldGuidance() async throws {
        let guidance = "\(ScaffoldText.pageIntro.text())\n"
        let draft = try site(symptoms: "title: Symptoms\ndraft: true\ndescription: \"\(ScaffoldText.pageDescription)\"\n", body: guidance)
        defer { draft.cleanUp() }
        #expect(errors(await draft.build(drafts: true)).isEmpty)

        let draftSection = try site(symptoms: "title: Symptoms\n", body: guidance, ["content/imnm/_index.md": "---\ntitle: IMNM\ndraft: true\n---\nAbout IMNM.\n"])
        defer { draftSection.cleanUp() }
        let result = await draftSection.build(drafts: true)
        #expect(result.succeeded, "\(result.messages)")
    }

    /// Through the real binary: `sitegen new page`, then only `draft: false`, as in the issue.
    @Test func publishedNewPageFailsTheBuildAndTheCheck() throws {
        let commandLine = CommandLineTests()
        let site = try commandLine.cleanSite()
        defer { site.cleanUp() }
        #expect(try commandLine.run(["build", "--today", "2026-11-25"], in: site.root).status == 0)
        let before = site.snapshot()
        #expect(try commandLine.run(["new", "page", "imnm/causes"], in: site.root).status == 0)
        let path = "content/imnm/causes.md"
        try site.write(path, Data(try site.read(path).replacingOccurrences(of: "draft: true", with: "draft: false").utf8))

        let expected = [
            "content/imnm/causes.md:3: error: still holds the placeholder description from 'sitegen new' (\"One sentence about this page for…\"); replace it with one sentence about this page before publishing",
            "content/imnm/causes.md:17: error: still holds the writing guidance from 'sitegen new' (\"Write the most important message…\"); \(Self.guidanceFix)",
            "content/imnm/causes.md:21: error: still holds the writing guidance from 'sitegen new' (\"Write three to five short points…\"); \(Self.guidanceFix)",
            "content/imnm/causes.md:25: error: still holds the writing guidance from 'sitegen new' (\"Explain what readers can do…\"); \(Self.guidanceFix)",
            "content/imnm/causes.md:29: error: still holds the writing guidance from 'sitegen new' (\"Say which signs mean the reader…\"); \(Self.guidanceFix)",
        ]
        let build = try commandLine.run(["build", "--today", "2026-11-25"], in: site.root)
        #expect(build.status == 1)
        #expect(build.errors.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
            == expected + ["sitegen: error: build failed with 5 errors; nothing was written"])
        #expect(site.snapshot() == before)

        let check = try commandLine.run(["check", "--today", "2026-11-25"], in: site.root)
        #expect(check.status == 1)
        // `check` reports on standard output, for editors' CI to read.
        #expect(check.output.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init) == expected)
    }

    // MARK: - Review dates

    @Test func reviewDateAfterTodayIsAnError() async throws {
        let site = try site(symptoms: "title: Symptoms\nweight: 10\nlast_reviewed: 2026-11-26\nreviewed_by: Dr Ada Example\n", body: "Text.\n")
        defer { site.cleanUp() }
        let options = BuildOptions(source: site.root.path, today: CalendarDate(iso: "2026-11-25"))
        do {
            _ = try await Build.run(options)
            Issue.record("a review date after today built")
        } catch {
            #expect(error.diagnostics.errors.map(\.description) == [
                "content/imnm/symptoms.md:4: error: 'last_reviewed' is 2026-11-26, later than today (2026-11-25); write the date on which the medical review took place",
            ])
        }
        #expect(!FileManager.default.fileExists(atPath: site.output))
        // The same day is fine.
        _ = try await Build.run(BuildOptions(source: site.root.path, today: CalendarDate(iso: "2026-11-26")))
    }

    /// Also for an empty `last_reviewed:`, which before gave no warning.
    @Test func reviewerWithoutDateIsAWarning() async throws {
        for dateLine in ["", "last_reviewed:\n", "last_reviewed: \"\"\n"] {
            let site = try site(symptoms: "title: Symptoms\n\(dateLine)reviewed_by: Dr Ada Example\n", body: "Text.\n")
            defer { site.cleanUp() }
            let line = dateLine.isEmpty ? 3 : 4
            #expect(await site.build().messages.contains(
                "content/imnm/symptoms.md:\(line): warning: 'reviewed_by' is shown only with the date of the review; add 'last_reviewed: YYYY-MM-DD'"
            ))
        }
    }

    /// A reviewer without a date is no review: not in the JSON-LD, as not on the page.
    @Test func structuredDataHasOnlyADatedReview() async throws {
        let site = try site(symptoms: "title: Symptoms\nreviewed_by: Dr Ada Example\n", body: "Text.\n")
        defer { site.cleanUp() }
        let rendered = try await Build.render(BuildOptions(source: site.root.path))
        let section = try #require(rendered.site.sections.first)
        let json = StructuredData.json(for: try #require(section.pages.first), section: section, site: rendered.site)
        #expect(!json.contains("lastReviewed"))
        #expect(!json.contains("reviewedBy"))
        #expect(!json.contains("Dr Ada Example"))
    }

    // MARK: - The theme

    /// The repository's theme: a date only from the front matter; otherwise it says there was none.
    @Test func themeShowsOnlyAReviewThatHappened() async throws {
        let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates")
        let site = try TestSite([
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 10\nlast_reviewed: 2026-11-01\nreviewed_by: Dr Ada Example\n---\nText.\n",
            "content/imnm/causes.md": "---\ntitle: Causes\nweight: 20\nreviewed_by: Dr Ada Example\n---\nText.\n",
        ])
        defer { site.cleanUp() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates"))
        try FileManager.default.copyItem(at: theme, to: site.root.appendingPathComponent("templates"))
        let result = await site.build()
        #expect(result.succeeded, "\(result.messages)")

        let reviewed = try site.read("public/imnm/symptoms/index.html")
        #expect(reviewed.contains(#"<p class="review">Last reviewed <time datetime="2026-11-01">1 November 2026</time> by Dr Ada Example. <span class="next-review">Next review due <time datetime="2028-10-31">31 October 2028</time>.</span></p>"#))
        #expect(reviewed.contains(#""lastReviewed":"2026-11-01""#))
        for page in ["public/imnm/causes/index.html", "public/imnm/index.html"] {
            let text = try site.read(page)
            #expect(text.contains(#"<p class="review">This page has not yet been medically reviewed.</p>"#), "\(page)")
            #expect(!text.contains("Last reviewed"), "\(page)")
            #expect(!text.contains("lastReviewed"), "\(page)")
            #expect(!text.contains("Dr Ada Example"), "\(page)")
        }
        let handout = try site.read("public/imnm/print/index.html")
        #expect(handout.contains("Not yet medically reviewed."))
        #expect(handout.contains(#"Last reviewed <time datetime="2026-11-01">1 November 2026</time> by Dr Ada Example."#))
    }
}
