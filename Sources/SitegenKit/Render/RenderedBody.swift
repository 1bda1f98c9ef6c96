/// A page's Markdown turned into HTML, with what the templates need to know about it.
struct RenderedBody {
    var html: String
    var outline: HeadingOutline
    /// The first paragraph as plain text, for pages without a description.
    var summary: String?
    /// The text a reader sees, one entry per heading, paragraph or list item (see `MarkdownDocument.textBlocks`).
    var blocks: [String]
}

/// Renders Markdown bodies with cmark in two passes over the site: first every page's heading ids
/// are found (links may point at headings of any page), then links are checked and rewritten.
struct BodyRenderer {
    let allowRawHTML: Bool

    func render(_ pages: [Page], assets: [Asset], unpublished: Set<String>) -> ([String: RenderedBody], [Diagnostic]) {
        var documents: [(Page, MarkdownDocument, HeadingOutline)] = []
        var diagnostics: [Diagnostic] = []
        for page in pages {
            guard let document = MarkdownDocument(markdown: page.body, firstLine: page.bodyFirstLine) else {
                diagnostics.append(.error(page.sourcePath, line: page.bodyFirstLine, "the Markdown could not be read"))
                continue
            }
            documents.append((page, document, HeadingOutline(document.headings)))
        }
        let resolver = LinkResolver(
            pages: Dictionary(uniqueKeysWithValues: documents.map { ($0.0.sourcePath, LinkResolver.Target(url: $0.0.url, anchors: Set($0.2.ids))) }),
            assets: Dictionary(uniqueKeysWithValues: assets.map { ($0.sourcePath, $0.outputPath) }),
            unpublished: unpublished
        )
        var bodies: [String: RenderedBody] = [:]
        for (page, document, outline) in documents {
            document.rewriteLinks { url, line in
                resolver.change(url, from: page, line: line) { diagnostics.append($0) }
            }
            let blocks = document.textBlocks
            document.setHeadingIDs(outline.ids)
            bodies[page.sourcePath] = RenderedBody(
                html: document.html(allowRawHTML: allowRawHTML), outline: outline,
                summary: document.firstParagraphText, blocks: blocks
            )
        }
        return (bodies, diagnostics)
    }
}
