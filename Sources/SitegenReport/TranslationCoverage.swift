import SitegenModel

/// How much of the site each other language has: per section, the pages translated and the
/// source paths of those that are not, for `sitegen check` and the review dashboard.
public struct TranslationCoverage: Encodable, Sendable, Equatable {
    public struct Group: Encodable, Sendable, Equatable {
        /// The section's title in the default language, or the home page's.
        public var title: String
        public var translated: Int
        public var total: Int
        /// Source paths of the default language's pages with no version in this language.
        public var missing: [String]
    }

    public var code: String
    /// The language named in itself (`Español`).
    public var name: String
    public var translated: Int
    public var total: Int
    public var groups: [Group]

    /// One per language besides the default; empty for a site in one language.
    public static func of(_ site: Site) -> [TranslationCoverage] {
        let table = site.translations
        guard !table.isEmpty else { return [] }
        let groups: [(title: String, pages: [Page])] = [(site.home.frontMatter.title, [site.home])] + site.sections.map { ($0.title, [$0.index] + $0.pages) }
        return table.languages.dropFirst().map { language in
            let parts = groups.map { group -> Group in
                let missing = group.pages.filter { page in !table.versions(of: page).contains { $0.code == language.code } }.map(\.sourcePath)
                return Group(title: group.title, translated: group.pages.count - missing.count, total: group.pages.count, missing: missing)
            }
            return TranslationCoverage(
                code: language.code, name: LanguageNames.autonym(language.code),
                translated: parts.reduce(0) { $0 + $1.translated }, total: parts.reduce(0) { $0 + $1.total }, groups: parts
            )
        }
    }

    /// For the terminal: each language's total, then each section that lacks pages, with them.
    public static func text(_ coverage: [TranslationCoverage]) -> String? {
        guard !coverage.isEmpty else { return nil }
        var lines: [String] = []
        for language in coverage {
            lines.append("Translated into \(language.code) (\(language.name)): \(language.translated) of \(language.total) pages")
            for group in language.groups where !group.missing.isEmpty {
                lines.append("  \(group.title): \(group.translated) of \(group.total); missing \(group.missing.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
