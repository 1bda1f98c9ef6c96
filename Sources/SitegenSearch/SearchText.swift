import Foundation

/// The text rules of the search, which `templates/static/search.js` repeats exactly so that what a
/// reader types finds what the index holds (`SearchIndexTests` runs both on the same strings):
///
/// 1. **Normalise**: lowercase (Unicode default mapping), decompose (NFD), drop nonspacing marks
///    (category Mn), then fold the letters that do not decompose: ß→ss æ→ae œ→oe ø→o ł→l đ→d ð→d
///    þ→th ı→i ς→σ, and the apostrophes ’ ‘ ʼ → '. `Sjögren’s` → `sjogren's`.
/// 2. **Words**: maximal runs of letters, digits and marks (categories L, N, M) joined by single
///    apostrophes; a final `'s` is dropped and other apostrophes removed (`sjogren's` → `sjogren`,
///    `don't` → `dont`). Everything else (spaces, hyphens, punctuation) separates words.
/// 3. **Terms**: words of 2 to 40 code points that are not stop words, then stemmed: by Snowball
///    for English and Spanish (`SearchStemmer`; the index tells the script each form's stem), else by Harman's "S" stemmer
///    on words of 4 code points or more: `-ies` → `-y` (not `-eies`, `-aies`), else `-es` → `-e`
///    (not `-aes`, `-ees`, `-oes`), else `-s` → `` (not `-us`, `-ss`). `muscles` → `muscle`,
///    `therapies` → `therapy`, `diseases` → `disease`, `virus` stays.
public enum SearchText {
    /// English stop words: skipped in the index and in queries. Stored in the manifest, so the
    /// script uses exactly this list.
    public static let stopWords: [String] = """
        a about above after again against all also am an and any are as at be because been before being \
        below between both but by can could did didnt do does doesnt doing dont down during each few for \
        from further had has have having he her here hers herself him himself his how i if in into is it \
        its itself just may me might more most must my myself no nor not now of off on once only or other \
        our ours ourselves out over own same she should so some such than that the their theirs them \
        themselves then there these they this those through to too under until up very was we were what \
        when where which while who whom why will with would you youre your yours yourself yourselves
        """.split(separator: " ").map(String.init)

    public static let minTermLength = 2
    public static let maxTermLength = 40

    static let stopWordSet = Set(stopWords)

    private static let folds: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
        "ς": "σ", "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'",
    ]

    /// Rule 1.
    public static func normalize(_ text: String) -> String {
        let decomposed = text.lowercased().decomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
            // One scalar at a time: `append(contentsOf:)` copies the whole view each call, which
            // made a page of 256 KB of apostrophes take 20 s.
            if let fold = folds[scalar] { for folded in fold.unicodeScalars { out.append(folded) } } else { out.append(scalar) }
        }
        return String(out)
    }

    /// Rules 1 and 2: the words of a text, normalised, in order.
    public static func words(_ text: String) -> [String] {
        let scalars = Array(normalize(text).unicodeScalars)
        var words: [String] = []
        var i = 0
        while i < scalars.count {
            guard isWordScalar(scalars[i]) else { i += 1; continue }
            var word = String.UnicodeScalarView()
            while i < scalars.count {
                if isWordScalar(scalars[i]) {
                    word.append(scalars[i])
                    i += 1
                } else if scalars[i] == "'", i + 1 < scalars.count, isWordScalar(scalars[i + 1]) {
                    word.append("'")
                    i += 1
                } else {
                    break
                }
            }
            words.append(finishWord(String(word)))
        }
        return words
    }

    /// Rules 1 to 3: the terms a text is indexed under (or a query looks for), in order.
    public static func terms(_ text: String) -> [String] {
        words(text).compactMap(term(forWord:))
    }

    /// Rule 3 for one word from `words`: nil for stop words and words too short or too long.
    public static func term(forWord word: String) -> String? {
        isTerm(word) ? stem(word) : nil
    }

    /// Rules 1 to 3 with a language's stemmer instead of Harman's (`SearchStemmer`).
    static func terms(_ text: String, stemmer: SearchStemmer) -> [String] {
        words(text).filter(isTerm).map(stemmer.stem)
    }

    /// Rule 3's test: not a stop word, and 2 to 40 code points.
    static func isTerm(_ word: String) -> Bool {
        let length = word.unicodeScalars.count
        return length >= minTermLength && length <= maxTermLength && !stopWordSet.contains(word)
    }

    /// Harman's S stemmer (rule 3), on words of four code points or more.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stemInPlace(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    private static func finishWord(_ word: String) -> String {
        var word = word
        if word.hasSuffix("'s") { word.removeLast(2) }
        word.removeAll { $0 == "'" }
        return word
    }

    // MARK: - Fast path for the index: UTF-8 bytes in, words out

    /// Calls `body` with each word of `text` (rules 1 and 2, with rule 3's length limits), as
    /// UTF-8 bytes. The index uses `scanWords` directly.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchSize)
        defer { scratch.deallocate() }
        text.withUTF8 { bytes in
            scanWords(bytes, scratch: scratch) { word, length, _ in body(UnsafeBufferPointer(start: word, count: length)) }
        }
    }

    /// Bytes `scanWords` needs in its scratch buffer.
    static let scratchSize = maxTermLength + 1

    /// Calls `body(word, length, hash)` for each word of UTF-8 `bytes` that has 2 to 40 code
    /// points, with the word's `SearchByteTable.hash`. Runs of ASCII letters and digits, nearly
    /// all words, are lowercased in one pass; a run holding an apostrophe is split by rule 2, and
    /// a run holding any non-ASCII character is handed to `words`, so every path follows the same
    /// rules. `word` is valid only during the call.
    @inline(__always)
    static func scanWords(_ bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>, _ body: (UnsafePointer<UInt8>, Int, UInt32) -> Void) {
        guard let p = bytes.baseAddress else { return }
        let kinds = byteKinds
        let n = bytes.count
        var i = 0
        while i < n {
            guard kinds[Int(p[i])] != separator else { i += 1; continue }
            // A run: bytes that are not ASCII separators (letters, digits, ' and any non-ASCII byte).
            let start = i
            while i < n, kinds[Int(p[i])] == alphanumeric { i += 1 }
            var kind = alphanumeric
            while i < n {
                let k = kinds[Int(p[i])]
                if k == separator { break }
                kind = max(kind, k)
                i += 1
            }
            if kind == alphanumeric {
                let length = i - start
                guard length >= minTermLength, length <= maxTermLength else { continue }
                for j in 0..<length { scratch[j] = p[start + j] | 0x20 }  // lowercase (digits keep their bit)
                body(scratch, length, SearchByteTable.hash(scratch, length))
            } else if kind == apostrophe {
                asciiWords(UnsafeBufferPointer(start: p + start, count: i - start), scratch: scratch, body)
            } else {
                let run = String(decoding: UnsafeBufferPointer(start: p + start, count: i - start), as: UTF8.self)
                for word in words(run) {
                    let length = word.unicodeScalars.count
                    guard length >= minTermLength, length <= maxTermLength else { continue }
                    var word = word
                    word.withUTF8 { body($0.baseAddress!, $0.count, SearchByteTable.hash($0.baseAddress!, $0.count)) }
                }
            }
        }
    }

    private static let separator: UInt8 = 0, alphanumeric: UInt8 = 1, apostrophe: UInt8 = 2, nonASCII: UInt8 = 3

    /// What each byte is to `scanWords`.
    private static let byteKinds: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x80...: return nonASCII
        case 0x27: return apostrophe
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return alphanumeric
        default: return separator
        }
    }

    /// Rule 2 on a run of ASCII letters, digits and apostrophes.
    private static func asciiWords(_ run: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>, _ body: (UnsafePointer<UInt8>, Int, UInt32) -> Void) {
        var i = 0
        let n = run.count
        while i < n {
            guard run[i] != 0x27 else { i += 1; continue }
            var length = 0  // letters kept (apostrophes dropped); only the first scratchSize are stored
            var lastApostrophe = -1  // letters before the last apostrophe that joined two letters
            while i < n {
                let byte = run[i]
                if byte != 0x27 {
                    if length < scratchSize { scratch[length] = byte | 0x20 }
                    length += 1
                    i += 1
                } else if i + 1 < n, run[i + 1] != 0x27 {
                    lastApostrophe = length
                    i += 1
                } else {
                    break
                }
            }
            // A final 's is dropped: the last apostrophe was followed by exactly "s".
            if lastApostrophe >= 0, lastApostrophe == length - 1, length <= scratchSize, scratch[length - 1] == 0x73 {
                length -= 1
            }
            if length >= minTermLength, length <= maxTermLength {
                body(scratch, length, SearchByteTable.hash(scratch, length))
            }
        }
    }

    /// Harman's S stemmer on UTF-8 bytes. The suffixes are ASCII, so looking at bytes is the
    /// same as looking at code points; the length limit counts code points.
    static func stemInPlace(_ word: inout [UInt8]) {
        let n = word.count
        guard n >= 4, word[n - 1] == 0x73 else { return }  // ends in "s"
        var length = 0
        for byte in word where byte & 0xC0 != 0x80 { length += 1 }
        guard length >= 4 else { return }
        let c1 = word[n - 2], c2 = word[n - 3], c3 = word[n - 4]
        if c1 == 0x65, c2 == 0x69, c3 != 0x65, c3 != 0x61 {  // -ies, not -eies / -aies
            word.removeLast(3)
            word.append(0x79)
        } else if c1 == 0x65, c2 != 0x61, c2 != 0x65, c2 != 0x6F {  // -es, not -aes / -ees / -oes
            word.removeLast()
        } else if c1 != 0x75, c1 != 0x73 {  // -s, not -us / -ss
            word.removeLast()
        }
    }
}
