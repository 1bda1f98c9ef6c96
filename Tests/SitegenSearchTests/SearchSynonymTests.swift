import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenSearch

/// Glossary aliases and `synonyms:` are indexed like the words they stand for; the typo index
/// lists each term under its deletions.
@Suite struct SearchSynonymTests {
    static let groups = [
        ["Corticosteroids", "corticosteroid", "steroids"],
        ["Creatine kinase", "CK"],
        ["Autoimmune", "autoimmune disease", "autoimmune disorder"],
    ]
    static let pages = [
        SearchDocument(url: "treatments/", title: "Treatments", section: nil, summary: "", text: "Corticosteroids calm the immune system."),
        SearchDocument(url: "blood/", title: "Blood tests", section: nil, summary: "", text: "A test for creatine kinase shows muscle damage. Kinase alone is not a name."),
        SearchDocument(url: "ck/", title: "The CK test", section: nil, summary: "", text: "Ask about it."),
        SearchDocument(url: "tired/", title: "Tired all day", section: nil, summary: "", text: "Rest helps.", synonyms: ["fatigue"]),
        SearchDocument(url: "autoimmune/", title: "Causes", section: nil, summary: "", text: "An autoimmune disease."),
        SearchDocument(url: "other/", title: "Other", section: nil, summary: "", text: "Autoimmune conditions."),
    ]

    static func docs(_ postings: [(doc: Int, level: Int)]?) -> [Int]? { postings?.map(\.doc) }
    static func levels(_ postings: [(doc: Int, level: Int)]?) -> [String]? { postings?.map { "\($0.doc):\($0.level)" } }

    @Test func aliasesAreIndexedLikeTheirTerm() async throws {
        let index = try await Index(SearchIndex.files(for: Self.pages, aliases: Self.groups))
        // A page that says "corticosteroids" is under "steroid" too, with the same weight.
        #expect(Self.levels(index.postings("steroid")) == Self.levels(index.postings("corticosteroid")))
        #expect(Self.docs(index.postings("steroid")) == [0])
        // "creatine kinase" gives "ck", and "CK" (in a title) gives "creatine" and "kinase".
        #expect(Self.docs(index.postings("ck")) == [1, 2])
        #expect(Self.docs(index.postings("creatine")) == [1, 2])
        #expect(Self.docs(index.postings("kinase")) == [1, 2])
        #expect(Self.levels(index.postings("creatine"))?.last == Self.levels(index.postings("ck"))?.last)
        #expect(index.manifest["short"] as? String == "ck")
        // A longer name is not implied by a shorter one: "autoimmune" alone adds nothing.
        #expect(Self.docs(index.postings("disorder")) == [4])
        #expect(Self.docs(index.postings("disease")) == [4])
        #expect(Self.docs(index.postings("autoimmune")) == [4, 5])

        let plain = try await Index(SearchIndex.files(for: Self.pages))
        #expect(plain.postings("steroid") == nil)
        #expect(Self.docs(plain.postings("ck")) == [2])
    }

    @Test func synonymsCountAsTitleWords() async throws {
        let index = try await Index(SearchIndex.files(for: Self.pages, aliases: Self.groups))
        #expect(Self.levels(index.postings("fatigue")) == Self.levels(index.postings("tired")))
        #expect(Self.levels(index.postings("fatigue")) == ["3:32"])
    }

    @Test func typoIndexListsEachTermUnderItsDeletions() async throws {
        let symptoms = SearchDocument(url: "", title: "Symptoms", section: nil, summary: "", text: "Bad CK.")
        let index = try await Index(SearchIndex.files(for: [symptoms]))
        #expect(index.manifest["near"] as? String == "0")
        #expect(index.files["near/0.json"] == #"{"smptom":"By","sympom":"Et","symptm":"Fo","sympto":"Gm","symptom":"=","symtom":"Dp","syptom":"Cm","ymptom":"As"}"#)
        // Two equal neighbours give one key.
        let bleeding = SearchDocument(url: "", title: "Bleed", section: nil, summary: "", text: "")
        let bleed = try await Index(SearchIndex.files(for: [bleeding])).files["near/0.json"]
        #expect(bleed == #"{"beed":"Bl","bled":"Ce","blee":"Ed","bleed":"=","leed":"Ab"}"#)
    }

    @Test func synonymNamesFromTheGlossary() {
        let glossary = [
            GlossaryEntry(term: "Creatine kinase", definition: "A protein.", aliases: ["CK"], id: "creatine-kinase"),
            GlossaryEntry(term: "Necrosis", definition: "Cell death.", id: "necrosis"),
        ]
        #expect(SearchIndex.aliases(from: glossary) == [["Creatine kinase", "CK"]])
    }

    @Test(.enabled(if: SearchJS.node != nil)) func scriptFindsAliasesSynonymsAndTypos() async throws {
        let notes = SearchDocument(url: "notes/", title: "Notes", section: nil, summary: "We wrote fatige.", text: "We wrote fatige by mistake.")
        let folder = try SearchJS.write(await SearchIndex.files(for: samplePages + Self.pages + [notes], aliases: Self.groups), cases: [
            "queries": [
                ["query": "steroids", "top": ["treatments/", "imnm/treatments/"], "count": 2, "exact": true],
                ["query": "CK", "top": ["ck/", "blood/"], "count": 2],
                // "CK" in a title counts as "creatine kinase" in the title.
                ["query": "creatine kinase", "top": ["ck/", "blood/"], "count": 2],
                ["query": "fatigue", "top": ["sjogren/fatigue/", "tired/", "imnm/symptoms/"], "count": 3],
                // One typo from 5 letters on: a letter missing, extra, wrong, or two swapped.
                ["query": "symtoms", "top": ["imnm/symptoms/"], "count": 1,
                 "highlight": ["text": "Symptoms of a symptom", "marked": ["Symptoms", "symptom"]]],
                ["query": "sympttoms", "top": ["imnm/symptoms/"], "count": 1],
                ["query": "symptons", "top": ["imnm/symptoms/"], "count": 1],
                ["query": "fatgiue", "top": ["sjogren/fatigue/", "tired/", "imnm/symptoms/"], "count": 3],
                // Exact matches first (a body), then typo matches (titles included).
                ["query": "fatige", "top": ["notes/", "sjogren/fatigue/", "tired/", "imnm/symptoms/"], "count": 4],
                ["query": "muscle fatige", "top": ["sjogren/fatigue/", "imnm/symptoms/"], "count": 2],
                // Not under 5 letters, and never two typos.
                ["query": "pian", "count": 0],
                ["query": "symptomms", "count": 1],
                ["query": "sypmtomes", "count": 0],
            ] as [[String: Any]],
        ])
        try SearchJS.check(folder)
    }
}
