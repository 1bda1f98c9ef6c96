import CCmark
import SitegenModel

/// The boxes GitHub writes as `> [!WARNING]`, and two for patients: `[!URGENT]` (get help now)
/// and `[!ASK]` (questions for the care team).
package enum CalloutKind: String, CaseIterable, Sendable {
    case note, tip, important, warning, caution, urgent, ask
    /// The page's key points (PEMAT item 11, a summary), labelled "Key points".
    case summary

    /// The label every callout of this kind shows, in the page's language.
    var label: ThemeStringKey {
        switch self {
        case .note: .callout_note
        case .tip: .callout_tip
        case .important: .callout_important
        case .warning: .callout_warning
        case .caution: .callout_caution
        case .urgent: .callout_urgent
        case .ask: .callout_ask
        case .summary: .callout_summary
        }
    }

    /// "'[!NOTE]', '[!TIP]', …", for the message about an unknown kind.
    static let markers = allCases.map { "'[!\($0.rawValue.uppercased())]'" }.joined(separator: ", ")
}

/// A block quote made a callout: a custom block in its place holding its blocks, and the custom
/// inline holding the title's inlines when the marker's line has a title.
struct Callout {
    var kind: CalloutKind
    var wrapper: OpaquePointer
    var title: OpaquePointer?
}

extension MarkdownDocument {
    /// Makes each block quote whose first line is `[!KIND]` a callout, found on cmark's tree: the
    /// quote's first paragraph, its first inline. The text after the marker on the same line is
    /// the title. An unknown kind is reported (`unknown(kind, line)`) and the quote stays a quote.
    func makeCallouts(unknown: (String, Int) -> Void) {
        for quote in nodes(ofType: [CMARK_NODE_BLOCK_QUOTE]) {
            guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                  let first = cmark_node_first_child(paragraph), let marker = Self.marker(at: first) else { continue }
            guard let kind = CalloutKind(rawValue: marker.name.lowercased()) else {
                unknown(marker.name, line(of: quote))
                continue
            }
            guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            marker.remove()
            let title = takeTitle(from: paragraph)
            if cmark_node_first_child(paragraph) == nil {
                cmark_node_unlink(paragraph)
                cmark_node_free(paragraph)
            }
            if let title, let block = cmark_node_parent(title) { cmark_node_append_child(wrapper, block) }
            while let child = cmark_node_first_child(quote) {
                cmark_node_unlink(child)
                cmark_node_append_child(wrapper, child)
            }
            cmark_node_insert_before(quote, wrapper)
            cmark_node_unlink(quote)
            cmark_node_free(quote)
            callouts.append(Callout(kind: kind, wrapper: wrapper, title: title))
        }
    }

    /// The `[!NAME]` a paragraph starts with: letters between `[!` and `]`, then a space or the end
    /// of the line. cmark gives it as one text node, or as a link when the page defines a link
    /// reference with that name (`[!note]: …`); both are the marker.
    private static func marker(at node: OpaquePointer) -> (name: String, remove: () -> Void)? {
        let next = cmark_node_next(node)
        if cmark_node_get_type(node) == CMARK_NODE_LINK {
            guard let text = cmark_node_first_child(node), cmark_node_next(text) == nil, cmark_node_get_type(text) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(text).map({ String(cString: $0) }), literal.hasPrefix("!"),
                  isName(literal.dropFirst()), endsMarker(next) else { return nil }
            return (String(literal.dropFirst()), {
                cmark_node_unlink(node)
                cmark_node_free(node)
                if let next { trimLeadingSpace(next) }
            })
        }
        guard cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node).map({ String(cString: $0) }),
              literal.hasPrefix("[!"), let close = literal.firstIndex(of: "]") else { return nil }
        let name = literal[literal.index(literal.startIndex, offsetBy: 2)..<close]
        let rest = literal[literal.index(after: close)...]
        guard isName(name), rest.isEmpty ? endsMarker(next) : rest.first == " " else { return nil }
        return (String(name), {
            cmark_node_set_literal(node, String(rest.drop { $0 == " " }))
            if rest.allSatisfy({ $0 == " " }) {
                cmark_node_unlink(node)
                cmark_node_free(node)
            }
        })
    }

    private static func isName(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// Whether the marker's line ends at `next` or a space starts it.
    private static func endsMarker(_ next: OpaquePointer?) -> Bool {
        guard let next else { return true }
        switch cmark_node_get_type(next) {
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return true
        case CMARK_NODE_TEXT: return cmark_node_get_literal(next).map { $0.pointee == UInt8(ascii: " ") } ?? false
        default: return false
        }
    }

    private static func trimLeadingSpace(_ node: OpaquePointer) {
        guard cmark_node_get_type(node) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { return }
        cmark_node_set_literal(node, String(literal.drop { $0 == " " }))
    }

    /// Moves the inlines before the paragraph's first line break (the title) into a custom inline
    /// inside a custom block, as headings are (`setHeadingIDs`), and drops that line break.
    private func takeTitle(from paragraph: OpaquePointer) -> OpaquePointer? {
        var title: [OpaquePointer] = []
        var node = cmark_node_first_child(paragraph)
        while let current = node, ![CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(cmark_node_get_type(current)) {
            title.append(current)
            node = cmark_node_next(current)
        }
        if let lineBreak = node {
            cmark_node_unlink(lineBreak)
            cmark_node_free(lineBreak)
        }
        let blank = title.allSatisfy { cmark_node_get_type($0) == CMARK_NODE_TEXT && plainText($0).allSatisfy(\.isWhitespace) }
        guard !blank, let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK), let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            for node in title {
                cmark_node_unlink(node)
                cmark_node_free(node)
            }
            return nil
        }
        for child in title {
            cmark_node_unlink(child)
            cmark_node_append_child(inline, child)
        }
        cmark_node_append_child(block, inline)
        return inline
    }

    /// Sets each callout's HTML: `markup(kind, number, hasTitle)` gives the tags around the
    /// callout and around its title. Called again for the handout, with other ids.
    func setCalloutMarkup(_ markup: (CalloutKind, Int, Bool) -> CalloutMarkup.Tags) {
        for (number, callout) in callouts.enumerated() {
            let tags = markup(callout.kind, number + 1, callout.title != nil)
            cmark_node_set_on_enter(callout.wrapper, tags.enter)
            cmark_node_set_on_exit(callout.wrapper, tags.exit)
            if let title = callout.title {
                cmark_node_set_on_enter(title, tags.titleEnter)
                cmark_node_set_on_exit(title, tags.titleExit)
            }
        }
    }
}
