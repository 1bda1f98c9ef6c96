import Testing
@testable import SitegenModel
@testable import SitegenLoad

@Suite struct LanguagesTests {
    static let head = """
        title: Riverbend Health Library
        base_url: https://www.clinic-health.org/
        language: en
        description: Plain guides.
        disclaimer: Not medical advice.

        """

    func load(_ text: String) -> (SiteConfig?, [String]) {
        let (config, diagnostics) = SiteConfigLoader.load(text: text, baseURLOverride: nil)
        return (config, diagnostics.map(\.description))
    }

    @Test func readsEveryLanguageSettingInCodeOrder() throws {
        let (config, messages) = load(Self.head + """
            languages:
              pt-BR:
                title: Biblioteca de Saúde
                disclaimer: Não é conselho médico.
              es:
                title: Biblioteca de salud
                description: Guías sencillas.
                disclaimer: No es un consejo médico.
                readability_target: 70
              ar:
                direction: ltr
            """)
        #expect(messages == ["site.yml:15: warning: language 'ar' has no 'disclaimer' of its own; the site's disclaimer (in 'en') is shown on its pages"])
        let languages = try #require(config?.languages)
        #expect(languages.map(\.code) == ["ar", "es", "pt-BR"])
        #expect(languages.map(\.pathPrefix) == ["ar/", "es/", "pt-br/"])
        #expect(languages[1] == SiteLanguage(
            code: "es", title: "Biblioteca de salud", description: "Guías sencillas.", disclaimer: "No es un consejo médico.",
            disclaimerLine: 13, readabilityTarget: 70, direction: .ltr, pathPrefix: "es/", line: 10
        ))
        // Left out: the site's title, description and disclaimer; a target of its own or none.
        #expect(languages[0].title == "Riverbend Health Library")
        #expect(languages[0].direction == .ltr)  // written, though Arabic is right to left
        #expect(languages[2].description == "Plain guides.")
        #expect(languages[2].readabilityTarget == nil)
        #expect(config?.language(code: "PT-br")?.code == "pt-BR")
        #expect(config?.language(code: "fr") == nil)
    }

    @Test func defaultLanguageComesFromTheTopLevel() throws {
        let config = try #require(load(Self.head + "readability_target: 7\n").0)
        #expect(config.languages.isEmpty)
        #expect(config.defaultLanguage == SiteLanguage(
            code: "en", title: "Riverbend Health Library", description: "Plain guides.", disclaimer: "Not medical advice.",
            disclaimerLine: 5, readabilityTarget: 7, direction: .ltr, pathPrefix: "", line: 3
        ))
        #expect(config.allLanguages.map(\.code) == ["en"])
        #expect(config.language(code: "EN")?.isDefault == true)
    }

    @Test func rightToLeftFollowsTheCodeUnlessWritten() throws {
        let config = try #require(load("title: T\nbase_url: https://www.clinic-health.org/\nlanguage: ar\nlanguages:\n  he:\n  fa-IR:\n    direction: RTL\n  yi:\n    direction: ltr\n").0)
        #expect(config.direction == .rtl)
        #expect(config.languages.map(\.direction) == [.rtl, .rtl, .ltr])
    }

    @Test func aLanguageWithoutItsOwnDisclaimerIsAWarning() throws {
        let (config, messages) = load(Self.head + "languages:\n  es:\n    title: Biblioteca\n  fr:\n")
        #expect(messages == [
            "site.yml:7: warning: language 'es' has no 'disclaimer' of its own; the site's disclaimer (in 'en') is shown on its pages",
            "site.yml:9: warning: language 'fr' has no 'disclaimer' of its own; the site's disclaimer (in 'en') is shown on its pages",
        ])
        #expect(config?.languages.map(\.disclaimer) == ["Not medical advice.", "Not medical advice."])
        #expect(config?.languages.map(\.disclaimerLine) == [5, 5])
    }

    @Test func unknownCodes() {
        let (config, messages) = load(Self.head + "languages:\n  xx:\n    title: X\n  es_MX:\n    title: Y\n")
        #expect(config == nil)
        #expect(messages == [
            "site.yml:7: error: unknown language code 'xx' in 'languages'; use a two-letter ISO 639-1 code, like 'en', 'es' or 'fr', with a region or script if needed ('es-MX', 'pt-BR', 'zh-Hant')",
            "site.yml:9: error: 'es_MX' in 'languages' is not a language code; write one like 'en', 'es', 'es-MX', 'pt-BR' or 'zh-Hant'",
        ])
    }

    @Test func defaultLanguageMustBeKnown() {
        #expect(load("title: T\nbase_url: https://www.clinic-health.org/\nlanguage: english\n").1 == [
            "site.yml:3: error: 'english' in 'language' is not a language code; write one like 'en', 'es', 'es-MX', 'pt-BR' or 'zh-Hant'",
        ])
        #expect(load("title: T\nbase_url: https://www.clinic-health.org/\nlanguage: qq-GB\n").1 == [
            "site.yml:3: error: unknown language code 'qq' in 'language'; use a two-letter ISO 639-1 code, like 'en', 'es' or 'fr', with a region or script if needed ('es-MX', 'pt-BR', 'zh-Hant')",
        ])
    }

    @Test func defaultLanguageRepeated() {
        #expect(load(Self.head + "languages:\n  EN:\n    disclaimer: x\n").1 == [
            "site.yml:7: error: 'EN' is the site's default language ('language: en'), published at the site root; remove it from 'languages'",
        ])
    }

    @Test func codesDifferingOnlyInCase() {
        #expect(load(Self.head + "languages:\n  es-MX:\n    disclaimer: x\n  es-mx:\n    disclaimer: y\n").1 == [
            "site.yml:9: error: 'es-mx' and 'es-MX' (line 7) are the same language; keep one",
        ])
    }

    @Test func languagesNotAMapping() {
        let expected = "site.yml:6: error: 'languages' must list each language's code with its settings below it, like:\n\(LanguagesLoader.example)"
        #expect(load(Self.head + "languages: es\n").1 == [expected])
        #expect(load(Self.head + "languages:\n  - es\n").1 == [expected.replacingOccurrences(of: "site.yml:6", with: "site.yml:7")])
    }

    @Test func languageSettingsNotAMapping() {
        #expect(load(Self.head + "languages:\n  es: Español\n").1 == [
            "site.yml:7: error: the settings of language 'es' must be indented below it, like:\n\(LanguagesLoader.example)",
        ])
    }

    @Test func unknownKeyInALanguage() {
        #expect(load(Self.head + "languages:\n  es:\n    disclaimer: x\n    titel: Biblioteca\n").1 == [
            "site.yml:9: error: unknown key 'titel' in the settings of language 'es'; did you mean 'title'? Correct its spelling: the value of a misspelt key is not used",
        ])
    }

    @Test func wrongTypesInALanguage() {
        #expect(load(Self.head + "languages:\n  es:\n    disclaimer: x\n    readability_target: easy\n    title: [a, b]\n    direction: up\n").1 == [
            "site.yml:10: error: 'title' must be text, not a list",
            "site.yml:9: error: 'readability_target' must be a number from 0 to 100, like 'readability_target: 8' (found 'easy')",
            "site.yml:11: error: 'direction' must be 'ltr' (left to right) or 'rtl' (right to left), not 'up'",
        ])
    }

    @Test func wrongDirectionAtTheTopLevel() {
        #expect(load(Self.head + "direction: sideways\n").1 == [
            "site.yml:6: error: 'direction' must be 'ltr' (left to right) or 'rtl' (right to left), not 'sideways'",
        ])
    }

    @Test func emptyLanguagesIsNone() throws {
        #expect(try #require(load(Self.head + "languages:\n").0).languages.isEmpty)
        #expect(try #require(load(Self.head + "languages: {}\n").0).languages.isEmpty)
    }

    @Test func languageFolderThatIsASection() {
        let languages = [
            SiteLanguage(code: "es", title: "B", pathPrefix: "es/", line: 7),
            SiteLanguage(code: "pt-BR", title: "B", pathPrefix: "pt-br/", line: 9),
            SiteLanguage(code: "fr", title: "B", pathPrefix: "fr/", line: 11),
        ]
        let sections = [
            LanguageFolders.SectionFolder(address: "ES", path: "content/ES"),
            LanguageFolders.SectionFolder(address: "pt-br/", path: "content/Pt BR"),
            LanguageFolders.SectionFolder(address: "french", path: "content/french"),
        ]
        #expect(LanguageFolders.clashes(languages: languages, sectionFolders: sections).map(\.description) == [
            "site.yml:7: error: language 'es' is published under /es/, the address of the section content/ES; rename the section's folder (translations go beside their originals, like 'symptoms.es.md', not in a folder)",
            "site.yml:9: error: language 'pt-BR' is published under /pt-br/, the address of the section content/Pt BR; rename the section's folder (translations go beside their originals, like 'symptoms.pt-BR.md', not in a folder)",
        ])
        // The default language is at the root: it has no folder to clash with.
        #expect(LanguageFolders.clashes(languages: [SiteLanguage(code: "en", title: "B", pathPrefix: "")], sectionFolders: sections).isEmpty)
    }
}
