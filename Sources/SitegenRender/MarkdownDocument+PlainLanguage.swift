import CCmark
import Foundation
import SitegenModel
import SitegenReadability

extension MarkdownDocument {
    /// Gives `scanner` the text a reader sees, with its file lines: headings, paragraphs (in
    /// lists, quotes and callouts too), callout titles and link text. Code, raw HTML, link
    /// addresses and the glossary words `markGlossaryTerms` marked are left out, and no phrase
    /// runs across them or from one block into the next. Call after `markGlossaryTerms` and before
    /// `setHeadingIDs`.
    func scanPlainLanguage(_ scanner: inout PlainLanguageScanner) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        let glossaryWords = glossaryMarkers.isEmpty ? [] : Set(glossaryMarkers.map(\.node))
        var line = 0
        var skipping: OpaquePointer?
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if let skipped = skipping {
                if event == CMARK_EVENT_EXIT, node == skipped { skipping = nil }
                continue
            }
            guard event == CMARK_EVENT_ENTER else {
                if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_CUSTOM_BLOCK { scanner.startBlock() }
                continue
            }
            switch type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                scanner.startBlock()
                line = self.line(of: node)
            case CMARK_NODE_TEXT:
                // cmark gives each text node its line; nodes sitegen made (around a glossary
                // word) have none and continue the line of the text before them.
                let own = Int(cmark_node_get_start_line(node))
                if own > 0 { line = own + firstLine - 1 }
                if let literal = cmark_node_get_literal(node) {
                    scanner.add(utf8: UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)), line: line)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                scanner.add(" ", line: line)
                line += 1
            case CMARK_NODE_CUSTOM_INLINE where glossaryWords.contains(node):
                scanner.breakPhrase()
                skipping = node
            case CMARK_NODE_CUSTOM_BLOCK:
                scanner.startBlock()
            case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                scanner.breakPhrase()
            default:
                break
            }
        }
    }
}
