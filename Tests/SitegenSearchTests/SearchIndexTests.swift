import Foundation
import Testing
@testable import SitegenModel
@testable import SitegenRender
@testable import SitegenSearch

/// A few pages about conditions, with accents, plurals, stop words and a title-only match.
let samplePages: [SearchDocument] = [
    SearchDocument(url: "", title: "Patient Health Library", section: nil, summary: "Information you can trust.",
                   text: "Information about immune-mediated necrotizing myopathy, Sjögren’s syndrome and lupus."),
    SearchDocument(url: "imnm/", title: "Immune-mediated necrotizing myopathy", section: "Immune-mediated necrotizing myopathy",
                   summary: "IMNM is a rare autoimmune disease of the muscles.",
                   text: "IMNM is a rare autoimmune disease that damages the muscles. It is treated with medicines."),
    SearchDocument(url: "imnm/symptoms/", title: "Symptoms", section: "Immune-mediated necrotizing myopathy",
                   summary: "Weakness in the hips and shoulders.",
                   text: "The main symptom is muscle weakness in the hips and shoulders. Some people have muscle pain and fatigue."),
    SearchDocument(url: "imnm/treatments/", title: "Treatments", section: "Immune-mediated necrotizing myopathy",
                   summary: "Corticosteroids, IVIG and other therapies.",
                   text: "Corticosteroids, IVIG and other therapies calm the immune system. Physical therapy keeps muscles strong."),
    SearchDocument(url: "sjogren/", title: "Sjögren’s syndrome", section: "Sjögren’s syndrome",
                   summary: "Dry eyes and a dry mouth.",
                   text: "SJÖGREN’S SYNDROME causes dry eyes and a dry mouth. Many people also feel tired."),
    SearchDocument(url: "sjogren/fatigue/", title: "Fatigue in Sjögren’s", section: "Sjögren’s syndrome",
                   summary: "Why you feel tired, and what helps.",
                   text: "Fatigue is common. Some people have muscle pain too. Pacing and exercise help with fatigue."),
    SearchDocument(url: "lupus/muscle-pain/", title: "Muscle pain", section: "Lupus",
                   summary: "Aching muscles and joints.",
                   text: "Lupus can cause pain in muscles and joints. The pain often comes and goes."),
    SearchDocument(url: "behcet/", title: "Behçet’s disease", section: "Behçet’s disease",
                   summary: "Mouth ulcers and inflamed blood vessels.",
                   text: "Behçet’s disease causes mouth ulcers. Doctors don't know its cause."),
]

/// Strings that exercise every text rule; Swift's words and terms for them go to the JS check.
private let trickyTexts = [
    "Sjögren’s syndrome", "SJÖGREN'S", "Behçet’s disease", "Ménière's", "Guillain–Barré", "naïve café", "Straße",
    "Ærøskøbing Łódź", "ΟΔΟΣ οδός", "İstanbul", "don't won’t it's", "patients' rights", "'quoted' ''double''",
    "a''b", "rock'n'roll", "immune-mediated", "B12 and vitamin-D3", "x y z ab", "muscles therapies diseases",
    "virus glass trees species analyses aies eies", "ms cks abcs", "日本語の文章", "Ⅻ ½ ²", "e\u{301}te\u{301}",
    String(repeating: "a", count: 40) + " " + String(repeating: "b", count: 41), "COVID-19 2024-11-01",
    "Tab\there\nnew line", "über-ÜBER", "Œdème", "ﬁbrosis", "ǅ ǆ", "ẞ", "ϊ",
]

@Suite struct SearchTextTests {
    @Test func foldsCaseAndAccents() {
        #expect(SearchText.normalize("Sjögren’s") == "sjogren's")
        #expect(SearchText.normalize("BEHÇET") == "behcet")
        #expect(SearchText.normalize("Straße Ærø") == "strasse aero")
        #expect(SearchText.words("Sjögren’s syndrome") == ["sjogren", "syndrome"])
        #expect(SearchText.terms("SJÖGREN") == SearchText.terms("sjogren"))
    }

    @Test func apostrophesAndSeparators() {
        #expect(SearchText.words("don't patients' rock'n'roll a''b") == ["dont", "patients", "rocknroll", "a", "b"])
        #expect(SearchText.words("immune-mediated, vitamin D3") == ["immune", "mediated", "vitamin", "d3"])
    }

    @Test func stopWordsAndShortWordsAreSkipped() {
        #expect(SearchText.terms("What is the cause of a rash?") == ["cause", "rash"])
        #expect(SearchText.terms("x y ck") == ["ck"])
        #expect(SearchText.terms(String(repeating: "a", count: 41)) == [])
    }

    @Test func stemsPlurals() {
        #expect(SearchText.stem("muscles") == "muscle")
        #expect(SearchText.stem("therapies") == "therapy")
        #expect(SearchText.stem("diseases") == "disease")
        #expect(SearchText.stem("species") == "specy")  // Harman's rules, applied as written
        #expect(SearchText.stem("trees") == "tree")
        #expect(SearchText.stem("virus") == "virus")
        #expect(SearchText.stem("glass") == "glass")
        #expect(SearchText.stem("aies") == "aie")
        #expect(SearchText.stem("abcs") == "abc")
        #expect(SearchText.stem("cks") == "cks")  // under four letters
    }

    /// The byte-level path the index uses gives the same words as the reference rules.
    @Test func fastPathAgreesWithRules() {
        var random = SplitMix(seed: 7)
        let pieces = ["a", "B", "é", "’", "'", "s", " ", "-", "Ö", "ß", "9", "''", "\u{301}", "日", ".", "İ", "S", "ς", "x"]
        var texts = trickyTexts
        for _ in 0..<500 {
            texts.append((0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            var fast: [String] = []
            SearchText.forEachWord(in: text) { fast.append(String(decoding: $0, as: UTF8.self)) }
            let reference = SearchText.words(text).filter { (2...40).contains($0.unicodeScalars.count) }
            #expect(fast == reference, "\(text.debugDescription)")
        }
    }
}

@Suite struct SearchIndexTests {
    @Test func sameInputSameBytes() async {
        let first = await SearchIndex.files(for: samplePages)
        let second = await SearchIndex.files(for: samplePages)
        #expect(first == second)
        let many = syntheticPages(400)
        #expect(await SearchIndex.files(for: many, options: small) == SearchIndex.files(for: many, options: small))
    }

    @Test func everyFileIsJSONUnderSearchIndex() async throws {
        for file in await SearchIndex.files(for: samplePages) {
            #expect(file.path.hasPrefix("search/index/"))
            #expect(OutputPlan.isContained(file.path))
            _ = try JSONSerialization.jsonObject(with: Data(text(file).utf8), options: [.fragmentsAllowed])
        }
    }

    @Test func manifest() async throws {
        let index = try await Index(SearchIndex.files(for: samplePages))
        #expect(index.manifest["format"] as? Int == 2)
        #expect(index.manifest["docs"] as? Int == samplePages.count)
        #expect(index.manifest["chunk"] as? Int == 4)
        #expect((index.manifest["stop"] as? String)?.split(separator: " ").map(String.init) == SearchText.stopWords)
        #expect(index.shardKeys == [""])  // a small site has one shard
        #expect((index.manifest["version"] as? String)?.count ?? 0 >= 8)
        // The two-letter terms: the sample pages have none.
        #expect(index.manifest["short"] as? String == "")
        var pages = samplePages
        pages[2].text += " The GP may order an MRI or a CT scan."
        #expect(try await Index(SearchIndex.files(for: pages)).manifest["short"] as? String == "ct gp")
    }

    @Test func accentsAndCaseAreFolded() async throws {
        let index = try await Index(SearchIndex.files(for: samplePages))
        let sjogren = try #require(index.postings("sjogren"))
        #expect(sjogren.map(\.doc) == [0, 4, 5])
        #expect(index.postings("sjögren") == nil)
        #expect(try #require(index.postings("behcet")).map(\.doc) == [7])
    }

    @Test func stopWordsAreNotIndexed() async throws {
        let index = try await Index(SearchIndex.files(for: samplePages))
        for word in ["the", "and", "is", "it", "of", "a"] { #expect(index.postings(word) == nil, "\(word)") }
        #expect(index.postings("dont") == nil)  // "don't" is a stop word once folded
        #expect(index.postings("muscle") != nil)
        #expect(index.postings("muscles") == nil)  // stemmed
    }

    @Test func titleMatchesWeighMore() async throws {
        let index = try await Index(SearchIndex.files(for: samplePages))
        let fatigue = try #require(index.postings("fatigue"))
        let inTitle = try #require(fatigue.first { $0.doc == 5 }), inBody = try #require(fatigue.first { $0.doc == 2 })
        #expect(inTitle.level > inBody.level)
        let pain = try #require(index.postings("pain"))
        #expect(pain.max { $0.level < $1.level }?.doc == 6)  // "Muscle pain", and twice in its body
    }

    @Test func displayChunks() async throws {
        var pages = samplePages
        pages[2].summary = String(repeating: "Muscle weakness is the main symptom. ", count: 10)
        let index = try await Index(SearchIndex.files(for: pages))
        let chunk = try #require(index.json("docs/0.json") as? [[String]])
        #expect(chunk.count == 4)
        #expect(chunk[0][2] == "")
        #expect(chunk[2][3].count <= 160 && chunk[2][3].hasSuffix("…") && chunk[2][3].hasPrefix("Muscle weakness is"))
        let next = try #require(index.json("docs/1.json") as? [[String]])
        #expect(next[0] == ["sjogren/", "Sjögren’s syndrome", "Sjögren’s syndrome", "Dry eyes and a dry mouth."])
    }

    /// Many pages, small shards and short top lists: the layout holds and every posting is right.
    @Test func shardsAndPostingsMatchTheDocuments() async throws {
        let pages = syntheticPages(400)
        var options = small
        options.shardBytes = 300
        let files = await SearchIndex.files(for: pages, options: options)
        let index = try Index(files)
        let keys = index.shardKeys
        #expect(keys.count > 10)
        #expect(keys.first == "" && keys == keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        // Cuts go where the key is short: most keys here are one or two letters.
        #expect(keys.filter { $0.count <= 2 }.count * 2 > keys.count)
        #expect(files.filter { $0.path.hasPrefix("search/index/terms/") }.count == keys.count)
        #expect(files.filter { $0.path.hasPrefix("search/index/docs/") }.count == 100)

        // What each term should point at, from the reference rules.
        var expected: [String: Set<Int>] = [:]
        for (d, page) in pages.enumerated() {
            for term in SearchText.terms(page.title + " " + (page.section ?? "") + " " + page.text) { expected[term, default: []].insert(d) }
        }
        var seen: Set<String> = []
        var tails = 0, bitmaps = 0, inline = 0
        for (n, key) in keys.enumerated() {
            let file = try #require(files.first { $0.path == "search/index/terms/\(n).json" })
            #expect(text(file).utf8.count <= options.shardBytes + 600, "shard \(n) is too big")
            let shard = try #require(index.json("terms/\(n).json") as? [String: Any])
            for (term, entry) in shard {
                #expect(!seen.contains(term))
                seen.insert(term)
                #expect(Array(key.utf8).lexicographicallyPrecedes(Array(term.utf8)) || key == term)
                if n + 1 < keys.count { #expect(Array(term.utf8).lexicographicallyPrecedes(Array(keys[n + 1].utf8))) }
                var docs = Set(try #require(index.postings(term)).map(\.doc))
                if let entry = entry as? [Any] {
                    let top = docs
                    #expect(top.count == small.topK)
                    let tail = try #require(entry[2] as? String ?? index.json("tails/\(entry[2] as! Int).json") as? String)
                    if entry[2] is String { inline += 1 }
                    if tail.hasPrefix("b") { bitmaps += 1 }
                    let tailDocs = Set(Index.docSet(tail))
                    #expect(top.isDisjoint(with: tailDocs))
                    docs.formUnion(tailDocs)
                    #expect(entry[0] as? Int == docs.count)
                    tails += 1
                }
                #expect(docs == expected[term], "postings of \(term)")
            }
        }
        #expect(seen == Set(expected.keys))
        #expect(tails > 0 && bitmaps > 0 && bitmaps < tails && inline > 0 && inline < tails)
    }

    @Test func emptySite() async throws {
        let index = try await Index(SearchIndex.files(for: []))
        #expect(index.manifest["docs"] as? Int == 0)
        #expect(index.shardKeys.isEmpty)
    }

    /// search.js, run by Node, follows the same text rules and finds the right pages.
    @Test(.enabled(if: SearchJS.node != nil)) func scriptAgreesWithTheIndex() async throws {
        let folder = try SearchJS.write(await SearchIndex.files(for: samplePages), cases: [
            "texts": trickyTexts.map { ["text": $0, "words": SearchText.words($0), "terms": SearchText.terms($0)] },
            "queries": [
                ["query": "sjogren", "top": ["sjogren/", "sjogren/fatigue/"], "count": 3, "exact": true],
                ["query": "SJÖGREN ", "top": ["sjogren/", "sjogren/fatigue/"], "count": 3, "exact": true],
                ["query": "Sjögren’s syndrome ", "top": ["sjogren/", "sjogren/fatigue/", ""], "count": 3],
                ["query": "muscle pain ", "top": ["lupus/muscle-pain/"], "has": ["imnm/symptoms/", "sjogren/fatigue/"],
                 "hasNot": ["imnm/treatments/"], "count": 3,
                 "highlight": ["text": "Muscles ache; pain, painful.", "marked": ["Muscles", "pain"]]],
                ["query": "mus", "has": ["imnm/", "imnm/symptoms/", "imnm/treatments/", "lupus/muscle-pain/"],
                 "highlight": ["text": "Muscles and music, not a mouse.", "marked": ["Muscles", "music"]]],
                ["query": "therapies", "top": ["imnm/treatments/"], "count": 1],
                ["query": "fatigue", "top": ["sjogren/fatigue/", "imnm/symptoms/"], "count": 2],
                ["query": "the", "words": 0, "count": 0],
                ["query": "what is the", "words": 0],
                ["query": "muscle th", "words": 1],
                ["query": "behcet", "has": ["behcet/"]],
                ["query": "zzyzx", "count": 0],
                // No page has both words: the pages with one of them, saying so; but not for a
                // word on most pages ("muscle": 5 of 8).
                ["query": "fatigue zzyzx", "top": ["sjogren/fatigue/", "imnm/symptoms/"], "count": 2,
                 "message": "No page has all of “fatigue zzyzx”; these have some of them."],
                ["query": "muscle zzyzx", "count": 0],
                // No two-letter term starts "mu" or "zz": no shard is fetched for them.
                ["query": "mu", "count": 0, "shards": 0],
                ["query": "zz ", "count": 0, "shards": 0],
                ["query": "mus", "shards": 1],
            ],
        ])
        try SearchJS.check(folder)
    }

    /// The status line under the search box, in English without texts from the page, and in the
    /// texts the search page gives (the theme's `t.search_…`, here Spanish).
    @Test(.enabled(if: SearchJS.node != nil)) func scriptSaysWhatItFoundInThePageLanguage() async throws {
        let spanish: [String: String] = [
            "keepTyping": "Siga escribiendo: no se buscan letras sueltas ni palabras comunes como “el”.",
            "noResults": "No hay resultados para {query}. Revise cómo está escrito o pruebe con otras palabras, o con menos.",
            "resultOne": "{count} resultado para {query}",
            "results": "{count} resultados para {query}",
        ]
        let folder = try SearchJS.write(await SearchIndex.files(for: samplePages), cases: [
            "queries": [
                ["query": "sjogren", "message": "3 results for “sjogren”"],
                ["query": "therapies ", "message": "1 result for “therapies”"],
                ["query": "the", "message": "Keep typing: single letters and common words like “the” are not searched."],
                ["query": "zzyzx {count}", "message": "No results for “zzyzx {count}”. Check the spelling, or try other or fewer words."],
                ["query": "sjogren", "texts": spanish, "language": "es", "message": "3 resultados para “sjogren”"],
                ["query": "therapies", "texts": spanish, "language": "es", "message": "1 resultado para “therapies”"],
                ["query": "the", "texts": spanish, "language": "es", "message": "Siga escribiendo: no se buscan letras sueltas ni palabras comunes como “el”."],
                ["query": "zzyzx", "texts": spanish, "language": "es", "message": "No hay resultados para “zzyzx”. Revise cómo está escrito o pruebe con otras palabras, o con menos."],
            ] as [[String: Any]],
        ])
        try SearchJS.check(folder)
    }

    /// A prefix ranks its completions as one word: a rare completion (one page mentions a
    /// "musette") does not outrank a title with the common word the reader is most likely typing
    /// ("muscle"), as it would with its own, higher idf.
    @Test(.enabled(if: SearchJS.node != nil)) func completionsRankAsOneWord() async throws {
        let bagpipes = SearchDocument(url: "bagpipes/", title: "Bagpipes", section: "Bagpipes", summary: "Small bagpipes.", text: "The musette is a small bagpipe.")
        let folder = try SearchJS.write(await SearchIndex.files(for: samplePages + [bagpipes]), cases: [
            "texts": [],
            "queries": [
                ["query": "mus", "top": ["lupus/muscle-pain/"], "has": ["bagpipes/"]],
                ["query": "muse", "top": ["bagpipes/"], "count": 1],
            ],
        ])
        try SearchJS.check(folder)
    }

    /// The same on an index with tails: the first page proven from top postings is the one that
    /// reading every tail gives, and counts are right.
    @Test(.enabled(if: SearchJS.node != nil)) func scriptUsesTailsCorrectly() async throws {
        let pages = syntheticPages(400)
        func count(_ words: [String]) -> Int {
            pages.filter { page in
                let terms = Set(SearchText.terms(page.title + " " + (page.section ?? "") + " " + page.text))
                return words.allSatisfy { terms.contains(SearchText.stem($0)) }
            }.count
        }
        let queries: [[String]] = [["muscle"], ["muscle", "pain"], ["fatigue", "weakness"], ["pain", "joint", "blood"], ["rash"], ["tired", "muscle", "pain"]]
        let folder = try SearchJS.write(await SearchIndex.files(for: pages, options: small), cases: [
            "texts": [],
            "queries": queries.map { words in
                ["query": words.joined(separator: " ") + " ", "count": count(words), "complete": true] as [String: Any]
            },
        ])
        try SearchJS.check(folder)
    }

    /// `scripts/search-size` runs this with `SITEGEN_SEARCH_INPUT=docs.json` and
    /// `SITEGEN_SEARCH_OUTPUT=folder`: it builds the index of those documents, times it and
    /// writes the files and `timing.json` into the folder. `SITEGEN_SEARCH_OPTIONS=topK,shardBytes,
    /// docsPerChunk,inlineTailBytes` tries other settings.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SITEGEN_SEARCH_INPUT"] != nil))
    func buildFromEnvironment() async throws {
        let environment = ProcessInfo.processInfo.environment
        let input = try #require(environment["SITEGEN_SEARCH_INPUT"])
        let output = try #require(environment["SITEGEN_SEARCH_OUTPUT"])
        struct Page: Decodable { var url, title: String; var section: String?; var summary, text: String; var synonyms: [String]? }
        let pages = try JSONDecoder().decode([Page].self, from: Data(contentsOf: URL(fileURLWithPath: input)))
            .map { SearchDocument(url: $0.url, title: $0.title, section: $0.section, summary: $0.summary, text: $0.text, synonyms: $0.synonyms ?? []) }
        // SITEGEN_SEARCH_ALIASES: a JSON file of name groups, `[["Corticosteroid", "steroids"], …]`.
        let aliases = try environment["SITEGEN_SEARCH_ALIASES"].map {
            try JSONDecoder().decode([[String]].self, from: Data(contentsOf: URL(fileURLWithPath: $0)))
        } ?? []
        var options = SearchIndex.Options()
        if let values = environment["SITEGEN_SEARCH_OPTIONS"]?.split(separator: ",").compactMap({ Int($0) }), values.count == 4 {
            (options.topK, options.shardBytes, options.docsPerChunk, options.inlineTailBytes) = (values[0], values[1], values[2], values[3])
        }
        var seconds: [Double] = [], cpu: [Double] = []
        var files: [OutputFile] = []
        let runs = Int(environment["SITEGEN_SEARCH_RUNS"] ?? "") ?? 3
        for _ in 0..<max(1, runs) {
            let start = Date(), startCPU = Self.cpuSeconds()
            files = await SearchIndex.files(for: pages, aliases: aliases, options: options)
            seconds.append(Date().timeIntervalSince(start))
            cpu.append(Self.cpuSeconds() - startCPU)
        }
        let start = Date()
        var folders: Set<String> = []
        for file in files {
            let url = URL(fileURLWithPath: output).appendingPathComponent(file.path)
            let folder = url.deletingLastPathComponent().path
            if folders.insert(folder).inserted { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try Data(text(file).utf8).write(to: url)
        }
        let writing = Date().timeIntervalSince(start)
        let timing: [String: Any] = [
            "docs": pages.count, "seconds": seconds, "cpu_seconds": cpu, "write_seconds": writing, "files": files.count,
            "bytes": files.reduce(0) { $0 + text($1).utf8.count }, "cores": ProcessInfo.processInfo.activeProcessorCount,
        ]
        try JSONSerialization.data(withJSONObject: timing, options: [.sortedKeys]).write(to: URL(fileURLWithPath: output).appendingPathComponent("timing.json"))
    }
}

extension SearchIndexTests {
    /// CPU time of this process (all threads), user and system.
    static func cpuSeconds() -> Double {
        Double(clock()) / Double(CLOCKS_PER_SEC)
    }
}

// MARK: - Helpers

private let small: SearchIndex.Options = {
    var options = SearchIndex.Options()
    options.topK = 12
    options.shardBytes = 1_500
    options.docsPerChunk = 4
    options.inlineTailBytes = 60
    return options
}()

func text(_ file: OutputFile) -> String {
    guard case .text(let text) = file.contents else { return "" }
    return text
}

/// An index read back, with a decoder for its postings (the same as search.js's).
struct Index {
    var files: [String: String] = [:]
    var manifest: [String: Any]
    var shardKeys: [String]

    init(_ outputs: [OutputFile]) throws {
        for file in outputs { files[String(file.path.dropFirst(SearchIndex.folder.count))] = text(file) }
        manifest = try #require(try JSONSerialization.jsonObject(with: Data((files["manifest.json"] ?? "").utf8)) as? [String: Any])
        // Front-coded: a digit (code points shared with the key before) and the rest.
        var keys: [String] = []
        for coded in try #require(manifest["shards"] as? String).split(separator: " ", omittingEmptySubsequences: false) where !coded.isEmpty {
            let shared = Int(String(coded.first!))!
            keys.append(String(String.UnicodeScalarView((keys.last ?? "").unicodeScalars.prefix(shared))) + coded.dropFirst())
        }
        shardKeys = keys
    }

    func json(_ path: String) -> Any? {
        files[path].flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8), options: [.fragmentsAllowed]) }
    }

    /// The entry of `key` in its term shard, looked up as search.js does.
    func entry(_ key: String) -> Any? {
        guard !shardKeys.isEmpty else { return nil }
        let shard = shardKeys.lastIndex { !Array(key.utf8).lexicographicallyPrecedes(Array($0.utf8)) } ?? 0
        return (json("terms/\(shard).json") as? [String: Any])?[key]
    }

    /// The top postings of `term`, looked up as search.js does.
    func postings(_ term: String) -> [(doc: Int, level: Int)]? {
        guard let entry = entry(term), (entry as? String)?.hasPrefix(">") != true else { return nil }
        let encoded = (entry as? String) ?? ((entry as? [Any])?[1] as? String) ?? ""
        var out: [(Int, Int)] = []
        var chars = encoded.utf8.makeIterator()
        var doc = -1
        while let gap = Self.varint(&chars), let level = chars.next() {
            doc += gap + 1
            out.append((doc, Self.value(level)))
        }
        return out
    }

    static func docSet(_ encoded: String) -> [Int] {
        var docs: [Int] = []
        if encoded.hasPrefix("b") {
            for (i, char) in encoded.utf8.dropFirst().enumerated() {
                for bit in 0..<6 where value(char) & (1 << bit) != 0 { docs.append(i * 6 + bit) }
            }
        } else {
            var chars = encoded.utf8.dropFirst().makeIterator()
            var doc = -1
            while let gap = varint(&chars) {
                doc += gap + 1
                docs.append(doc)
            }
        }
        return docs
    }

    static func value(_ char: UInt8) -> Int { SearchEncoding.alphabet.firstIndex(of: char)! }

    static func varint<I: IteratorProtocol<UInt8>>(_ chars: inout I) -> Int? {
        var v = 0
        while let char = chars.next() {
            let c = value(char)
            v = v * 32 + (c & 31)
            if c < 32 { return v }
        }
        return nil
    }
}

/// Deterministic pages from a small medical vocabulary, some words far more common than others.
private func syntheticPages(_ count: Int) -> [SearchDocument] {
    let vocabulary = """
        muscle muscles pain fatigue weakness joint joints blood test tests rash skin fever tired doctor \
        nurse treatment treatments therapy therapies inflammation immune system antibody antibodies liver \
        kidney heart lung breathing swallowing exercise rest diet sleep medicine medicines steroid dose \
        weeks months symptom symptoms diagnosis biopsy scan results creatine kinase level levels
        """.split(separator: " ").map(String.init)
    var random = SplitMix(seed: 42)
    func word() -> String {
        let r = Double(random.next() % 1_000_000) / 1_000_000
        return vocabulary[Int(Double(vocabulary.count) * r * r * r)]  // skewed towards the start
    }
    return (0..<count).map { d in
        let words = (0..<(20 + Int(random.next() % 60))).map { _ in word() }
        return SearchDocument(
            url: "section-\(d / 5)/page-\(d)/", title: (0..<3).map { _ in word() }.joined(separator: " ").capitalized,
            section: d % 5 == 0 ? nil : "Section \(d / 5)", summary: words.prefix(12).joined(separator: " "),
            text: words.joined(separator: " ") + (d % 7 == 0 ? " The rash. Le café." : ""))
    }
}

private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Runs Tests/SitegenKitTests/Fixtures/search-js/run.js on templates/static/search.js.
enum SearchJS {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let node: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin")
        .split(separator: ":").map { "\($0)/node" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    static func write(_ files: [OutputFile], cases: [String: Any]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-search-\(UUID().uuidString)")
        for file in files {
            let url = folder.appendingPathComponent(String(file.path.dropFirst(SearchIndex.folder.count)))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text(file).utf8).write(to: url)
        }
        try JSONSerialization.data(withJSONObject: cases).write(to: folder.appendingPathComponent("cases.json"))
        return folder
    }

    static func check(_ folder: URL) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(node))
        process.arguments = [
            repository.appendingPathComponent("Tests/SitegenKitTests/Fixtures/search-js/run.js").path, "check",
            repository.appendingPathComponent("templates/static/search.js").path, folder.path, folder.appendingPathComponent("cases.json").path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }
}
