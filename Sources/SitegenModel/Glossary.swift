/// Plain-language definitions of the medical words a site uses, from `glossary.yml`.
public struct GlossaryEntry: Sendable, Hashable {
    public var term: String
    public var definition: String
    public var aliases: [String]
    /// Fragment id on the glossary page: `creatine-kinase`.
    public var id: String

    public init(term: String, definition: String, aliases: [String] = [], id: String) {
        self.term = term
        self.definition = definition
        self.aliases = aliases
        self.id = id
    }
}
