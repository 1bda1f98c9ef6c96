import CCmark
import Foundation
import SitegenModel

/// cmark writes an image's `src`, `alt` and `title` only. While the document is written, each
/// image is swapped for a custom inline node holding cmark's own tag for it (so its escaping and
/// safe-URL rule stay cmark's) with sitegen's attributes added, and swapped back afterwards (a
/// handout rewrites the same images' addresses after the page is written):
///
/// - `width` and `height` from the file, so the page keeps the picture's place before it arrives
///   (no jump as it loads on a phone);
/// - `srcset` and `sizes` naming its smaller copies, when it has some;
/// - `loading="lazy"` and `decoding="async"` on every image but the first, which is often in view
///   when the page opens.
extension MarkdownDocument {
    /// The `sizes` of every image with copies: the width of the text column (`--measure`, 70ch of
    /// 18 px text, about 44rem, in the built-in theme) or, on narrower screens, the screen's.
    static let imageSizes = "(min-width: 48rem) 44rem, 100vw"

    /// Every image with its file's size, looked up by `facts(url, line)` from its address as
    /// written. Call before `rewriteLinks`, and hand the result to `setImages` after it: it
    /// rewrites the addresses, and may drop an image.
    func recordImages(_ facts: (String, Int) -> ImageFacts?) -> [OpaquePointer: ImageFacts] {
        var found: [OpaquePointer: ImageFacts] = [:]
        for node in nodes(ofType: [CMARK_NODE_IMAGE]) {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if let known = facts(url, line(of: node)) { found[node] = known }
        }
        return found
    }

    /// Takes the images still in the document, with the sizes `recordImages` found.
    func setImages(_ facts: [OpaquePointer: ImageFacts]) {
        images = nodes(ofType: [CMARK_NODE_IMAGE]).map { ($0, facts[$0]) }
    }

    func swapInImages(options: Int32, eager: Bool) -> [(image: OpaquePointer, wrapper: OpaquePointer)] {
        var swapped: [(image: OpaquePointer, wrapper: OpaquePointer)] = []
        for (index, (image, facts)) in images.enumerated() {
            guard let rendered = cmark_render_html(image, options) else { continue }
            var tag = String(cString: rendered)
            free(rendered)
            guard tag.hasSuffix(" />"), let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            tag.removeLast(3)
            let url = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
            tag += Self.imageAttributes(facts, url: url, lazy: !eager && index > 0) + " />"
            cmark_node_set_on_enter(wrapper, tag)
            cmark_node_set_on_exit(wrapper, "")
            cmark_node_insert_before(image, wrapper)
            cmark_node_unlink(image)
            swapped.append((image, wrapper))
        }
        return swapped
    }

    func swapOutImages(_ swapped: [(image: OpaquePointer, wrapper: OpaquePointer)]) {
        for (image, wrapper) in swapped {
            cmark_node_insert_before(wrapper, image)
            cmark_node_unlink(wrapper)
            cmark_node_free(wrapper)
        }
    }

    /// The attributes after cmark's, each with a leading space. `url` is the image's address as
    /// published; its copies are beside it, so their addresses differ only in the file name.
    static func imageAttributes(_ facts: ImageFacts?, url: String, lazy: Bool) -> String {
        var attributes = ""
        if let facts {
            attributes += " width=\"\(facts.width)\" height=\"\(facts.height)\""
            let made = facts.variants.filter { $0.source != nil }
            if !made.isEmpty {
                let end = url.firstIndex { $0 == "?" || $0 == "#" } ?? url.endIndex
                let path = url[..<end]
                let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
                let candidates = made.map { variant in
                    let name = variant.fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? variant.fileName
                    return "\(URLPath.encoded(folder + name)) \(variant.width)w"
                } + ["\(URLPath.encoded(String(path))) \(facts.width)w"]
                attributes += " srcset=\"\(HTML.escape(candidates.joined(separator: ", ")))\" sizes=\"\(imageSizes)\""
            }
        }
        if lazy { attributes += " loading=\"lazy\" decoding=\"async\"" }
        return attributes
    }
}
