import Testing
@testable import SitegenModel
@testable import SitegenLoad

@Suite struct ThemeStringsLoaderTests {
    let english = SiteLanguage(code: "en", title: "Library", pathPrefix: "", line: 3)
    let spanish = SiteLanguage(code: "es", title: "Biblioteca", pathPrefix: "es/", line: 7)
    let french = SiteLanguage(code: "fr", title: "Bibliothèque", pathPrefix: "fr/", line: 9)

    func messages(_ result: ThemeStringsLoader.Result) -> [String] { result.diagnostics.map(\.description) }

    @Test func builtInLanguagesNeedNoFile() {
        let result = ThemeStringsLoader.load(languages: [english, spanish], files: [:])
        #expect(result.diagnostics.isEmpty)
        #expect(result.strings == ["en": .english, "es": .spanish])
    }

    @Test func aFileChangesSomeTexts() {
        let result = ThemeStringsLoader.load(languages: [english, spanish], files: [
            "i18n/es.yml": "# Nuestro equipo prefiere:\nhome: Portada\nabout_section: \"Todo sobre {section}\"\n",
        ])
        #expect(result.diagnostics.isEmpty)
        #expect(result.strings["es"]?.text(.home) == "Portada")
        #expect(result.strings["es"]?.text(.about_section, ["section": "el asma"]) == "Todo sobre el asma")
        #expect(result.strings["es"]?.text(.previous) == "Anterior")
        #expect(result.strings["en"] == .english)
    }

    @Test func aLanguageWithoutBuiltInTextsWarnsForEachMissingKey() throws {
        let known = ThemeStringKey.allCases.filter { $0 != .skip_to_content && $0 != .search_more }
        let text = known.map { "\($0.rawValue): \"fr \($0.placeholders.map { "{\($0)}" }.joined(separator: " "))\"" }.joined(separator: "\n")
        let result = ThemeStringsLoader.load(languages: [french], files: ["i18n/fr.yml": text])
        #expect(messages(result) == [
            "i18n/fr.yml: warning: no text for 'skip_to_content'; the English text is used",
            "i18n/fr.yml: warning: no text for 'search_more'; the English text is used",
        ])
        let strings = try #require(result.strings["fr"])
        #expect(strings.text(.skip_to_content) == "Skip to main content")
        #expect(strings.text(.home) == "fr")
    }

    /// The switcher's note that a page is not in this language: without one, the page's own
    /// language says it (issue 28, requirement 2), and the warning says so.
    @Test func aLanguageWithoutItsNoteIsWarnedWhatIsShownInstead() {
        let result = ThemeStringsLoader.load(languages: [french], files: ["i18n/fr.yml": "home: Accueil\n"])
        #expect(messages(result).contains("i18n/fr.yml: warning: no text for 'language_missing'; a page with no 'fr' version says so in the page's own language"), "\(messages(result))")
        #expect(messages(result).contains("i18n/fr.yml: warning: no text for 'on_this_page'; the English text is used"))
        #expect(result.strings["fr"]?.texts[.language_missing] == nil)
    }

    @Test func aLanguageWithoutBuiltInTextsOrFileIsOneWarning() {
        let result = ThemeStringsLoader.load(languages: [english, french], files: [:])
        #expect(messages(result) == [
            "site.yml:9: warning: sitegen has no theme texts in 'fr' and there is no i18n/fr.yml; the English texts are used on its pages",
        ])
        // Every text English, but no note that a page is not in English: that one is in the page's language.
        #expect(result.strings["fr"] == ThemeStrings.english.removing(.language_missing))
    }

    @Test func unknownKey() {
        let result = ThemeStringsLoader.load(languages: [spanish], files: ["i18n/es.yml": "home: Inicio\nskip_to_contnet: Saltar\n"])
        #expect(messages(result) == ["i18n/es.yml:2: error: unknown key 'skip_to_contnet' in the i18n file; did you mean 'skip_to_content'? Correct its spelling: the value of a misspelt key is not used"])
    }

    @Test func notAMapping() {
        let result = ThemeStringsLoader.load(languages: [spanish], files: ["i18n/es.yml": "- home: Inicio\n"])
        #expect(messages(result) == ["i18n/es.yml:1: error: i18n file must be a list of 'key: value' lines, like 'skip_to_content: Saltar al contenido principal'"])
    }

    @Test func valueNotText() {
        let result = ThemeStringsLoader.load(languages: [spanish], files: ["i18n/es.yml": "home:\n  - Inicio\nprevious:\n"])
        #expect(messages(result) == [
            "i18n/es.yml:2: error: 'home' must be text, not a list",
            "i18n/es.yml:3: error: 'previous' is empty; write its text after the colon, or remove the line to keep the built-in text",
        ])
    }

    @Test func unknownPlaceholder() {
        let result = ThemeStringsLoader.load(languages: [spanish], files: ["i18n/es.yml": "about_section: Sobre {sección}\nhome: Inicio {site}\n"])
        #expect(messages(result) == [
            "i18n/es.yml:1: error: 'about_section' has '{sección}', which sitegen does not fill in; it can use {section}",
            "i18n/es.yml:2: error: 'home' has '{site}', which sitegen does not fill in; it takes none",
        ])
    }

    @Test func invalidYAML() {
        let result = ThemeStringsLoader.load(languages: [spanish], files: ["i18n/es.yml": "home: \"Inicio\n"])
        #expect(result.diagnostics.errors.count == 1)
        #expect(result.diagnostics.first?.path == "i18n/es.yml")
    }

    @Test func filesNoLanguageUses() {
        let result = ThemeStringsLoader.load(languages: [english, spanish], files: ["i18n/ES.yml": "home: Portada\n", "i18n/de.yml": "home: Start\n", "i18n/notes.txt": "x"])
        #expect(result.strings["es"]?.text(.home) == "Portada")
        #expect(messages(result) == [
            "i18n/de.yml: warning: site.yml has no language 'de', so this file is not used",
            "i18n/notes.txt: warning: this file is not used: the theme's texts for a language go in i18n/<code>.yml, like i18n/es.yml",
        ])
    }
}
