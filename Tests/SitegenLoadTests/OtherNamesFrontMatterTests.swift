import Testing
@testable import SitegenModel
@testable import SitegenLoad

/// `other_names:` in the front matter (issue 28, requirement 3): one test per kind of mistake.
@Suite struct OtherNamesFrontMatterTests {
    let path = "content/heart-attack/_index.md"

    @Test func otherNamesAreAListOfNamesWithTheirLines() {
        let parsed = FrontMatterParser.parse("---\ntitle: Heart attack\nother_names:\n  - Myocardial infarction\n  - \" MI \"\n---\n", path: path)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.frontMatter?.otherNames == [OtherName("Myocardial infarction", line: 4), OtherName("MI", line: 5)])
        #expect(FrontMatterParser.parse("---\ntitle: Heart attack\nother_names:\n---\n", path: path).frontMatter?.otherNames == [])
    }

    @Test func otherNamesThatAreNotAListAreAnError() {
        let parsed = FrontMatterParser.parse("---\ntitle: Heart attack\nother_names: Myocardial infarction\n---\n", path: path)
        #expect(parsed.frontMatter == nil)
        #expect(parsed.diagnostics.map(\.description) == [
            "content/heart-attack/_index.md:3: error: 'other_names' must be a list of the names the condition is also known by, like:\nother_names: [myocardial infarction, MI]",
        ])
    }

    @Test func anOtherNameThatIsNotTextIsAnError() {
        let parsed = FrontMatterParser.parse("---\ntitle: Heart attack\nother_names:\n  - [MI]\n  - {name: MI}\n---\n", path: path)
        #expect(parsed.frontMatter == nil)
        #expect(parsed.diagnostics.map(\.description) == [
            "content/heart-attack/_index.md:4: error: each other name must be a name written as text, like:\nother_names: [myocardial infarction, MI]",
            "content/heart-attack/_index.md:5: error: each other name must be a name written as text, like:\nother_names: [myocardial infarction, MI]",
        ])
    }

    @Test func anEmptyOtherNameIsAnError() {
        let parsed = FrontMatterParser.parse("---\ntitle: Heart attack\nother_names: [MI, \"  \"]\n---\n", path: path)
        #expect(parsed.frontMatter == nil)
        #expect(parsed.diagnostics.map(\.description) == [
            "content/heart-attack/_index.md:3: error: each other name must be a name written as text, like:\nother_names: [myocardial infarction, MI]",
        ])
    }

    @Test func anOtherNameThatIsTheTitleIsLeftOutWithAWarning() {
        let parsed = FrontMatterParser.parse("---\ntitle: Heart attack\nother_names: [MI, heart  ATTACK]\n---\n", path: path)
        #expect(parsed.frontMatter?.otherNames == [OtherName("MI", line: 3)])
        #expect(parsed.diagnostics.map(\.description) == [
            "content/heart-attack/_index.md:3: warning: 'heart  ATTACK' is the title, under which the A–Z lists the condition already; remove it from 'other_names'",
        ])
    }

    @Test func anOtherNameListedTwiceIsLeftOutWithAWarning() {
        let parsed = FrontMatterParser.parse("---\ntitle: Heart attack\nother_names:\n  - MI\n  - Myocardial infarction\n  - mi\n---\n", path: path)
        #expect(parsed.frontMatter?.otherNames == [OtherName("MI", line: 4), OtherName("Myocardial infarction", line: 5)])
        #expect(parsed.diagnostics.map(\.description) == [
            "content/heart-attack/_index.md:6: warning: 'mi' is in 'other_names' twice (first on line 4); remove one of them",
        ])
    }

    @Test func accentsMakeTwoNames() {
        // Spanish "ano" and "año" are two words: only case and spaces are ignored.
        let parsed = FrontMatterParser.parse("---\ntitle: Año\nother_names: [Ano]\n---\n", path: path)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.frontMatter?.otherNames == [OtherName("Ano", line: 3)])
    }

    @Test func aMisspeltOtherNamesKeyIsAnError() {
        let parsed = FrontMatterParser.parse("---\ntitle: Heart attack\nother_name: [MI]\n---\n", path: path)
        #expect(parsed.diagnostics.map(\.description) == [
            "content/heart-attack/_index.md:3: error: unknown key 'other_name' in the front matter; did you mean 'other_names'? Correct its spelling: the value of a misspelt key is not used",
        ])
    }
}
