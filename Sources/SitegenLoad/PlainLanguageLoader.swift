import Foundation
import Yams
import SitegenModel

/// Reads the optional `plain_language.yml`: the site's changes to the built-in list of complex
/// words and their everyday alternatives (`add:` a word with its alternative, `remove:` a word
/// never to suggest). Each language of `languages:` has its own file, `plain_language.es.yml`.
enum PlainLanguageLoader {
    static let path = "plain_language.yml"

    static func path(for code: String) -> String { "plain_language.\(code).yml" }

    static let example = "add:\n  utilise: use\nremove:\n  - medication"

    /// Each language's file in the site folder, and a warning for each one of no language.
    static func languageFiles(siteRoot: String, languages: [SiteLanguage]) -> (paths: [String: String], diagnostics: [Diagnostic]) {
        LanguageFiles.find(stem: "plain_language", what: "plain-language list", siteRoot: siteRoot, languages: languages)
    }

    /// `path`: `plain_language.es.yml` for a language's list. No file: no changes.
    static func load(siteRoot: String, path: String = Self.path) -> (changes: PlainLanguageChanges, diagnostics: [Diagnostic]) {
        let none = PlainLanguageChanges(path: path)
        if let outside = SourceTree.linkOutside(siteRoot: siteRoot, relative: path) { return (none, [outside]) }
        guard FileManager.default.fileExists(atPath: siteRoot + "/" + path) else { return (none, []) }
        switch TextFile.read(siteRoot + "/" + path, path: path) {
        case .success(let text): return read(text, path: path)
        case .failure(let problem): return (none, [problem])
        }
    }

    static func read(_ text: String, path: String) -> (changes: PlainLanguageChanges, diagnostics: [Diagnostic]) {
        var fields = YAMLFields(yaml: text, path: path, lineOffset: 0, knownKeys: ["add", "remove"], what: path, example: "add: {utilise: use}")
        var changes = PlainLanguageChanges(path: path)
        readAdded(&fields, into: &changes)
        readRemoved(&fields, into: &changes)
        for (word, line) in changes.removed.sorted(by: { $0.value < $1.value }) where changes.added[word] != nil {
            fields.report(.error(path, line: line, "'\(word)' is both added and removed; keep it under one of 'add' and 'remove'"))
        }
        return (fields.diagnostics.errors.isEmpty ? changes : PlainLanguageChanges(path: path), fields.diagnostics)
    }

    /// `add:`, a word or phrase with its alternative on each line.
    private static func readAdded(_ fields: inout YAMLFields, into changes: inout PlainLanguageChanges) {
        guard let node = fields.values["add"], !isEmpty(node) else { return }
        guard let mapping = node.mapping else {
            fields.report(.error(fields.path, line: fields.line(of: node), "'add' must list words or phrases, each with its everyday alternative after a colon, like:\n\(example)"))
            return
        }
        for (key, value) in mapping {
            let line = fields.line(of: key)
            guard let word = key.scalar.map({ PlainLanguageChanges.normalized($0.string) }), hasLetters(word) else {
                fields.report(.error(fields.path, line: line, "each word under 'add' must be a word or phrase with letters, like:\n\(example)"))
                continue
            }
            guard let alternative = value.scalar?.string.trimmedWhitespace, !alternative.isEmpty else {
                fields.report(.error(fields.path, line: line, "'\(word)' needs its everyday alternative as text after the colon, like 'utilise: use'"))
                continue
            }
            changes.added[word] = alternative
        }
    }

    /// `remove:`, a list of words or phrases.
    private static func readRemoved(_ fields: inout YAMLFields, into changes: inout PlainLanguageChanges) {
        guard let node = fields.values["remove"], !isEmpty(node) else { return }
        guard let items = node.sequence else {
            fields.report(.error(fields.path, line: fields.line(of: node), "'remove' must be a list of words or phrases, like:\n\(example)"))
            return
        }
        for item in items {
            let line = fields.line(of: item)
            guard let word = item.scalar.map({ PlainLanguageChanges.normalized($0.string) }), hasLetters(word) else {
                fields.report(.error(fields.path, line: line, "each entry under 'remove' must be a word or phrase with letters, like:\n\(example)"))
                continue
            }
            if changes.removed[word] == nil { changes.removed[word] = line }
        }
    }

    /// `add:` with nothing after it.
    private static func isEmpty(_ node: Node) -> Bool {
        node.scalar.map { $0.string.trimmedWhitespace.isEmpty || ($0.style == .plain && ["~", "null"].contains($0.string)) } ?? false
    }

    private static func hasLetters(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}
