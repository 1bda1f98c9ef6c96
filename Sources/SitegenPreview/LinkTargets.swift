import Foundation
import SitegenModel
import SitegenRender

/// The Markdown files a page's links may lead to, so a preview knows which pages to render again
/// when a page's headings change (a link's `#anchor` is checked against them).
///
/// Deliberately generous: it lists every page a link could resolve to (`x.md`, or a folder's
/// `_index.md`, with and without percent-decoding), since rendering a page too many is only
/// slower, while missing one would serve a stale page. A link to the page itself (`#heading`)
/// needs nothing here: the page's own text is part of its unit's key.
enum LinkTargets {
    static func of(_ page: Page) -> [String] {
        guard let document = MarkdownDocument(markdown: page.body, firstLine: page.bodyFirstLine) else { return [] }
        let folder = page.sourcePath.split(separator: "/").dropLast().joined(separator: "/")
        var targets: Set<String> = []
        for link in document.links where !link.isImage {
            let url = link.url
            if url.isEmpty || url.hasPrefix("/") || url.hasPrefix("#") || LinkResolver.scheme(of: url) != nil { continue }
            var path = Substring(url)
            if let end = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<end] }
            for candidate in Set([String(path), String(path).removingPercentEncoding ?? String(path)]) {
                guard let joined = LinkResolver.join(folder, candidate) else { continue }
                targets.insert(joined)
                targets.insert(joined + "/_index.md")
            }
        }
        return targets.sorted()
    }
}
