import SitegenModel

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
        /// The first word of its sentence.
        var startsSentence: Bool
        /// An opening bracket follows it: "dysphagia (trouble swallowing)".
        var bracketFollows = false
    }

    /// The lower-cased bytes of every word so far.
    private(set) var bytes: [UInt8] = []
    private(set) var words: [Word] = []
    private var wordStart: Int?
    private var wordLine = 0
    /// A `'` or `-` after a letter: part of the word only if a letter follows.
    private var joiner: UInt8?
    private var wordIsNamed = false
    private var wordStartsSentence = false
    /// Only spaces since the last word ended.
    private var justAfterWord = false
    /// Where the text is: at the start of a sentence, how deep in brackets, after "called".
    private var sentenceStart = true
    private var brackets = 0
    private var naming = false
    private var previousWasKnown = false

    static let apostrophe = UInt8(ascii: "'"), hyphen = UInt8(ascii: "-")

    /// Adds text that continues the text before it (a word may run on from one call into the
    /// next, as "util" and "*ize*" do), all of it on `line`.
    mutating func add(_ text: String, line: Int) {
        var text = text
        text.withUTF8 { add(utf8: $0, line: line) }
    }

    /// The same for valid UTF-8 (cmark's text nodes), read byte by byte: ASCII, nearly all of an
    /// English page, never makes a `Unicode.Scalar`.
    mutating func add(utf8 text: UnsafeBufferPointer<UInt8>, line: Int) {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                index += 1
                if (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                    let upper = byte &- UInt8(ascii: "A") < 26
                    append(upper ? byte | 0x20 : byte, upper: upper, line: line)
                } else if byte == Self.apostrophe || byte == Self.hyphen {
                    join(byte)
                } else {
                    endWord()
                    punctuation(byte)
                }
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            guard index + length <= text.count, length > 1 else {
                index += 1
                endWord()
                continue
            }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
            let bytes = UnsafeBufferPointer(rebasing: text[index..<index + length])
            index += length
            guard let scalar = Unicode.Scalar(value) else {
                endWord()
                continue
            }
            if value == 0x2019 {
                join(Self.apostrophe)
            } else if Self.isWordScalar(scalar) {
                if scalar.properties.changesWhenLowercased {
                    for byte in scalar.properties.lowercaseMapping.utf8 { append(byte, upper: true, line: line) }
                } else {
                    for byte in bytes { append(byte, upper: false, line: line) }
                }
            } else {
                endWord()
                if !scalar.properties.isWhitespace { justAfterWord = false }
            }
        }
    }

    /// Ends the word being read, if any.
    mutating func endWord() {
        joiner = nil
        guard let start = wordStart else { return }
        wordStart = nil
        let count = bytes.count - start
        // On the buffer, not a slice of it: every word of every page comes through here.
        let (hash, base) = bytes.withUnsafeBufferPointer { buffer -> (UInt64, UInt64?) in
            let word = UnsafeBufferPointer(rebasing: buffer[start...])
            guard count > 2, word[count - 2] == Self.apostrophe, word[count - 1] == UInt8(ascii: "s") else { return (Self.hash(word), nil) }
            return (Self.hash(word), Self.hash(UnsafeBufferPointer(rebasing: word[..<(count - 2)])))
        }
        let word = Word(start: start, count: count, hash: hash, baseHash: base, line: wordLine, isNamed: wordIsNamed, startsSentence: wordStartsSentence)
        words.append(word)
        justAfterWord = true
        // The hash first: most words are none of these four.
        if (hash == Self.called.hash && bytes(of: word, count: count, equal: Self.called.bytes)) || (hash == Self.termed.hash && bytes(of: word, count: count, equal: Self.termed.bytes))
            || (previousWasKnown && hash == Self.asWord.hash && bytes(of: word, count: count, equal: Self.asWord.bytes)) {
            naming = true
        }
        previousWasKnown = hash == Self.known.hash && bytes(of: word, count: count, equal: Self.known.bytes)
    }

    /// A new block (a paragraph, heading, list item): a new sentence, out of any brackets.
    mutating func startBlock() {
        endWord()
        justAfterWord = false
        sentenceStart = true
        brackets = 0
        naming = false
        previousWasKnown = false
    }

    private static func hashed(_ text: String) -> (bytes: [UInt8], hash: UInt64) { (Array(text.utf8), hash(Array(text.utf8)[...])) }
    private static let called = hashed("called"), termed = hashed("termed"), known = hashed("known"), asWord = hashed("as")

    private mutating func punctuation(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
            sentenceStart = true
            naming = false
        case UInt8(ascii: ":"): sentenceStart = true
        case UInt8(ascii: ","): naming = false
        case UInt8(ascii: "("), UInt8(ascii: "["):
            if justAfterWord, !words.isEmpty { words[words.count - 1].bracketFollows = true }
            brackets += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"): brackets = max(0, brackets - 1)
        default: break
        }
        if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") { justAfterWord = false }
    }

    /// Forgets every word, keeping the buffers' room.
    mutating func removeAll() {
        endWord()
        justAfterWord = false
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
            wordStartsSentence = sentenceStart
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
        bytes.withUnsafeBufferPointer(hash)
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        FNV1a.hash(bytes)
    }

    /// The words of an entry of the list, each as its bytes.
    static func split(_ text: String) -> [[UInt8]] {
        var words = PlainLanguageWords()
        words.add(text, line: 0)
        words.endWord()
        return words.words.map { Array(words.bytes[$0.start..<$0.start + $0.count]) }
    }
}
