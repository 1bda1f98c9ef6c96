import SitegenModel

/// Reads `i18n/<code>.yml`: a site's own texts for the theme, adding a language sitegen has no
/// texts for or changing some of a built-in one (English, Spanish).
package enum ThemeStringsLoader {
    package static let folder = "i18n"

    package struct Result: Sendable, Equatable {
        /// The theme's texts for every language of the site, by `SiteLanguage.code`.
        package var strings: [String: ThemeStrings]
        package var diagnostics: [Diagnostic]
        /// By code: the file that changed a language's texts, and the line of each text it
        /// holds, for later messages about them (an address that is a section's).
        package var files: [String: TextLines] = [:]
    }

    package struct TextLines: Sendable, Equatable {
        package var path: String
        package var lines: [ThemeStringKey: Int]
    }

    package static func path(for code: String) -> String { "\(folder)/\(code).yml" }

    /// `files`: the text of every file in `i18n/`, by its path from the site folder
    /// (`i18n/es.yml`); `languages`: every language of the site, the default one included.
    package static func load(languages: [SiteLanguage], files: [String: String]) -> Result {
        var result = Result(strings: [:], diagnostics: [])
        var used: Set<String> = []
        for language in languages {
            let file = files.keys.sorted().first { $0.lowercased() == path(for: language.code).lowercased() }
            let builtIn = ThemeStrings.builtIn(for: language.code)
            // A language sitegen has no texts for has no `language_missing` until its file gives
            // one: the English note says "the English home page", which is not its home page.
            var strings = builtIn ?? ThemeStrings.english.removing(.language_missing)
            if let file, let text = files[file] {
                used.insert(file)
                let (overrides, diagnostics, lines) = read(text, path: file)
                result.diagnostics += diagnostics
                result.files[language.code] = TextLines(path: file, lines: lines)
                strings = strings.merging(overrides)
                if builtIn == nil {
                    for key in ThemeStringKey.allCases where overrides[key] == nil && !diagnostics.contains(where: { $0.severity == .error }) {
                        let shown = key == .language_missing ? "a page with no '\(language.code)' version says so in the page's own language" : "the English text is used"
                        result.diagnostics.append(.warning(file, "no text for '\(key.rawValue)'; \(shown)"))
                    }
                }
            } else if builtIn == nil {
                result.diagnostics.append(.warning(
                    SiteConfig.path, line: language.line,
                    "sitegen has no theme texts in '\(language.code)' and there is no \(path(for: language.code)); the English texts are used on its pages"
                ))
            }
            result.strings[language.code] = strings
        }
        for file in files.keys.sorted() where !used.contains(file) {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            let message = name.hasSuffix(".yml")
                ? "site.yml has no language '\(name.dropLast(4))', so this file is not used"
                : "this file is not used: the theme's texts for a language go in \(path(for: "<code>")), like \(path(for: "es"))"
            result.diagnostics.append(.warning(file, message))
        }
        return result
    }

    /// The texts of one file, checked: every key known, every value text, every `{name}` one the
    /// renderer fills in.
    static func read(_ text: String, path: String) -> ([ThemeStringKey: String], [Diagnostic], [ThemeStringKey: Int]) {
        let known = ThemeStringKey.allCases.map(\.rawValue)
        var fields = YAMLFields(
            yaml: text, path: path, lineOffset: 0, knownKeys: known, what: "i18n file",
            unknownKey: .error, example: "skip_to_content: Saltar al contenido principal"
        )
        var texts: [ThemeStringKey: String] = [:]
        var lines: [ThemeStringKey: Int] = [:]
        let written = ThemeStringKey.allCases.filter { fields.values[$0.rawValue] != nil }
        for key in written.sorted(by: { fields.line(ofKey: $0.rawValue) < fields.line(ofKey: $1.rawValue) }) {
            guard let value = fields.string(key.rawValue) else {
                if fields.values[key.rawValue]?.scalar != nil {
                    fields.report(.error(path, line: fields.line(ofKey: key.rawValue), "'\(key.rawValue)' is empty; write its text after the colon, or remove the line to keep the built-in text"))
                }
                continue
            }
            let unknown = ThemeStrings.placeholders(in: value).filter { !key.placeholders.contains($0) }
            if let name = unknown.first {
                let allowed = key.placeholders.isEmpty ? "it takes none" : "it can use " + key.placeholders.map { "{\($0)}" }.joined(separator: ", ")
                fields.report(.error(path, line: fields.line(ofKey: key.rawValue), "'\(key.rawValue)' has '{\(name)}', which sitegen does not fill in; \(allowed)"))
                continue
            }
            if GeneratedPage.allCases.contains(where: { $0.addressKey == key }), let problem = addressProblem(key, value) {
                fields.report(.error(path, line: fields.line(ofKey: key.rawValue), problem))
                continue
            }
            texts[key] = value
            lines[key] = fields.line(ofKey: key.rawValue)
        }
        return (texts, fields.diagnostics, lines)
    }
}

extension ThemeStringsLoader {
    /// What is wrong with `value` as the last part of a page's address (`glossary_address`): it
    /// must be what a slug is (lowercase letters and digits of any script, single hyphens), so it
    /// cannot leave the language's folder and every browser and server writes it the same way.
    static func addressProblem(_ key: ThemeStringKey, _ value: String) -> String? {
        let slug = Slug.make(value)
        if slug == value { return nil }
        let example = key == .search_address ? "buscar" : "glosario"
        if slug.isEmpty { return "'\(key.rawValue)' is '\(value)', which has no letters or digits to make a web address from; write the address's last part, like '\(example)'" }
        return "'\(key.rawValue)' is '\(value)', which cannot be a web address's last part as it is; write '\(slug)' (lowercase letters, digits and single hyphens)"
    }

    /// Reads every file of the site's `i18n/` (none when there is no such folder; a link out of the
    /// site folder is refused as everywhere) and loads the texts of `languages` from them.
    package static func load(siteRoot: String, languages: [SiteLanguage]) -> Result {
        let tree = SourceTree(siteRoot: siteRoot, folder: folder)
        var diagnostics = tree.diagnostics
        var files: [String: String] = [:]
        for file in tree.files {
            switch TextFile.read(file.absolute, path: file.relative) {
            case .success(let text): files[file.relative] = text
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        var result = load(languages: languages, files: files)
        result.diagnostics = diagnostics + result.diagnostics
        return result
    }
}
