import Foundation
import SitegenModel

/// The files a site keeps per language beside its default one (`glossary.es.yml` beside
/// `glossary.yml`, `plain_language.es.yml` beside `plain_language.yml`).
enum LanguageFiles {
    /// Each language's file as it is named in the site folder, matched without regard to case as
    /// language codes are (`languages: {ES: …}` reads `glossary.es.yml`), with a warning for each
    /// file of a language site.yml does not list. `stem` is the default file's name without
    /// `.yml`; `what` names the file in the warning ("glossary").
    static func find(stem: String, what: String, siteRoot: String, languages: [SiteLanguage]) -> (paths: [String: String], diagnostics: [Diagnostic]) {
        let prefix = stem + ".", defaultName = stem + ".yml"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: siteRoot)) ?? []).filter {
            $0.hasPrefix(prefix) && $0.hasSuffix(".yml") && $0 != defaultName
        }.sorted()
        var paths: [String: String] = [:]
        for language in languages {
            let wanted = "\(prefix)\(language.code).yml"
            paths[language.code] = names.first { $0.lowercased() == wanted.lowercased() } ?? wanted
        }
        let unused = names.filter { !paths.values.contains($0) }
        return (paths, unused.map { name in
            let code = name.dropFirst(prefix.count).dropLast(".yml".count)
            return .warning(name, "site.yml has no language '\(code)' under 'languages:', so this \(what) is not used; add the language, or rename the file")
        })
    }
}
