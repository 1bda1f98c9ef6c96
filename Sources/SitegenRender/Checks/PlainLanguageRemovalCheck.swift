import SitegenModel
import SitegenReadability

/// `remove:` in `plain_language.yml` names a word the built-in list does not have: a misspelling
/// ("utilise" for "utilize") would otherwise keep the suggestion it meant to stop, silently.
enum PlainLanguageRemovalCheck {
    static func check(_ site: Site) -> [Diagnostic] {
        let builtIn = PlainLanguageList.builtIn(language: site.config.language)
        let changes = site.plainLanguage
        return changes.removed.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.compactMap { word, line in
            guard builtIn.alternative(for: word) == nil else { return nil }
            return .warning(changes.path, line: line, "'\(word)' is not in sitegen's built-in plain-language list, so removing it changes nothing; check the spelling against docs/plain-language.md, or delete the line")
        }
    }
}
