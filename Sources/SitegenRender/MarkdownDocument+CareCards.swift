import CCmark
import Foundation
import SitegenModel

/// What the care-card checks need to know of one card (`CareCardCheck`), read from its subtree.
struct CareCardFacts {
    var kind: CalloutKind
    /// The file line of the marker.
    var line: Int
    /// The text after the marker; nil when there is none.
    var heading: String?
    /// Everything the card says, heading included, as written (before `{emergency_number}` is
    /// filled in), in lower case.
    var text: String
    /// Lists directly in the card, and the items of the longest.
    var lists: Int
    var longestList: Int
    /// Blocks after the card's last list.
    var blocksAfterLists: Int
    var links: Int
}

extension MarkdownDocument {
    /// The facts of each care card, in document order. Call after `makeCallouts`.
    var careCardFacts: [CareCardFacts] {
        callouts.filter(\.kind.isCareCard).map { card in
            var facts = CareCardFacts(kind: card.kind, line: card.line, heading: card.title.map(plainText)?.trimmedWhitespace,
                                      text: plainText(card.wrapper).lowercased(), lists: 0, longestList: 0, blocksAfterLists: 0, links: 0)
            var block = cmark_node_first_child(card.wrapper)
            while let current = block {
                if cmark_node_get_type(current) == CMARK_NODE_LIST {
                    facts.lists += 1
                    facts.longestList = max(facts.longestList, children(of: current))
                    facts.blocksAfterLists = 0
                } else if current != card.titleBlock, facts.lists > 0 {
                    facts.blocksAfterLists += 1
                }
                block = cmark_node_next(current)
            }
            facts.links = count(of: CMARK_NODE_LINK, in: card.wrapper)
            return facts
        }
    }

    /// Whether the page has a card that says when to get help at once or the same day.
    var hasGetHelpCard: Bool { callouts.contains { $0.kind == .emergency || $0.kind == .urgent } }

    /// Puts `number` in place of every `{emergency_number}` in the text and link addresses, and
    /// gives the places it stood: the marker's line for one in a card (where an editor fixes a
    /// card), else its own line. With no number, the text is left as it is.
    func fillEmergencyNumber(_ number: String?) -> [Int] {
        let placeholder = EmergencyNumber.placeholder
        let cards = Dictionary(callouts.filter(\.kind.isCareCard).map { ($0.wrapper, $0.line) }, uniquingKeysWith: { first, _ in first })
        var places: [Int] = []
        func note(_ node: OpaquePointer) {
            var parent = cmark_node_parent(node)
            while let current = parent, cards[current] == nil { parent = cmark_node_parent(current) }
            let place = parent.flatMap { cards[$0] } ?? line(of: node)
            if !places.contains(place) { places.append(place) }
        }
        var freed: Set<OpaquePointer> = []
        for node in nodes(ofType: [CMARK_NODE_TEXT, CMARK_NODE_LINK, CMARK_NODE_IMAGE]) where !freed.contains(node) {
            if cmark_node_get_type(node) != CMARK_NODE_TEXT {
                guard let url = cmark_node_get_url(node).map({ String(cString: $0) }), url.contains(placeholder) else { continue }
                note(node)
                if let number { cmark_node_set_url(node, url.replacingOccurrences(of: placeholder, with: number)) }
                continue
            }
            // cmark splits text at `_` (a possible emphasis): join the run of text the node starts.
            if let previous = cmark_node_previous(node), cmark_node_get_type(previous) == CMARK_NODE_TEXT { continue }
            var run = [node]
            while let next = cmark_node_next(run[run.count - 1]), cmark_node_get_type(next) == CMARK_NODE_TEXT { run.append(next) }
            let text = run.map { cmark_node_get_literal($0).map { String(cString: $0) } ?? "" }.joined()
            guard text.contains(placeholder) else { continue }
            note(node)
            guard let number else { continue }
            cmark_node_set_literal(node, text.replacingOccurrences(of: placeholder, with: number))
            for joined in run.dropFirst() {
                cmark_node_unlink(joined)
                cmark_node_free(joined)
                freed.insert(joined)
            }
        }
        return places
    }

    private func children(of node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }

    private func count(of type: cmark_node_type, in node: OpaquePointer) -> Int {
        var count = 0
        guard let iterator = cmark_iter_new(node) else { return 0 }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator), cmark_node_get_type(child) == type { count += 1 }
        }
        return count
    }
}
