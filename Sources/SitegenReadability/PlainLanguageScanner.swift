/// A word or phrase of the plain-language list found on a page: its first use.
public struct PlainLanguageMatch: Sendable, Equatable {
    /// As the list keeps it: "utilize", "in order to".
    public var word: String
    public var alternative: String
    /// The file line of its first word.
    public var line: Int

    /// "'utilize': say 'use'".
    public var message: String { PlainLanguageList.message(word: word, alternative: alternative) }
}

/// A list made ready for matching: its entries by the hash of their first word, longest first,
/// so that a page costs one dictionary lookup per word (and a comparison of the next few words
/// where a phrase starts), never a pattern per entry.
public struct PlainLanguageMatcher: Sendable {
    struct Entry: Sendable {
        var word: String
        /// Nil for a name of the list's `names`: matched only to leave its words alone.
        var alternative: String?
        var words: [[UInt8]]
        var hashes: [UInt64]
    }

    let entries: [Entry]
    let byFirstWord: [UInt64: [Int]]
    let indexByWord: [String: Int]
    /// One bit per slot of 16 bits of a word's hash, set where an entry's first word falls: most
    /// words start no entry, and one look at this tells so without a dictionary lookup.
    private let firstWordBits: [UInt64]

    public init(_ list: PlainLanguageList) {
        var entries: [Entry] = []
        let all = list.entries.map { ($0.key, Optional($0.value)) } + list.names.filter { list.entries[$0] == nil }.map { ($0, String?.none) }
        for (word, alternative) in all.sorted(by: { $0.0 < $1.0 }) {
            let words = PlainLanguageWords.split(word)
            guard !words.isEmpty else { continue }
            entries.append(Entry(word: word, alternative: alternative, words: words, hashes: words.map { PlainLanguageWords.hash($0[...]) }))
        }
        var byFirstWord: [UInt64: [Int]] = [:]
        for (index, entry) in entries.enumerated() { byFirstWord[entry.hashes[0], default: []].append(index) }
        self.byFirstWord = byFirstWord.mapValues { $0.sorted { entries[$0].words.count > entries[$1].words.count } }
        self.entries = entries
        indexByWord = Dictionary(entries.enumerated().map { ($1.word, $0) }, uniquingKeysWith: { first, _ in first })
        isEmpty = list.entries.isEmpty
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for hash in byFirstWord.keys {
            let slot = Self.slot(hash)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        firstWordBits = bits
    }

    /// The matcher of `list`: the built-in English and Spanish lists' are made once per process,
    /// not on every preview rebuild (a few milliseconds each); a list a site changed gets its own.
    public static func of(_ list: PlainLanguageList) -> PlainLanguageMatcher {
        if list == PlainLanguageList.english { return english }
        if list == PlainLanguageList.spanish { return spanish }
        return PlainLanguageMatcher(list)
    }

    private static let english = PlainLanguageMatcher(PlainLanguageList.english)
    private static let spanish = PlainLanguageMatcher(PlainLanguageList.spanish)

    @inline(__always)
    private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 48) }

    /// The entries whose first word has this hash, longest first, or nil.
    @inline(__always)
    func entries(startingWith hash: UInt64) -> [Int]? {
        let slot = Self.slot(hash)
        guard firstWordBits[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return nil }
        return byFirstWord[hash]
    }

    /// True when there is nothing to suggest.
    public let isEmpty: Bool
}

/// Finds the first use of each word or phrase of a list in one page's text, given as it is read:
/// `add` text (a word may continue from one call into the next), `breakPhrase` where no phrase
/// may run across (a new paragraph, code, a glossary word), then `finish`.
public struct PlainLanguageScanner {
    private let matcher: PlainLanguageMatcher
    private var words = PlainLanguageWords()
    /// Per entry: already suggested on this page, or accepted by it.
    private var done: [Bool]
    private var found: [PlainLanguageMatch] = []

    /// `accepted`: words and phrases the page may use (`plain_language_ok`, its glossary words),
    /// as `PlainLanguageChanges.normalized` keys.
    public init(_ matcher: PlainLanguageMatcher, accepted: some Sequence<String>) {
        self.matcher = matcher
        done = Array(repeating: false, count: matcher.entries.count)
        for word in accepted {
            if let index = matcher.indexByWord[word] { done[index] = true }
        }
    }

    public mutating func add(_ text: String, line: Int) {
        words.add(text, line: line)
    }

    /// The same for valid UTF-8 bytes (a cmark text node's), without making a `String`.
    public mutating func add(utf8 text: UnsafeBufferPointer<UInt8>, line: Int) {
        words.add(utf8: text, line: line)
    }

    /// A new paragraph, heading or list item: also a new sentence.
    public mutating func startBlock() {
        breakPhrase()
        words.startBlock()
    }

    public mutating func breakPhrase() {
        words.endWord()
        guard !words.words.isEmpty else { return }
        match()
        words.removeAll()
    }

    /// Every first use, in the order they were read.
    public mutating func finish() -> [PlainLanguageMatch] {
        breakPhrase()
        return found
    }

    private mutating func match() {
        let list = words.words
        var index = 0
        while index < list.count {
            index += matchAt(index, in: list)
        }
    }

    /// Matches the longest entry that starts at `index` and returns how many words it takes (1
    /// when none does).
    private mutating func matchAt(_ index: Int, in list: [PlainLanguageWords.Word]) -> Int {
        let first = list[index]
        if let candidates = matcher.entries(startingWith: first.hash) {
            for candidate in candidates {
                let entry = matcher.entries[candidate]
                let count = entry.words.count
                guard index + count <= list.count else { continue }
                var same = true
                for offset in 0..<count where list[index + offset].hash != entry.hashes[offset]
                    || !words.bytes(of: list[index + offset], count: list[index + offset].count, equal: entry.words[offset]) {
                    same = false
                    break
                }
                if same {
                    if !explained(index, count: count, in: list) { suggest(candidate, at: first) }
                    return count
                }
            }
        }
        // "physician's" is "physician" too.
        if let base = first.baseHash, let candidates = matcher.entries(startingWith: base), !explained(index, count: 1, in: list) {
            for candidate in candidates where matcher.entries[candidate].words.count == 1
                && words.bytes(of: first, count: first.count - 2, equal: matcher.entries[candidate].words[0]) {
                suggest(candidate, at: first)
                break
            }
        }
        return 1
    }

    /// True where the page explains the words it uses at `index`: an explanation in brackets
    /// follows ("dysphagia (trouble swallowing)"), or the sentence defines them ("Syncope is a
    /// ...", "A fracture means ...", "Edema refers to ...").
    private func explained(_ index: Int, count: Int, in list: [PlainLanguageWords.Word]) -> Bool {
        if list[index + count - 1].bracketFollows { return true }
        let startsSentence = list[index].startsSentence
            || (index > 0 && list[index - 1].startsSentence && Self.articles.contains { words.bytes(of: list[index - 1], count: list[index - 1].count, equal: $0) })
        guard startsSentence, index + count < list.count else { return false }
        let next = list[index + count]
        func word(_ word: PlainLanguageWords.Word, is text: [UInt8]) -> Bool { words.bytes(of: word, count: word.count, equal: text) }
        if word(next, is: Self.means) { return true }
        guard index + count + 1 < list.count else { return false }
        let after = list[index + count + 1]
        if word(next, is: Self.refers) { return word(after, is: Self.to) }
        return word(next, is: Self.isWord) && Self.articles.contains { word(after, is: $0) }
    }

    private static let articles = ["a", "an", "the"].map { Array($0.utf8) }
    private static let means = Array("means".utf8), refers = Array("refers".utf8), to = Array("to".utf8), isWord = Array("is".utf8)

    /// Suggests the entry unless the page had it already, accepts it, or the words are a name
    /// or stand for one where they are: a capital inside a sentence ("National Institute of
    /// Neurological Disorders"), brackets ("fainting (syncope)"), or after "called" or "known as"
    /// (the page is giving the medical term beside the everyday one).
    private mutating func suggest(_ entry: Int, at word: PlainLanguageWords.Word) {
        guard !done[entry], let alternative = matcher.entries[entry].alternative, !word.isNamed else { return }
        done[entry] = true
        found.append(PlainLanguageMatch(word: matcher.entries[entry].word, alternative: alternative, line: word.line))
    }
}
