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
        Set(marked).filter { glossary.indices.contains($0) }.map { glossary[$0] }
            .sorted { (ReadingOrder.sortKey($0.term), $0.term) < (ReadingOrder.sortKey($1.term), $1.term) }
    }
}
