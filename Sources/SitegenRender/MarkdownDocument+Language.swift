import CCmark
import SitegenModel

/// cmark writes a link's `href` and `title` only. A link to another language's page also needs
/// `hreflang`, so while the document is written each such link is swapped for a custom inline
/// node holding the same children between tags sitegen writes, and swapped back afterwards (a
/// handout rewrites the same links after the page is written).
extension MarkdownDocument {
    func swapInLanguageLinks() -> [(link: OpaquePointer, wrapper: OpaquePointer)] {
        var swapped: [(link: OpaquePointer, wrapper: OpaquePointer)] = []
        for (link, hreflang, marker) in otherLanguageLinks {
            guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            let url = cmark_node_get_url(link).map { String(cString: $0) } ?? ""
            let title = cmark_node_get_title(link).map { String(cString: $0) } ?? ""
            var tag = "<a href=\"\(HTML.escape(Self.encodedHref(url)))\" hreflang=\"\(HTML.escape(hreflang))\""
            if !title.isEmpty { tag += " title=\"\(HTML.escape(title))\"" }
            cmark_node_set_on_enter(wrapper, tag + ">")
            // An image link gets no marker: its text is the image's alt text, not shown.
            let isImage = cmark_node_get_type(link) == CMARK_NODE_IMAGE
            cmark_node_set_on_exit(wrapper, marker.isEmpty || isImage ? "</a>" : " <span class=\"link-language\">\(HTML.escape(marker))</span></a>")
            while let child = cmark_node_first_child(link) {
                cmark_node_unlink(child)
                cmark_node_append_child(wrapper, child)
            }
            cmark_node_insert_before(link, wrapper)
            cmark_node_unlink(link)
            swapped.append((link, wrapper))
        }
        return swapped
    }

    /// As cmark writes an `href`: the path part made a valid URL, `?` and `#` kept.
    private static func encodedHref(_ url: String) -> String {
        guard let end = url.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return URLPath.encoded(url) }
        return URLPath.encoded(String(url[..<end])) + url[end...]
    }

    func swapOutLanguageLinks(_ swapped: [(link: OpaquePointer, wrapper: OpaquePointer)]) {
        for (link, wrapper) in swapped {
            while let child = cmark_node_first_child(wrapper) {
                cmark_node_unlink(child)
                cmark_node_append_child(link, child)
            }
            cmark_node_insert_before(wrapper, link)
            cmark_node_unlink(wrapper)
            cmark_node_free(wrapper)
        }
    }
}
