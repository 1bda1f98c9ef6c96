import CCmark
import Foundation
import SitegenGlossary
import SitegenModel

/// One parsed Markdown body: a cmark tree that sitegen inspects and adjusts before rendering.
///
/// Not Sendable on purpose: a cmark tree must stay on the thread that made it. Create, adjust and
/// render it inside one function and pass on only the Swift values it returns.
package final class MarkdownDocument {
    let root: OpaquePointer
    /// File line of the body's first line, so node lines become file lines.
    let firstLine: Int
    /// Links to a page in another language, with that language's code: cmark's links have no
    /// `hreflang`, so they are written by `html` (`MarkdownDocument+Language.swift`).
    var otherLanguageLinks: [(node: OpaquePointer, hreflang: String, marker: String)] = []
    /// The block quotes made callouts by `makeCallouts` (`MarkdownDocument+Callouts.swift`).
    var callouts: [Callout] = []
    /// Every image, in document order, with the size of its file when known: cmark's images have
    /// no `width`, `srcset` or `loading`, so they are written by `html` (`MarkdownDocument+Images.swift`).
    var images: [(node: OpaquePointer, facts: ImageFacts?)] = []

    struct Heading {
        var level: Int
        var text: String
        var line: Int
    }

    package struct Link {
        package var url: String
        package var line: Int
        package var isImage: Bool
        /// The text of the link, or the alt text of an image.
        package var text: String
    }

    /// Pages from this size up give their tree's memory back to the system when it is freed;
    /// smaller ones (every real page) leave it to the allocator to reuse.
    static let releasedSize = 256 * 1024
    private let isLarge: Bool

    package init?(markdown: String, firstLine: Int) {
        let parsed = markdown.withCString { cmark_parse_document($0, strlen($0), CMARK_OPT_SMART) }
        guard let parsed else { return nil }
        root = parsed
        self.firstLine = firstLine
        isLarge = markdown.utf8.count >= Self.releasedSize
        // Only a character reference (`&#5;`) can put a control character into the tree: the
        // file's own bytes were checked when it was read.
        if Self.hasNumericReference(markdown) { controlCharacterLines = replaceForbiddenControls() }
    }

    /// Whether `text` has "&#" anywhere, found with `memchr` on its bytes: every page is parsed
    /// twice in a build, and Foundation's `contains` cost 2% of a 10,000-page build.
    static func hasNumericReference(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x26, buffer.count - offset) {
                let index = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                if index + 1 < buffer.count, buffer[index + 1] == 0x23 { return true }
                offset = index + 1
            }
            return false
        } ?? text.contains("&#")
    }

    static let controlCharacterWarning = "a character reference (like '&#5;') stands for a control character, which no web page may contain; it is shown as '\u{FFFD}': remove the reference"

    /// File lines where a character reference stood for a control character HTML forbids
    /// (`&#5;`), each now shown as U+FFFD: cmark would write it into the page as it is.
    private(set) var controlCharacterLines: [Int] = []

    deinit {
        cmark_node_free(root)
        if isLarge { cmark_shim_release_free_memory() }
    }

    private var headingNodes: [OpaquePointer] { nodes(ofType: [CMARK_NODE_HEADING]) }

    /// Links and images in document order.
    private var linkNodes: [OpaquePointer] { nodes(ofType: [CMARK_NODE_LINK, CMARK_NODE_IMAGE]) }

    var headings: [Heading] {
        headingNodes.map { Heading(level: Int(cmark_node_get_heading_level($0)), text: plainText($0), line: line(of: $0)) }
    }

    package var links: [Link] {
        linkNodes.map { node in
            Link(url: cmark_node_get_url(node).map { String(cString: $0) } ?? "", line: line(of: node),
                 isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE, text: plainText(node))
        }
    }

    /// A paragraph's text line by line, as cmark read it (smart punctuation applied, so `---` is
    /// an em dash), for checks that look for text an editor should not publish.
    struct Paragraph {
        /// The file line of `lines[0]`; each line break inside the paragraph is one more line.
        var line: Int
        /// Text and link text; code, raw HTML and other non-text inlines are one U+FFFC each, so
        /// they never look like text.
        var lines: [String]
    }

    /// Every paragraph, in lists and quotes too; code blocks and raw HTML blocks have none.
    var paragraphs: [Paragraph] {
        nodes(ofType: [CMARK_NODE_PARAGRAPH]).map { node in
            var lines = [""]
            guard let iterator = cmark_iter_new(node) else { return Paragraph(line: line(of: node), lines: lines) }
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator), child != node else { continue }
                switch cmark_node_get_type(child) {
                case CMARK_NODE_TEXT: lines[lines.count - 1] += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: lines.append("")
                case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: lines[lines.count - 1] += "\u{FFFC}"
                default: break
                }
            }
            return Paragraph(line: line(of: node), lines: lines)
        }
    }

    /// The plain text of the first paragraph, used when a page has no description.
    var firstParagraphText: String? {
        nodes(ofType: [CMARK_NODE_PARAGRAPH]).first.map(plainText)
    }

    /// The reader-visible text as blocks: each heading, paragraph and list-item paragraph on its
    /// own (code and raw HTML left out). Readability and search work from these.
    /// A callout's title counts as a block of its own; its label is the theme's, not the page's.
    var textBlocks: [String] { textAndReadingBlocks.text }

    /// The wrappers around glossary words and their entries, once `markGlossaryTerms` has run.
    private(set) var glossaryMarkers: [(node: OpaquePointer, entry: Int)] = []

    /// Wraps the first mention of each glossary word in a node whose HTML `setGlossaryMarkup`
    /// decides, leaving headings, links, images and code alone. Call before `setHeadingIDs`,
    /// which hides headings from this walk.
    func markGlossaryTerms(_ matcher: GlossaryMatcher) {
        guard !matcher.isEmpty else { return }
        var used: Set<Int> = []
        for node in nodes(ofType: [CMARK_NODE_TEXT]) where !isInside(node, [CMARK_NODE_HEADING, CMARK_NODE_LINK, CMARK_NODE_IMAGE]) {
            var current = node
            while let literal = cmark_node_get_literal(current).map({ String(cString: $0) }),
                  let match = matcher.firstMatch(in: literal, skipping: used),
                  let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_INLINE),
                  let word = cmark_node_new(CMARK_NODE_TEXT),
                  let rest = cmark_node_new(CMARK_NODE_TEXT) {
                used.insert(match.entry)
                cmark_node_set_literal(word, String(literal[match.range]))
                cmark_node_append_child(wrapper, word)
                cmark_node_set_literal(rest, String(literal[match.range.upperBound...]))
                cmark_node_set_literal(current, String(literal[..<match.range.lowerBound]))
                cmark_node_insert_after(current, wrapper)
                cmark_node_insert_after(wrapper, rest)
                glossaryMarkers.append((wrapper, match.entry))
                current = rest
            }
        }
    }

    /// The glossary entries `markGlossaryTerms` marked, in the order they first appear.
    var markedGlossaryEntries: [Int] { glossaryMarkers.map(\.entry) }

    /// Sets the HTML before and after each glossary word marked by `markGlossaryTerms`.
    func setGlossaryMarkup(_ markup: (Int) -> (enter: String, exit: String)) {
        for (node, entry) in glossaryMarkers {
            let (enter, exit) = markup(entry)
            cmark_node_set_on_enter(node, enter)
            cmark_node_set_on_exit(node, exit)
        }
    }

    private func isInside(_ node: OpaquePointer, _ types: [cmark_node_type]) -> Bool {
        var parent = cmark_node_parent(node)
        while let p = parent {
            if types.contains(cmark_node_get_type(p)) { return true }
            parent = cmark_node_parent(p)
        }
        return false
    }

    enum LinkChange {
        case keep
        case replace(String)
        /// A link to a page in another language (`hreflang`), with `marker` (`(in English)`) at
        /// the end of its text, so it is read as part of the link.
        case replaceInLanguage(String, hreflang: String, marker: String)
        /// Drop the link but keep its text (an image is dropped whole).
        case unlink
    }

    /// Applies `change(url, line)` to every link and image.
    func rewriteLinks(_ change: (String, Int) -> LinkChange) {
        // Removed nodes are freed only at the end: an image's description can hold links, which
        // are still to be visited after the image is dropped (freeing it at once freed them too).
        var removed: [OpaquePointer] = []
        defer { removed.forEach(cmark_node_free) }
        for node in linkNodes {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            switch change(url, line(of: node)) {
            case .keep: break
            case .replace(let replacement): cmark_node_set_url(node, replacement)
            case .replaceInLanguage(let replacement, let hreflang, let marker):
                cmark_node_set_url(node, replacement)
                if !otherLanguageLinks.contains(where: { $0.node == node }) { otherLanguageLinks.append((node, hreflang, marker)) }
            case .unlink:
                if cmark_node_get_type(node) == CMARK_NODE_LINK {
                    while let child = cmark_node_first_child(node) {
                        cmark_node_unlink(child)
                        cmark_node_insert_before(node, child)
                    }
                }
                cmark_node_unlink(node)
                removed.append(node)
                otherLanguageLinks.removeAll { $0.node == node }
            }
        }
    }

    /// The nodes that carry heading ids, once `setHeadingIDs` has run.
    private var headingMarkers: [(node: OpaquePointer, level: Int32)] = []

    /// Gives headings `id`s, in document order, so they can be linked to and listed. Calling it
    /// again renames them (the printable handout prefixes them to keep them unique).
    ///
    /// cmark's renderer has no attributes for headings, so each heading is swapped for a custom
    /// block holding the same inline children between an opening tag with the id and its closing tag.
    func setHeadingIDs(_ ids: [String], levelShift: Int32 = 0) {
        if headingMarkers.isEmpty {
            for node in headingNodes {
                // The tags go on an inline node inside the block: a custom block's own tags would
                // be put on lines of their own, splitting `<h2>` from its text.
                guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK),
                      let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
                let level = cmark_node_get_heading_level(node)
                while let child = cmark_node_first_child(node) {
                    cmark_node_unlink(child)
                    cmark_node_append_child(inline, child)
                }
                cmark_node_append_child(block, inline)
                cmark_node_insert_before(node, block)
                cmark_node_unlink(node)
                cmark_node_free(node)
                headingMarkers.append((inline, level))
            }
        }
        for ((node, level), id) in zip(headingMarkers, ids) {
            let shifted = min(6, level + levelShift)
            cmark_node_set_on_enter(node, "<h\(shifted) id=\"\(id)\">")
            cmark_node_set_on_exit(node, "</h\(shifted)>")
        }
    }

    /// With `eagerImages` (a printout, where a picture not loaded yet would be missing from the
    /// paper), no image is left to load later.
    func html(allowRawHTML: Bool, eagerImages: Bool = false) -> String {
        let options = CMARK_OPT_SMART | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        let swappedImages = swapInImages(options: options, eager: eagerImages)
        defer { swapOutImages(swappedImages) }
        let swapped = swapInLanguageLinks()
        defer { swapOutLanguageLinks(swapped) }
        guard let rendered = cmark_render_html(root, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    // MARK: - Tree walking

    private func replaceForbiddenControls() -> [Int] {
        func cleaned(_ pointer: UnsafePointer<CChar>?) -> String? {
            guard let pointer else { return nil }
            let text = String(cString: pointer)
            guard text.unicodeScalars.contains(where: \.isControlForbiddenInHTML) else { return nil }
            return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isControlForbiddenInHTML ? "\u{FFFD}" : $0 }))
        }
        var lines: [Int] = []
        for node in nodes(ofType: [CMARK_NODE_TEXT, CMARK_NODE_LINK, CMARK_NODE_IMAGE]) {
            var changed = false
            if cmark_node_get_type(node) == CMARK_NODE_TEXT {
                if let text = cleaned(cmark_node_get_literal(node)) { cmark_node_set_literal(node, text); changed = true }
            } else {
                if let url = cleaned(cmark_node_get_url(node)) { cmark_node_set_url(node, url); changed = true }
                if let title = cleaned(cmark_node_get_title(node)) { cmark_node_set_title(node, title); changed = true }
            }
            if changed, !lines.contains(line(of: node)) { lines.append(line(of: node)) }
        }
        return lines
    }

    func nodes(ofType types: [cmark_node_type]) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if types.contains(cmark_node_get_type(node)) { found.append(node) }
        }
        return found
    }

    /// The text a reader sees inside `node`: text, code, and line breaks as spaces.
    func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }

    /// cmark gives inline nodes line 0 in some cases; fall back to the enclosing block's line.
    func line(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let n = current {
            let line = Int(cmark_node_get_start_line(n))
            if line > 0 { return line + firstLine - 1 }
            current = cmark_node_parent(n)
        }
        return firstLine
    }
}
