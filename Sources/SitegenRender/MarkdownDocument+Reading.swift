import CCmark

/// The text that readability grades: what `textBlocks` gives search, less what a reader does not
/// read as prose.
extension MarkdownDocument {
    /// The reader-visible text as blocks (as `textBlocks`, which search indexes), and the same
    /// blocks for readability without inline code and web addresses: a link whose text is its own
    /// address (`<https://…>`, `<help@example.org>`) and an address written out in the text
    /// (`https://…`, `www.…`). Both passes, SMOG and Flesch–Kincaid, grade `reading`; a block left
    /// with no text there is dropped from it.
    var textAndReadingBlocks: (text: [String], reading: [String]) {
        let titles = Set(callouts.compactMap(\.title))
        var text: [String] = [], reading: [String] = []
        for node in nodes(ofType: [CMARK_NODE_HEADING, CMARK_NODE_PARAGRAPH, CMARK_NODE_CUSTOM_INLINE])
        where cmark_node_get_type(node) != CMARK_NODE_CUSTOM_INLINE || titles.contains(node) {
            let block = blockTexts(node)
            if !block.text.isEmpty { text.append(block.text) }
            // Only a block with code or an address differs; the rest share their string.
            let read = block.reading ?? block.text
            if !read.isEmpty { reading.append(read) }
        }
        return (text, reading)
    }

    /// `plainText(node)`, and the readability text where it differs (nil: the same). The second
    /// string is only started when the first piece to leave out turns up.
    private func blockTexts(_ node: OpaquePointer) -> (text: String, reading: String?) {
        var text = ""
        var reading: String?
        guard let iterator = cmark_iter_new(node) else { return (text, reading) }
        defer { cmark_iter_free(iterator) }
        var addressLink: OpaquePointer?
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_LINK {
                if event == CMARK_EVENT_ENTER, addressLink == nil, Self.isAddressLink(child) { addressLink = child }
                if event == CMARK_EVENT_EXIT, addressLink == child { addressLink = nil }
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch type {
            case CMARK_NODE_TEXT:
                let literal = cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
                let prose = addressLink != nil ? "" : Self.withoutAddresses(literal)
                if reading == nil, prose != literal { reading = text }
                text += literal
                reading? += prose
            case CMARK_NODE_CODE:
                if reading == nil { reading = text }
                text += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
                reading? += " "
            default:
                break
            }
        }
        return (text, reading)
    }

    /// A link whose only text is its address, as an autolink writes it (`mailto:` left off), or
    /// an address.
    private static func isAddressLink(_ link: OpaquePointer) -> Bool {
        guard let child = cmark_node_first_child(link), cmark_node_next(child) == nil, cmark_node_get_type(child) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(child).map({ String(cString: $0) }) else { return false }
        let url = cmark_node_get_url(link).map { String(cString: $0) } ?? ""
        return literal == url || "mailto:" + literal == url || withoutAddresses(literal) != literal
    }

    /// `text` without the words that are web addresses (with `://`, or starting `www.`). Text
    /// without one (nearly all) is returned as it is, after one look at its bytes.
    static func withoutAddresses(_ text: String) -> String {
        guard mayHoldAddress(text) else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false)
            .filter { !($0.contains("://") || $0.lowercased().hasPrefix("www.") || $0.lowercased().hasPrefix("(www.")) }
            .joined(separator: " ")
    }

    private static func mayHoldAddress(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            // "://" or "ww." (of "www.")
            if byte == UInt8(ascii: "/"), previous == UInt8(ascii: "/"), beforePrevious == UInt8(ascii: ":") { return true }
            if byte == UInt8(ascii: "."), previous | 0x20 == UInt8(ascii: "w"), beforePrevious | 0x20 == UInt8(ascii: "w") { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
