import SitegenModel

extension SearchIndex {
    /// Everything an index is made from: the pages (and glossary entries) and the language's
    /// words. A build that defers its index hands this on (`RenderedSite.pendingSearch`).
    public struct Input: Sendable, Hashable {
        /// The pages in site order, then the glossary's entries (`documents(from:glossaryURL:section:)`).
        public var documents: [SearchDocument]
        public var aliases: [[String]]
        public var definitions: [SearchDefinition]
        /// The pages' language (`en`, `es-MX`): its stemmer and phrasings.
        public var language: String

        public init(documents: [SearchDocument], aliases: [[String]] = [], definitions: [SearchDefinition] = [], language: String = "") {
            self.documents = documents
            self.aliases = aliases
            self.definitions = definitions
            self.language = language
        }

        /// The index of `pages` in `language`: their glossary's aliases and definitions apply, and
        /// when the glossary has a page (`glossaryURL`, relative to the site root) each entry is a
        /// result leading to its place there, in the section `glossaryTitle`.
        public init(pages: [SearchDocument], glossary: [GlossaryEntry], glossaryURL: String?, glossaryTitle: String, language: String) {
            let entries = glossaryURL.map { SearchIndex.documents(from: glossary, glossaryURL: $0, section: glossaryTitle) } ?? []
            self.init(documents: pages + entries, aliases: SearchIndex.aliases(from: glossary),
                      definitions: SearchIndex.definitions(from: glossary), language: language)
        }

        public func files(options: Options = Options()) async -> [OutputFile] {
            await SearchIndex.files(for: documents, aliases: aliases, definitions: definitions, language: language, options: options)
        }
    }
}
