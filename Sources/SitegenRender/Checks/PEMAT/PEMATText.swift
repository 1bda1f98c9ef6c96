import CCmark
import Foundation
import SitegenModel

/// A page's text as the PEMAT checks read it, taken from the cmark tree the page is rendered
/// from (after its callouts are made and its glossary words marked), so no page is parsed twice.
package struct PEMATText: Sendable {
    enum Kind: Sendable, Equatable {
        case heading(level: Int)
        case paragraph
        /// A paragraph inside a list item.
        case listItem
        /// The text after a callout's marker, shown as its title.
        case calloutTitle
    }

    /// A glossary word marked in a block: the byte where it starts and its entry in `site.glossary`.
    struct GlossaryMark: Sendable {
        var offset: Int
        var entry: Int
    }

    struct Block: Sendable {
        var kind: Kind
        /// The file line of the block's first byte.
        var line: Int
        /// UTF-8: text and link text; code and raw HTML are one U+FFFC each (never words), image
        /// descriptions are left out, line breaks are spaces.
        var text: [UInt8] = []
        /// The byte offsets where the block's next file lines start.
        var lineBreaks: [Int] = []
        var glossaryMarks: [GlossaryMark] = []

        var isHeading: Bool {
            if case .heading = kind { true } else { false }
        }

        /// The file line holding byte `offset`.
        func line(at offset: Int) -> Int {
            line + lineBreaks.prefix { $0 <= offset }.count
        }

        /// Bytes `range` as text.
        func string(_ range: Range<Int>) -> String { String(decoding: text[range], as: UTF8.self) }
    }

    var blocks: [Block] = []
    /// Whether the page has a `[!SUMMARY]` callout.
    var hasSummary = false
    /// Whether anything draws the eye to key points: a list, bold text or a callout.
    var hasVisualCue = false
}

extension MarkdownDocument {
    /// The page's blocks in one walk over the tree. Call after `makeCallouts` and
    /// `markGlossaryTerms`, before `setHeadingIDs` (which turns headings into custom blocks).
    func pematText() -> PEMATText {
        var result = PEMATText()
        result.hasSummary = callouts.contains { $0.kind == .summary }
        result.hasVisualCue = !callouts.isEmpty
        let titles = Set(callouts.compactMap(\.title))
        let marks = Dictionary(glossaryMarkers.map { ($0.node, $0.entry) }, uniquingKeysWith: { first, _ in first })
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        // The block being read, while `opener` (the node that started it) is open.
        var block = PEMATText.Block(kind: .paragraph, line: 0)
        var opener: OpaquePointer?
        var imageDepth = 0
        func start(_ kind: PEMATText.Kind, at node: OpaquePointer) {
            block = PEMATText.Block(kind: kind, line: line(of: node))
            opener = node
        }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_IMAGE { imageDepth -= 1 }
                if node == opener {
                    result.blocks.append(block)
                    opener = nil
                }
                continue
            }
            let reading = opener != nil
            switch type {
            case CMARK_NODE_HEADING where !reading:
                start(.heading(level: Int(cmark_node_get_heading_level(node))), at: node)
            case CMARK_NODE_PARAGRAPH where !reading:
                let inItem = cmark_node_parent(node).map { cmark_node_get_type($0) == CMARK_NODE_ITEM } ?? false
                start(inItem ? .listItem : .paragraph, at: node)
            case CMARK_NODE_CUSTOM_INLINE:
                if !reading, titles.contains(node) {
                    start(.calloutTitle, at: node)
                } else if reading, let entry = marks[node] {
                    block.glossaryMarks.append(.init(offset: block.text.count, entry: entry))
                }
            case CMARK_NODE_TEXT where reading && imageDepth == 0:
                guard let literal = cmark_node_get_literal(node) else { break }
                let bytes = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
                block.text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: strlen(literal)))
            case CMARK_NODE_CODE where reading && imageDepth == 0, CMARK_NODE_HTML_INLINE where reading && imageDepth == 0:
                block.text.append(contentsOf: [0xEF, 0xBF, 0xBC])
            case CMARK_NODE_SOFTBREAK where reading, CMARK_NODE_LINEBREAK where reading:
                block.text.append(0x20)
                block.lineBreaks.append(block.text.count)
            case CMARK_NODE_IMAGE:
                imageDepth += 1
            case CMARK_NODE_LIST, CMARK_NODE_STRONG:
                result.hasVisualCue = true
            default:
                break
            }
        }
        return result
    }
}
