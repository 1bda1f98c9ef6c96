import SitegenModel

/// Names that stand for each other (a glossary entry's term and its aliases: `Corticosteroids`,
/// `steroids`; the built-in patients' phrasings, `SearchPhrasings`), as the index applies them:
/// wherever a page has one name, it is also indexed under the words of the others, so `steroids`
/// finds the pages that only say "corticosteroids" and `CK` the pages that say "creatine kinase".
/// Resolved at build time: the script needs no table.
///
/// Names are matched on the page's terms (stop words skipped), whole name in a row. When name N
/// is found, the page gets the terms of each other name M of its group that it lacks, except when
/// M holds every term of N and more (a page that says "autoimmune" is not about an "autoimmune
/// disease" just for that). A glossary entry's definition adds its terms too, at the lowest
/// weight (`definesTerms`): a page that says "corticosteroids" is found by `prednisone`, below
/// every page that says "prednisone" itself.
struct SearchSynonyms: Sendable {
    struct Name: Sendable {
        /// The name's terms, in order (`["creatine", "kinase"]`).
        var terms: [[UInt8]]
        /// The terms the page gets when it has the name.
        var adds: [[UInt8]]
        /// The terms of the group's definition that the page gets, at the lowest weight.
        var defines: [[UInt8]]
    }

    private(set) var names: [Name] = []
    /// The names ending in each term.
    private(set) var byLastTerm: [[UInt8]: [Int32]] = [:]
    /// The most terms in one name: how far back a match may start.
    private(set) var longest = 0

    var isEmpty: Bool { names.isEmpty }

    /// `groups`: names that stand for each other; `definitions`: names whose pages are also found,
    /// more weakly, by the words of a text (a glossary entry's definition).
    init(groups: [[String]], definitions: [SearchDefinition] = [], language: String = "") {
        let stemmer = SearchStemmer(language: language)
        func terms(_ name: String) -> [[UInt8]] { SearchText.terms(name, stemmer: stemmer).map { Array($0.utf8) } }
        // A definition's names give only its words: their aliases come in `groups` (once, since
        // a name found twice would count its other names twice).
        let all = groups.map { ($0, [String](), true) } + definitions.map { ($0.names, [$0.text], false) }
        for (group, definition, alias) in all {
            var lists: [[[UInt8]]] = []
            for name in group {
                let terms = terms(name)
                if !terms.isEmpty, !lists.contains(terms) { lists.append(terms) }
            }
            var defined: [[UInt8]] = []
            for term in definition.flatMap(terms) where !defined.contains(term) { defined.append(term) }
            guard alias ? lists.count > 1 : !defined.isEmpty else { continue }
            for (n, own) in lists.enumerated() {
                var adds: [[UInt8]] = []
                for (m, other) in lists.enumerated() where m != n && alias {
                    let owned = Set(own), others = Set(other)
                    if others.isStrictSuperset(of: owned) { continue }
                    for term in other where !owned.contains(term) && !adds.contains(term) { adds.append(term) }
                }
                let defines = defined.filter { !own.contains($0) }
                guard !adds.isEmpty || !defines.isEmpty, let last = own.last else { continue }
                byLastTerm[last, default: []].append(Int32(names.count))
                names.append(Name(terms: own, adds: adds, defines: defines))
                longest = max(longest, own.count)
            }
        }
    }
}

/// A glossary entry as the search sees it: the pages that use one of its names are found by the
/// words of its text too, below the pages that hold those words themselves.
public struct SearchDefinition: Sendable, Hashable {
    /// The term and its aliases.
    public var names: [String]
    public var text: String

    public init(names: [String], text: String) {
        self.names = names
        self.text = text
    }
}

extension SearchIndex {
    /// The name groups of a glossary (`files(for:aliases:)`): each entry's term and its aliases.
    public static func aliases(from glossary: [GlossaryEntry]) -> [[String]] {
        glossary.filter { !$0.aliases.isEmpty }.map { [$0.term] + $0.aliases }
    }

    /// Each glossary entry's names and definition (`files(for:definitions:)`).
    public static func definitions(from glossary: [GlossaryEntry]) -> [SearchDefinition] {
        glossary.map { SearchDefinition(names: [$0.term] + $0.aliases, text: $0.definition) }
    }

    /// One search document per glossary entry, leading to its place on the glossary page
    /// (`glossaryURL` + `#id`): its term is the title, its aliases its synonyms, its definition
    /// the text. `section` names the glossary page in the results ("Glossary").
    public static func documents(from glossary: [GlossaryEntry], glossaryURL: String, section: String) -> [SearchDocument] {
        glossary.map { entry in
            SearchDocument(url: glossaryURL + "#" + entry.id, title: entry.term, section: section,
                           summary: entry.definition, text: entry.definition, synonyms: entry.aliases, isGlossaryEntry: true)
        }
    }
}
