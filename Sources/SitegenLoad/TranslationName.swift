import SitegenModel

/// A translation is named after its original with a language code before `.md`:
/// `symptoms.es.md`, `_index.pt-BR.md`.
enum TranslationName {
    /// The language code in a Markdown file's name, or `nil` when it has none (`symptoms.md`,
    /// `covid.19.md`: `19` is no language).
    static func language(of name: String) -> String? {
        guard name.lowercased().hasSuffix(".md") else { return nil }
        let stem = name.dropLast(3)
        guard let dot = stem.lastIndex(of: "."), dot != stem.startIndex else { return nil }
        let code = String(stem[stem.index(after: dot)...])
        return LanguageCode.problem(code) == nil ? code : nil
    }

    /// `symptoms.es.md` → `symptoms.md`.
    static func original(of name: String, language: String) -> String {
        String(name.dropLast(3 + 1 + language.count)) + ".md"
    }
}
