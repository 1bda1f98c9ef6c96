import Testing
@testable import SitegenRender
@testable import SitegenModel

/// The theme's fixed texts are written into the templates before compiling, as Mustache would
/// have rendered them; anything else stays a lookup.
@Suite struct ThemeTextInliningTests {
    let texts = ["search": "Search", "odd": "Tom & \"Jerry\" <b>'s", "skip_to_content": "Skip"]

    @Test func fixedTextsAreWrittenInEscapedAsMustacheWould() {
        #expect(ThemeTextInlining.inline("<a>{{t.search}}</a>", texts: texts) == "<a>Search</a>")
        #expect(ThemeTextInlining.inline("{{t.odd}}|{{{t.odd}}}", texts: texts) == "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s|Tom & \"Jerry\" <b>'s")
    }

    @Test func everythingElseIsLeftAsWritten() {
        let template = "{{t.about_section}} {{title}} {{#t.search}}x{{/t.search}} {{t.unknown}} {{ t.search }} {{t.search"
        #expect(ThemeTextInlining.inline(template, texts: texts) == template)
        let delimiters = "{{=<% %>=}}<%t.search%>{{t.search}}"
        #expect(ThemeTextInlining.inline(delimiters, texts: texts) == delimiters)
    }

    /// Texts that name the page, or hold a line break, are never inlined.
    @Test func onlyTheSameTextOnEveryPageIsFixed() {
        let fixed = ThemeTextInlining.fixedTexts(.english, siteTitle: "Library")
        #expect(fixed["search"] == "Search")
        #expect(fixed["search_description"] == "Search Library.")
        #expect(fixed["about_section"] == nil)
        #expect(fixed.values.allSatisfy { !$0.contains("\n") })
    }
}
