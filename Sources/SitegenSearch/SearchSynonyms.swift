import SitegenModel

/// Names that stand for each other (a glossary entry's term and its aliases: `Corticosteroids`,
/// `steroids`), as the index applies them: wherever a page has one name, it is also indexed under
/// the words of the others, so `steroids` finds the pages that only say "corticosteroids" and `CK`
/// the pages that say "creatine kinase". Resolved at build time: the script needs no table.
///
/// Names are matched on the page's terms (stop words skipped), whole name in a row. When name N
/// is found, the page gets the terms of each other name M of its group that it lacks, except when
/// M holds every term of N and more (a page that says "autoimmune" is not about an "autoimmune
/// disease" just for that).
struct SearchSynonyms: Sendable {
    struct Name: Sendable {
        /// The name's terms, in order (`["creatine", "kinase"]`).
        var terms: [[UInt8]]
        /// The terms the page gets when it has the name.
        var adds: [[UInt8]]
    }

    private(set) var names: [Name] = []
    /// The names ending in each term.
    private(set) var byLastTerm: [[UInt8]: [Int32]] = [:]
    /// The most terms in one name: how far back a match may start.
    private(set) var longest = 0

    var isEmpty: Bool { names.isEmpty }

    init(groups: [[String]]) {
        for group in groups {
            var lists: [[[UInt8]]] = []
            for name in group {
                let terms = SearchText.terms(name).map { Array($0.utf8) }
                if !terms.isEmpty, !lists.contains(terms) { lists.append(terms) }
            }
            guard lists.count > 1 else { continue }
            for (n, own) in lists.enumerated() {
                var adds: [[UInt8]] = []
                for (m, other) in lists.enumerated() where m != n {
                    let owned = Set(own), others = Set(other)
                    if others.isStrictSuperset(of: owned) { continue }
                    for term in other where !owned.contains(term) && !adds.contains(term) { adds.append(term) }
                }
                guard !adds.isEmpty, let last = own.last else { continue }
                byLastTerm[last, default: []].append(Int32(names.count))
                names.append(Name(terms: own, adds: adds))
                longest = max(longest, own.count)
            }
        }
    }
}

extension SearchIndex {
    /// The name groups of a glossary (`files(for:aliases:)`): each entry's term and its aliases.
    public static func aliases(from glossary: [GlossaryEntry]) -> [[String]] {
        glossary.filter { !$0.aliases.isEmpty }.map { [$0.term] + $0.aliases }
    }
}
