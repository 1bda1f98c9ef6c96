import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenReport

/// `sitegen report`: the review dashboard, run as the real binary.
@Suite struct DashboardTests {
    let cli = CommandLineTests()

    /// On 2026-12-03 with a 365-day interval: one page of each review state, and one page above
    /// the reading target.
    func reviewSite() throws -> TestSite {
        let long = "Immunosuppressive medications occasionally necessitate comprehensive haematological monitoring, particularly considering potential hepatotoxicity and myelosuppression."
        return try TestSite([
            "site.yml": "title: Test Library\nbase_url: https://www.clinic-health.org/\nreview_interval_days: 365\n",
            "content/imnm/_index.md": "---\ntitle: IMNM & you\nlast_reviewed: 2026-10-01\nreviewed_by: Dr Ada Example\n---\n\(TestSite.passage("Muscles get weak. See [symptoms](symptoms.md)."))\n",
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\nweight: 10\nlast_reviewed: 2025-11-01\nreviewed_by: Dr Bo Example\n---\n\(TestSite.passage("Your legs may feel weak."))\n",
            "content/imnm/causes.md": "---\ntitle: Causes\nweight: 20\nlast_reviewed: 2026-01-15\n---\n\(TestSite.passage("No one knows why."))\n",
            "content/imnm/treatments.md": "---\ntitle: Treatments\nweight: 30\n---\n\(TestSite.passage(long))\n",
        ])
    }

    @Test func aReportInsideTheOutputFolderIsRefused() throws {
        let site = try reviewSite()
        defer { site.cleanUp() }
        let result = try cli.run(["report", "--output", "public/report.html"], in: site.root)
        #expect(result.status == 1)
        #expect(result.errors == "sitegen: error: the report public/report.html would be inside the site's output folder ./public, which every build replaces; choose a file outside it with --output\n")
        #expect(result.output == "")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/report.html").path))
    }

    @Test func aReportThroughASymbolicLinkIntoTheOutputFolderIsRefused() throws {
        let site = try reviewSite()
        defer { site.cleanUp() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("public"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("latest").path, withDestinationPath: "public")
        let result = try cli.run(["report", "--format", "json", "--output", "latest/report.json"], in: site.root)
        #expect(result.status == 1)
        #expect(result.errors == "sitegen: error: the report latest/report.json would be inside the site's output folder ./public, which every build replaces; choose a file outside it with --output\n")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/report.json").path))
    }

    @Test func aDayThatDoesNotExistIsRefused() throws {
        let site = try reviewSite()
        defer { site.cleanUp() }
        let result = try cli.run(["report", "--today", "2026-02-30"], in: site.root)
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: The value '2026-02-30' is invalid for '--today <YYYY-MM-DD>'\n"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("report.html").path))
    }

    @Test func anUnknownFormatIsRefused() throws {
        let site = try reviewSite()
        defer { site.cleanUp() }
        let result = try cli.run(["report", "--format", "xml"], in: site.root)
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'html' and 'json'.\n"))
    }

    @Test func aSiteWithErrorsGetsNoReport() throws {
        let site = try reviewSite()
        try site.write("content/imnm/causes.md", Data("---\ntitle: Causes\nweight: soon\n---\nText.\n".utf8))
        defer { site.cleanUp() }
        let result = try cli.run(["report", "--today", "2026-12-03"], in: site.root)
        #expect(result.status == 1)
        #expect(result.errors == """
            content/imnm/causes.md:3: error: 'weight' must be a whole number, like 'weight: 10' (found 'soon')
            sitegen: error: the site has 1 error; fix it and run sitegen report again (no report was written)

            """)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("report.html").path))
    }

    @Test func jsonGivesEveryPageItsReviewStateOverdueAndNeverReviewedFirst() throws {
        let site = try reviewSite()
        defer { site.cleanUp() }
        let result = try cli.run(["report", "--format", "json", "--today", "2026-12-03"], in: site.root)
        #expect(result.status == 0)
        #expect(result.errors == "")
        // Keys sorted, the overdue page first, written out whole.
        #expect(result.output.hasPrefix("""
            {
              "due_soon_days" : 90,
              "generator" : "sitegen",
              "page_count" : {
                "built" : 5,
                "drafts_left_out" : [

                ],
                "drafts_listed" : 0,
                "home_pages" : 1,
                "listed" : 4,
                "note" : "sitegen build counts 5 pages, the dashboard 4: the home page has no review status, so it is not listed."
              },
              "pages" : [
                {
                  "draft" : false,
                  "grade" : -1.8,
                  "hard_words" : [

                  ],
                  "last_reviewed" : "2025-11-01",
                  "next_review" : "2026-11-01",
                  "over_target" : false,
                  "pemat" : {
                    "checked" : 5,
                    "met" : 5,
                    "missed" : [

                    ]
                  },
                  "plain_language" : 0,
                  "reviewed_by" : "Dr Bo Example",
                  "section" : "IMNM & you",
                  "smog" : 3.1,
                  "source" : "content/imnm/symptoms.md",
                  "status" : "overdue",
                  "title" : "Symptoms",
                  "url" : "imnm/symptoms/",
                  "warnings" : [
                    "was last reviewed on 2025-11-01, 397 days ago, more than the review interval of 365 days; have it reviewed again and update last_reviewed"
                  ]
                },
            """))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["today"] as? String == "2026-12-03")
        #expect(json["review_interval_days"] as? Int == 365)
        #expect(json["readability_target"] as? Double == 8)
        #expect(json["summary"] as? [String: Int] == ["pages": 4, "reviewed": 3, "overdue": 1, "due_soon": 1, "never_reviewed": 1, "over_target": 1])
        let pages = try #require(json["pages"] as? [[String: Any]])
        #expect(pages.map { $0["source"] as? String } == ["content/imnm/symptoms.md", "content/imnm/treatments.md", "content/imnm/causes.md", "content/imnm/_index.md"])
        #expect(pages.map { $0["status"] as? String } == ["overdue", "never_reviewed", "due_soon", "current"])
        #expect(pages.map { $0["next_review"] as? String } == ["2026-11-01", nil, "2027-01-15", "2027-10-01"])
        #expect(pages.map { $0["over_target"] as? Bool } == [false, true, false, false])
        // "medications", "necessitate" and "monitoring" on the treatments page, each once.
        #expect(pages.map { $0["plain_language"] as? Int } == [0, 3, 0, 0])
        #expect(pages[1]["grade"] as? Double == 42.2)
        // The title and 8 copies of a sentence of 13 words, 12 of them of 3 syllables or more:
        // 1.0430 × √(96 × 30 / 9) + 3.1291 = 21.787.
        #expect(pages[1]["smog"] as? Double == 21.8)
        #expect(pages[1]["hard_words"] as? [String] == ["hepatotoxicity", "immunosuppressive", "haematological", "myelosuppression", "occasionally"])
        #expect(json["readability"] as? String == "smog")
        #expect(pages[1]["last_reviewed"] == nil && pages[2]["reviewed_by"] == nil)
        let due = try #require(json["reviews_due"] as? [[String: Any]])
        #expect(due.map { "\($0["label"] ?? ""): \($0["pages"] ?? "")" } == [
            "overdue: 1", "Dec 2026: 0", "Jan 2027: 1", "Feb 2027: 0", "Mar 2027: 0", "Apr 2027: 0", "May 2027: 0",
            "Jun 2027: 0", "Jul 2027: 0", "Aug 2027: 0", "Sep 2027: 0", "Oct 2027: 1", "Nov 2027: 0", "later: 0",
        ])
        let grades = try #require(json["reading_grades"] as? [[String: Any]])
        #expect(grades.filter { $0["pages"] as? Int != 0 }.map { "\($0["label"] ?? ""): \($0["pages"] ?? "")" } == ["under 5: 3", "16 and over: 1"])
        let again = try cli.run(["report", "--format", "json", "--today", "2026-12-03"], in: site.root)
        #expect(again.output == result.output)
    }

    @Test func htmlHoldsTheSummaryAndListsOverdueAndNeverReviewedPagesFirst() throws {
        let site = try reviewSite()
        defer { site.cleanUp() }
        let result = try cli.run(["report", "--today", "2026-12-03"], in: site.root)
        #expect(result.status == 0)
        #expect(result.output == """
            Wrote the review dashboard of 4 pages to report.html: 1 overdue, 1 due within 90 days, 1 never reviewed, 1 over the reading target
            sitegen build counts 5 pages, the dashboard 4: the home page has no review status, so it is not listed.

            """)
        let html = try site.read("report.html")
        for (value, name) in [(4, "pages"), (3, "reviewed"), (1, "overdue"), (1, "due within 90 days"), (1, "never reviewed"), (1, "over the reading target")] {
            #expect(html.contains("<span class=\"value\">\(value)</span> <span class=\"name\">\(name)</span>"), "\(name)")
        }
        let order = ["Symptoms", "Treatments", "Causes", "IMNM &amp; you"].map { title in
            html.range(of: "\">\(title)</a>")?.lowerBound
        }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(html.contains("<a href=\"content/imnm/symptoms.md\">Symptoms</a>"))
        #expect(html.contains("<svg role=\"img\" aria-labelledby=\"grades-title\" aria-describedby=\"grades-desc\""))
        #expect(html.contains("<desc id=\"reviews-desc\">Bar chart of reviews due per month: overdue: 1; Dec 2026: 0; Jan 2027: 1;"))
        #expect(!html.contains("IMNM & you"))
        // The plain-language suggestions of each page: three on the treatments page.
        #expect(html.contains("<button type=\"button\" data-type=\"number\">Plain-language suggestions<span"))
        #expect(html.contains("<td data-sort=\"3\">3</td>"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"))
    }

    /// A home page and two drafts: `build` counts 3 pages, the dashboard lists 2 and says why,
    /// in the terminal and in the file; with `--drafts` both count the drafts.
    @Test func theDashboardSaysWhyItListsFewerPagesThanTheBuild() throws {
        let site = try TestSite([
            "site.yml": "title: Test Library\nbase_url: https://example.org/\n",
            "content/_index.md": "---\ntitle: Home\n---\nWelcome.\n",
            "content/imnm/_index.md": "---\ntitle: IMNM\nlast_reviewed: 2026-10-01\n---\n\(TestSite.passage("Muscles get weak."))\n",
            "content/imnm/symptoms.md": "---\ntitle: Symptoms\nlast_reviewed: 2026-10-01\n---\n\(TestSite.passage("Your legs may feel weak."))\n",
            "content/imnm/causes.md": "---\ntitle: Causes\ndraft: true\n---\n\(TestSite.passage("No one knows why."))\n",
            "content/imnm/outlook.md": "---\ntitle: Outlook\ndraft: true\n---\n\(TestSite.passage("Most people get better."))\n",
        ])
        defer { site.cleanUp() }
        let note = "sitegen build counts 3 pages, the dashboard 2: the home page has no review status, so it is not listed. 2 drafts are in neither count: content/imnm/causes.md, content/imnm/outlook.md; see them with sitegen report --drafts."
        let build = try cli.run(["build", "--quiet", "--today", "2026-12-03"], in: site.root)
        #expect(build.output.hasPrefix("Built 3 pages in 1 section: "), "\(build.output)")
        let report = try cli.run(["report", "--today", "2026-12-03"], in: site.root)
        #expect(report.status == 0)
        #expect(report.output == "Wrote the review dashboard of 2 pages to report.html: 0 overdue, 0 due within 90 days, 0 never reviewed, 0 over the reading target\n\(note)\n")
        let html = try site.read("report.html")
        #expect(html.contains("""
            <p class="count-note"><code>sitegen build</code> counts 3 pages, the dashboard 2: the home page has no review status, so it is not listed. \
            2 drafts are in neither count: content/imnm/causes.md, content/imnm/outlook.md; see them with <code>sitegen report --drafts</code>.</p>
            """))
        let json = try cli.run(["report", "--format", "json", "--today", "2026-12-03"], in: site.root)
        let count = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])["page_count"] as? [String: Any]
        #expect(count?["built"] as? Int == 3 && count?["listed"] as? Int == 2 && count?["home_pages"] as? Int == 1)
        #expect(count?["drafts_left_out"] as? [String] == ["content/imnm/causes.md", "content/imnm/outlook.md"])
        #expect(count?["note"] as? String == note)

        let withDrafts = try cli.run(["build", "--quiet", "--drafts", "--today", "2026-12-03"], in: site.root)
        #expect(withDrafts.output.hasPrefix("Built 5 pages in 1 section: "), "\(withDrafts.output)")
        let all = try cli.run(["report", "--drafts", "--today", "2026-12-03"], in: site.root)
        #expect(all.output == """
            Wrote the review dashboard of 4 pages to report.html: 0 overdue, 0 due within 90 days, 2 never reviewed, 0 over the reading target
            sitegen build --drafts counts 5 pages, the dashboard 4 (2 of them drafts): the home page has no review status, so it is not listed.

            """)
        #expect(try site.read("report.html").contains("<p class=\"count-note\"><code>sitegen build --drafts</code> counts 5 pages, the dashboard 4 (2 of them drafts): the home page has no review status, so it is not listed.</p>"))
    }

    @Test func theCountNoteNamesOneDraftOrTheFirstFive() {
        let one = ReviewDashboard.PageCount(built: 3, listed: 2, homePages: 1, draftsListed: 0, draftsLeftOut: ["content/a/b.md"])
        #expect(one.note == "sitegen build counts 3 pages, the dashboard 2: the home page has no review status, so it is not listed. 1 draft is in neither count: content/a/b.md; see it with sitegen report --drafts.")
        let seven = ReviewDashboard.PageCount(built: 1, listed: 0, homePages: 1, draftsListed: 0, draftsLeftOut: (1...7).map { "content/a/\($0).md" })
        #expect(seven.note == "sitegen build counts 1 page, the dashboard 0: the home page has no review status, so it is not listed. 7 drafts are in neither count: content/a/1.md, content/a/2.md, content/a/3.md, content/a/4.md, content/a/5.md and 2 more; see them with sitegen report --drafts.")
        let listedDraft = ReviewDashboard.PageCount(built: 3, listed: 2, homePages: 1, draftsListed: 1, draftsLeftOut: [])
        #expect(listedDraft.note == "sitegen build --drafts counts 3 pages, the dashboard 2 (1 of them draft): the home page has no review status, so it is not listed.")
    }

    @Test func titlesLinkToTheirSourceRelativeToTheReport() {
        #expect(RelativeLink.path(from: "/home/ed/reports", to: "/home/ed/site/content/imnm/a b.md") == "../site/content/imnm/a%20b.md")
        #expect(RelativeLink.path(from: "/home/ed/site", to: "/home/ed/site/content/x.md") == "content/x.md")
        #expect(RelativeLink.path(from: "/", to: "/srv/site/content/x:y.md") == "srv/site/content/x:y.md")
        #expect(RelativeLink.path(from: "/srv/site/content", to: "/srv/site/content/x:y.md") == "./x:y.md")
    }

    @Test func reviewStatesFollowTheBuildsOverdueRule() throws {
        let today = try #require(CalendarDate(iso: "2026-12-03"))
        let yesterday = CalendarDate(dayNumber: today.dayNumber - 1)
        #expect(ReviewDashboard.status(next: yesterday, today: today) == .overdue)
        #expect(ReviewDashboard.status(next: today, today: today) == .dueSoon)
        #expect(ReviewDashboard.status(next: CalendarDate(dayNumber: today.dayNumber + 90), today: today) == .dueSoon)
        #expect(ReviewDashboard.status(next: CalendarDate(dayNumber: today.dayNumber + 91), today: today) == .current)
        #expect(ReviewDashboard.status(next: nil, today: today) == .neverReviewed)
    }
}
