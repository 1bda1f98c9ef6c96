import Foundation

/// A small random site for `MovePropertyTests`: 2 to 4 sections of 1 to 4 pages, linking each
/// other inline (with and without anchors and angle brackets) and by reference (labels written
/// in other capitals, a second definition of a label that cmark ignores), with look-alike links
/// in code blocks, old addresses in `aliases:`, and a few pages with a `slug:`.
struct MovePropertySite: Sendable {
    static let sectionNames = ["lupus", "imnm", "gout", "asthma", "eczema", "anemia"]
    static let pageNames = ["symptoms", "cure", "diet", "tests", "outlook", "flares", "rest"]

    struct Link: Sendable {
        /// Index into `paths`.
        var target: Int
        var style: Int
    }

    struct Page: Sendable {
        var path: String
        var links: [Link] = []
        var alias: String?
        var slug: String?
        /// Index into `paths` of the page a code block pretends to link to.
        var codeBlock: Int?
    }

    var pages: [Page]

    static func random(using rng: inout some RandomNumberGenerator) -> MovePropertySite {
        var paths = ["content/_index.md"]
        for section in sectionNames.shuffled(using: &rng).prefix(Int.random(in: 2...4, using: &rng)) {
            paths.append("content/\(section)/_index.md")
            for name in pageNames.shuffled(using: &rng).prefix(Int.random(in: 1...4, using: &rng)) {
                paths.append("content/\(section)/\(name).md")
            }
        }
        var pages = paths.map { Page(path: $0) }
        for index in pages.indices {
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let target = Int.random(in: 0..<paths.count, using: &rng)
                if target != index { pages[index].links.append(Link(target: target, style: Int.random(in: 0..<6, using: &rng))) }
            }
            let isPage = !paths[index].hasSuffix("_index.md")
            if isPage, Int.random(in: 0..<4, using: &rng) == 0 { pages[index].alias = "old/" + paths[index].dropFirst("content/".count).dropLast(3).replacingOccurrences(of: "/", with: "-") + "/" }
            if isPage, Int.random(in: 0..<6, using: &rng) == 0 { pages[index].slug = "p-" + paths[index].split(separator: "/")[2].dropLast(3) }
            if Int.random(in: 0..<3, using: &rng) == 0 { pages[index].codeBlock = Int.random(in: 0..<paths.count, using: &rng) }
        }
        return MovePropertySite(pages: pages)
    }

    /// The files of the site, with TestSite's `site.yml` and templates.
    func files() -> [String: String?] {
        var files: [String: String?] = [:]
        for page in pages { files[page.path] = text(of: page) }
        return files
    }

    private func text(of page: Page) -> String {
        let title = page.path.split(separator: "/").dropFirst().joined(separator: " ").replacingOccurrences(of: ".md", with: "")
        var text = "---\ntitle: \(title)\n"
        if let alias = page.alias { text += "aliases:\n  - \(alias)\n" }
        if let slug = page.slug { text += "slug: \(slug)\n" }
        text += "---\nAbout this.\n\n## Overview\n\nSome words.\n\n"
        var definitions: [String] = []
        for (number, link) in page.links.enumerated() {
            let target = relative(from: page.path, to: pages[link.target].path)
            let anchor = number % 2 == 0 ? "#details" : ""
            switch link.style {
            case 0: text += "See [page \(number)](\(target)).\n\n"
            case 1: text += "See [page \(number)](\(target)#overview \"Its overview\").\n\n"
            case 2: text += "See [page \(number)](<\(target)\(anchor)>).\n\n"
            case 3:
                text += "See [page \(number)][Ref  \(number)].\n\n"
                definitions.append("[ref \(number)]: \(target)\(anchor)")
                definitions.append("[REF \(number)]: ../nowhere.md")  // a second definition: cmark takes the first
            case 4:
                text += "See [Ref \(number)][].\n\n"
                definitions.append("[ref \(number)]:\n  <\(target)#overview>")
            default: text += "See [this page](\(target) 'Its title') and [that one](\(target)#details).\n\n"
            }
        }
        if let fake = page.codeBlock {
            let target = relative(from: page.path, to: pages[fake].path)
            text += "~~~\n[not a link](\(target))\n[ref 0]: \(target)\n~~~\n\n"
        }
        text += "## Details\n\nMore words.\n"
        if !definitions.isEmpty { text += "\n" + definitions.joined(separator: "\n") + "\n" }
        return text
    }

    private func relative(from path: String, to target: String) -> String {
        let from = path.split(separator: "/").dropLast(), to = target.split(separator: "/")
        if from == to.dropLast() { return String(to.last ?? "") }
        return String(repeating: "../", count: from.count - 1) + to.dropFirst().joined(separator: "/")
    }
}
