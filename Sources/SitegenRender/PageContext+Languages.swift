import SitegenModel

/// What a page knows of the site's other languages: the switcher's links and the `hreflang`
/// alternates. Nothing when the site has one language.
extension PageContext {
    /// The relative path from the folder `url` to the home page of the page's language: the site
    /// root in the default language, `es/` in Spanish.
    func languageRoot(from url: String) -> String {
        site.language.isDefault ? RelativeURL.root(from: url) : RelativeURL.from(url, to: site.language.pathPrefix)
    }

    /// - Parameters:
    ///   - key: the page's `linkKey`, or a generated page's `GeneratedPage.versionKey`.
    ///   - suffix: what follows each version's address (`print/`: the handout of a section, which
    ///     has no alternates of its own: it stands for its section).
    func addLanguages(of key: String, url: String, to context: inout TemplateValues, suffix: String = "") {
        let table = site.translations
        guard !table.isEmpty else { return }
        let versions = table.versions[key] ?? []
        context[CommonValue.languages] = table.languages.map { language -> [String: Any] in
            let version = versions.first { $0.code == language.code }
            var item = TemplateValues.item([
                LanguageLinkValue.code: language.code, .name: LanguageNames.autonym(language.code),
                .url: RelativeURL.from(url, to: version.map { $0.url + suffix } ?? language.pathPrefix),
            ] as KeyValuePairs<LanguageLinkValue, Any>)
            if language.code == site.language.code { item[LanguageLinkValue.is_current.rawValue] = true }
            if version != nil || language.code == site.language.code {
                item[LanguageLinkValue.has_page.rawValue] = true
            } else {
                let note = missingNote(for: language.code)
                item[LanguageLinkValue.missing.rawValue] = note.text
                item[LanguageLinkValue.missing_lang.rawValue] = note.lang
            }
            return item
        }
        context[CommonValue.has_languages] = true
        // Search engines take only absolute addresses here: none while the site's is unknown.
        guard suffix.isEmpty, versions.count > 1, let base = site.config.baseURL else { return }
        var alternates = versions.map { TemplateValues.item([AlternateValue.hreflang: $0.code, .url: base + URLPath.encoded($0.url)]) }
        if let original = versions.first(where: { $0.code == table.languages.first?.code }) {
            alternates.append(TemplateValues.item([AlternateValue.hreflang: "x-default", .url: base + URLPath.encoded(original.url)]))
        }
        context[CommonValue.alternates] = alternates
        context[CommonValue.has_alternates] = true
    }

    /// That this page has no version in the language `code`, in that language's words (its
    /// readers are the ones who follow the link), or, when it has none of its own (a language
    /// sitegen has no texts for, whose `i18n/` file leaves `language_missing` out), in this
    /// page's, else in English; with the language it is written in, for `lang`.
    func missingNote(for code: String) -> (text: String, lang: String) {
        for (strings, language) in [(site.translations.strings[code], code), (site.strings, site.config.language)] {
            if let text = strings?.texts[.language_missing] {
                return (FillableText(text).filled(["language": LanguageNames.name(of: code, in: language)]), language)
            }
        }
        return (ThemeStrings.english.text(.language_missing, ["language": LanguageNames.name(of: code, in: "en")]), "en")
    }
}
