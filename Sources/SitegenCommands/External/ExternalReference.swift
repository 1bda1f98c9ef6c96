import Foundation
import SitegenModel
import SitegenRender

/// One place where a page names an external web address: a source in the front matter, or a
/// link or image in the body.
struct ExternalReference: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case source(title: String)
        case link(text: String)
        case image(alt: String)
    }

    var url: String
    var path: String
    var line: Int?
    var kind: Kind

    /// How a warning names the reference: `source 'Myositis UK' (https://…)`.
    var described: String {
        switch kind {
        case .source(let title): "source '\(title)' (\(url))"
        case .link(let text): "link '\(text)' (\(url))"
        case .image(let alt): "image '\(alt)' (\(url))"
        }
    }

    /// Every external `http(s)` address of every page, in page order, then file order.
    static func all(in site: Site) -> [ExternalReference] {
        site.allPages.flatMap(references(in:))
    }

    static func references(in page: Page) -> [ExternalReference] {
        var found = page.frontMatter.sources.filter { isExternal($0.url) }.map {
            ExternalReference(url: $0.url, path: page.sourcePath, line: $0.urlLine, kind: .source(title: $0.title))
        }
        // The tree stays inside this synchronous function (a cmark tree is not Sendable).
        if let document = MarkdownDocument(markdown: page.body, firstLine: page.bodyFirstLine) {
            for link in document.links where isExternal(link.url) {
                let kind: Kind = link.isImage ? .image(alt: link.text) : .link(text: link.text)
                found.append(ExternalReference(url: link.url, path: page.sourcePath, line: link.line, kind: kind))
            }
        }
        return found
    }

    /// `http` and `https` addresses with a host; `mailto:`, relative links and the like are not requested.
    static func isExternal(_ url: String) -> Bool {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && parsed.host?.isEmpty == false
    }
}
