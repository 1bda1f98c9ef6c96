import Foundation
import Testing
@testable import SitegenCommands
@testable import SitegenModel
@testable import SitegenLoad

/// `sitegen new section` and `sitegen new page`: the text they write, where, and what they refuse.
@Suite struct ScaffoldTests {
    func options(_ site: TestSite) -> ScaffoldOptions { ScaffoldOptions(source: site.root.path) }


    // MARK: - Text

    @Test func sectionText() {
        #expect(ScaffoldText.section(title: "Systemic lupus erythematosus") == """
            ---
            title: "Systemic lupus erythematosus"
            description: "One sentence about this condition for search results and the list of conditions."
            # Change to 'draft: false' when the section is ready to publish; until then none of its pages are published.
            draft: true
            # After a clinician has reviewed the page, remove the '# ' from the next two lines and
            # write the date of the review and who did it.
            # last_reviewed: YYYY-MM-DD
            # reviewed_by: "Dr Jane Example, consultant neurologist"
            # Where the facts come from: remove the '# ' from the start of the three lines below and fill them in.
            # sources:
            #   - title: Name of the website or leaflet
            #     url: https://example.org/the-page
            ---
            Write a line or two about Systemic lupus erythematosus: who it affects and what this section explains.

            ## What is Systemic lupus erythematosus?

            Explain in plain words what it is and which parts of the body it affects.

            ## Symptoms

            List the most common signs first. Short bullet points read best.

            ## Causes

            Say what is known about the causes, and what is not known yet.

            ## Treatment

            Describe the main treatments and what they aim to do.

            ## Living with Systemic lupus erythematosus

            Explain what helps day to day: at home, at work or school, and where to find support.

            ## When to get medical help

            Say which signs mean the reader should see a doctor soon, and which mean they need urgent help.

            """)
    }

    @Test func pageText() {
        #expect(ScaffoldText.page(title: "Risk factors", weight: 30) == """
            ---
            title: "Risk factors"
            description: "One sentence about this page for search results."
            # Pages are listed by weight, lowest first.
            weight: 30
            # Change to 'draft: false' when the page is ready to publish.
            draft: true
            # After a clinician has reviewed the page, remove the '# ' from the next two lines and
            # write the date of the review and who did it.
            # last_reviewed: YYYY-MM-DD
            # reviewed_by: "Dr Jane Example, consultant neurologist"
            # Where the facts come from: remove the '# ' from the start of the three lines below and fill them in.
            # sources:
            #   - title: Name of the website or leaflet
            #     url: https://example.org/the-page
            ---
            Write the most important message of this page in one or two short sentences.

            ## Key points

            - Write three to five short points the reader should remember.

            ## What you can do

            Explain what readers can do themselves: looking after themselves at home, questions to ask at an appointment, where to find support.

            ## When to get medical help

            Say which signs mean the reader should see a doctor soon, and which mean they need urgent help.

            """)
    }

    @Test func generatedFrontMatterParsesCleanly() throws {
        for title in ["Lupus", "Lupus: \"the great imitator\" #1", "Sjögren’s syndrome \\ C:\\path", "Type 1 *diabetes* <b>"] {
            for text in [ScaffoldText.section(title: title), ScaffoldText.page(title: title, weight: 10)] {
                let parsed = FrontMatterParser.parse(text, path: "content/x/y.md")
                #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
                let frontMatter = try #require(parsed.frontMatter)
                #expect(frontMatter.title == title)
                #expect(frontMatter.draft)
                #expect(frontMatter.lastReviewed == nil)
                #expect(frontMatter.reviewedBy == nil)
                #expect(frontMatter.sources.isEmpty)
                #expect(frontMatter.description == (text.contains("weight:") ? ScaffoldText.pageDescription : ScaffoldText.sectionDescription))
            }
        }
        #expect(FrontMatterParser.parse(ScaffoldText.page(title: "A", weight: 70), path: "a.md").frontMatter?.weight == 70)
    }

    /// Uncommenting the example source, as the comment says, gives a valid source.
    @Test func sourcesExampleWorksWhenUncommented() throws {
        let text = ScaffoldText.page(title: "Symptoms", weight: 10)
            .replacingOccurrences(of: "\n# sources:", with: "\nsources:")
            .replacingOccurrences(of: "\n#   - title:", with: "\n  - title:")
            .replacingOccurrences(of: "\n#     url:", with: "\n    url:")
        let parsed = FrontMatterParser.parse(text, path: "a.md")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.frontMatter?.sources == [SourceLink(title: "Name of the website or leaflet", url: "https://example.org/the-page")])
    }

    @Test func titlesFromNames() {
        #expect(ScaffoldText.title(fromName: "symptoms") == "Symptoms")
        #expect(ScaffoldText.title(fromName: "risk-factors") == "Risk factors")
        #expect(ScaffoldText.title(fromName: "risk_factors") == "Risk factors")
        #expect(ScaffoldText.title(fromName: "Living with lupus") == "Living with lupus")
        #expect(ScaffoldText.title(fromName: "  living   with\tlupus ") == "living with lupus")
        #expect(ScaffoldText.title(fromName: "IMNM") == "IMNM")
        #expect(ScaffoldText.title(fromName: "COVID-19") == "COVID-19")
        #expect(ScaffoldText.title(fromName: "Systemic lupus erythematosus") == "Systemic lupus erythematosus")
    }

    @Test func nameInMarkdownIsLiteral() {
        let text = ScaffoldText.section(title: "Type 1 *diabetes* <b>")
        #expect(text.contains("## What is Type 1 \\*diabetes\\* \\<b\\>?\n"))
    }

    @Test func weightAfterTheLastPage() {
        #expect(Scaffold.nextWeight(after: []) == 10)
        #expect(Scaffold.nextWeight(after: [nil, nil]) == 10)
        #expect(Scaffold.nextWeight(after: [20, nil, 50, 30]) == 60)
        #expect(Scaffold.nextWeight(after: [-5]) == 5)
    }

    @Test func pageSpecs() throws {
        #expect(try Scaffold.splitPageSpec("lupus/symptoms") == ("lupus", "symptoms"))
        #expect(try Scaffold.splitPageSpec("lupus/Living with lupus") == ("lupus", "Living with lupus"))
        #expect(try Scaffold.splitPageSpec("lupus/symptoms.md") == ("lupus", "symptoms"))
        #expect(try Scaffold.splitPageSpec("content/lupus/symptoms.md") == ("lupus", "symptoms"))
        #expect(try Scaffold.splitPageSpec("./lupus/symptoms/") == ("lupus", "symptoms"))
        #expect(throws: Diagnostic.error("content", "write the section and the page name as SECTION/NAME, like 'sitegen new page lupus/symptoms' (found 'symptoms')")) {
            try Scaffold.splitPageSpec("symptoms")
        }
        #expect(throws: Diagnostic.error("content", "pages can be only one folder deep; write SECTION/NAME, like 'sitegen new page lupus/symptoms' (found 'lupus/a/b')")) {
            try Scaffold.splitPageSpec("lupus/a/b")
        }
    }

    @Test func shellWords() {
        #expect(Scaffold.shellWord("lupus") == "lupus")
        #expect(Scaffold.shellWord("Systemic lupus") == "\"Systemic lupus\"")
        #expect(Scaffold.shellWord("a \"b\" $c") == "\"a \\\"b\\\" \\$c\"")
    }

    // MARK: - Creating files

    @Test func newSectionCreatesIndex() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let result = try Scaffold.newSection("Systemic lupus erythematosus", options: options(site))
        #expect(result.path == "content/systemic-lupus-erythematosus/_index.md")
        #expect(result.title == "Systemic lupus erythematosus")
        #expect(result.weight == nil)
        #expect(result.warnings.isEmpty)
        #expect(try site.read(result.path) == ScaffoldText.section(title: "Systemic lupus erythematosus"))
        #expect(result.messages == [
            "Created \(site.root.path)/content/systemic-lupus-erythematosus/_index.md (draft). Edit it, then run 'sitegen serve --drafts --source \(site.root.path)' to preview.",
            "Add pages to it with 'sitegen new page systemic-lupus-erythematosus/symptoms --source \(site.root.path)'.",
        ])
    }

    @Test func messagesInTheSiteFolder() {
        let here = ScaffoldOptions(source: ".")
        #expect(here.pathPrefix == "" && here.sourceArgument == "")
        let there = ScaffoldOptions(source: "my site/")
        #expect(there.pathPrefix == "my site/" && there.sourceArgument == " --source \"my site/\"")
    }

    @Test func newPageAfterTheLastPage() throws {
        let site = try TestSite([
            "content/imnm/causes.md": "---\ntitle: Causes\nweight: 40\n---\nText.\n",
            "content/imnm/outlook.md": "---\ntitle: Outlook\n---\nNo weight.\n",
            "content/imnm/draft.md": "---\ntitle: Draft\nweight: 25\ndraft: true\n---\n",
        ])
        defer { site.cleanUp() }
        let result = try Scaffold.newPage("imnm/risk-factors", options: options(site))
        #expect(result.path == "content/imnm/risk-factors.md")
        #expect(result.title == "Risk factors")
        #expect(result.weight == 50)
        #expect(try site.read(result.path) == ScaffoldText.page(title: "Risk factors", weight: 50))
        #expect(result.messages == [
            "Created \(site.root.path)/content/imnm/risk-factors.md (draft). Edit it, then run 'sitegen serve --drafts --source \(site.root.path)' to preview.",
        ])
        // The next one goes after it.
        #expect(try Scaffold.newPage("imnm/Living with IMNM", options: options(site)).weight == 60)
        #expect(try site.read("content/imnm/living-with-imnm.md").contains("title: \"Living with IMNM\"\n"))
    }

    @Test func firstPageOfASectionGetsWeight10() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        _ = try Scaffold.newSection("Lupus", options: options(site))
        #expect(try Scaffold.newPage("lupus/symptoms", options: options(site)).weight == 10)
    }

    @Test func pageWithBrokenFrontMatterIsReportedNotCounted() throws {
        let site = try TestSite(["content/imnm/causes.md": "---\ntitle: Causes\nweight: lots\n---\n"])
        defer { site.cleanUp() }
        let result = try Scaffold.newPage("imnm/outlook", options: options(site))
        #expect(result.weight == 20)  // after symptoms.md's 10
        #expect(result.warnings.map(\.description) == [
            "content/imnm/causes.md: warning: its front matter has errors, so its weight was not counted; build the site to see them, and check the new page's weight",
        ])
    }

    @Test func sectionFolderFoundByItsAddress() throws {
        let site = try TestSite(["content/Zoster/_index.md": "---\ntitle: Shingles\n---\n"])
        defer { site.cleanUp() }
        let result = try Scaffold.newPage("zoster/vaccination", options: options(site))
        #expect(result.path == "content/Zoster/vaccination.md")
        #expect(try Scaffold.newPage("Zoster/Living with shingles", options: options(site)).path == "content/Zoster/living-with-shingles.md")
    }

    // MARK: - Refusals

    @Test func refusesToOverwriteAPage() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let before = try site.read("content/imnm/symptoms.md")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("imnm/symptoms", options: options(site)) }
            == "content/imnm/symptoms.md: error: already exists; choose another name or edit that file")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("imnm/Symptoms", options: options(site)) }
            == "content/imnm/symptoms.md: error: already exists; choose another name or edit that file")
        #expect(try site.read("content/imnm/symptoms.md") == before)
    }

    @Test func refusesAPageWithTheSameAddressInAnotherCase() throws {
        let site = try TestSite(["content/imnm/Risk Factors.md": "---\ntitle: Risk factors\n---\n"])
        defer { site.cleanUp() }
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("imnm/risk-factors", options: options(site)) }
            == "content/imnm/Risk Factors.md: error: already exists with the same web address (imnm/risk-factors/) as the new page; choose another name or edit that file")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/imnm/risk-factors.md").path))
    }

    @Test func refusesToOverwriteASection() throws {
        let site = try TestSite(["content/Lupus/_index.md": "---\ntitle: Lupus\n---\n"])
        defer { site.cleanUp() }
        #expect(failure { () throws(Diagnostic) in try Scaffold.newSection("IMNM", options: options(site)) }
            == "content/imnm/_index.md: error: already exists; choose another name or edit that file")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newSection("lupus", options: options(site)) }
            == "content/Lupus/_index.md: error: already exists with the same web address (lupus/) as the new section; choose another name or edit that file")
        #expect(try site.read("content/imnm/_index.md") == TestSite.files["content/imnm/_index.md"])
    }

    @Test func sectionFolderWithoutIndexGetsOne() throws {
        let site = try TestSite(["content/Lupus/chart.png": "png"])
        defer { site.cleanUp() }
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("lupus/symptoms", options: options(site)) }
            == "content/Lupus/_index.md: error: the section has no _index.md, so its pages cannot be published; create it first with 'sitegen new section lupus --source \(site.root.path)'")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("lupus/_index.md", options: options(site)) }
            == "content/Lupus/_index.md: error: is the section's own page, not a page in it; create it with 'sitegen new section lupus --source \(site.root.path)'")
        #expect(try Scaffold.newSection("Lupus", options: options(site)).path == "content/Lupus/_index.md")
        #expect(try Scaffold.newPage("lupus/symptoms", options: options(site)).path == "content/Lupus/symptoms.md")
    }

    @Test func missingSection() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("lupus/symptoms", options: ScaffoldOptions(source: site.root.path)) }
            == "content/lupus: error: there is no section folder 'lupus'; create the section first with 'sitegen new section lupus --source \(site.root.path)'")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("Systemic lupus/symptoms", options: options(site)) }
            == "content/systemic-lupus: error: there is no section folder 'systemic-lupus'; create the section first with 'sitegen new section \"Systemic lupus\" --source \(site.root.path)'")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("imnn/symptoms", options: options(site)) }
            == "content/imnn: error: there is no section folder 'imnn'; did you mean 'imnm/symptoms'? Or create the section first with 'sitegen new section imnn --source \(site.root.path)'")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/lupus").path))
    }

    @Test func namesWithoutLetters() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(failure { () throws(Diagnostic) in try Scaffold.newSection("???", options: options(site)) }
            == "content: error: the name '???' has no letters or digits to make a folder name and web address from; use a name like 'Lupus' or 'Systemic lupus erythematosus'")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("imnm/???", options: options(site)) }
            == "content/imnm: error: the name '???' has no letters or digits to make a file name and web address from; use a name like 'symptoms' or 'Living with lupus'")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("!!/symptoms", options: options(site)) }
            == "content: error: the section name '!!' has no letters or digits; write SECTION/NAME, like 'lupus/symptoms'")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newSection("lupus/symptoms", options: options(site)) }
            == "content: error: a section name cannot contain '/' (found 'lupus/symptoms'); to add a page to a section, run 'sitegen new page lupus/symptoms'")
    }

    @Test func notASiteFolder() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let message = "content: error: folder not found in the site folder; run sitegen in the site folder (the one with site.yml and content/), or name it with --source DIR"
        #expect(failure { () throws(Diagnostic) in try Scaffold.newSection("Lupus", options: ScaffoldOptions(source: empty.path)) } == message)
        #expect(failure { () throws(Diagnostic) in try Scaffold.newPage("lupus/symptoms", options: ScaffoldOptions(source: empty.path)) } == message)
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }

    /// The last guard: even if the file appears after the checks, it is not replaced.
    @Test func createNeverReplaces() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let plan = Scaffold.Plan(path: "content/imnm/symptoms.md", text: "new", title: "Symptoms", weight: 10)
        #expect(throws: Diagnostic.error("content/imnm/symptoms.md", "already exists; choose another name or edit that file")) {
            try Scaffold.create(plan, siteRoot: site.root.path)
        }
        #expect(try site.read("content/imnm/symptoms.md") == TestSite.files["content/imnm/symptoms.md"])
    }

    @Test func todayIsACalendarDay() {
        let noonUTC = Date(timeIntervalSince1970: 1_777_636_800)  // 2026-05-01 12:00 UTC
        #expect(CalendarDate.today(noonUTC, timeZone: TimeZone(identifier: "UTC")!).iso == "2026-05-01")
        #expect(CalendarDate.today(noonUTC, timeZone: TimeZone(identifier: "Pacific/Auckland")!).iso == "2026-05-02")
    }

    // MARK: - The files build

    @Test func generatedFilesBuild() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        _ = try Scaffold.newSection("Systemic lupus erythematosus", options: options(site))
        _ = try Scaffold.newPage("systemic-lupus-erythematosus/symptoms", options: options(site))
        _ = try Scaffold.newPage("imnm/Living with IMNM", options: options(site))

        let (succeeded, messages) = await site.build(drafts: true)
        #expect(succeeded, "\(messages)")
        // The only warnings: nobody has reviewed them yet (`sitegen new` writes no review date),
        // and the new section says when to get help nowhere (`sitegen new` writes no advice).
        let aboutNewFiles = messages.filter { $0.contains("systemic-lupus-erythematosus") || $0.contains("living-with-imnm") }
        let noReview = "warning: has no medical review date; after a clinician checks the page, add 'last_reviewed: YYYY-MM-DD' and 'reviewed_by: <name>'"
        #expect(aboutNewFiles.sorted() == [
            "content/imnm/living-with-imnm.md: \(noReview)",
            "content/systemic-lupus-erythematosus/_index.md: \(noReview)",
            "content/systemic-lupus-erythematosus/_index.md: warning: no page about 'Systemic lupus erythematosus' \(CareCardSiteTests.noCard)",
            "content/systemic-lupus-erythematosus/symptoms.md: \(noReview)",
        ])
        let page = try site.read("public/systemic-lupus-erythematosus/symptoms/index.html")
        #expect(page.contains("<h2 id=\"key-points\">Key points</h2>"))
        #expect(page.contains("<h2 id=\"when-to-get-medical-help\">When to get medical help</h2>"))
        let section = try site.read("public/systemic-lupus-erythematosus/index.html")
        #expect(section.contains("What is Systemic lupus erythematosus?</h2>"))
        #expect(try site.read("public/imnm/living-with-imnm/index.html").contains("What you can do</h2>"))

        // Without --drafts the new files stay out of the site.
        let published = await site.build()
        #expect(published.succeeded, "\(published.messages)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/systemic-lupus-erythematosus").path))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/imnm/living-with-imnm").path))
    }
}

/// `sitegen new` with names in other scripts (issue 15, requirement 6).
@Suite struct ScaffoldScriptTests {
    func options(_ site: TestSite) -> ScaffoldOptions { ScaffoldOptions(source: site.root.path) }

    @Test func chineseSectionAndPage() async throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        let section = try Scaffold.newSection("糖尿病", options: options(site))
        #expect(section.path == "content/糖尿病/_index.md")
        #expect(section.title == "糖尿病")
        #expect(section.messages.last == "Add pages to it with 'sitegen new page 糖尿病/symptoms --source \(site.root.path)'.")
        let page = try Scaffold.newPage("糖尿病/症状", options: options(site))
        #expect(page.path == "content/糖尿病/症状.md")
        #expect(page.title == "症状")
        #expect(page.weight == 10)
        let built = await site.build(drafts: true)
        #expect(built.succeeded, "\(built.messages)")
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/糖尿病/症状/index.html").path))
    }

    @Test func greekAndFrenchNamesGetTheirAddresses() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(try Scaffold.newSection("Σακχαρώδης διαβήτης", options: options(site)).path == "content/σακχαρώδης-διαβήτης/_index.md")
        let page = try Scaffold.newPage("Σακχαρώδης διαβήτης/Συμπτώματα", options: options(site))
        #expect(page.path == "content/σακχαρώδης-διαβήτης/συμπτώματα.md")
        #expect(page.title == "Συμπτώματα")
        #expect(try Scaffold.newSection("Maladie de Crohn — œsophage", options: options(site)).path == "content/maladie-de-crohn-oesophage/_index.md")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newSection("maladie de crohn oesophage", options: options(site)) }
            == "content/maladie-de-crohn-oesophage/_index.md: error: already exists; choose another name or edit that file")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newSection("ΣΑΚΧΑΡΏΔΗΣ ΔΙΑΒΉΤΗΣ", options: options(site)) }
            == "content/σακχαρώδης-διαβήτης/_index.md: error: already exists; choose another name or edit that file")
    }

    @Test func namesWithoutLettersOrDigitsInAnyScript() throws {
        let site = try TestSite()
        defer { site.cleanUp() }
        #expect(failure { () throws(Diagnostic) in try Scaffold.newSection("---", options: options(site)) }
            == "content: error: the name '---' has no letters or digits to make a folder name and web address from; use a name like 'Lupus' or 'Systemic lupus erythematosus'")
        #expect(failure { () throws(Diagnostic) in try Scaffold.newSection("！！ — ？", options: options(site)) }
            == "content: error: the name '！！ — ？' has no letters or digits to make a folder name and web address from; use a name like 'Lupus' or 'Systemic lupus erythematosus'")
    }
}
