import Foundation
import Testing
@testable import SitegenModel

@Suite struct ThemeStringsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Where each text is shown today: the templates, the search script, or the renderer.
    static func shownText() throws -> String {
        let fileManager = FileManager.default
        var places = ["templates/static/search.js"]
        for folder in ["templates", "templates/partials"] {
            places += try fileManager.contentsOfDirectory(atPath: repository.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".mustache") }.map { "\(folder)/\($0)" }
        }
        places += ["PageContext.swift", "AliasPages.swift"].map { "Sources/SitegenRender/\($0)" }
        return try places.map { try String(contentsOf: repository.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
    }

    /// The English texts are the theme's own, so the English site stays byte-identical once the
    /// theme reads them: every piece between `{placeholders}` is in a template, the search script
    /// or the renderer.
    @Test func englishTextsAreTheThemesTexts() throws {
        let shown = try Self.shownText()
        for key in ThemeStringKey.allCases {
            let text = ThemeStrings.english.text(key)
            #expect(!text.isEmpty, "\(key)")
            var pieces = text.split(separator: "{").map { piece in piece.split(separator: "}", maxSplits: 1).last.map(String.init) ?? "" }
            pieces = pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if [.search_result_one, .search_results].contains(key) {
                pieces = [key == .search_result_one ? "' result'" : "' results'", "' for '"]  // built from parts by search.js
            }
            if key == .search_keep_typing { pieces = ["Keep typing: single letters and common words like \\u201Cthe\\u201D are not searched."] }
            for piece in pieces {
                let isShown = shown.contains(piece)  // not in the expectation: it would print every template
                #expect(isShown, "\(key): '\(piece)' is not shown by the theme")
            }
        }
    }

    @Test func spanishHasEveryTextWithTheSamePlaceholders() {
        for key in ThemeStringKey.allCases {
            let english = ThemeStrings.english.texts[key]
            let spanish = ThemeStrings.spanish.texts[key]
            #expect(english != nil && spanish != nil, "\(key)")
            #expect(Set(ThemeStrings.placeholders(in: english ?? "")) == Set(key.placeholders), "\(key)")
            #expect(Set(ThemeStrings.placeholders(in: spanish ?? "")) == Set(key.placeholders), "\(key)")
            #expect(spanish != english, "\(key) is not translated")
        }
        #expect(ThemeStrings.spanish.text(.skip_to_content) == "Saltar al contenido principal")
        #expect(ThemeStrings.spanish.text(.on_this_page) == "En esta página")
    }

    @Test func fillsInPlaceholdersInOnePass() {
        #expect(ThemeStrings.english.text(.about_section, ["section": "Asthma"]) == "About Asthma")
        #expect(ThemeStrings.spanish.text(.print_description, ["section": "Asma"]) == "Todas las páginas sobre Asma en una sola, para imprimir.")
        #expect(ThemeStrings.english.text(.page_moved_title, ["title": "{site} notes", "site": "Library"]) == "This page has moved: {site} notes – Library")
        #expect(ThemeStrings.english.text(.search_results, ["count": "3"]) == "3 results for {query}")
        #expect(ThemeStrings([.search: "a {b"]).text(.search, ["b": "x"]) == "a {b")
    }

    @Test func missingTextIsEnglish() {
        #expect(ThemeStrings([:]).text(.previous) == "Previous")
        let byName = ThemeStrings([.next: "Suivant"]).byName
        #expect(byName.count == ThemeStringKey.allCases.count)
        #expect(byName["next"] == "Suivant")
        #expect(byName["previous"] == "Previous")
        #expect(byName["about_section"] == "About {section}")
        #expect(ThemeStrings.builtIn(for: "es-MX") == .spanish)
        #expect(ThemeStrings.builtIn(for: "en-GB") == .english)
        #expect(ThemeStrings.builtIn(for: "fr") == nil)
    }

    @Test func placeholderNames() {
        #expect(ThemeStrings.placeholders(in: "{count} results for {query} {} {a b}") == ["count", "query"])
    }
}
