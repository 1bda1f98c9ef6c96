import Foundation
import SitegenModel

/// Terms and postings of a set of documents, gathered in parallel and merged in document order.
struct SearchPostings {
    /// Runs of consecutive documents, each with its own numbering of terms.
    private var units: [SearchUnit.Postings] = []
    /// Term `t` (in sorted order) is the unit-local term `local[u * termCount + t]` of unit `u`, or -1.
    private var local: [Int32] = []
    /// The terms, sorted: term `t` is `termBytes[termStarts[t] ..< termStarts[t + 1]]`.
    private var termBytes: [UInt8] = []
    private var termStarts: [Int] = [0]
    /// Terms in the body (and section name) of each document.
    var lengths: [Int32] = []
    /// The documents weighed as at least as long as the average (`SearchDocument.isGlossaryEntry`).
    var atLeastAverage: [Bool] = []
    /// The word forms that differ from their stem (Snowball only), sorted: form `f` is
    /// `formBytes[formStarts[f] ..< formStarts[f + 1]]`, and its stem is term `formTerms[f]`.
    private var formBytes: [UInt8] = []
    private var formStarts: [Int] = [0]
    private(set) var formTerms: [Int32] = []

    static let titleBit: UInt32 = 1 << 31
    /// The page has the term only through a glossary definition (`SearchSynonyms.Name.defines`).
    static let definitionBit: UInt32 = 1 << 30

    var termCount: Int { termStarts.count - 1 }

    func term(_ t: Int) -> ArraySlice<UInt8> { termBytes[termStarts[t]..<termStarts[t + 1]] }

    var formCount: Int { formTerms.count }

    func form(_ f: Int) -> ArraySlice<UInt8> { formBytes[formStarts[f]..<formStarts[f + 1]] }

    /// Counts every term of every document; runs on all cores, same result on any number of them.
    /// `language` chooses the stemmer (`SearchStemmer`); each unit makes its own.
    static func collect(_ documents: [SearchDocument], synonyms: SearchSynonyms = SearchSynonyms(groups: []), language: String = "") async -> SearchPostings {
        let unitCount = min(documents.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 2))
        var result = SearchPostings()
        result.units = await parallelMap(Array(0..<unitCount)) { u in
            let unit = SearchUnit(synonyms: synonyms, stemmer: SearchStemmer(language: language))
            for d in (documents.count * u / unitCount)..<(documents.count * (u + 1) / unitCount) {
                unit.add(documents[d], id: Int32(d))
            }
            return unit.postings()
        }

        // One numbering of all terms, then sorted by their bytes.
        let global = SearchByteTable(capacity: 1 << 16)
        var unitToGlobal: [[Int32]] = []
        for unit in result.units {
            var map = [Int32](repeating: 0, count: unit.termCount)
            unit.termBytes.withUnsafeBufferPointer { bytes in
                for t in 0..<unit.termCount {
                    let key = bytes.baseAddress! + unit.termStarts[t], count = unit.termStarts[t + 1] - unit.termStarts[t]
                    let hash = SearchByteTable.hash(key, count)
                    var g = global.find(key, count, hash: hash)
                    if g < 0 { g = global.insert(key, count, hash: hash, value: 0) }
                    map[t] = Int32(g)
                }
            }
            unitToGlobal.append(map)
        }
        let order = (0..<global.count).sorted { Self.precedes(global.key($0), global.key($1)) }
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
        result.atLeastAverage = documents.map(\.isGlossaryEntry)

        // The word forms of every unit, once each, sorted; a form that is itself a stem is left
        // out (its key holds that stem's postings).
        let forms = SearchByteTable(capacity: 1 << 12)
        var formTerms: [Int32] = []
        for (u, unit) in result.units.enumerated() {
            unit.formBytes.withUnsafeBufferPointer { bytes in
                for f in 0..<unit.formTerms.count {
                    let key = bytes.baseAddress! + unit.formStarts[f], count = unit.formStarts[f + 1] - unit.formStarts[f]
                    let hash = SearchByteTable.hash(key, count)
                    guard forms.find(key, count, hash: hash) < 0, global.find(key, count, hash: hash) < 0 else { continue }
                    forms.insert(key, count, hash: hash, value: 0)
                    formTerms.append(rank[Int(unitToGlobal[u][Int(unit.formTerms[f])])])
                }
            }
        }
        for f in (0..<forms.count).sorted(by: { Self.precedes(forms.key($0), forms.key($1)) }) {
            result.formBytes += forms.key(f)
            result.formStarts.append(result.formBytes.count)
            result.formTerms.append(formTerms[f])
        }
        return result
    }

    /// Byte order, shorter first: the order of terms in the index.
    static func precedes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let c = memcmp(x.baseAddress!, y.baseAddress!, min(x.count, y.count))
        return c != 0 ? c < 0 : x.count < y.count
    }

    struct Entry {
        var df: Int
        /// The encoded postings (all, or the top `topK` by weight).
        var top: [UInt8]
        /// The other documents, encoded as a set, and the median weight level among them.
        var tail: (docs: [UInt8], level: Int)?
    }

    /// Every term's entry, in term order (computed on all cores).
    func entries(topK: Int) async -> [Entry] {
        // The average page: glossary entries, short and many on a small site, are left out.
        let pages = zip(lengths, atLeastAverage).filter { !$0.1 }.map(\.0)
        let average = pages.isEmpty ? 1 : max(1, Double(pages.reduce(0) { $0 + Int($1) }) / Double(pages.count))
        let norms = zip(lengths, atLeastAverage).map { length, atLeastAverage in
            SearchIndex.k1 * (1 - SearchIndex.b + SearchIndex.b * (atLeastAverage ? max(Double(length), average) : Double(length)) / average)
        }
        // The level of body counts 1 to 7 in each document, looked up instead of computed.
        var table = [UInt8](repeating: 0, count: norms.count * 8)
        for (doc, norm) in norms.enumerated() {
            for count in 1..<8 { table[doc * 8 + count] = Self.level(UInt32(count), norm: norm) }
        }
        let levelTable = table
        let batches = min(termCount, 64)
        let ranges = (0..<batches).map { (termCount * $0 / batches)..<(termCount * ($0 + 1) / batches) }
        return await parallelMap(ranges) { entries($0, topK: topK, levelTable: levelTable, norms: norms) }.flatMap { $0 }
    }

    private func entries(_ terms: Range<Int>, topK: Int, levelTable: [UInt8], norms: [Double]) -> [Entry] {
        var result: [Entry] = []
        result.reserveCapacity(terms.count)
        var docs: [Int32] = [], levels: [UInt8] = []
        for t in terms {
            docs.removeAll(keepingCapacity: true)
            levels.removeAll(keepingCapacity: true)
            for u in units.indices {
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
            result.append(Self.entry(docs: docs, levels: levels, topK: topK))
        }
        return result
    }

    /// BM25's term weight for the body count, plus the title bonus, on a scale of 1 to 63. A term
    /// the page has only through a glossary definition gets 1, the lowest: below any page's own
    /// words (a body word's weight is at least about 0.3, level 4, on a page 5 times the average).
    @inline(__always)
    static func level(_ count: UInt32, norm: Double) -> UInt8 {
        let tf = Double(count & ~(titleBit | definitionBit))
        if tf == 0, count & titleBit == 0 { return 1 }
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

/// Gathers the terms and postings of a run of consecutive documents, numbered locally, inside one
/// task; `postings()` hands them out as a value.
final class SearchUnit {
    /// A unit's terms and postings, grouped by term: term `t` is
    /// `termBytes[termStarts[t] ..< termStarts[t + 1]]` and its postings are `offsets[t] ..< offsets[t + 1]`.
    struct Postings: Sendable {
        var termBytes: [UInt8] = []
        var termStarts: [Int] = [0]
        var docs: [Int32]
        /// Body occurrences; the top bit says the term is in the title.
        var counts: [UInt32]
        var offsets: [Int]
        var lengths: [Int32]
        /// The words read whose stem differs from them, and the local term of each stem.
        var formBytes: [UInt8] = []
        var formStarts: [Int] = [0]
        var formTerms: [Int32] = []

        var termCount: Int { termStarts.count - 1 }
    }

    /// Word as written (normalised) → local term, or -1 for a stop word.
    let words = SearchByteTable(capacity: 1 << 14)
    /// Stemmed term → local term number (its entry).
    let terms = SearchByteTable(capacity: 1 << 13)
    @exclusivity(unchecked) private var lastDoc: [Int32] = []
    @exclusivity(unchecked) private var lastPosting: [Int32] = []
    @exclusivity(unchecked) private var postingTerms: [Int32] = []
    /// The postings in document order.
    @exclusivity(unchecked) private var docs: [Int32] = []
    @exclusivity(unchecked) private var counts: [UInt32] = []
    @exclusivity(unchecked) private var lengths: [Int32] = []
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: SearchText.scratchSize)
    /// The forms read whose stem differs (`Postings.formBytes`).
    @exclusivity(unchecked) private var formBytes: [UInt8] = []
    @exclusivity(unchecked) private var formStarts: [Int] = [0]
    @exclusivity(unchecked) private var formTerms: [Int32] = []

    deinit { scratch.deallocate() }

    /// Glossary names that stand for each other.
    private let synonyms: SearchSynonyms
    /// For each local term, the synonym names ending in it (an index into `endings`), or -1.
    @exclusivity(unchecked) private var ending: [Int32] = []
    @exclusivity(unchecked) private var endings: [[Int32]] = []
    /// The last terms of the text being scanned, newest last, for names of several words.
    @exclusivity(unchecked) private var recent: [Int32] = []

    /// This unit's own stemmer (a Snowball stemmer must not be shared between tasks).
    private let stemmer: SearchStemmer

    init(synonyms: SearchSynonyms = SearchSynonyms(groups: []), stemmer: SearchStemmer = SearchStemmer(language: "")) {
        self.synonyms = synonyms
        self.stemmer = stemmer
    }

    func add(_ document: SearchDocument, id: Int32) {
        _ = scan(document.title, doc: id, title: true)
        // A page's own synonyms count as words of its title, each on its own (no name spans two).
        for synonym in document.synonyms { _ = scan(synonym, doc: id, title: true) }
        lengths.append(scan(document.section ?? "", doc: id, title: false) + scan(document.text, doc: id, title: false))
    }

    /// Adds the words of `text` to document `doc`; returns how many were counted.
    private func scan(_ text: String, doc: Int32, title: Bool) -> Int32 {
        var text = text
        var counted: Int32 = 0
        let matchNames = !synonyms.isEmpty
        recent.removeAll(keepingCapacity: true)
        text.withUTF8 { bytes in
            SearchText.scanWords(bytes, scratch: scratch) { word, length, hash in
                var entry = words.find(word, length, hash: hash)
                if entry < 0 { entry = learn(word, length, hash: hash) }
                let t = Int(words.values[entry])
                guard t >= 0 else { return }
                post(t, doc: doc, title: title)
                if !title { counted += 1 }
                if matchNames {
                    if recent.count == synonyms.longest { recent.removeFirst() }
                    recent.append(Int32(t))
                    if ending[t] >= 0 { addSynonyms(of: Int(ending[t]), doc: doc, title: title) }
                }
            }
        }
        return counted
    }

    @inline(__always)
    private func post(_ t: Int, doc: Int32, title: Bool, definition: Bool = false) {
        var p = Int(lastPosting[t])
        if lastDoc[t] != doc {
            lastDoc[t] = doc
            p = docs.count
            lastPosting[t] = Int32(p)
            postingTerms.append(Int32(t))
            docs.append(doc)
            counts.append(0)
        }
        if definition {
            counts[p] |= SearchPostings.definitionBit
        } else if title {
            counts[p] |= SearchPostings.titleBit
        } else {
            counts[p] += 1
        }
    }

    /// The names in `endings[list]` end with the term just read: each one whose earlier terms
    /// came just before gives the page the terms of the names it stands for.
    private func addSynonyms(of list: Int, doc: Int32, title: Bool) {
        for n in endings[list] {
            let name = synonyms.names[Int(n)]
            guard name.terms.count <= recent.count else { continue }
            var whole = true
            for (i, term) in name.terms.dropLast().enumerated() where whole {
                whole = recent[recent.count - name.terms.count + i] == termID(term, create: false)
            }
            guard whole else { continue }
            for term in name.adds { post(Int(termID(term, create: true)), doc: doc, title: title) }
            for term in name.defines { post(Int(termID(term, create: true)), doc: doc, title: false, definition: true) }
        }
    }

    /// The local number of a stemmed term, made when `create` (else -1 when unknown).
    private func termID(_ term: [UInt8], create: Bool) -> Int32 {
        term.withUnsafeBufferPointer { term in
            let hash = SearchByteTable.hash(term.baseAddress!, term.count)
            let entry = terms.find(term.baseAddress!, term.count, hash: hash)
            if entry >= 0 || !create { return Int32(entry) }
            lastDoc.append(-1)
            lastPosting.append(-1)
            var list: Int32 = -1
            if let names = synonyms.byLastTerm[Array(term)] {
                list = Int32(endings.count)
                endings.append(names)
            }
            ending.append(list)
            return Int32(terms.insert(term.baseAddress!, term.count, hash: hash, value: 0))
        }
    }

    /// A word seen for the first time in this unit: its term, or -1 for a stop word.
    private func learn(_ word: UnsafePointer<UInt8>, _ length: Int, hash: UInt32) -> Int {
        var t: Int32 = -1
        let text = String(decoding: UnsafeBufferPointer(start: word, count: length), as: UTF8.self)
        if !SearchText.stopWordSet.contains(text) {
            let stemmed = stemmer.stem(UnsafeBufferPointer(start: word, count: length))
            t = termID(stemmed, create: true)
            // The script has no Snowball stemmer: the index tells it which stem this form has.
            if stemmer.mapsForms, !stemmed.elementsEqual(UnsafeBufferPointer(start: word, count: length)) {
                formBytes += UnsafeBufferPointer(start: word, count: length)
                formStarts.append(formBytes.count)
                formTerms.append(t)
            }
        }
        return words.insert(word, length, hash: hash, value: t)
    }

    /// The postings sorted by term (a counting sort), keeping document order within each term.
    func postings() -> Postings {
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
        var result = Postings(docs: sortedDocs, counts: sortedCounts, offsets: starts, lengths: lengths,
                              formBytes: formBytes, formStarts: formStarts, formTerms: formTerms)
        for t in 0..<terms.count {
            result.termBytes += terms.key(t)
            result.termStarts.append(result.termBytes.count)
        }
        return result
    }
}
