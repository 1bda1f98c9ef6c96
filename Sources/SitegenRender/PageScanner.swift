import SitegenModel

/// The first pass over every page: its heading ids (which links on any page may point at) and
/// the accessibility problems visible in its Markdown. The cmark tree is freed afterwards, so a
/// large site never holds every tree at once; the second pass parses again.
package struct PageScan: Sendable {
    package var outline: HeadingOutline
    var diagnostics: [Diagnostic]
}

package enum PageScanner {
    package static func scan(_ page: Page) -> PageScan {
        guard let document = MarkdownDocument(markdown: page.body, firstLine: page.bodyFirstLine) else {
            return PageScan(outline: HeadingOutline([]), diagnostics: [.error(page.sourcePath, line: page.bodyFirstLine, "the Markdown could not be read")])
        }
        let headings = document.headings
        let controls = document.controlCharacterLines.map {
            Diagnostic.warning(page.sourcePath, line: $0, MarkdownDocument.controlCharacterWarning)
        }
        return PageScan(outline: HeadingOutline(headings), diagnostics: controls + AccessibilityCheck.check(page, headings: headings, links: document.links))
    }
}
