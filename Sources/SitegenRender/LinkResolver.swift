import Foundation
import SitegenModel

/// Checks every link an editor wrote and turns links between Markdown files into links between
/// pages, relative to the page they appear on.
///
/// Every source path it looks up goes into `reads`: a page's output depends on the link table only
/// through those entries, so a memo can tell which pages an added, removed or changed page reaches.
/// (Only an error's "did you mean" looks at every entry; pages with errors are never memoised.)
package struct LinkResolver: Sendable {
    package struct Target: Sendable, Hashable {
        var url: String
        var anchors: Set<String>
    }

    /// Published pages by source path (`content/imnm/symptoms.md`).
    package var pages: [String: Target]
    /// Copied files by source path.
    package var assets: [String: String]
    /// The images among them, by source path: their sizes and smaller copies, or their problem.
    package var images: [String: ImageReading] = [:]
    /// Markdown files that exist but are drafts.
    package var unpublished: Set<String>
    /// Files left out because they link outside the site folder.
    package var linkedOutside: Set<String> = []
    /// In a language other than the default: the default language's pages, which a link goes to
    /// (with `hreflang`) when this language has no version of the page it names.
    package var fallback: Fallback?

    package struct Fallback: Sendable {
        package var pages: [String: Target]
        /// Its language's code, for `hreflang`.
        package var code: String
        /// The code of the language whose links fall back.
        package var from: String
        /// What follows the text of a link that falls back, in the linking page's language:
        /// "(en inglés)" (`link_in_language`); set by the renderer, which has the theme's texts.
        package var marker = ""

        package init(pages: [String: Target], code: String, from: String) {
            self.pages = pages
            self.code = code
            self.from = from
        }
    }

    /// What to do with `url` on `page`; a problem goes to `report`.
    func change(_ url: String, from page: Page, line: Int, reads: inout Set<String>, report: (Diagnostic) -> Void) -> MarkdownDocument.LinkChange {
        if let scheme = Self.scheme(of: url), Self.isDangerous(scheme: scheme, url: url) {
            report(.warning(page.sourcePath, line: line, "link to a '\(scheme):' address is removed, because it could run code in a reader's browser"))
            return .unlink
        }
        guard let resolved = resolve(url, from: page, line: line, reads: &reads, report: report) else { return .keep }
        return resolved.hreflang.map { .replaceInLanguage(resolved.url, hreflang: $0, marker: fallback?.marker ?? "") } ?? .replace(resolved.url)
    }

    /// The URL to publish instead of `url` (with the language of the page it goes to, when that
    /// is not the page's own), or nil to keep it; a problem goes to `report`.
    func resolve(_ url: String, from page: Page, line: Int, reads: inout Set<String>, report: (Diagnostic) -> Void) -> (url: String, hreflang: String?)? {
        // Messages name the file; the table knows a translation by its original's path.
        let path = page.linkKey
        let file = page.sourcePath
        if url.isEmpty || url.hasPrefix("//") || url.hasPrefix("mailto:") || url.hasPrefix("tel:") { return nil }
        if Self.scheme(of: url) != nil { return nil }  // external; dangerous ones are handled by `change`
        if url.hasPrefix("/") {
            report(.error(file, line: line, "link '\(url)' starts with '/', which breaks when the site is published in a sub-folder; link to the Markdown file instead, like 'symptoms.md'"))
            return nil
        }
        var rest = Substring(url)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[mark...])
            rest = rest[..<mark]
        }
        let anchor = fragment.map(Self.percentDecoded)
        reads.insert(path)
        if rest.isEmpty {  // `#heading` on the same page
            guard let anchor, let own = pages[path] else { return nil }
            if !own.anchors.contains(anchor) {
                report(.error(file, line: line, "link '\(url)' points to a heading that is not on this page; \(Self.listing(own.anchors))"))
            }
            return nil
        }
        let decoded = Self.percentDecoded(String(rest))
        guard let resolved = Self.join(directory(of: path), decoded), resolved.hasPrefix("content/") else {
            report(.error(file, line: line, "link '\(url)' points outside the content folder; link only to pages and files inside content/"))
            return nil
        }
        reads.insert(resolved)
        reads.insert(resolved + "/_index.md")
        let markdownPath = resolved.lowercased().hasSuffix(".md") ? resolved : (pages[resolved + "/_index.md"] != nil ? resolved + "/_index.md" : nil)
        if let markdownPath {
            // A translation's link to a page not translated yet goes to the default language's.
            var language: String?
            if pages[markdownPath] == nil, let fallback, fallback.pages[markdownPath] != nil {
                report(.warning(file, line: line, "link '\(url)' points to \(markdownPath), which has no '\(fallback.from)' version yet, so the link goes to the '\(fallback.code)' page; add its translation to link to that instead"))
                language = fallback.code
            }
            guard let target = pages[markdownPath] ?? fallback?.pages[markdownPath] else {
                if linkedOutside.contains(markdownPath) {
                    report(.error(file, line: line, Self.linkedOut(url, markdownPath)))
                } else if unpublished.contains(markdownPath) {
                    report(.error(file, line: line, "link '\(url)' points to \(markdownPath), which is a draft and not published; publish it (draft: false) or remove the link"))
                } else {
                    report(.error(file, line: line, "link '\(url)' points to \(markdownPath), which does not exist\(suggestion(for: markdownPath, among: Array(pages.keys)))"))
                }
                return nil
            }
            if let anchor, !target.anchors.contains(anchor) {
                report(.error(file, line: line, "link '\(url)' points to a heading '#\(anchor)' that is not in \(markdownPath); \(Self.listing(target.anchors))"))
            }
            let own = pages[path]?.url ?? page.url
            return (RelativeURL.from(own, to: target.url) + query + (fragment.map { "#" + $0 } ?? ""), language)
        }
        guard let output = assets[resolved] else {
            if linkedOutside.contains(resolved) {
                report(.error(file, line: line, Self.linkedOut(url, resolved)))
                return nil
            }
            report(.error(file, line: line, "link '\(url)' points to \(resolved), which does not exist\(suggestion(for: resolved, among: Array(assets.keys)))"))
            return nil
        }
        let encoded = output.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }.joined(separator: "/")
        return (RelativeURL.from(page.url, to: encoded) + query + (fragment.map { "#" + $0 } ?? ""), nil)
    }

    /// The image an image's `url` on `page` shows, with its source path, if it is one beside the
    /// pages; nil for anything else (problems with the link are `resolve`'s to report).
    func image(_ url: String, from page: Page) -> (path: String, reading: ImageReading)? {
        guard !url.isEmpty, !url.hasPrefix("/"), Self.scheme(of: url) == nil else { return nil }
        let path = url.prefix { $0 != "#" && $0 != "?" }
        guard let resolved = Self.join(directory(of: page.linkKey), Self.percentDecoded(String(path))), let reading = images[resolved] else { return nil }
        return (resolved, reading)
    }

    private static func linkedOut(_ url: String, _ path: String) -> String {
        "link '\(url)' points to \(path), a link to a file outside the site folder, which is not published; copy the file into the site folder instead of linking to it"
    }

    private func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Foundation's decoding is slow and nearly every link has nothing to decode.
    private static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    private func suggestion(for path: String, among candidates: [String]) -> String {
        let folder = directory(of: path) + "/"
        let siblings = candidates.filter { $0.hasPrefix(folder) }
        guard let guess = Suggestion.closest(to: path, in: siblings) else { return "; check the file name" }
        return "; did you mean '\(guess.dropFirst(folder.count))'?"
    }

    private static func listing(_ anchors: Set<String>) -> String {
        anchors.isEmpty ? "it has no headings" : "its headings are " + anchors.sorted().map { "#" + $0 }.joined(separator: ", ")
    }

    /// `content/imnm` + `../other/_index.md` → `content/other/_index.md`; nil if it climbs out of the site.
    package static func join(_ base: String, _ relative: String) -> String? {
        // On UTF-8 slices: splitting a String on "/" compares Characters, and this runs for every
        // link of every page, twice (the page and its handout).
        let slash = UInt8(ascii: "/")
        var parts = base.utf8.split(separator: slash)
        for part in relative.utf8.split(separator: slash) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        var joined = ""
        for (index, part) in parts.enumerated() {
            if index > 0 { joined += "/" }
            joined += Substring(part)
        }
        return joined
    }

    /// The scheme of an absolute URL (`https`, `javascript`), or nil for a relative one.
    package static func scheme(of url: String) -> String? {
        // RFC 3986: a letter, then letters, digits, "+", "-" or "."; checked on bytes.
        let bytes = url.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let candidate = bytes[..<colon]
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let first = candidate.first, isLetter(first),
              candidate.allSatisfy({ isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
        else { return nil }
        return String(url[..<colon]).lowercased()
    }

    /// The same rule cmark's safe mode applies, kept when raw HTML is allowed too.
    static func isDangerous(scheme: String, url: String) -> Bool {
        switch scheme {
        case "javascript", "vbscript", "file": return true
        case "data":
            let lower = url.lowercased()
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
        default: return false
        }
    }
}

extension LinkResolver.Target {
    package init(_ page: Page, headings: HeadingOutline) {
        self.init(url: page.url, anchors: Set(headings.ids))
    }
}

extension LinkResolver {
    /// The images among `assets`, by source path.
    package static func images(of assets: [Asset]) -> [String: ImageReading] {
        var images: [String: ImageReading] = [:]
        for asset in assets { if let image = asset.image { images[asset.sourcePath] = image } }
        return images
    }
}
