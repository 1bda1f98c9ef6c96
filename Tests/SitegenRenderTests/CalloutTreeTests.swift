import Testing
@testable import SitegenModel
@testable import SitegenRender

/// Issue 16, requirement 3: callouts found on cmark's tree (`MarkdownDocument.makeCallouts`).
/// The texts here are examples, not medical advice.
@Suite struct CalloutTreeTests {
    /// The document's HTML after `makeCallouts`, with English labels and page ids, and what it reported.
    static func render(_ markdown: String) throws -> (html: String, unknown: [String], blocks: [String]) {
        let document = try #require(MarkdownDocument(markdown: markdown, firstLine: 1))
        var unknown: [String] = []
        document.makeCallouts { unknown.append("\($1): \($0)") }
        let blocks = document.textBlocks
        document.setCalloutMarkup { callout, number in
            CalloutMarkup.tags(callout, id: CalloutMarkup.id(number), strings: ThemeStrings.english)
        }
        return (document.html(allowRawHTML: false), unknown, blocks)
    }

    @Test(arguments: [
        ("NOTE", "note", "Note"), ("TIP", "tip", "Tip"), ("IMPORTANT", "important", "Important"), ("WARNING", "warning", "Warning"),
        ("CAUTION", "caution", "Caution"), ("ASK", "ask", "Questions to ask your care team"), ("SUMMARY", "summary", "Key points"),
    ])
    func eachKindIsAnAsideWithItsLabel(marker: String, kind: String, label: String) throws {
        let result = try Self.render("> [!\(marker)]\n> Example text.\n")
        #expect(result.html == """
            <aside class="callout callout-\(kind)" role="note" aria-labelledby="callout--1-label">
            <p class="callout-label" id="callout--1-label">\(label)</p>
            <p>Example text.</p>
            </aside>

            """)
        #expect(result.unknown.isEmpty)
    }

    @Test func textAfterTheMarkerIsTheTitle() throws {
        let result = try Self.render("> [!WARNING] Before you *stop* a medicine\n> Example: talk to your care team first.\n>\n> - One\n")
        #expect(result.html == """
            <aside class="callout callout-warning" role="note" aria-labelledby="callout--1-label callout--1-title">
            <p class="callout-label" id="callout--1-label">Warning</p>
            <p class="callout-title" id="callout--1-title">Before you <em>stop</em> a medicine</p>
            <p>Example: talk to your care team first.</p>
            <ul>
            <li>One</li>
            </ul>
            </aside>

            """)
        // The title is text a reader sees (search, readability); the label is the theme's, and the marker is gone.
        #expect(result.blocks == ["Before you stop a medicine", "Example: talk to your care team first.", "One"])
    }

    @Test func markerAloneInItsParagraphAndInLowerCase() throws {
        let result = try Self.render("Intro.\n\n> [!ask]\n>\n> Example question?\n\n> [!Tip]\n")
        #expect(result.html == """
            <p>Intro.</p>
            <aside class="callout callout-ask" role="note" aria-labelledby="callout--1-label">
            <p class="callout-label" id="callout--1-label">Questions to ask your care team</p>
            <p>Example question?</p>
            </aside>
            <aside class="callout callout-tip" role="note" aria-labelledby="callout--2-label">
            <p class="callout-label" id="callout--2-label">Tip</p>
            </aside>

            """)
    }

    /// A page that defines a link reference named like the marker gets a link from cmark, not text.
    @Test func markerParsedAsALinkReference() throws {
        let result = try Self.render("> [!note]\n> Example text.\n\n[!note]: https://example.org/\n")
        #expect(result.html == """
            <aside class="callout callout-note" role="note" aria-labelledby="callout--1-label">
            <p class="callout-label" id="callout--1-label">Note</p>
            <p>Example text.</p>
            </aside>

            """)
    }

    @Test func unknownKindIsReportedAndStaysAQuote() throws {
        let result = try Self.render("Intro.\n\n> [!DANGER] Example\n> text.\n")
        #expect(result.unknown == ["3: DANGER"])
        #expect(result.html == "<p>Intro.</p>\n<blockquote>\n<p>[!DANGER] Example\ntext.</p>\n</blockquote>\n")
    }

    @Test(arguments: ["> [!NOTE]x\n", "> [ !NOTE]\n", "> Example.\n> [!NOTE]\n", "> [!]\n", "> [!NO TE]\n", "> *[!NOTE]*\n", "> `[!NOTE]`\n", "[!NOTE] Example.\n"])
    func notAMarker(markdown: String) throws {
        let result = try Self.render(markdown)
        #expect(!result.html.contains("aside"), "\(markdown)")
        #expect(result.unknown.isEmpty, "\(markdown)")
    }

    @Test func calloutsInsideListsAndQuotesAndTheirIDs() throws {
        let result = try Self.render("- Item\n\n  > [!CAUTION]\n  > Example.\n\n> Outer.\n>\n> > [!TIP] Nested\n")
        #expect(result.html.contains(#"<aside class="callout callout-caution" role="note" aria-labelledby="callout--1-label">"#))
        #expect(result.html.contains("<blockquote>\n<p>Outer.</p>\n<aside class=\"callout callout-tip\" role=\"note\" aria-labelledby=\"callout--2-label callout--2-title\">"))
    }

    @Test func labelsAreEscaped() {
        let tags = CalloutMarkup.tags(.note, label: "A <b> & \"c\"", id: "x--callout--1", hasTitle: false)
        #expect(tags.enter == "<aside class=\"callout callout-note\" role=\"note\" aria-labelledby=\"x--callout--1-label\">\n<p class=\"callout-label\" id=\"x--callout--1-label\">A &lt;b&gt; &amp; &quot;c&quot;</p>")
    }
}
