import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenSearch

/// Issue 28: words indexed by their Snowball stem, each word form naming its stem for the script;
/// patients' phrasings; glossary definitions; titles above mentions; pages with some of the words.
@Suite struct SearchStemmingTests {
    @Test func snowballStemsEnglishAndSpanish() {
        let english = SearchStemmer(language: "en-GB")
        #expect(["weakness", "weak", "muscles", "muscle", "breathing", "tiredness"].map(english.stem) == ["weak", "weak", "muscl", "muscl", "breath", "tired"])
        #expect(english.mapsForms)
        // Spanish words arrive normalised (no accents): músculos, débiles.
        let spanish = SearchStemmer(language: "es-MX")
        #expect(["enfermedades", "musculos", "musculares", "debiles", "debilidad", "respirar"].map(spanish.stem) == ["enfermedad", "muscul", "muscular", "debil", "debil", "respir"])
        // Without a Snowball stemmer: Harman's S stemmer, as before, and no form table.
        let other = SearchStemmer(language: "fr")
        #expect(["muscles", "therapies", "weakness"].map(other.stem) == ["muscle", "therapy", "weakness"])
        #expect(!other.mapsForms)
        #expect(SearchStemmer.algorithm(for: "") == nil)
    }

    static let pages = [
        SearchDocument(url: "what-is/", title: "What is IMNM?", section: "IMNM", summary: "",
                       text: "IMNM is a rare disease. It causes muscle weakness and difficulty breathing."),
        SearchDocument(url: "symptoms/", title: "Symptoms of IMNM", section: "IMNM", summary: "",
                       text: "The symptoms are described here at some length, with many other words about daily life, walking, stairs and rest.",
                       synonyms: ["muscle weakness"]),
        SearchDocument(url: "treatments/", title: "Treatments", section: "IMNM", summary: "",
                       text: "Corticosteroids calm the immune system."),
        SearchDocument(url: "drugs/", title: "Medicines", section: "IMNM", summary: "",
                       text: "Prednisone is taken by mouth."),
        SearchDocument(url: "rash/", title: "Rash", section: "Skin", summary: "", text: "A red rash on the skin."),
    ]
    static let glossary = [
        GlossaryEntry(term: "Corticosteroids", definition: "Medicines that calm the immune system, such as prednisone.",
                      aliases: ["steroids"], id: "corticosteroids"),
    ]

    static func input(_ pages: [SearchDocument] = pages, language: String = "en") -> SearchIndex.Input {
        SearchIndex.Input(pages: pages, glossary: glossary, glossaryURL: "glossary/", glossaryTitle: "Glossary", language: language)
    }

    @Test func wordFormsNameTheirStem() async throws {
        let index = try Index(await Self.input().files())
        // Postings are under the stem; a form that differs names it: `>`, the code points of
        // the form it keeps (base64url: E = 4), and the rest.
        #expect(index.postings("weak")?.map(\.doc) == [0, 1])
        #expect(index.entry("weakness") as? String == ">E")
        #expect(index.entry("muscle") as? String == ">F")
        #expect(index.entry("breathing") as? String == ">G")
        #expect(index.entry("corticosteroids") as? String == ">O")
        #expect(SearchIndex.formReference(ArraySlice("happy".utf8), stem: ArraySlice("happi".utf8)) == ">Ei")
        // A form that is itself a stem keeps its postings: no form entry hides them.
        #expect(index.postings("muscl") != nil)
        // Harman's stemmer needs no table: the script repeats it.
        let plain = try Index(await SearchIndex.files(for: Self.pages))
        #expect(plain.entry("weakness") is String)
        #expect(plain.postings("weakness")?.map(\.doc) == [0, 1])
        #expect(plain.files.values.allSatisfy { !$0.contains("\">") })
    }

    @Test func glossaryEntriesAreResultsAndDefinitionsFindThePages() async throws {
        let input = Self.input()
        #expect(input.documents.last == SearchDocument(url: "glossary/#corticosteroids", title: "Corticosteroids", section: "Glossary",
                                                       summary: "Medicines that calm the immune system, such as prednisone.",
                                                       text: "Medicines that calm the immune system, such as prednisone.",
                                                       synonyms: ["steroids"], isGlossaryEntry: true))
        let index = try Index(await input.files())
        // The definition's words reach the page that uses the term at level 1, the lowest; the
        // page that says "prednisone" itself weighs more, and so does the entry, whose short
        // text is weighed as a page of average length (a page this short weighs more).
        #expect(SearchSynonymTests.levels(index.postings("prednison")) == ["2:1", "3:17", "5:14"])
        let docs = try #require(index.json("docs/1.json") as? [[String]])
        #expect(docs[1] == ["glossary/#corticosteroids", "Corticosteroids", "Glossary", "Medicines that calm the immune system, such as prednisone."])
        // Without a glossary page there is no entry to lead to, but definitions still apply.
        let noPage = SearchIndex.Input(pages: Self.pages, glossary: Self.glossary, glossaryURL: nil, glossaryTitle: "Glossary", language: "en")
        #expect(noPage.documents == Self.pages)
        #expect(noPage.definitions == [SearchDefinition(names: ["Corticosteroids", "steroids"], text: "Medicines that calm the immune system, such as prednisone.")])
    }

    @Test func phrasingsOfPatientsAreBuiltIn() async throws {
        let index = try Index(await Self.input().files())
        // "difficulty breathing" gives "trouble breathing", "hard to breathe", "breathing problems".
        #expect(index.postings("troubl")?.map(\.doc) == [0])
        #expect(index.postings("hard")?.map(\.doc) == [0])
        #expect(SearchPhrasings.groups(language: "es")[0][0] == "dificultad para respirar")
        #expect(SearchPhrasings.groups(language: "de").isEmpty)
        // Every phrase is at least two names, and none stands in two groups.
        for groups in [SearchPhrasings.english, SearchPhrasings.spanish] {
            #expect(groups.allSatisfy { $0.count >= 2 })
            let names = groups.flatMap { $0 }
            #expect(Set(names).count == names.count)
        }
    }

    @Test(.enabled(if: SearchJS.node != nil)) func scriptFindsWordFormsPhrasingsAndDefinitions() async throws {
        let spanish = [
            SearchDocument(url: "es/respirar/", title: "Síntomas", section: nil, summary: "", text: "Puede causar dificultad para respirar y debilidad muscular."),
            SearchDocument(url: "es/otra/", title: "Otra página", section: nil, summary: "", text: "Las enfermedades autoinmunes."),
        ]
        let es = try SearchJS.write(await SearchIndex.Input(documents: spanish, language: "es").files(), cases: [
            "queries": [
                ["query": "falta de aire", "top": ["es/respirar/"], "count": 1],
                ["query": "músculos débiles", "top": ["es/respirar/"], "count": 1],
                ["query": "enfermedad autoinmune", "top": ["es/otra/"], "count": 1],
            ],
        ])
        try SearchJS.check(es)

        let folder = try SearchJS.write(await Self.input().files(), cases: [
            "queries": [
                // Word forms: "weak muscles" finds "muscle weakness", as typed and while typing.
                ["query": "weak muscles", "top": ["symptoms/", "what-is/"], "count": 2, "exact": true,
                 "highlight": ["text": "Muscle weakness, weak muscles; a week.", "marked": ["Muscle", "weakness", "weak", "muscles"]]],
                ["query": "weak muscl", "top": ["symptoms/", "what-is/"], "count": 2],
                ["query": "breathes ", "top": ["what-is/"], "count": 1],
                // A title or synonyms holding the query rank above a page that only mentions it,
                // even a shorter one.
                ["query": "muscle weakness", "top": ["symptoms/", "what-is/"]],
                // Patients' phrasings.
                ["query": "trouble breathing", "top": ["what-is/"], "count": 1],
                // A glossary definition: the page that says the word itself, the entry, then the
                // page that uses the entry's term.
                ["query": "prednisone", "top": ["drugs/", "glossary/#corticosteroids", "treatments/"], "count": 3],
                ["query": "steroids", "top": ["glossary/#corticosteroids", "treatments/"], "count": 2],
                // No page has every word: the pages with most of them, saying so.
                ["query": "rash weakness breathing", "top": ["what-is/", "rash/", "symptoms/"], "count": 3,
                 "message": "No page has all of “rash weakness breathing”; these have some of them."],
                ["query": "rash zzyzx", "top": ["rash/"], "texts": ["some": "Ninguna página tiene todas las palabras de {query}; estas tienen algunas."],
                 "message": "Ninguna página tiene todas las palabras de “rash zzyzx”; estas tienen algunas."],
                // A word on most pages (IMNM: 4 of 6, with the section names) makes no page a
                // result on its own.
                ["query": "imnm zzyzx", "count": 0],
                ["query": "zzyzx qqqq", "count": 0, "message": "No results for “zzyzx qqqq”. Check the spelling, or try other or fewer words."],
            ],
        ])
        try SearchJS.check(folder)
    }
}
