import SitegenModel

/// "Words to know" at the end of a section's handout: the glossary terms marked on its pages,
/// each explained, A–Z. On paper there is no tooltip, so a marked word links to its entry there.
enum HandoutWords {
    /// The id of the list's heading. A page with this slug takes another anchor
    /// (`BodyRenderer.handoutAnchor`), so its ids cannot meet the list's.
    static let headingID = "words-to-know"

    static func entryID(_ entry: GlossaryEntry) -> String { headingID + "--" + entry.id }

    /// The HTML around a marked word in the handout.
    static func term(_ entry: GlossaryEntry) -> (enter: String, exit: String) {
        ("<a class=\"handout-term\" href=\"#" + HTML.escape(entryID(entry)) + "\">", "</a>")
    }

    /// The entries of `glossary` whose indices are in `marked`, A–Z by term.
    static func entries(_ marked: some Sequence<Int>, in glossary: [GlossaryEntry]) -> [GlossaryEntry] {
        // Each key computed once, not in every comparison.
        Set(marked).filter { glossary.indices.contains($0) }.map { (key: ReadingOrder.sortKey(glossary[$0].term), entry: glossary[$0]) }
            .sorted { ($0.key, $0.entry.term) < ($1.key, $1.entry.term) }.map(\.entry)
    }
}
