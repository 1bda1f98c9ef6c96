/// Which files under `content/` a build publishes, judged by their paths alone: the loader lists
/// the content folder by these rules, and `move` and `new` check a destination against them
/// (`WritePermission`), so no command can put a page where the build would not see it.
package enum ContentName {
    /// Hidden files and editors' backups (`.DS_Store`, `.cure.md.swp`, `cure.md~`) are never read.
    package static func isListed(_ name: some StringProtocol) -> Bool {
        !name.hasPrefix(".") && !name.hasSuffix("~")
    }

    /// Why the build would not publish a page at `path` (`content/<section>/<page>.md`, or a
    /// section's `_index.md`), or nil when it would. `languageCodes` are the site's languages
    /// besides the default one: a translation into any other is not published.
    package static func pageProblem(_ path: String, languageCodes: Set<String>) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "content" else {
            return "is not a page of a section: pages are content/<section>/<page>.md"
        }
        if let problem = folderProblem(String(parts[1])) { return problem }
        let name = String(parts[2])
        guard isListed(name) else { return "has a name the build skips (it starts with '.' or ends with '~'); choose a name like 'outlook.md'" }
        guard name.lowercased().hasSuffix(".md") else { return "does not end in .md, so the build would not read it as a page" }
        let code = TranslationName.language(of: name)
        if let code, !languageCodes.contains(where: { $0.lowercased() == code.lowercased() }) {
            return "is named as a translation into '\(code)', which site.yml does not list under 'languages:', so the build would not publish it; choose a name without '.\(code)'"
        }
        let original = TranslationName.original(of: name, language: code ?? "")
        if original != "_index.md", Slug.make(String(original.dropLast(3))).isEmpty {
            return "has no letters or digits to make a web address from; choose a name like 'outlook.md'"
        }
        return nil
    }

    /// Why the build would not publish a section folder named `name`, or nil when it would.
    package static func folderProblem(_ name: String) -> String? {
        guard isListed(name) else { return "is a folder name the build skips (it starts with '.' or ends with '~'); choose a name like 'lupus'" }
        if name.lowercased().hasSuffix(".md") { return "is a folder name ending in .md, which the build would take for a page; choose a name like 'lupus'" }
        if Slug.make(name).isEmpty { return "has no letters or digits to make a web address from; choose a name like 'lupus'" }
        return nil
    }
}

/// A translation is named after its original with a language code before `.md`:
/// `symptoms.es.md`, `_index.pt-BR.md`.
package enum TranslationName {
    /// The language code in a Markdown file's name, or `nil` when it has none (`symptoms.md`,
    /// `covid.19.md`: `19` is no language).
    package static func language(of name: String) -> String? {
        guard name.lowercased().hasSuffix(".md") else { return nil }
        let stem = name.dropLast(3)
        guard let dot = stem.lastIndex(of: "."), dot != stem.startIndex else { return nil }
        let code = String(stem[stem.index(after: dot)...])
        return LanguageCode.problem(code) == nil ? code : nil
    }

    /// `symptoms.es.md` → `symptoms.md`.
    package static func original(of name: String, language: String) -> String {
        language.isEmpty ? name : String(name.dropLast(3 + 1 + language.count)) + ".md"
    }
}
