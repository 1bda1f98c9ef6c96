import Foundation
import Testing
@testable import SitegenModel

@Suite struct ThemeStringsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's templates, by path.
    static func templates() throws -> [(path: String, text: String)] {
        var paths: [String] = []
        for folder in ["templates", "templates/partials"] {
            paths += try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".mustache") }.map { "\(folder)/\($0)" }
        }
        return try paths.sorted().map { ($0, try String(contentsOf: repository.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// Every word the theme shows is one of its texts (`{{t.…}}`): with the Mustache tags taken
    /// out, no letter is left between the HTML tags or in an attribute a reader sees or hears.
    @Test func theThemeHasNoWordsOfItsOwn() throws {
        let templates = try Self.templates()
        #expect(templates.count > 10)
        for (path, text) in templates {
            let withoutMustache = text.replacing(/\{\{[\s\S]*?\}\}/, with: "")
            let between = withoutMustache.replacing(/<[^>]*>/, with: " ")
            let attributes = withoutMustache.matches(of: /(?:aria-label|title|alt|placeholder|value)="([^"]*)"/).map { String($0.output.1) }
            for words in [between] + attributes {
                let letters = words.filter(\.isLetter)
                #expect(letters.isEmpty, "\(path) shows words of its own: \(words.split(whereSeparator: \.isNewline).filter { $0.contains(where: \.isLetter) })")
            }
        }
        // The check finds a word left in a template.
        #expect(!"<h2>{{t.sources}}</h2> Last reviewed".replacing(/\{\{[\s\S]*?\}\}/, with: "").replacing(/<[^>]*>/, with: " ").filter(\.isLetter).isEmpty)
    }

    /// search.js shows the search page's texts, and these English ones for a theme without them.
    @Test func searchScriptFallsBackToTheEnglishTexts() throws {
        let script = try String(contentsOf: Self.repository.appendingPathComponent("templates/static/search.js"), encoding: .utf8)
        let keys: [(ThemeStringKey, String)] = [
            (.search_unavailable, "unavailable"), (.search_keep_typing, "keepTyping"), (.search_no_results, "noResults"),
            (.search_result_one, "resultOne"), (.search_results, "results"), (.search_at_least, "atLeast"), (.search_some, "some"),
        ]
        for (key, name) in keys {
            let written = ThemeStrings.english.text(key).replacingOccurrences(of: "“", with: "\\u201C").replacingOccurrences(of: "”", with: "\\u201D")
            #expect(script.contains("    \(name): '\(written)',\n"), "\(key)")
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
        // A `{` before a placeholder is text; the text split once fills many pages alike.
        #expect(ThemeStrings([.search: "{a{b} {c}"]).text(.search, ["b": "x", "a{b": "no"]) == "{ax {c}")
        let text = FillableText("{title} – {site}")
        #expect(text.filled(["title": "Asthma", "site": "Library"]) == "Asthma – Library")
        #expect(text.filled(["title": "Lupus"]) == "Lupus – {site}")
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
