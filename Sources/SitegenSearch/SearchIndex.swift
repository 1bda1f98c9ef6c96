import SitegenModel

/// One page as the search sees it.
public struct SearchDocument: Sendable, Hashable {
    /// The page's location relative to the site root: `imnm/symptoms/`, `""` for the home page;
    /// it may be Unicode (`糖尿病/`) and is percent-encoded when the index is written.
    public var url: String
    public var title: String
    /// The condition the page belongs to (section pages carry their own title); nil on the home page.
    public var section: String?
    /// The description or first paragraph; shown, shortened, under the title in the results.
    public var summary: String
    /// All reader-visible text of the page body.
    public var text: String
    /// Other words readers may search for the page by (front matter `synonyms:`): indexed as
    /// words of the title.
    public var synonyms: [String]
    /// A glossary entry (`SearchIndex.documents(from:glossaryURL:section:)`): its text, a short
    /// definition, is weighed as if it were as long as the average page, so that a word of it does
    /// not outrank the pages that use the word (short texts weigh more in BM25).
    public var isGlossaryEntry: Bool

    public init(url: String, title: String, section: String?, summary: String, text: String, synonyms: [String] = [], isGlossaryEntry: Bool = false) {
        self.url = url
        self.title = title
        self.section = section
        self.summary = summary
        self.text = text
        self.synonyms = synonyms
        self.isGlossaryEntry = isGlossaryEntry
    }
}

/// The offline search index: JSON files under `search/index/` that `search.js` reads on demand.
/// docs/search.md describes the design, the formats and the measured sizes.
///
/// - `manifest.json`: the format, number of documents, chunk size, stop words, where every
///   term shard starts (`shards`, front-coded), and the two-letter terms (`short`).
/// - `terms/<n>.json`: the dictionary and postings, cut into shards of about `shardBytes` by term
///   order, so the terms that share a prefix sit together: `{"term": "<postings>", …}`, or for a
///   term in more than `topK` documents `{"term": [df, "<top postings>", tail, tailLevel]}`, where
///   `tail` is the number of its tail file, or the tail itself when short.
/// - `tails/<n>.json`: the other documents of such a term, as a set (`"d…"` or `"b…"`).
/// - `docs/<n>.json`: `[url, title, section, snippet]` for `docsPerChunk` documents each.
public enum SearchIndex {
    public struct Options: Sendable {
        /// Postings kept in a term's shard, by weight; the rest go to its tail file.
        public var topK = 200
        /// A term shard holds at most this many bytes (unless one term is longer), and at least
        /// two thirds of it: the cut goes where the key is shortest.
        public var shardBytes = 8_000
        /// A tail this short (encoded) stays in the shard instead of a file of its own.
        public var inlineTailBytes = 256
        /// Documents per display chunk (`docs/<n>.json`). Every result shown costs a whole chunk
        /// (results rarely share one), so small chunks keep typing light: 4 halves the display
        /// bytes of 8 for 6,250 more files at 50,000 pages.
        public var docsPerChunk = 4
        /// A typo index shard (`near/<n>.json`) holds at most this many bytes: a corrected word
        /// costs two to four of them.
        public var nearShardBytes = 4_000
        /// Characters of the summary kept for the results list.
        public var snippetLength = 160

        public init() {}
    }

    /// Where the index goes in the output; the search page passes it to the script.
    public static let folder = "search/index/"
    /// The version of the file formats, in the manifest; search.js refuses other versions.
    public static let format = 2

    // BM25 with a bonus for the title; search.js multiplies levels back by `maxWeight / 63`.
    static let k1 = 1.2
    static let b = 0.75
    static let titleWeight = 2.2
    static let maxWeight = 4.4

    public static func files(for documents: [SearchDocument], aliases: [[String]] = [], definitions: [SearchDefinition] = [],
                             language: String = "") async -> [OutputFile] {
        await files(for: documents, aliases: aliases, definitions: definitions, language: language, options: Options())
    }

    /// `aliases`: groups of names that stand for each other, such as a glossary entry's term and
    /// its aliases (`["Corticosteroids", "corticosteroid", "steroids"]`): a page with one of them
    /// is found by the others too (`SearchSynonyms`), as with the built-in patients' phrasings of
    /// `language` (`SearchPhrasings`). `definitions`: a page with one of the names is found by the
    /// words of the text too, at the lowest weight. `language` (`en`, `es-MX`) chooses the stemmer
    /// (`SearchStemmer`): Snowball for English and Spanish, else Harman's S stemmer.
    public static func files(for documents: [SearchDocument], aliases: [[String]] = [], definitions: [SearchDefinition] = [],
                             language: String = "", options: Options) async -> [OutputFile] {
        let synonyms = SearchSynonyms(groups: SearchPhrasings.groups(language: language) + aliases, definitions: definitions, language: language)
        let postings = await SearchPostings.collect(documents, synonyms: synonyms, language: language)
        var files: [OutputFile] = []
        var hash = FNV1a().value

        func add(_ path: String, _ bytes: [UInt8]) {
            SearchEncoding.fnv1a(Array(path.utf8) + [0] + bytes, into: &hash)
            files.append(OutputFile(path: folder + path, text: String(decoding: bytes, as: UTF8.self)))
        }

        // Terms: one entry per term in term order, with its tail split off; between them, in the
        // same order, each word form that differs from its stem, naming the stem.
        let entries = await postings.entries(topK: options.topK)
        var termJSON: [[UInt8]] = []
        var keys: [ArraySlice<UInt8>] = []
        termJSON.reserveCapacity(entries.count + postings.formCount)
        keys.reserveCapacity(entries.count + postings.formCount)
        var shortTerms: [UInt8] = []
        var tailCount = 0
        var f = 0
        func addForms(before term: ArraySlice<UInt8>?) {
            while f < postings.formCount, term.map({ postings.form(f).lexicographicallyPrecedes($0) }) ?? true {
                let form = postings.form(f)
                var json: [UInt8] = []
                SearchEncoding.appendJSONString(String(decoding: form, as: UTF8.self), to: &json)
                json.append(UInt8(ascii: ":"))
                SearchEncoding.appendJSONString(formReference(form, stem: postings.term(Int(postings.formTerms[f]))), to: &json)
                termJSON.append(json)
                keys.append(form)
                if Self.isShort(form) { shortTerms += (shortTerms.isEmpty ? [] : [UInt8(ascii: " ")]) + form }
                f += 1
            }
        }
        for (t, entry) in entries.enumerated() {
            let term = postings.term(t)
            addForms(before: term)
            keys.append(term)
            var json: [UInt8] = []
            SearchEncoding.appendJSONString(String(decoding: term, as: UTF8.self), to: &json)
            json.append(UInt8(ascii: ":"))
            if let tail = entry.tail {
                json += Array("[\(entry.df),\"".utf8) + entry.top + Array("\",".utf8)
                if tail.docs.count <= options.inlineTailBytes {
                    json += [UInt8(ascii: "\"")] + tail.docs + [UInt8(ascii: "\"")]
                } else {
                    json += Array("\(tailCount)".utf8)
                    add("tails/\(tailCount).json", [UInt8(ascii: "\"")] + tail.docs + [UInt8(ascii: "\"")])
                    tailCount += 1
                }
                json += Array(",\(tail.level)]".utf8)
            } else {
                json += [UInt8(ascii: "\"")] + entry.top + [UInt8(ascii: "\"")]
            }
            termJSON.append(json)
            if Self.isShort(term) {
                if !shortTerms.isEmpty { shortTerms.append(UInt8(ascii: " ")) }
                shortTerms += term
            }
        }
        addForms(before: nil)

        /// Writes `members` (JSON members in key order) as `{…}` shards of at most `limit` bytes
        /// (unless one member is longer) named `<name>/<n>.json`; returns each shard's first key.
        /// `cut(start, end, size)` may end a shard before the fullest `end`, of `size` bytes.
        func shards(_ members: [[UInt8]], limit: Int, name: String, key: (Int) -> String,
                    cut: (Int, Int, Int) -> Int = { _, end, _ in end }) -> [String] {
            var keys: [String] = []
            var start = 0
            while start < members.count {
                var end = start + 1, size = 2 + members[start].count
                while end < members.count, size + 1 + members[end].count <= limit {
                    size += 1 + members[end].count
                    end += 1
                }
                end = cut(start, end, size)
                keys.append(start == 0 ? "" : key(start))
                var shard: [UInt8] = [UInt8(ascii: "{")]
                for m in start..<end {
                    if m > start { shard.append(UInt8(ascii: ",")) }
                    shard += members[m]
                }
                shard.append(UInt8(ascii: "}"))
                add("\(name)/\(keys.count - 1).json", shard)
                start = end
            }
            return keys
        }

        // Term shards are cut where the next term differs early from the one before: such a key
        // is short (a smaller manifest), and a typed prefix then starts at a shard boundary
        // instead of dragging in the shard before it.
        func termKey(_ t: Int) -> String { separator(after: keys[t - 1], before: keys[t]) }
        let shardBytes = options.shardBytes
        let shardKeys = shards(termJSON, limit: shardBytes, name: "terms", key: termKey) { start, end, size in
            guard end < termJSON.count else { return end }
            let minimum = shardBytes * 2 / 3
            var best = end, bestLength = termKey(end).utf8.count
            var cut = end, cutSize = size
            while cut > start + 1, bestLength > 1 {
                cutSize -= 1 + termJSON[cut - 1].count
                cut -= 1
                guard cutSize >= minimum else { break }
                let length = termKey(cut).utf8.count
                if length < bestLength { (best, bestLength) = (cut, length) }
            }
            return best
        }

        // The typo index: shards filled in key order, each starting at its key in the manifest.
        let near = SearchNearIndex.entries(keys)
        let nearKeys = shards(near.map(\.json), limit: options.nearShardBytes, name: "near") {
            separator(after: near[$0 - 1].key, before: near[$0].key)
        }

        // Display data, `docsPerChunk` documents a file.
        let chunk = max(1, options.docsPerChunk)
        for start in stride(from: 0, to: documents.count, by: chunk) {
            var json: [UInt8] = [UInt8(ascii: "[")]
            for (n, document) in documents[start..<min(start + chunk, documents.count)].enumerated() {
                if n > 0 { json.append(UInt8(ascii: ",")) }
                json.append(UInt8(ascii: "["))
                let fields = [Self.encoded(document.url), document.title, document.section ?? "", SearchEncoding.snippet(document.summary, limit: options.snippetLength)]
                for (i, field) in fields.enumerated() {
                    if i > 0 { json.append(UInt8(ascii: ",")) }
                    SearchEncoding.appendJSONString(field, to: &json)
                }
                json.append(UInt8(ascii: "]"))
            }
            json.append(UInt8(ascii: "]"))
            add("docs/\(start / chunk).json", json)
        }

        var manifest: [UInt8] = Array("{\"format\":\(format),\"version\":\"\(String(hash, radix: 16))\",\"docs\":\(documents.count),\"chunk\":\(chunk),\"maxWeight\":\(maxWeight),\"stop\":".utf8)
        SearchEncoding.appendJSONString(SearchText.stopWords.joined(separator: " "), to: &manifest)
        manifest += Array(",\"shards\":".utf8)
        SearchEncoding.appendJSONString(frontCoded(shardKeys), to: &manifest)
        // The two-letter terms, so that the script fetches no shard for a two-letter word that
        // is not one (`tr`, `mu` on the way to a longer word); left out when too long to pay.
        if shortTerms.count <= maxShortTermBytes {
            manifest += Array(",\"short\":".utf8)
            SearchEncoding.appendJSONString(String(decoding: shortTerms, as: UTF8.self), to: &manifest)
        }
        if !nearKeys.isEmpty {
            manifest += Array(",\"near\":".utf8)
            SearchEncoding.appendJSONString(frontCoded(nearKeys), to: &manifest)
        }
        manifest += Array("}\n".utf8)
        files.insert(OutputFile(path: folder + "manifest.json", text: String(decoding: manifest, as: UTF8.self)), at: 0)
        return files
    }

    /// A word form's entry in a term shard: `>`, how many code points of the form the stem keeps
    /// (one base64url character), and the rest of the stem: `muscles` → `muscl` is `>F`,
    /// `happy` → `happi` is `>Ei`. A posting list never starts with `>`.
    static func formReference(_ form: ArraySlice<UInt8>, stem: ArraySlice<UInt8>) -> String {
        let formScalars = Array(String(decoding: form, as: UTF8.self).unicodeScalars)
        let stemScalars = Array(String(decoding: stem, as: UTF8.self).unicodeScalars)
        var shared = 0
        while shared < formScalars.count, shared < stemScalars.count, shared < 63, formScalars[shared] == stemScalars[shared] { shared += 1 }
        return ">" + String(UnicodeScalar(SearchEncoding.alphabet[shared])) + String(String.UnicodeScalarView(stemScalars[shared...]))
    }

    /// A document's address for the index: a page's location, percent-encoded, and a glossary
    /// entry's `#id` kept as a fragment.
    static func encoded(_ url: String) -> String {
        guard let hash = url.firstIndex(of: "#") else { return URLPath.encoded(url) }
        return URLPath.encoded(String(url[..<hash])) + "#" + URLPath.encoded(String(url[url.index(after: hash)...]))
    }

    /// The manifest lists the two-letter terms only up to this length (in a Latin-script site
    /// they are a few dozen; in Chinese they could be thousands).
    static let maxShortTermBytes = 1_500

    /// A term of two code points: the shortest that is indexed (`SearchText.minTermLength`).
    static func isShort(_ term: ArraySlice<UInt8>) -> Bool {
        var scalars = 0
        for byte in term where byte & 0xC0 != 0x80 { scalars += 1 }
        return scalars == SearchText.minTermLength
    }

    /// Sorted keys, each written as the number of code points it shares with the one before (a
    /// digit, at most 9) and the rest, separated by spaces: `"", "ab", "abd", "b"` → `"0 0ab 2d 0b"`.
    static func frontCoded(_ keys: [String]) -> String {
        var previous: [Unicode.Scalar] = []
        return keys.map { key in
            let scalars = Array(key.unicodeScalars)
            var shared = 0
            while shared < 9, shared < scalars.count, shared < previous.count, scalars[shared] == previous[shared] { shared += 1 }
            previous = scalars
            return "\(shared)" + String(String.UnicodeScalarView(scalars[shared...]))
        }.joined(separator: " ")
    }

    /// The shortest start of `term` (whole code points) that sorts after `previous`: a shard's
    /// key in the manifest. Every term of shard n sorts at or after key n and before key n + 1.
    static func separator(after previous: ArraySlice<UInt8>, before term: ArraySlice<UInt8>) -> String {
        var end = term.startIndex
        repeat {
            end += 1
            while end < term.endIndex, term[end] & 0xC0 == 0x80 { end += 1 }
        } while end < term.endIndex && !previous.lexicographicallyPrecedes(term[term.startIndex..<end])
        return String(decoding: term[term.startIndex..<end], as: UTF8.self)
    }
}
