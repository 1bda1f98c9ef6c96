import SitegenModel

/// Heading ids and the table of contents of one page.
package struct HeadingOutline: Sendable {
    struct Entry: Sendable {
        var id: String
        var title: String
        var children: [Entry] = []
    }

    /// Ids used by the theme (docs/templates.md); a heading called "Main" must not steal the skip
    /// link's target.
    static let reservedIDs: Set<String> = Set([
        "main", "conditions", "conditions-heading", "toc-heading", "section-pages-heading",
        "sources-heading", "disclaimer-heading", "letter-other",
    ] + "abcdefghijklmnopqrstuvwxyz".map { "letter-\($0)" })

    /// One id per heading, in document order.
    package let ids: [String]
    /// `##` headings with their `###` headings.
    let entries: [Entry]

    init(_ headings: [MarkdownDocument.Heading]) {
        var slugs = UniqueSlugs(reserved: Self.reservedIDs)
        ids = headings.map { slugs.claim($0.text) }
        var entries: [Entry] = []
        for (heading, id) in zip(headings, ids) {
            if heading.level == 2 {
                entries.append(Entry(id: id, title: heading.text))
            } else if heading.level == 3, !entries.isEmpty {
                entries[entries.count - 1].children.append(Entry(id: id, title: heading.text))
            }
        }
        self.entries = entries
    }

    /// A contents list helps only when there is more than one part to jump between.
    var wantsTableOfContents: Bool { entries.count >= 2 }
}
