/// Splits text into lower-cased words for plain-language matching, the same way for the list's
/// entries and for a page's text: a word is a run of letters and digits, with `'` (or `’`) and
/// `-` inside it ("don't", "follow-up" and "state-of-the-art" are one word each); anything else
/// ends it. The words' bytes go into one buffer, so nothing is allocated per word.
struct PlainLanguageWords {
    struct Word {
        var start: Int
        var count: Int
        var hash: UInt64
        /// The hash without a final "'s" ("physician's" is looked up as "physician" too), or nil.
        var baseHash: UInt64?
        var line: Int
        /// True where the word is, or names, a name rather than the everyday sense: a capital
        /// inside a sentence, in brackets, or after "called" or "known as" in its sentence.
        var isNamed: Bool
    }

    /// The lower-cased bytes of every word so far.
    private(set) var bytes: [UInt8] = []
    private(set) var words: [Word] = []
    private var wordStart: Int?
    private var wordLine = 0
    /// A `'` or `-` after a letter: part of the word only if a letter follows.
    private var joiner: UInt8?
    private var wordIsNamed = false
    /// Where the text is: at the start of a sentence, how deep in brackets, after "called".
    private var sentenceStart = true
    private var brackets = 0
    private var naming = false
    private var previousWasKnown = false

    static let apostrophe = UInt8(ascii: "'"), hyphen = UInt8(ascii: "-")

    /// Adds text that continues the text before it (a word may run on from one call into the
    /// next, as "util" and "*ize*" do), all of it on `line`.
    mutating func add(_ text: String, line: Int) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: value)
                if (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                    let upper = byte &- UInt8(ascii: "A") < 26
                    append(upper ? byte | 0x20 : byte, upper: upper, line: line)
                } else if byte == Self.apostrophe || byte == Self.hyphen {
                    join(byte)
                } else {
                    endWord()
                    punctuation(byte)
                }
            } else if value == 0x2019 {
                join(Self.apostrophe)
            } else if Self.isWordScalar(scalar) {
                let upper = scalar.properties.changesWhenLowercased
                let lower = upper ? scalar.properties.lowercaseMapping : String(scalar)
                for byte in lower.utf8 { append(byte, upper: upper, line: line) }
            } else {
                endWord()
            }
        }
    }

    /// Ends the word being read, if any.
    mutating func endWord() {
        joiner = nil
        guard let start = wordStart else { return }
        wordStart = nil
        let count = bytes.count - start
        let hash = Self.hash(bytes[start..<bytes.count])
        var base: UInt64?
        if count > 2, bytes[bytes.count - 2] == Self.apostrophe, bytes[bytes.count - 1] == UInt8(ascii: "s") {
            base = Self.hash(bytes[start..<bytes.count - 2])
        }
        words.append(Word(start: start, count: count, hash: hash, baseHash: base, line: wordLine, isNamed: wordIsNamed))
        let word = bytes[start...]
        if word.elementsEqual(Self.called) || word.elementsEqual(Self.termed) || (previousWasKnown && word.elementsEqual(Self.asWord)) { naming = true }
        previousWasKnown = word.elementsEqual(Self.known)
    }

    /// A new block (a paragraph, heading, list item): a new sentence, out of any brackets.
    mutating func startBlock() {
        endWord()
        sentenceStart = true
        brackets = 0
        naming = false
        previousWasKnown = false
    }

    private static let called = Array("called".utf8), termed = Array("termed".utf8), known = Array("known".utf8), asWord = Array("as".utf8)

    private mutating func punctuation(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            sentenceStart = true
            naming = false
        case UInt8(ascii: ":"): sentenceStart = true
        case UInt8(ascii: ","): naming = false
        case UInt8(ascii: "("), UInt8(ascii: "["): brackets += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"): brackets = max(0, brackets - 1)
        default: break
        }
    }

    /// Forgets every word, keeping the buffers' room.
    mutating func removeAll() {
        endWord()
        bytes.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
    }

    /// True when the bytes of `word` (its first `count` bytes) are `expected`.
    func bytes(of word: Word, count: Int, equal expected: [UInt8]) -> Bool {
        guard count == expected.count else { return false }
        for offset in 0..<count where bytes[word.start + offset] != expected[offset] { return false }
        return true
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8, upper: Bool, line: Int) {
        if wordStart == nil {
            wordStart = bytes.count
            wordLine = line
            wordIsNamed = (upper && !sentenceStart) || brackets > 0 || naming
            sentenceStart = false
        } else if let pending = joiner {
            bytes.append(pending)
        }
        joiner = nil
        bytes.append(byte)
    }

    @inline(__always)
    private mutating func join(_ byte: UInt8) {
        if wordStart != nil, joiner == nil { joiner = byte } else { endWord() }
    }

    /// Letters of any script, digits, and the accents of decomposed letters ("e" + U+0301).
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// FNV-1a, 64 bits.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// The words of an entry of the list, each as its bytes.
    static func split(_ text: String) -> [[UInt8]] {
        var words = PlainLanguageWords()
        words.add(text, line: 0)
        words.endWord()
        return words.words.map { Array(words.bytes[$0.start..<$0.start + $0.count]) }
    }
}
