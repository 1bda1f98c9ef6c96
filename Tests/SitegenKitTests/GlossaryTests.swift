import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenGlossary
@testable import SitegenLoad
@testable import SitegenRender

@Suite struct GlossaryTests {
    let entries = [
        GlossaryEntry(term: "Creatine kinase", definition: "A muscle protein.", aliases: ["CK"], id: "creatine-kinase"),
        GlossaryEntry(term: "Plasma exchange", definition: "Swapping plasma.", id: "plasma-exchange"),
        GlossaryEntry(term: "Plasma", definition: "The liquid part of blood.", id: "plasma"),
        GlossaryEntry(term: "Sjögren's syndrome", definition: "Dry eyes and mouth.", id: "sjogrens-syndrome"),
    ]

    func marked(_ markdown: String) -> String {
        guard let document = MarkdownDocument(markdown: markdown, firstLine: 1) else { return "" }
        document.markGlossaryTerms(GlossaryMatcher(entries))
        document.setGlossaryMarkup { ("[", "→\(entries[$0].id)]") }
        return document.html(allowRawHTML: false)
    }

    @Test func firstMentionOnlyWholeWordsAnyCase() {
        #expect(marked("High CK levels. More ck later. CKD is not CK.") == "<p>High [CK→creatine-kinase] levels. More ck later. CKD is not CK.</p>\n")
    }

    @Test func wordsOfASCIIAndUnicodeTextAgree() {
        // All-ASCII text takes a byte path; the same text with "é" at the end takes the other.
        for text in ["It's the patient's IgG4 test, don't 'quote' me.", "A-B c_d 12.5 x'", "'tis", "end'", "  ", "CK-MB: high!"] {
            let ascii = GlossaryMatcher.words(in: text).map { String(text[$0]) }
            let accented = text + " é"
            let unicode = GlossaryMatcher.words(in: accented).map { String(accented[$0]) }
            #expect(ascii + ["é"] == unicode, "\(text)")
        }
        let text = "It's Sjogren's, isn't it? Tests' results"
        #expect(GlossaryMatcher.words(in: text).map { String(text[$0]) } == ["It's", "Sjogren's", "isn't", "it", "Tests", "results"])
    }

    @Test func longestTermWinsAndAccentsAreIgnored() {
        #expect(marked("Plasma exchange replaces plasma. Sjogren's syndrome too.") ==
            "<p>[Plasma exchange→plasma-exchange] replaces [plasma→plasma]. [Sjogren’s syndrome→sjogrens-syndrome] too.</p>\n")
    }

    @Test func notInsideHeadingsLinksOrCode() {
        let html = marked("## Plasma\n\nSee [plasma exchange](https://example.org) and `CK`.\n\nThen CK and plasma.")
        #expect(html == "<h2>Plasma</h2>\n<p>See <a href=\"https://example.org\">plasma exchange</a> and <code>CK</code>.</p>\n<p>Then [CK→creatine-kinase] and [plasma→plasma].</p>\n")
    }

    @Test func tooltipMarkupIsLinkedDescribedAndEscaped() {
        let entry = GlossaryEntry(term: "IVIG", definition: "Antibodies <from> donors & \"blood\".", id: "ivig")
        let (enter, exit) = GlossaryMarkup.term(entry, href: "../../glossary/", idPrefix: "cure-")
        #expect(enter == "<span class=\"term\"><a class=\"term-link\" href=\"../../glossary/#ivig\" aria-describedby=\"tip-cure-ivig\">")
        #expect(exit == "</a><span class=\"term-tip\" role=\"tooltip\" id=\"tip-cure-ivig\">Antibodies &lt;from&gt; donors &amp; &quot;blood&quot;.</span></span>")
    }

    @Test func loadsAndChecksTheFile() throws {
        let site = try TestSite(["glossary.yml": """
            - term: IVIG
              definition: Antibodies from donors.
            - term: Steroids
            - term: ivig
              definition: Again.
            """])
        defer { site.cleanUp() }
        let (entries, problems) = GlossaryLoader.load(siteRoot: site.root.path)
        #expect(entries.map(\.term) == ["IVIG"])
        #expect(problems.map(\.description) == [
            "glossary.yml:3: error: each glossary entry needs a 'term' and a 'definition', like:\n- term: Blood pressure\n  definition: How hard the blood pushes against the walls of the blood vessels.\n  aliases: [BP]",
            "glossary.yml:4: error: 'ivig' is already defined by the entry 'IVIG'; each word may have one definition",
        ])
    }

    @Test func aMisspeltKeyOfAnEntryIsItsOneMessage() throws {
        let site = try TestSite(["glossary.yml": """
            - term: IVIG
              defintion: Antibodies from donors.
            - term: Steroids
              definition: Medicines that calm the immune system.
              note: for adults
            """])
        defer { site.cleanUp() }
        let (entries, problems) = GlossaryLoader.load(siteRoot: site.root.path)
        #expect(entries.map(\.term) == ["Steroids"])
        #expect(problems.map(\.description) == [
            "glossary.yml:2: error: unknown key 'defintion' in a glossary entry; did you mean 'definition'? Correct its spelling: the value of a misspelt key is not used",
            "glossary.yml:3: warning: unknown key 'note' in a glossary entry is ignored; entries have 'term', 'definition' and 'aliases'",
        ])
    }
}
