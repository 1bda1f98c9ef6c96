import CCmark
import Foundation

/// The links of a Markdown body as cmark sees them: its tree decides what is a link (never a
/// pattern over the text), in document order, with the line each starts on for messages.
enum LinkSpans {
    struct Link {
        /// The destination as cmark read it.
        var url: String
        /// 1-based line inside the body (cmark's source position).
        var startLine: Int
    }

    /// Links and images, in document order. The tree stays inside this function (cmark trees are
    /// not Sendable).
    static func of(_ markdown: String) -> [Link] {
        guard let root = markdown.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }) else { return [] }
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var links: [Link] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            links.append(Link(url: String(cString: url), startLine: Int(cmark_node_get_start_line(node))))
        }
        return links
    }
}
