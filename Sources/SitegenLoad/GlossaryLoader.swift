import Foundation
import Yams
import SitegenModel
import SitegenGlossary

/// Reads the optional `glossary.yml`: a list of `term`, `definition` and optional `aliases`.
enum GlossaryLoader {
    static let path = "glossary.yml"

    /// The glossary of a language other than the default: `glossary.es.yml`.
    static func path(for code: String) -> String { "glossary.\(code).yml" }

    /// Each language's file in the site folder, and a warning for each one of no language.
    static func languageFiles(siteRoot: String, languages: [SiteLanguage]) -> (paths: [String: String], diagnostics: [Diagnostic]) {
        LanguageFiles.find(stem: "glossary", what: "glossary", siteRoot: siteRoot, languages: languages)
    }

    /// `path`: `glossary.es.yml` for a language's glossary.
    static func load(siteRoot: String, path: String = Self.path) -> ([GlossaryEntry], [Diagnostic]) {
        let file = siteRoot + "/" + path
        if let outside = SourceTree.linkOutside(siteRoot: siteRoot, relative: path) { return ([], [outside]) }
        guard FileManager.default.fileExists(atPath: file) else { return ([], []) }
        let text: String
        switch TextFile.read(file, path: path) {
        case .success(let read): text = read
        case .failure(let problem): return ([], [problem])
        }
        let example = "- term: Blood pressure\n  definition: How hard the blood pushes against the walls of the blood vessels.\n  aliases: [BP]"
        let root: Node?
        do {
            root = try YAMLReader.compose(text)
        } catch {
            let line = error.line(lastLine: YAMLReader.lastLine(of: text)) ?? 1
            if case .controlCharacter(_, let scalar) = error { return ([], [.error(path, line: line, YAMLReader.describe(scalar))]) }
            if case .aliases(let excess) = error {
                return ([], [.error(path, line: line, "the alias '*\(excess.alias)' makes the glossary too large: aliases may repeat at most \(YAMLAliases.limit) values in all; write the values out instead")])
            }
            if case .syntax(let syntax) = error, let mistake = YAMLMistake.explain(syntax, in: text, what: path) {
                return ([], [.error(path, line: min(max(mistake.line, 1), YAMLReader.lastLine(of: text)), mistake.message)])
            }
            return ([], [.error(path, line: line, "\(path) is not valid YAML; check the quoting and indentation; each entry looks like:\n\(example)")])
        }
        guard let root else { return ([], []) }
        guard let items = root.sequence else {
            return ([], [.error(path, line: root.mark?.line ?? 1, "\(path) must be a list of entries, each like:\n\(example)")])
        }
        var entries: [GlossaryEntry] = []
        var diagnostics: [Diagnostic] = []
        var owner: [String: String] = [:]  // folded word → term, to catch a word defined twice
        var ids = UniqueSlugs()
        let keys = ["term", "definition", "aliases"]
        for item in items {
            let line = item.mark?.line ?? 1
            // A misspelt key is the one message for its entry, not also a missing 'definition'.
            let misspelt = (item.mapping.map { Array($0.keys) } ?? []).compactMap { key -> Diagnostic? in
                guard let name = key.scalar?.string, !keys.contains(name), let meant = Suggestion.misspelt(name, of: keys) else { return nil }
                return .error(path, line: key.mark?.line ?? line, "unknown key '\(name)' in a glossary entry; did you mean '\(meant)'? Correct its spelling: the value of a misspelt key is not used")
            }
            if !misspelt.isEmpty {
                diagnostics += misspelt
                continue
            }
            guard let term = item["term"]?.scalar?.string.trimmingCharacters(in: .whitespaces), !term.isEmpty,
                  let definition = item["definition"]?.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), !definition.isEmpty
            else {
                diagnostics.append(.error(path, line: line, "each glossary entry needs a 'term' and a 'definition', like:\n\(example)"))
                continue
            }
            for key in item.mapping?.keys.compactMap(\.scalar?.string) ?? [] where !keys.contains(key) {
                diagnostics.append(.warning(path, line: line, "unknown key '\(key)' in a glossary entry is ignored; entries have 'term', 'definition' and 'aliases'"))
            }
            let aliases = item["aliases"].map { node in node.sequence.map { $0.compactMap(\.scalar?.string) } ?? [node.scalar?.string].compactMap { $0 } } ?? []
            var clash = false
            for word in [term] + aliases {
                let key = GlossaryMatcher.fold(word)
                if let other = owner[key] {
                    diagnostics.append(.error(path, line: line, "'\(word)' is already defined by the entry '\(other)'; each word may have one definition"))
                    clash = true
                }
                owner[key] = term
            }
            if clash { continue }
            entries.append(GlossaryEntry(term: term, definition: definition, aliases: aliases, id: ids.claim(term, fallback: "term")))
        }
        entries.sort { ReadingOrder.sortKey($0.term) < ReadingOrder.sortKey($1.term) }
        return (entries, diagnostics)
    }
}
