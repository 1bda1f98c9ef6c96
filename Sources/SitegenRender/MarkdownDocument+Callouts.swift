import CCmark
import SitegenModel

/// The boxes GitHub writes as `> [!WARNING]`, and some for patients: `[!ASK]` (questions for the
/// care team) and NHS's three "when to get help" cards, `[!EMERGENCY]` (call the emergency number
/// now), `[!URGENT]` (get help today: an urgent appointment) and `[!NON-URGENT]` (see your doctor
/// or care team).
package enum CalloutKind: String, CaseIterable, Sendable {
    case note, tip, important, warning, caution, urgent, ask
    /// The page's key points (PEMAT item 11, a summary), labelled "Key points".
    case summary
    case emergency
    case nonUrgent = "non-urgent"

    /// A "when to get help" card: a heading of its own (the call to action) with a visually
    /// hidden prefix, instead of a label (`CalloutMarkup.careCardTags`).
    var isCareCard: Bool { self == .emergency || self == .urgent || self == .nonUrgent }

    /// The start of a care card's heading that only screen readers say ("Urgent advice:").
    var hiddenPrefix: ThemeStringKey? {
        switch self {
        case .emergency: .care_card_emergency
        case .urgent: .care_card_urgent
        case .nonUrgent: .care_card_non_urgent
        default: nil
        }
    }

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
        case .emergency: .callout_emergency
        case .nonUrgent: .callout_non_urgent
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
    /// The file line of the marker.
    var line: Int = 0
    /// The level a care card's heading takes on the page: one below the heading before it (the
    /// page title's 1 when there is none), so the page's outline never skips a level.
    var headingLevel: Int = 2
    /// Whether anything follows the title (a care card's content box is left out when not).
    var hasBody = true

    /// The custom block around `title`.
    var titleBlock: OpaquePointer? { title.flatMap(cmark_node_parent) }
}

extension MarkdownDocument {
    /// Makes each block quote whose first line is `[!KIND]` a callout, found on cmark's tree: the
    /// quote's first paragraph, its first inline. The text after the marker on the same line is
    /// the title. An unknown kind is reported (`unknown(kind, line)`) and the quote stays a quote.
    func makeCallouts(unknown: (String, Int) -> Void) {
        // Headings are visited in the same walk, for the level of a care card's heading.
        var headingLevel = 1
        for quote in nodes(ofType: [CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_HEADING]) {
            if cmark_node_get_type(quote) == CMARK_NODE_HEADING {
                headingLevel = Int(cmark_node_get_heading_level(quote))
                continue
            }
            guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
                  let first = cmark_node_first_child(paragraph), let marker = Self.marker(at: first) else { continue }
            guard let kind = CalloutKind(rawValue: marker.name.lowercased()) else {
                unknown(marker.name, line(of: quote))
                continue
            }
            guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            let markerLine = line(of: quote)
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
            let hasBody = title.flatMap(cmark_node_parent).map { cmark_node_next($0) != nil } ?? (cmark_node_first_child(wrapper) != nil)
            callouts.append(Callout(kind: kind, wrapper: wrapper, title: title, line: markerLine, headingLevel: min(6, headingLevel + 1), hasBody: hasBody))
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

    /// Letters, with single hyphens between them (`NON-URGENT`).
    private static func isName(_ text: Substring) -> Bool {
        !text.isEmpty && text.first != "-" && text.last != "-" && !text.contains("--")
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-") }
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

    /// Sets each callout's HTML: `markup(callout, number)` gives the tags around the callout,
    /// around its title and after the title's block. Called again for the handout, with other ids.
    func setCalloutMarkup(_ markup: (Callout, Int) -> CalloutMarkup.Tags) {
        for (number, callout) in callouts.enumerated() {
            let tags = markup(callout, number + 1)
            cmark_node_set_on_enter(callout.wrapper, tags.enter)
            cmark_node_set_on_exit(callout.wrapper, tags.exit)
            if let title = callout.title {
                cmark_node_set_on_enter(title, tags.titleEnter)
                cmark_node_set_on_exit(title, tags.titleExit)
            }
            if let block = callout.titleBlock { cmark_node_set_on_exit(block, tags.afterTitle) }
        }
    }
}
