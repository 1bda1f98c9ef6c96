import SitegenModel

/// Words of a block's UTF-8 bytes, for the PEMAT checks. Decided on bytes, without a `String` or
/// a regular expression per word: every page of a build comes through here.
struct PEMATWord {
    var start: Int
    var end: Int
    /// The first word of a sentence: of the block, or after `.`, `!` or `?`.
    var startsSentence: Bool
    /// The first word of a clause: a sentence, or after `:` or `;`.
    var startsClause: Bool
    /// `PEMATWords.pack` of its first 8 bytes, made once: every check looks words up by it.
    var key: UInt64 = 0
    /// A hyphen joins two of its parts ("one-third").
    var hasHyphen = false

    var count: Int { end - start }
}

enum PEMATWords {
    /// A block's words: letters and digits (any byte of a non-ASCII letter), joined by an
    /// apostrophe (' or ’) or a hyphen between two of them, and "2.5"-style decimals.
    static func words(in text: [UInt8]) -> [PEMATWord] {
        var words: [PEMATWord] = []
        words.reserveCapacity(text.count / 5)
        var index = 0
        var sentenceEnded = true, clauseEnded = true
        let count = text.count
        while index < count {
            let width = letterWidth(text, at: index)
            guard width > 0 else {
                switch text[index] {
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    // A full stop after one letter ("e.g.", "U.S.") or a title ("Dr.") ends nothing.
                    if text[index] != UInt8(ascii: ".") || !(words.last.map { isAbbreviation(text, $0, before: index) } ?? false) {
                        sentenceEnded = true
                        clauseEnded = true
                    }
                case UInt8(ascii: ":"), UInt8(ascii: ";"): clauseEnded = true
                default: break
                }
                index += 1
                continue
            }
            let start = index
            var hasHyphen = false
            index += width
            while index < count {
                let next = letterWidth(text, at: index)
                if next > 0 { index += next; continue }
                let joiner = joinerWidth(text, at: index)
                guard joiner > 0, index + joiner < count else { break }
                let after = letterWidth(text, at: index + joiner)
                guard after > 0 else { break }
                // "2.5" but not "end.Next": a full stop joins digits only.
                if text[index] == UInt8(ascii: "."), !(isDigit(text[index - 1]) && isDigit(text[index + 1])) { break }
                if text[index] == UInt8(ascii: "-") { hasHyphen = true }
                index += joiner + after
            }
            let key = text.withUnsafeBufferPointer { pack(UnsafeBufferPointer(rebasing: $0[start..<min(index, start + 8)])) }
            words.append(PEMATWord(start: start, end: index, startsSentence: sentenceEnded, startsClause: clauseEnded, key: key, hasHyphen: hasHyphen))
            sentenceEnded = false
            clauseEnded = false
        }
        return words
    }

    /// Bytes of the letter or digit at `index`, or 0: ASCII letters and digits, and the non-ASCII
    /// characters that are letters in Latin, Greek, Cyrillic and other scripts. Punctuation,
    /// symbols and spaces outside ASCII (U+0080–U+00BF, × ÷, U+2000–U+2FFF, U+FFFC) are not letters.
    @inline(__always) static func letterWidth(_ text: [UInt8], at index: Int) -> Int {
        let byte = text[index]
        if byte < 0x80 { return isLetter(byte) || isDigit(byte) ? 1 : 0 }
        let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard index + width <= text.count else { return 0 }
        switch byte {
        case 0xC2, 0xE2, 0xEF: return 0
        case 0xC3: return text[index + 1] == 0x97 || text[index + 1] == 0xB7 ? 0 : 2
        case 0x80..<0xC0: return 0  // a stray continuation byte
        default: return width
        }
    }

    /// Bytes of an apostrophe (' or ’), a hyphen or a full stop at `index`, or 0.
    @inline(__always) static func joinerWidth(_ text: [UInt8], at index: Int) -> Int {
        switch text[index] {
        case UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "."): return 1
        case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && text[index + 2] == 0x99: return 3
        default: return 0
        }
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    /// Titles after which a full stop ends no sentence; one-letter words are abbreviations too.
    private static let titles: Set<UInt64> = Set(["dr", "mr", "mrs", "ms", "prof", "st", "sr", "sra", "dra", "vs", "approx", "fig", "ej", "ud", "uds", "ee"].map { pack(Array($0.utf8)[...]) })

    private static func isAbbreviation(_ text: [UInt8], _ word: PEMATWord, before index: Int) -> Bool {
        guard word.end == index else { return false }
        return word.count == 1 || (word.count <= 6 && titles.contains(pack(text[word.start..<word.end])))
    }

    /// Up to 8 bytes of a word, lowercased (ASCII, and Latin-1 capitals like É), in one number:
    /// a word list looks words up without making a `String`.
    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer(pack)
    }

    /// A byte lowercased: ASCII capitals, and the second byte of a Latin-1 capital (C3 80–C3 9E
    /// but ×, which are their small letters minus 0x20: É is C3 89, é C3 A9). The first byte of a
    /// letter is the same in both cases.
    @inline(__always) static func lowered(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if isUpper(byte) { return byte | 0x20 }
        if previous == 0xC3, byte >= 0x80, byte <= 0x9E, byte != 0x97 { return byte + 0x20 }
        return byte
    }

    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        var previous: UInt8 = 0
        for byte in bytes.prefix(8) {
            packed |= UInt64(lowered(byte, after: previous)) << shift
            shift += 8
            previous = byte
        }
        return packed
    }
}

/// Words a check looks for, lowercased: short ones (at most 8 bytes, nearly all) packed into
/// numbers, longer ones by a hash of their lowercased bytes. Every word of every page is looked up
/// in several lexicons, so two bit masks (the lengths and the first letters the lexicon has) turn
/// most words away before any hashing.
struct PEMATLexicon {
    private var short: Set<UInt64> = []
    /// Hash of the lowercased bytes → the lowercased words with it (compared byte by byte).
    private var long: [UInt64: [[UInt8]]] = [:]
    /// Bit n: a word of n bytes (n < 63), bit 63: longer.
    private var lengths: UInt64 = 0
    /// Bit b of word b / 64: a word whose first byte, lowercased, is b.
    private var firsts: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ words: [String]) {
        for word in words {
            let bytes = Array(word.lowercased().utf8)
            guard let first = bytes.first else { continue }
            lengths |= Self.lengthBit(bytes.count)
            Self.set(first, in: &firsts)
            if bytes.count <= 8 { short.insert(PEMATWords.pack(bytes[...])) } else { long[Self.hash(bytes[...]), default: []].append(bytes) }
        }
    }

    func contains(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, lengths & Self.lengthBit(bytes.count) != 0, Self.has(Self.lower(first), in: firsts) else { return false }
        if bytes.count <= 8 { return short.contains(PEMATWords.pack(bytes)) }
        guard let candidates = long[Self.hash(bytes)] else { return false }
        return candidates.contains { candidate in
            guard candidate.count == bytes.count else { return false }
            var previous: UInt8 = 0
            for (wanted, byte) in zip(candidate, bytes) {
                guard wanted == Self.lower(byte, after: previous) else { return false }
                previous = byte
            }
            return true
        }
    }

    /// The same for a word of a block, by its `key`: no slice of the text unless the word is long.
    func contains(_ word: PEMATWord, in text: [UInt8]) -> Bool {
        guard lengths & Self.lengthBit(word.count) != 0, Self.has(Self.lower(text[word.start]), in: firsts) else { return false }
        return word.count <= 8 ? short.contains(word.key) : contains(text[word.start..<word.end])
    }

    @inline(__always) private static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(count, 63)) }

    @inline(__always) private static func lower(_ byte: UInt8, after previous: UInt8 = 0) -> UInt8 {
        PEMATWords.lowered(byte, after: previous)
    }

    /// FNV-1a over the bytes, lowercased.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash = FNV1a()
        var previous: UInt8 = 0
        for byte in bytes {
            hash.combine(lower(byte, after: previous))
            previous = byte
        }
        return hash.value
    }

    private static func set(_ byte: UInt8, in mask: inout (UInt64, UInt64, UInt64, UInt64)) {
        let bit: UInt64 = 1 << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: mask.0 |= bit
        case 1: mask.1 |= bit
        case 2: mask.2 |= bit
        default: mask.3 |= bit
        }
    }

    @inline(__always) private static func has(_ byte: UInt8, in mask: (UInt64, UInt64, UInt64, UInt64)) -> Bool {
        let bit: UInt64 = 1 << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return mask.0 & bit != 0
        case 1: return mask.1 & bit != 0
        case 2: return mask.2 & bit != 0
        default: return mask.3 & bit != 0
        }
    }
}
