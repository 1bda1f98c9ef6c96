import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenReadability

@Suite struct PlainLanguageListTests {
    /// The suggestions for `blocks`, each block a paragraph starting on the line after the last.
    func found(_ blocks: [String], list: PlainLanguageList = .english, accepted: [String] = []) -> [String] {
        var scanner = PlainLanguageScanner(PlainLanguageMatcher(list), accepted: accepted)
        for (index, block) in blocks.enumerated() {
            scanner.startBlock()
            for (offset, line) in block.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                scanner.add((offset > 0 ? " " : "") + line, line: index * 10 + offset + 1)
            }
        }
        return scanner.finish().map { "\($0.line): \($0.message)" }
    }

    @Test func firstUseOnlyWholeWordsAnyCase() {
        #expect(found(["Utilize it. Doctors utilize tests.", "We can utilize more."]) == ["1: 'utilize': say 'use'"])
        #expect(found(["Reutilize the utilizer and utilize-them."]) == [])
    }

    @Test func phrasesRunAcrossSpacesAndLinesNotBlocks() {
        #expect(found(["We came in  order\nto help."]) == ["1: 'in order to': say 'to'"])
        #expect(found(["We came in order", "to help."]) == [])
    }

    @Test func theLongestPhraseWins() {
        #expect(found(["In addition to rest, drink water. In addition, sleep."]) == [
            "1: 'in addition to': say 'as well as'", "1: 'in addition': say 'also'",
        ])
    }

    @Test func aNoteStaysOutsideTheQuotes() {
        #expect(found(["Gum inflammation hurts."]) == ["1: 'inflammation': say 'swelling' (not exact: inflammation is also redness, heat and pain)"])
        #expect(PlainLanguageList.message(word: "x", alternative: "(y)") == "'x': say '(y)'")
    }

    @Test func namesAndTermsBeingIntroducedAreLeftAlone() {
        // A capital inside a sentence, brackets, "called" and "known as": the page names the term.
        #expect(found(["The National Institute of Neurological Disorders funds it."]) == [])
        #expect(found(["Neurological problems start early."]) == ["1: 'neurological': say 'brain and nerve'"])
        #expect(found(["You may faint (syncope). It is also called hypertension, or known as myopathy."]) == [])
        #expect(found(["It is called syncope. Syncope is fainting."]) == ["1: 'syncope': say 'fainting'"])
        // The page explains the word: in brackets after it, or by defining it at the start of a sentence.
        #expect(found(["It causes dysphagia (trouble swallowing). Syncope is a faint. A fracture means a break. Edema refers to swelling."]) == [])
        #expect(found(["Hypertension is common, and a fracture is a break."]) == [
            "1: 'hypertension': say 'high blood pressure'", "1: 'fracture': say 'broken bone'",
        ])
        // Names whose words do not mean the everyday word.
        #expect(found(["Pulmonary hypertension is not the same as hypertension."]) == ["1: 'hypertension': say 'high blood pressure'"])
    }

    @Test func possessivesAndTypographicApostrophes() {
        #expect(found(["Ask your physician’s nurse."]) == ["1: 'physician': say 'doctor'"])
    }

    @Test func acceptedWordsAreNotSuggested() {
        #expect(found(["Utilize it in order to rest."], accepted: ["utilize"]) == ["1: 'in order to': say 'to'"])
    }

    @Test func siteChangesAddAndRemove() {
        let list = PlainLanguageList.forSite(language: "en-GB", changes: PlainLanguageChanges(added: ["creatine kinase": "CK"], removed: ["utilize": 3]))
        #expect(list.alternative(for: "utilize") == nil)
        #expect(list.alternative(for: "Creatine  Kinase") == "CK")
        #expect(found(["Utilize the creatine kinase test."], list: list) == ["1: 'creatine kinase': say 'CK'"])
        // A language without a built-in list has only the site's entries.
        #expect(PlainLanguageList.forSite(language: "fr", changes: PlainLanguageChanges(added: ["utiliser": "se servir de"])).entries == ["utiliser": "se servir de"])
    }

    @Test func theAPIOtherChecksUse() {
        #expect(PlainLanguageList.builtIn(language: "en").alternative(for: "utilize") == "use")
        #expect(PlainLanguageList.builtIn(language: "en-US").alternative(for: "In Order To") == "to")
        #expect(PlainLanguageList.builtIn(language: "es-MX").alternative(for: "fármaco") == "medicina")
        #expect(PlainLanguageList.builtIn(language: "en").alternative(for: "pulmonary hypertension") == nil)
        #expect(PlainLanguageList.builtIn(language: "de").isEmpty)
    }

    @Test func spanishWordsWithAccentsAndCapitals() {
        let list = PlainLanguageList.builtIn(language: "es")
        #expect(found(["Fármacos para la cefalea. Se debe acudir al médico en caso de que empeore."], list: list) == [
            "1: 'fármacos': say 'medicinas'", "1: 'cefalea': say 'dolor de cabeza'", "1: 'acudir': say 'ir'", "1: 'en caso de que': say 'si'",
        ])
        #expect(found(["La hipertensión pulmonar no es hipertensión."], list: list) == ["1: 'hipertensión': say 'presión alta'"])
    }

    @Test func theListsAreBigEnoughAndEachEntryIsWrittenOnce() {
        #expect(PlainLanguageList.english.entries.count >= 250)
        #expect(PlainLanguageList.spanish.entries.count >= 80)
        for sources in [PlainLanguageList.englishSources, PlainLanguageList.spanishSources] {
            let words = sources.flatMap(\.entries).map { PlainLanguageChanges.normalized($0.0) }
            #expect(Set(words).count == words.count, "written twice: \(Dictionary(grouping: words, by: { $0 }).filter { $1.count > 1 }.keys.sorted())")
            for (word, alternative) in sources.flatMap(\.entries) {
                #expect(word == PlainLanguageChanges.normalized(word), "\(word)")
                #expect(!PlainLanguageWords.split(word).isEmpty && !alternative.isEmpty, "\(word)")
            }
        }
        // A name protects a word of the list, or it has no reason to be there.
        for list in [PlainLanguageList.english, PlainLanguageList.spanish] {
            for name in list.names {
                let words = name.split(separator: " ").map(String.init)
                let holds = (0..<words.count).contains { start in (start..<words.count).contains { end in list.entries[words[start...end].joined(separator: " ")] != nil } }
                #expect(holds, "\(name)")
            }
        }
    }

    /// docs/plain-language.md lists every entry and name, so an editor can look a word up there.
    @Test func theDocsListEveryEntry() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/plain-language.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for (word, alternative) in (PlainLanguageList.englishSources + PlainLanguageList.spanishSources).flatMap(\.entries) {
            #expect(text.contains("| \(word) | \(alternative) |"), "\(word)")
        }
        for name in PlainLanguageList.englishNames + PlainLanguageList.spanishNames {
            #expect(text.contains(name), "\(name)")
        }
    }
}
