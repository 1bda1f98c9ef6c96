import Foundation

/// One page as the search sees it.
public struct SearchDocument: Sendable, Equatable {
    /// The page's URL relative to the site root: `imnm/symptoms/`, `""` for the home page.
    public var url: String
    public var title: String
    /// The condition the page belongs to (section pages carry their own title); nil on the home page.
    public var section: String?
    /// The description or first paragraph; shown, shortened, under the title in the results.
    public var summary: String
    /// All reader-visible text of the page body.
    public var text: String

    public init(url: String, title: String, section: String?, summary: String, text: String) {
        self.url = url
        self.title = title
        self.section = section
        self.summary = summary
        self.text = text
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
        /// Characters of the summary kept for the results list.
        public var snippetLength = 160

        public init() {}
    }

    /// Where the index goes in the output; the search page passes it to the script.
    public static let folder = "search/index/"
    /// The version of the file formats, in the manifest; search.js refuses other versions.
    public static let format = 1

    // BM25 with a bonus for the title; search.js multiplies levels back by `maxWeight / 63`.
    static let k1 = 1.2
    static let b = 0.75
    static let titleWeight = 2.2
    static let maxWeight = 4.4

    public static func files(for documents: [SearchDocument]) -> [OutputFile] {
        files(for: documents, options: Options())
    }

    public static func files(for documents: [SearchDocument], options: Options) -> [OutputFile] {
        let postings = SearchPostings.collect(documents)
        var files: [OutputFile] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        func add(_ path: String, _ bytes: [UInt8]) {
            SearchEncoding.fnv1a(Array(path.utf8) + [0] + bytes, into: &hash)
            files.append(OutputFile(path: folder + path, text: String(decoding: bytes, as: UTF8.self)))
        }

        // Terms: one entry per term in term order, with its tail split off.
        let entries = postings.entries(topK: options.topK)
        var termJSON: [[UInt8]] = []
        termJSON.reserveCapacity(entries.count)
        var shortTerms: [UInt8] = []
        var tailCount = 0
        for (t, entry) in entries.enumerated() {
            let term = postings.term(t)
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

        // Shards of at most `shardBytes`, cut where the next term differs early from the one
        // before: such a key is short (a smaller manifest), and a typed prefix then starts at a
        // shard boundary instead of dragging in the shard before it.
        var shardKeys: [String] = []
        var start = 0
        while start < termJSON.count {
            var end = start + 1, size = 2 + termJSON[start].count
            while end < termJSON.count, size + 1 + termJSON[end].count <= options.shardBytes {
                size += 1 + termJSON[end].count
                end += 1
            }
            if end < termJSON.count {
                let minimum = options.shardBytes * 2 / 3
                var best = end, bestLength = separator(after: postings.term(end - 1), before: postings.term(end)).utf8.count
                var cut = end, cutSize = size
                while cut > start + 1, bestLength > 1 {
                    cutSize -= 1 + termJSON[cut - 1].count
                    cut -= 1
                    guard cutSize >= minimum else { break }
                    let length = separator(after: postings.term(cut - 1), before: postings.term(cut)).utf8.count
                    if length < bestLength { (best, bestLength) = (cut, length) }
                }
                end = best
            }
            shardKeys.append(start == 0 ? "" : separator(after: postings.term(start - 1), before: postings.term(start)))
            var shard: [UInt8] = [UInt8(ascii: "{")]
            for t in start..<end {
                if t > start { shard.append(UInt8(ascii: ",")) }
                shard += termJSON[t]
            }
            shard.append(UInt8(ascii: "}"))
            add("terms/\(shardKeys.count - 1).json", shard)
            start = end
        }

        // Display data, `docsPerChunk` documents a file.
        let chunk = max(1, options.docsPerChunk)
        for start in stride(from: 0, to: documents.count, by: chunk) {
            var json: [UInt8] = [UInt8(ascii: "[")]
            for (n, document) in documents[start..<min(start + chunk, documents.count)].enumerated() {
                if n > 0 { json.append(UInt8(ascii: ",")) }
                json.append(UInt8(ascii: "["))
                let fields = [document.url, document.title, document.section ?? "", SearchEncoding.snippet(document.summary, limit: options.snippetLength)]
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
        manifest += Array("}\n".utf8)
        files.insert(OutputFile(path: folder + "manifest.json", text: String(decoding: manifest, as: UTF8.self)), at: 0)
        return files
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

/// Terms and postings of a set of documents, gathered in parallel and merged in document order.
struct SearchPostings {
    /// Runs of consecutive documents, each with its own numbering of terms.
    private var units: [SearchUnit] = []
    /// Term `t` (in sorted order) is the unit-local term `local[u * termCount + t]` of unit `u`, or -1.
    private var local: [Int32] = []
    /// The terms, sorted: term `t` is `termBytes[termStarts[t] ..< termStarts[t + 1]]`.
    private var termBytes: [UInt8] = []
    private var termStarts: [Int] = [0]
    /// Terms in the body (and section name) of each document.
    var lengths: [Int32] = []

    static let titleBit: UInt32 = 1 << 31

    var termCount: Int { termStarts.count - 1 }

    func term(_ t: Int) -> ArraySlice<UInt8> { termBytes[termStarts[t]..<termStarts[t + 1]] }

    /// Counts every term of every document; runs on all cores, same result on any number of them.
    static func collect(_ documents: [SearchDocument]) -> SearchPostings {
        let unitCount = min(documents.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 2))
        let box = Box<SearchUnit>(count: unitCount)
        DispatchQueue.concurrentPerform(iterations: unitCount) { u in
            let unit = SearchUnit()
            for d in (documents.count * u / unitCount)..<(documents.count * (u + 1) / unitCount) {
                unit.add(documents[d], id: Int32(d))
            }
            unit.groupByTerm()
            box.set(u, unit)
        }
        var result = SearchPostings()
        result.units = box.items.map { $0! }

        // One numbering of all terms, then sorted by their bytes.
        let global = SearchByteTable(capacity: 1 << 16)
        var unitToGlobal: [[Int32]] = []
        for unit in result.units {
            var map = [Int32](repeating: 0, count: unit.terms.count)
            for t in 0..<unit.terms.count {
                let key = unit.terms.key(t)
                let hash = SearchByteTable.hash(key.baseAddress!, key.count)
                var g = global.find(key.baseAddress!, key.count, hash: hash)
                if g < 0 { g = global.insert(key.baseAddress!, key.count, hash: hash, value: 0) }
                map[t] = Int32(g)
            }
            unitToGlobal.append(map)
        }
        let order = (0..<global.count).sorted { a, b in
            let x = global.key(a), y = global.key(b)
            let c = memcmp(x.baseAddress!, y.baseAddress!, min(x.count, y.count))
            return c != 0 ? c < 0 : x.count < y.count
        }
        var rank = [Int32](repeating: 0, count: global.count)
        for (position, g) in order.enumerated() {
            rank[g] = Int32(position)
            result.termBytes += global.key(g)
            result.termStarts.append(result.termBytes.count)
        }
        result.local = [Int32](repeating: -1, count: result.units.count * global.count)
        for (u, unit) in result.units.enumerated() {
            for (t, g) in unitToGlobal[u].enumerated() { result.local[u * global.count + Int(rank[Int(g)])] = Int32(t) }
            result.lengths += unit.lengths
        }
        return result
    }

    struct Entry {
        var df: Int
        /// The encoded postings (all, or the top `topK` by weight).
        var top: [UInt8]
        /// The other documents, encoded as a set, and the median weight level among them.
        var tail: (docs: [UInt8], level: Int)?
    }

    /// Every term's entry, in term order (computed on all cores).
    func entries(topK: Int) -> [Entry] {
        let average = lengths.isEmpty ? 1 : max(1, Double(lengths.reduce(0) { $0 + Int($1) }) / Double(lengths.count))
        let norms = lengths.map { SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * Double($0) / average) }
        // The level of body counts 1 to 7 in each document, looked up instead of computed.
        var table = [UInt8](repeating: 0, count: norms.count * 8)
        for (doc, norm) in norms.enumerated() {
            for count in 1..<8 { table[doc * 8 + count] = Self.level(UInt32(count), norm: norm) }
        }
        let levelTable = table
        let out = Box<Entry>(count: termCount)
        let batches = min(termCount, 64)
        let unitCount = units.count
        DispatchQueue.concurrentPerform(iterations: batches) { batch in
            var docs: [Int32] = [], levels: [UInt8] = []
            for t in (termCount * batch / batches)..<(termCount * (batch + 1) / batches) {
                docs.removeAll(keepingCapacity: true)
                levels.removeAll(keepingCapacity: true)
                for u in 0..<unitCount {
                    let l = Int(local[u * termCount + t])
                    guard l >= 0 else { continue }
                    let unit = units[u]
                    unit.docs.withUnsafeBufferPointer { unitDocs in
                        unit.counts.withUnsafeBufferPointer { unitCounts in
                            for p in unit.offsets[l]..<unit.offsets[l + 1] {
                                let doc = unitDocs[p], count = unitCounts[p]
                                docs.append(doc)
                                levels.append(count < 8 ? levelTable[Int(doc) * 8 + Int(count)] : Self.level(count, norm: norms[Int(doc)]))
                            }
                        }
                    }
                }
                out.set(t, Self.entry(docs: docs, levels: levels, topK: topK))
            }
        }
        return out.items.map { $0! }
    }

    /// BM25's term weight for the body count, plus the title bonus, on a scale of 1 to 63.
    @inline(__always)
    static func level(_ count: UInt32, norm: Double) -> UInt8 {
        let tf = Double(count & ~titleBit)
        var weight = tf * (SearchIndex.k1 + 1) / (tf + norm)
        if count & titleBit != 0 { weight += SearchIndex.titleWeight }
        return UInt8(min(63, max(1, Int((weight / SearchIndex.maxWeight * 63).rounded()))))
    }

    private static func entry(docs: [Int32], levels: [UInt8], topK: Int) -> Entry {
        var top: [UInt8] = []
        guard docs.count > topK else {
            SearchEncoding.postings(docs: docs, levels: levels, into: &top)
            return Entry(df: docs.count, top: top)
        }
        // The top K by level, ties to the earlier document: all above a threshold level, then
        // the first ones at it.
        var perLevel = [Int](repeating: 0, count: 64)
        for level in levels { perLevel[Int(level)] += 1 }
        var threshold = 63, above = 0
        while above + perLevel[threshold] < topK {
            above += perLevel[threshold]
            threshold -= 1
        }
        var atThreshold = topK - above
        var topDocs: [Int32] = [], topLevels: [UInt8] = [], tailDocs: [Int32] = []
        topDocs.reserveCapacity(topK)
        topLevels.reserveCapacity(topK)
        tailDocs.reserveCapacity(docs.count - topK)
        var tailPerLevel = [Int](repeating: 0, count: 64)
        for (doc, level) in zip(docs, levels) {
            if Int(level) > threshold || (Int(level) == threshold && atThreshold > 0) {
                if Int(level) == threshold { atThreshold -= 1 }
                topDocs.append(doc)
                topLevels.append(level)
            } else {
                tailDocs.append(doc)
                tailPerLevel[Int(level)] += 1
            }
        }
        var median = 0, seen = 0
        while seen + tailPerLevel[median] <= tailDocs.count / 2 {
            seen += tailPerLevel[median]
            median += 1
        }
        SearchEncoding.postings(docs: topDocs, levels: topLevels, into: &top)
        return Entry(df: docs.count, top: top, tail: (SearchEncoding.docSet(tailDocs), median))
    }
}

/// The terms and postings of a run of consecutive documents, numbered locally. One thread fills
/// it; once `groupByTerm` has run it is only read, from any thread.
final class SearchUnit: @unchecked Sendable {
    /// Word as written (normalised) → local term, or -1 for a stop word.
    let words = SearchByteTable(capacity: 1 << 14)
    /// Stemmed term → local term number (its entry).
    let terms = SearchByteTable(capacity: 1 << 13)
    @exclusivity(unchecked) private var lastDoc: [Int32] = []
    @exclusivity(unchecked) private var lastPosting: [Int32] = []
    @exclusivity(unchecked) private var postingTerms: [Int32] = []
    /// The postings, in document order until `groupByTerm`, then by term: term `t`'s are
    /// `offsets[t] ..< offsets[t + 1]`.
    @exclusivity(unchecked) private(set) var docs: [Int32] = []
    /// Body occurrences; the top bit says the term is in the title.
    @exclusivity(unchecked) private(set) var counts: [UInt32] = []
    @exclusivity(unchecked) private(set) var offsets: [Int] = []
    @exclusivity(unchecked) private(set) var lengths: [Int32] = []
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: SearchText.scratchSize)

    deinit { scratch.deallocate() }

    func add(_ document: SearchDocument, id: Int32) {
        _ = scan(document.title, doc: id, title: true)
        lengths.append(scan(document.section ?? "", doc: id, title: false) + scan(document.text, doc: id, title: false))
    }

    /// Adds the words of `text` to document `doc`; returns how many were counted.
    private func scan(_ text: String, doc: Int32, title: Bool) -> Int32 {
        var text = text
        var counted: Int32 = 0
        text.withUTF8 { bytes in
            SearchText.scanWords(bytes, scratch: scratch) { word, length, hash in
                var entry = words.find(word, length, hash: hash)
                if entry < 0 { entry = learn(word, length, hash: hash) }
                let t = Int(words.value(entry))
                guard t >= 0 else { return }
                var p = Int(lastPosting[t])
                if lastDoc[t] != doc {
                    lastDoc[t] = doc
                    p = docs.count
                    lastPosting[t] = Int32(p)
                    postingTerms.append(Int32(t))
                    docs.append(doc)
                    counts.append(0)
                }
                if title {
                    counts[p] |= SearchPostings.titleBit
                } else {
                    counts[p] += 1
                    counted += 1
                }
            }
        }
        return counted
    }

    /// A word seen for the first time in this unit: its term, or -1 for a stop word.
    private func learn(_ word: UnsafePointer<UInt8>, _ length: Int, hash: UInt32) -> Int {
        var t: Int32 = -1
        let text = String(decoding: UnsafeBufferPointer(start: word, count: length), as: UTF8.self)
        if !SearchText.stopWordSet.contains(text) {
            var stemmed = Array(UnsafeBufferPointer(start: word, count: length))
            SearchText.stemInPlace(&stemmed)
            t = stemmed.withUnsafeBufferPointer { stemmed in
                let hash = SearchByteTable.hash(stemmed.baseAddress!, stemmed.count)
                let entry = terms.find(stemmed.baseAddress!, stemmed.count, hash: hash)
                if entry >= 0 { return Int32(entry) }
                lastDoc.append(-1)
                lastPosting.append(-1)
                return Int32(terms.insert(stemmed.baseAddress!, stemmed.count, hash: hash, value: 0))
            }
        }
        return words.insert(word, length, hash: hash, value: t)
    }

    /// Sorts the postings by term (a counting sort), keeping document order within each term.
    func groupByTerm() {
        var starts = [Int](repeating: 0, count: terms.count + 1)
        for t in postingTerms { starts[Int(t) + 1] += 1 }
        for t in 0..<terms.count { starts[t + 1] += starts[t] }
        var next = starts
        var sortedDocs = [Int32](repeating: 0, count: docs.count)
        var sortedCounts = [UInt32](repeating: 0, count: docs.count)
        for (p, t) in postingTerms.enumerated() {
            sortedDocs[next[Int(t)]] = docs[p]
            sortedCounts[next[Int(t)]] = counts[p]
            next[Int(t)] += 1
        }
        docs = sortedDocs
        counts = sortedCounts
        offsets = starts
        postingTerms = []
        lastDoc = []
        lastPosting = []
    }
}

/// Slots filled from concurrent work, each by one task.
private final class Box<Item>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var items: [Item?]

    init(count: Int) { items = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ item: Item?) {
        lock.lock()
        items[i] = item
        lock.unlock()
    }
}
