import Yams
import SitegenModel

/// Reads the `languages:` of site.yml: the languages published besides the default one.
///
/// A setting a language leaves out is the site's: `title` (a site's name is often a brand, kept
/// in every language), `description` and `disclaimer` (the last with a warning: a medical
/// disclaimer in another language than the page is worth translating). `readability_target` is
/// not inherited, because each language is graded on its own scale; `direction` follows the code
/// (right to left for Arabic, Hebrew, Persian, Urdu and the like); `emergency_number` is the
/// region's when the code names one, else the site's.
enum LanguagesLoader {
    static let example = "languages:\n  es:\n    title: Biblioteca de salud"

    /// Checks the default language's code and reads `languages:`, sorted by code.
    static func languages(in fields: inout YAMLFields, default config: SiteConfig) -> [SiteLanguage] {
        let path = fields.path
        if let problem = LanguageCode.problem(config.language) {
            fields.report(.error(path, line: config.languageLine, describe(problem, code: config.language, key: "language")))
        }
        guard let node = fields.values["languages"], !isNull(node) else { return [] }
        guard let mapping = node.mapping else {
            fields.report(.error(path, line: fields.line(of: node), "'languages' must list each language's code with its settings below it, like:\n\(example)"))
            return []
        }
        var found: [SiteLanguage] = []
        for (keyNode, value) in mapping {
            let line = fields.line(of: keyNode)
            guard let written = keyNode.scalar?.string.trimmedWhitespace, !written.isEmpty else {
                fields.report(.error(path, line: line, "each entry of 'languages' must start with a language code, like:\n\(example)"))
                continue
            }
            if let problem = LanguageCode.problem(written) {
                fields.report(.error(path, line: line, describe(problem, code: written, key: "languages")))
                continue
            }
            let code = LanguageCode.canonical(written)
            if code.lowercased() == config.language.lowercased() {
                fields.report(.error(path, line: line, "'\(written)' is the site's default language ('language: \(config.language)'), published at the site root; remove it from 'languages'"))
                continue
            }
            if let same = found.first(where: { $0.code.lowercased() == code.lowercased() }) {
                fields.report(.error(path, line: line, "'\(written)' and '\(same.code)' (line \(same.line)) are the same language; keep one"))
                continue
            }
            if let language = language(code: code, line: line, value: value, in: &fields, default: config) {
                found.append(language)
            }
        }
        return found.sorted { $0.code.lowercased() < $1.code.lowercased() }
    }

    private static func language(code: String, line: Int, value: Node, in file: inout YAMLFields, default config: SiteConfig) -> SiteLanguage? {
        var language = SiteLanguage(
            code: code, title: config.title, description: config.description, disclaimer: config.disclaimer,
            disclaimerLine: config.disclaimerLine, direction: LanguageCode.isRightToLeft(code) ? .rtl : .ltr,
            pathPrefix: SiteLanguage.pathPrefix(forCode: code), line: line
        )
        // The region's number first: a site for the UK with a page for Mexico ('es-MX') needs 911 there.
        language.emergencyNumber = EmergencyNumber.regionDefault(forLanguage: code) ?? config.emergencyNumber
        if isNull(value) {
            noteInheritedDisclaimer(of: language, config: config, in: &file)
            return language
        }
        guard let mapping = value.mapping else {
            file.report(.error(file.path, line: file.line(of: value), "the settings of language '\(code)' must be indented below it, like:\n\(example)"))
            return nil
        }
        var fields = YAMLFields(mapping: mapping, in: file, knownKeys: SiteLanguage.knownKeys, what: "settings of language '\(code)'", unknownKey: .error)
        if let title = fields.string("title") { language.title = title }
        if let description = fields.string("description") { language.description = description }
        if let disclaimer = fields.string("disclaimer") {
            language.disclaimer = disclaimer
            language.disclaimerLine = fields.line(ofKey: "disclaimer")
        }
        language.readabilityTarget = fields.number("readability_target", example: "8", range: SiteConfig.readabilityTargets)
        if let number = fields.emergencyNumber() { language.emergencyNumber = number }
        if let written = fields.string("direction") {
            if let direction = SiteLanguage.Direction(rawValue: written.lowercased()) { language.direction = direction } else {
                fields.report(.error(file.path, line: fields.line(ofKey: "direction"), "'direction' must be 'ltr' (left to right) or 'rtl' (right to left), not '\(written)'"))
            }
        }
        fields.diagnostics.forEach { file.report($0) }
        guard fields.diagnostics.errors.isEmpty else { return nil }
        if fields.values["disclaimer"] == nil { noteInheritedDisclaimer(of: language, config: config, in: &file) }
        return language
    }

    private static func noteInheritedDisclaimer(of language: SiteLanguage, config: SiteConfig, in file: inout YAMLFields) {
        guard !config.disclaimer.isEmpty else { return }
        file.report(.warning(file.path, line: language.line, "language '\(language.code)' has no 'disclaimer' of its own; the site's disclaimer (in '\(config.language)') is shown on its pages"))
    }

    static func describe(_ problem: LanguageCode.Problem, code: String, key: String) -> String {
        switch problem {
        case .unknownLanguage(let language):
            "unknown language code '\(language)' in '\(key)'; use a two-letter ISO 639-1 code, like 'en', 'es' or 'fr', with a region or script if needed ('es-MX', 'pt-BR', 'zh-Hant')"
        case .malformed:
            "'\(code)' in '\(key)' is not a language code; write one like 'en', 'es', 'es-MX', 'pt-BR' or 'zh-Hant'"
        }
    }

    /// `key:` with nothing after it, `~` or `null`.
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        let text = scalar.string.trimmedWhitespace
        return text.isEmpty || text == "~" || text == "null"
    }
}
