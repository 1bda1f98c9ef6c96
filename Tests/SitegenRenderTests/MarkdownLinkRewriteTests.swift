import Testing
@testable import SitegenModel
@testable import SitegenRender

/// `MarkdownDocument.rewriteLinks` on cmark's tree.
@Suite struct MarkdownLinkRewriteTests {
    /// Found by the page fuzzer (Fuzz/regressions/page/unsafe-image-holding-links.md): an image
    /// whose description holds links was freed when it was dropped, and its links, still to be
    /// visited, were read after they were freed. Every link is visited, and the image is gone.
    @Test func droppingAnImageKeepsItsLinksUntilTheyAreVisited() throws {
        let document = try #require(MarkdownDocument(markdown: "![see [a](a.md) and [b](b.md)](data:text/html,x) end\n", firstLine: 1))
        var seen: [String] = []
        document.rewriteLinks { url, _ in
            seen.append(url)
            return url.hasPrefix("data:") ? .unlink : .replace("../" + url)
        }
        #expect(seen == ["data:text/html,x", "a.md", "b.md"])
        let html = document.html(allowRawHTML: false)
        #expect(!html.contains("data:") && !html.contains("<img"))
        #expect(html.contains("end"))
    }
}
