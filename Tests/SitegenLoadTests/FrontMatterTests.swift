import Testing
@testable import SitegenModel
@testable import SitegenLoad

@Suite struct FrontMatterTests {
    let path = "content/imnm/symptoms.md"

    @Test func readsEveryKey() throws {
        let text = """
            ---
            title: "Symptoms: what to look for"
            description: Signs of IMNM.
            weight: 20
            draft: yes
            last_reviewed: 2026-11-01
            reviewed_by: Dr A. Example
            sources:
              - title: Myositis overview
                url: https://example.org/myositis
            ---
            Body starts here.
            """
        let parsed = FrontMatterParser.parse(text, path: path)
        #expect(parsed.diagnostics.isEmpty)
        var expected = FrontMatter(
            title: "Symptoms: what to look for", description: "Signs of IMNM.", weight: 20, draft: true,
            lastReviewed: CalendarDate(iso: "2026-11-01"), reviewedBy: "Dr A. Example",
            sources: [SourceLink(title: "Myositis overview", url: "https://example.org/myositis")]
        )
        expected.descriptionLine = 3
        expected.lastReviewedLine = 6
        #expect(parsed.frontMatter == expected)
        #expect(parsed.body == "Body starts here.")
        #expect(parsed.bodyFirstLine == 12)
    }

    @Test func windowsLineEndings() {
        let parsed = FrontMatterParser.parse("---\r\ntitle: Causes\r\n---\r\nText.\r\n", path: path)
        #expect(parsed.frontMatter?.title == "Causes")
        #expect(parsed.bodyFirstLine == 4)
    }

    @Test func aMisspeltKeyIsAnError() {
        let parsed = FrontMatterParser.parse("---\ntitle: Causes\nwieght: 3\n---\n", path: path)
        #expect(parsed.frontMatter == nil)
        #expect(parsed.diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:3: error: unknown key 'wieght' in the front matter; did you mean 'weight'? Correct its spelling: the value of a misspelt key is not used",
        ])
    }

    @Test func anUnknownKeyFarFromAnyIsAWarning() {
        let parsed = FrontMatterParser.parse("---\ntitle: Causes\nsurprise: 3\n---\n", path: path)
        #expect(parsed.frontMatter?.title == "Causes")
        #expect(parsed.diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:3: warning: unknown key 'surprise' in the front matter is ignored",
        ])
    }

    @Test func aMisspeltReviewDateIsNotAlsoAReviewerWithoutADate() {
        let parsed = FrontMatterParser.parse("---\ntitle: Causes\nreviewed_by: Dr Jane Doe\nlast_reviewd: 2026-01-10\n---\n", path: path)
        #expect(parsed.diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:4: error: unknown key 'last_reviewd' in the front matter; did you mean 'last_reviewed'? Correct its spelling: the value of a misspelt key is not used",
        ])
        // The same page with the key spelt right but no date: the reviewer alone is worth saying.
        let undated = FrontMatterParser.parse("---\ntitle: Causes\nreviewed_by: Dr Jane Doe\n---\n", path: path)
        #expect(undated.diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:3: warning: 'reviewed_by' is shown only with the date of the review; add 'last_reviewed: YYYY-MM-DD'",
        ])
    }

    @Test func examplesInMessagesUseThePagesOwnSection() {
        let parsed = FrontMatterParser.parse("---\ntitle: Insulin\naliases: old\n---\n", path: "content/Type 2 Diabetes/insulin.md")
        #expect(parsed.diagnostics.map(\.description) == [
            "content/Type 2 Diabetes/insulin.md:3: error: 'aliases' must be a list of old addresses, like:\naliases:\n  - type-2-diabetes/old-name/",
        ])
        let home = FrontMatterParser.parse("---\ntitle: Home\naliases:\n  - /\n---\n", path: "content/_index.md")
        #expect(home.diagnostics.map(\.description) == [
            "content/_index.md:4: error: the alias '/' is the site's home page; an alias must be an old address of this page, like 'my-section/old-name/'",
        ])
    }

    @Test func aMisspeltTitleIsNotAlsoAMissingTitle() {
        let parsed = FrontMatterParser.parse("---\ntitel: Causes\n---\n", path: path)
        #expect(parsed.diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:2: error: unknown key 'titel' in the front matter; did you mean 'title'? Correct its spelling: the value of a misspelt key is not used",
        ])
        #expect(FrontMatterParser.parse("---\ndescription: Causes\n---\n", path: path).diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:1: error: front matter has no 'title'; add a line like 'title: Symptoms'",
        ])
    }

    @Test func sourcesNeedATitleAndAWebAddress() {
        let parsed = FrontMatterParser.parse("---\ntitle: Causes\nsources:\n  - title: Leaflet\n    url: leaflet.pdf\n  - url: https://x.org\n---\n", path: path)
        #expect(parsed.frontMatter == nil)
        #expect(parsed.diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:4: error: source url 'leaflet.pdf' must be a full web address starting with https://",
            "content/imnm/symptoms.md:6: error: each source needs a 'title' and a 'url', like:\nsources:\n  - title: Name of the source\n    url: https://…",
        ])
    }

    @Test func synonymsAreAListOfTexts() {
        let parsed = FrontMatterParser.parse("---\ntitle: Fatigue\nsynonyms: [tiredness, \" worn out \"]\n---\n", path: path)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.frontMatter?.synonyms == ["tiredness", "worn out"])
        #expect(FrontMatterParser.parse("---\ntitle: Fatigue\nsynonyms:\n---\n", path: path).frontMatter?.synonyms == [])
    }

    @Test func plainLanguageOKIsAListOfWordsKeptAsTheListKeepsThem() {
        let parsed = FrontMatterParser.parse("---\ntitle: IMNM\nplain_language_ok: [Myopathy, \"in  Order to\", physician’s]\n---\n", path: path)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.frontMatter?.plainLanguageOK == ["myopathy", "in order to", "physician's"])
        let notAList = FrontMatterParser.parse("---\ntitle: IMNM\nplain_language_ok: myopathy\n---\n", path: path)
        #expect(notAList.diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:3: error: 'plain_language_ok' must be a list of words or phrases of the plain-language list this page may use, like:\nplain_language_ok: [medication, in order to]",
        ])
        let badItem = FrontMatterParser.parse("---\ntitle: IMNM\nplain_language_ok:\n  - [myopathy]\n---\n", path: path)
        #expect(badItem.diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:4: error: each word or phrase must be written as text, like:\nplain_language_ok: [medication, in order to]",
        ])
    }

    @Test func synonymsThatAreNotTextsAreErrors() {
        let notAList = FrontMatterParser.parse("---\ntitle: Fatigue\nsynonyms: tiredness\n---\n", path: path)
        #expect(notAList.frontMatter == nil)
        #expect(notAList.diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:3: error: 'synonyms' must be a list of words or phrases readers may search for, like:\nsynonyms: [tiredness, worn out]",
        ])
        let badItems = FrontMatterParser.parse("---\ntitle: Fatigue\nsynonyms:\n  - tiredness\n  - \"  \"\n  - {word: tired}\n---\n", path: path)
        #expect(badItems.frontMatter == nil)
        #expect(badItems.diagnostics.map(\.description) == [
            "content/imnm/symptoms.md:5: error: each synonym must be a word or phrase written as text, like:\nsynonyms: [tiredness, worn out]",
            "content/imnm/symptoms.md:6: error: each synonym must be a word or phrase written as text, like:\nsynonyms: [tiredness, worn out]",
        ])
    }

    @Test func duplicateKeyIsAnError() {
        let parsed = FrontMatterParser.parse("---\ntitle: One\ntitle: Two\n---\n", path: path)
        #expect(parsed.diagnostics.map(\.description) == ["content/imnm/symptoms.md:3: error: 'title' is written twice (first on line 2); keep one of them"])
    }

    @Test func emptyTitle() {
        let parsed = FrontMatterParser.parse("---\ntitle:\n---\n", path: path)
        #expect(parsed.diagnostics.map(\.description) == ["content/imnm/symptoms.md:2: error: 'title' is empty; write it after the colon, like 'title: Symptoms'"])
    }

    @Test func datesMustExist() {
        #expect(CalendarDate(iso: "2024-02-29")?.longText == "29 February 2024")
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2026-1-5") == nil)
        #expect(CalendarDate(iso: "2026-11-01")?.longText == "1 November 2026")
        #expect(CalendarDate(iso: "2026-11-01")?.iso == "2026-11-01")
    }
}
