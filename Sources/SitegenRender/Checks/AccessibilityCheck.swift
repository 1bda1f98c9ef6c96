import Foundation
import SitegenModel

/// What an editor can get wrong for screen-reader and keyboard users, found in the Markdown.
enum AccessibilityCheck {
    /// Link texts that say nothing about where the link goes when read out of context.
    static let vagueLinkTexts: Set<String> = [
        "click here", "here", "click", "read more", "more", "this link", "link", "this page", "this", "go", "more info",
    ]

    /// The longest vague text, with room for punctuation around it: longer texts are not
    /// lowercased and trimmed (every link of every page comes through here).
    private static let vagueLimit = (vagueLinkTexts.map(\.utf8.count).max() ?? 0) + 8

    static func isVague(_ text: String) -> Bool {
        text.utf8.count <= vagueLimit && vagueLinkTexts.contains(text.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }

    /// The address to show in a suggested fix: the editor's own, unless it is one that is removed
    /// because it could run code (a fix must never suggest a `javascript:` link).
    private static func suggested(_ url: String, otherwise example: String) -> String {
        guard let scheme = LinkResolver.scheme(of: url), LinkResolver.isDangerous(scheme: scheme, url: url) else { return url }
        return example
    }

    static func check(_ page: Page, headings: [MarkdownDocument.Heading], links: [MarkdownDocument.Link]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let path = page.sourcePath
        for link in links {
            let text = link.text.trimmedWhitespace
            if link.isImage {
                if text.isEmpty {
                    diagnostics.append(.error(path, line: link.line, "image '\(link.url)' has no alt text; describe what it shows between the brackets, like ![What the picture shows, in a few words](\(suggested(link.url, otherwise: "picture.png")))", category: .accessibility))
                } else if let problem = ImageAltText.problem(text, url: link.url) {
                    diagnostics.append(.error(path, line: link.line, "image '\(link.url)' has \(problem); describe what it shows between the brackets, like ![What the picture shows, in a few words](\(suggested(link.url, otherwise: "picture.png")))", category: .accessibility))
                }
            } else if isVague(text) {
                diagnostics.append(.warning(path, line: link.line, "link text '\(text)' does not say where the link goes; use words that make sense on their own, like the title of the page it goes to", category: .accessibility))
            } else if text == link.url || LinkResolver.scheme(of: text) != nil || text.hasPrefix("www.") {
                diagnostics.append(.warning(path, line: link.line, "link text is a bare web address, which screen readers read out letter by letter; describe where it goes, like [name of the page](\(suggested(link.url, otherwise: "treatments.md")))", category: .accessibility))
            }
        }
        // The page title is the only level-1 heading; each heading may go at most one level deeper.
        var previous = 1
        for heading in headings {
            if heading.level == 1 {
                diagnostics.append(.warning(path, line: heading.line, "'# \(heading.text)' is a second level-1 heading; the page title is the only one, so use '## \(heading.text)'", category: .accessibility))
            } else if heading.level > previous + 1 {
                let expected = String(repeating: "#", count: previous + 1)
                diagnostics.append(.warning(path, line: heading.line, "heading '\(heading.text)' skips from level \(previous) to level \(heading.level); use '\(expected) \(heading.text)' so screen-reader users can follow the outline", category: .accessibility))
            }
            previous = heading.level
        }
        return diagnostics
    }
}
