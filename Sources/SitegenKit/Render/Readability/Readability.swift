import Foundation

/// The readability of a page's text: its counts and the two Flesch scores computed from them.
public struct ReadabilityScore: Sendable, Equatable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    /// Flesch–Kincaid grade level: 0.39 * words/sentences + 11.8 * syllables/words - 15.59
    public var grade: Double
    /// Flesch reading ease: 206.835 - 1.015 * words/sentences - 84.6 * syllables/words
    public var readingEase: Double

    public init(words: Int, sentences: Int, syllables: Int, grade: Double, readingEase: Double) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.grade = grade
        self.readingEase = readingEase
    }

    /// The scores for these counts. Text without words scores 0 for both (not a real grade: there
    /// is nothing to read), so nothing is ever divided by zero.
    public init(words: Int, sentences: Int, syllables: Int) {
        guard words > 0, sentences > 0 else {
            self.init(words: words, sentences: sentences, syllables: syllables, grade: 0, readingEase: 0)
            return
        }
        let wordsPerSentence = Double(words) / Double(sentences)
        let syllablesPerWord = Double(syllables) / Double(words)
        self.init(
            words: words, sentences: sentences, syllables: syllables,
            grade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
            readingEase: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
        )
    }
}

/// Flesch–Kincaid grade level and Flesch reading ease of English text, with a dictionary-free
/// syllable counter. The rules are described in docs/readability.md.
///
/// Speed: every page of a build is scored, so scoring costs well under a microsecond a word
/// (docs/readability.md, "Speed"; `SITEGEN_READABILITY_BENCH=1`, see ReadabilityTests). A block is
/// decoded once into scalar values and split into words as ranges of them (`scan`), with ASCII
/// fast paths for the character tests (`isLetter` and so on; they agree with the Unicode
/// properties). A word of ASCII letters, digits and joiners, with ' or ’ as apostrophes, which is
/// nearly every English word, is counted on its bytes (`syllables(ascii:scratch:)` and
/// `EnglishSyllables.count(_: Letters)`), and a page's words are remembered in a table keyed by
/// their packed bytes. Any other word takes the `String` path (`unicodeSyllables(in:)`, which
/// folds accents with Foundation). The two paths apply the same rules and give the same counts:
/// ReadabilityTests compares them.
public enum Readability {
    /// `blocks` are the reader-visible text of a page: the title, each heading, each paragraph and
    /// each list-item paragraph, as plain text (no markup). Headings and list items count as
    /// sentences even without a full stop; a paragraph may hold several sentences.
    public static func score(blocks: [String]) -> ReadabilityScore {
        let pageBytes = blocks.reduce(0) { $0 + $1.utf8.count }
        var memo = SyllableMemo(expectedWords: pageBytes / 6)
        return score(blocks: blocks, memo: &memo)
    }

    /// The same, remembering syllable counts in `memo` for the next page: the pages of a section
    /// share most of their words, so most words are counted once per section, not once per page.
    public static func score(blocks: [String], memo: inout SyllableMemo) -> ReadabilityScore {
        let longestBlock = blocks.reduce(0) { max($0, $1.utf8.count) }
        var page = PageScorer(longestBlock: longestBlock)
        defer { page.deallocate() }
        for block in blocks {
            page.add(block, memo: &memo)
        }
        return ReadabilityScore(words: page.words, sentences: page.sentences, syllables: page.syllables)
    }

    /// Syllable counts of the words already seen, by their bytes as counted (lowercased in a
    /// block of capitals).
    public struct SyllableMemo {
        fileprivate var known: PackedWordTable
        fileprivate var knownUnicode: [String: Int] = [:]

        /// `expectedWords`: about how many different words it will see (it stops learning when
        /// full, which costs only speed).
        public init(expectedWords: Int = 4096) {
            known = PackedWordTable(minimumCapacity: min(max(expectedWords, 32), 8192))
        }
    }

    /// Counts of a page, block by block. Its buffers are allocated once per page and reused, so
    /// that nothing is allocated per word.
    private struct PageScorer {
        var words = 0, sentences = 0, syllables = 0
        /// A block's Unicode scalar values (never more than its UTF-8 bytes).
        private let scalars: UnsafeMutablePointer<UInt32>
        /// A word's bytes, then room for `syllables(ascii:scratch:)`: three times the longest word.
        private let wordBytes: UnsafeMutablePointer<UInt8>
        private var spans: [WordSpan] = []

        init(longestBlock: Int) {
            scalars = .allocate(capacity: max(1, longestBlock))
            wordBytes = .allocate(capacity: 3 * longestBlock + 1)
            spans.reserveCapacity(min(max(longestBlock / 4, 32), 8192))
        }

        func deallocate() {
            scalars.deallocate()
            wordBytes.deallocate()
        }

        mutating func add(_ block: String, memo: inout SyllableMemo) {
            var block = block
            let count = block.withUTF8 { decode($0, into: scalars) }
            let text = UnsafeBufferPointer(start: scalars, count: count)
            spans.removeAll(keepingCapacity: true)
            var tally = CapitalsTally()
            sentences += scan(text, into: &spans, tally: &tally)
            words += spans.count
            // In a block written in capitals ("THE SOFTWARE IS PROVIDED…") capitals are not acronyms.
            let shouting = tally.isShouting
            for span in spans {
                syllables += span.isPlain
                    ? plainWordSyllables(text, span, lowercase: shouting, known: &memo.known)
                    : unicodeWordSyllables(text, span, lowercase: shouting, known: &memo.knownUnicode)
            }
        }

        /// A word of ASCII and ’: its bytes go to `syllables(ascii:scratch:)`, with ’ as ' (the
        /// rules treat the two alike; not ʼ, which is not an apostrophe in "1990ʼs").
        private func plainWordSyllables(_ text: UnsafeBufferPointer<UInt32>, _ span: WordSpan, lowercase: Bool, known: inout PackedWordTable) -> Int {
            let length = span.end - span.start
            for k in 0..<length {
                let scalar = text[span.start + k]
                var byte = scalar == 0x2019 ? apostrophe : UInt8(truncatingIfNeeded: scalar)
                if lowercase, byte &- UInt8(ascii: "A") < 26 { byte |= 0x20 }
                wordBytes[k] = byte
            }
            let word = UnsafeBufferPointer(start: wordBytes, count: length)
            guard let key = PackedWord(word) else {
                return Readability.syllables(ascii: word, scratch: wordBytes + length)  // too long to remember
            }
            if let count = known.value(for: key) { return count }
            let count = Readability.syllables(ascii: word, scratch: wordBytes + length)
            known.insert(key, count)
            return count
        }

        private func unicodeWordSyllables(_ text: UnsafeBufferPointer<UInt32>, _ span: WordSpan, lowercase: Bool, known: inout [String: Int]) -> Int {
            var word = string(text, span.start..<span.end)
            if lowercase { word = word.lowercased() }
            if let count = known[word] { return count }
            let count = Readability.syllables(in: word)
            known[word] = count
            return count
        }
    }

    /// Writes the Unicode scalar values of valid UTF-8 (a `String`'s) to `scalars`; returns how many.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutablePointer<UInt32>) -> Int {
        var index = 0, count = 0
        let end = utf8.count
        while index < end {
            let lead = UInt32(utf8[index])
            if lead < 0x80 {
                scalars[count] = lead
                index += 1
            } else if lead < 0xE0 {
                scalars[count] = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                scalars[count] = (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                index += 3
            } else {
                scalars[count] = (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                    | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                index += 4
            }
            count += 1
        }
        return count
    }

    private static func string(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> String {
        var string = ""
        string.unicodeScalars.append(contentsOf: text[range].map(scalar))
        return string
    }

    /// English syllable count of one word (documented heuristic; docs/readability.md).
    ///
    /// - Hyphenated words count the syllables of each part: "immune-mediated" is 2 + 4.
    /// - A number (digits, with "." "," or ":" inside) is one syllable: "2.5", "1,000", "2026".
    ///   Letters and digits mixed ("B12") count each run of letters and each number; an ending
    ///   after a number adds nothing ("1st", "1990s").
    /// - Acronyms are spelled out, a syllable per letter (w has three): capitals without a vowel
    ///   ("HTTP", "HMGCR"), and capitals of two to four letters ("IMNM" 4, "MRI" 3, "IDs" 2) except
    ///   four that start with a consonant and a vowel ("NATO"). Capitals of five letters or more
    ///   with a vowel are read as words ("COVID", "EXAMPLES").
    /// - Contractions: "didn't" 2, "don't" 1, "patient's" 2.
    /// - Everything else goes to the rule-based counter in `EnglishSyllables`.
    ///
    /// Text with no letters or digits has 0 syllables; any word has at least 1.
    public static func syllables(in word: String) -> Int {
        // Words of ASCII and ’ are counted on their bytes, ’ read as ' (the two are the same
        // apostrophe everywhere in the rules; ʼ is not quite: "1990ʼs" is not a number ending).
        // The buffer holds the bytes, then the scratch.
        let capacity = 3 * word.utf8.count + 1
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> Int in
            let bytes = buffer.baseAddress!
            var length = 0
            for scalar in word.unicodeScalars {
                if scalar.isASCII {
                    bytes[length] = UInt8(scalar.value)
                } else if scalar == "\u{2019}" {
                    bytes[length] = apostrophe
                } else {
                    return unicodeSyllables(in: word)
                }
                length += 1
            }
            return syllables(ascii: UnsafeBufferPointer(start: bytes, count: length), scratch: bytes + length)
        }
    }

    // MARK: - Words of ASCII bytes

    private static let apostrophe = UInt8(ascii: "'")

    @inline(__always) private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    @inline(__always) private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
    @inline(__always) private static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
    @inline(__always) private static func lowercased(_ byte: UInt8) -> UInt8 { isASCIIUppercase(byte) ? byte | 0x20 : byte }

    /// `syllables(in:)` of an ASCII word (’ written as '). `scratch` has room for twice the word.
    static func syllables(ascii word: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>) -> Int {
        // The part being read is copied to `scratch` without the joiners dropped from it ("e.g" is
        // read "eg", "2.5" as "25"); the rest of `scratch` is for `partSyllables`.
        let part = scratch, partScratch = scratch + word.count
        var total = 0, partLength = 0
        let space = UInt8(ascii: " ")
        for index in 0..<word.count {
            let byte = word[index]
            let before = index > 0 ? word[index - 1] : space, after = index + 1 < word.count ? word[index + 1] : space
            if isASCIILetter(byte) || isASCIIDigit(byte) || byte == apostrophe {
                part[partLength] = byte
                partLength += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":"), isASCIIDigit(before), isASCIIDigit(after) {
                continue  // inside a number: "2.5", "1,000"
            } else if byte == UInt8(ascii: "."), isASCIILetter(before), isASCIILetter(after) {
                continue  // inside an abbreviation: "e.g"
            } else {
                total += partSyllables(ascii: UnsafeBufferPointer(start: part, count: partLength), scratch: partScratch)
                partLength = 0
            }
        }
        return total + partSyllables(ascii: UnsafeBufferPointer(start: part, count: partLength), scratch: partScratch)
    }

    /// One part of a word between hyphens (or other joiners): letters, digits and apostrophes.
    /// `scratch` has room for the part.
    private static func partSyllables(ascii raw: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>) -> Int {
        var start = 0, end = raw.count
        while start < end, raw[start] == apostrophe { start += 1 }
        while end > start, raw[end - 1] == apostrophe { end -= 1 }
        guard start < end else { return 0 }
        // Runs of digits are numbers of one syllable; runs of letters are words, except an ending
        // after a number: "1st", "2nd", "1990s".
        var total = 0
        var runStart = start
        while runStart < end {
            let isNumber = isASCIIDigit(raw[runStart])
            var runEnd = runStart + 1
            while runEnd < end, isASCIIDigit(raw[runEnd]) == isNumber { runEnd += 1 }
            let run = UnsafeBufferPointer(rebasing: raw[runStart..<runEnd])
            if isNumber {
                total += 1
            } else if runStart > start, isNumberEnding(run) {
                // nothing
            } else {
                total += letterSyllables(ascii: run, scratch: scratch)
            }
            runStart = runEnd
        }
        return total
    }

    /// "st", "nd", "rd", "th", "s" or "'s" in any case.
    private static func isNumberEnding(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        switch run.count {
        case 1: return lowercased(run[0]) == UInt8(ascii: "s")
        case 2:
            let pair = (lowercased(run[0]), lowercased(run[1]))
            switch pair {
            case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
                 (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")),
                 (apostrophe, UInt8(ascii: "s")):
                return true
            default: return false
            }
        default: return false
        }
    }

    /// A run of letters and apostrophes. `scratch` has room for the run.
    private static func letterSyllables(ascii run: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        for byte in run where byte != apostrophe {
            scratch[count] = byte
            count += 1
        }
        guard count > 0 else { return 0 }
        let letters = UnsafeBufferPointer(start: scratch, count: count)
        if let spelled = spelledOut(ascii: letters) { return spelled }
        // "didn't", "isn't", "haven't": the n't is a syllable after a consonant or an e; not in
        // "don't", "can't", "won't".
        let n = run.count
        if n > 3, lowercased(run[n - 1]) == UInt8(ascii: "t"), run[n - 2] == apostrophe, lowercased(run[n - 3]) == UInt8(ascii: "n") {
            for k in 0..<(n - 3) { scratch[k] = lowercased(run[k]) }
            let stem = UnsafeBufferPointer(start: scratch, count: n - 3)
            if stem.elementsEqual("were".utf8) { return 1 }
            let extra = "aiouy".utf8.contains(stem[stem.count - 1]) ? 0 : 1
            return EnglishSyllables.count(stem) + extra
        }
        for k in 0..<count { scratch[k] = lowercased(scratch[k]) }
        return EnglishSyllables.count(letters)
    }

    /// `spelledOut(_:)` of ASCII letters.
    private static func spelledOut(ascii word: UnsafeBufferPointer<UInt8>) -> Int? {
        // Most words start in lower case: not an acronym.
        guard word.count >= 2, isASCIIUppercase(word[0]) else { return nil }
        var count = word.count
        // Plurals: "IDs", "URLs".
        if count > 2, word[count - 1] == UInt8(ascii: "s"), word[..<(count - 1)].allSatisfy(isASCIIUppercase) {
            count -= 1
        }
        let letters = UnsafeBufferPointer(rebasing: word[..<count])
        guard letters.allSatisfy(isASCIIUppercase) else { return nil }
        func isVowel(_ letter: UInt8) -> Bool { "AEIOUY".utf8.contains(letter) }
        let spelled = letters.reduce(0) { $0 + ($1 == UInt8(ascii: "W") ? 3 : 1) }
        if !letters.contains(where: isVowel) { return spelled }  // "HTTP", "HMGCR"
        if count >= 5 { return nil }  // "COVID", "ASCII", "EXAMPLES"
        if count == 4, !isVowel(letters[0]), isVowel(letters[1]) {
            return nil  // "NATO", "NASA"
        }
        return spelled  // "IMNM", "IVIG", "MRI", "API"
    }

    // MARK: - Words of any script

    /// `syllables(in:)` of a word with letters outside ASCII ("café", "naïve"); for any word, it
    /// gives the same count as the byte path (tests compare the two).
    static func unicodeSyllables(in word: String) -> Int {
        var total = 0
        var part = ""
        let scalars = Array(word.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let before = index > 0 ? scalars[index - 1] : " ", after = index + 1 < scalars.count ? scalars[index + 1] : " "
            if isWordScalar(scalar) || isApostrophe(scalar) {
                part.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "," || scalar == ":", isDigit(before), isDigit(after) {
                continue  // inside a number: "2.5", "1,000"
            } else if scalar == ".", isLetter(before), isLetter(after) {
                continue  // inside an abbreviation: "e.g"
            } else {
                total += partSyllables(part)
                part = ""
            }
        }
        return total + partSyllables(part)
    }

    /// One part of a word between hyphens (or other joiners): letters, digits and apostrophes.
    private static func partSyllables(_ raw: String) -> Int {
        let part = String(String.UnicodeScalarView(raw.unicodeScalars.drop(while: isApostrophe).reversed().drop(while: isApostrophe).reversed()))
        guard !part.isEmpty else { return 0 }
        // Runs of digits are numbers of one syllable; runs of letters are words, except an ending
        // after a number: "1st", "2nd", "1990s".
        var runs: [(isNumber: Bool, text: String)] = []
        for scalar in part.unicodeScalars {
            let isNumber = isDigit(scalar)
            if let last = runs.last, last.isNumber == isNumber {
                runs[runs.count - 1].text.unicodeScalars.append(scalar)
            } else {
                runs.append((isNumber, String(scalar)))
            }
        }
        var total = 0
        for (index, run) in runs.enumerated() {
            if run.isNumber {
                total += 1
            } else if index > 0, ["st", "nd", "rd", "th", "s", "'s", "’s"].contains(run.text.lowercased()) {
                continue
            } else {
                total += letterSyllables(run.text)
            }
        }
        return total
    }

    private static func letterSyllables(_ word: String) -> Int {
        let letters = word.unicodeScalars.filter { !isApostrophe($0) }
        guard !letters.isEmpty else { return 0 }
        if let spelled = spelledOut(String(String.UnicodeScalarView(letters))) { return spelled }
        let folded = word.unicodeScalars.allSatisfy(\.isASCII)
            ? word.lowercased()
            : word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "ʼ", with: "'")
        // "didn't", "isn't", "haven't": the n't is a syllable after a consonant or an e; not in
        // "don't", "can't", "won't".
        if folded.hasSuffix("n't"), folded.count > 3 {
            let stem = String(folded.dropLast(3))
            if stem == "were" { return 1 }
            let extra = stem.last.map { "aiouy".contains($0) } == true ? 0 : 1
            return EnglishSyllables.count(stem) + extra
        }
        return EnglishSyllables.count(folded.replacingOccurrences(of: "'", with: ""))
    }

    /// Syllables of an acronym said letter by letter, or nil for a word to be read as such.
    private static func spelledOut(_ word: String) -> Int? {
        var letters = Array(word.unicodeScalars)
        // Plurals: "IDs", "URLs".
        if letters.count > 2, letters.last == "s", letters.dropLast().allSatisfy(isUppercase) {
            letters.removeLast()
        }
        guard letters.count >= 2, letters.allSatisfy({ $0.isASCII && isUppercase($0) }) else { return nil }
        let vowels: Set<Unicode.Scalar> = ["A", "E", "I", "O", "U", "Y"]
        let spelled = letters.reduce(0) { $0 + ($1 == "W" ? 3 : 1) }
        if !letters.contains(where: vowels.contains) { return spelled }  // "HTTP", "HMGCR"
        if letters.count >= 5 { return nil }  // "COVID", "ASCII", "EXAMPLES"
        if letters.count == 4, !vowels.contains(letters[0]), vowels.contains(letters[1]) {
            return nil  // "NATO", "NASA"
        }
        return spelled  // "IMNM", "IVIG", "MRI", "API"
    }

    // MARK: - Characters

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar >= "0" && scalar <= "9" }
        return scalar.properties.generalCategory == .decimalNumber
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        return scalar.properties.isAlphabetic
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar >= "A" && scalar <= "Z" }
        return scalar.properties.isUppercase
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar >= "a" && scalar <= "z" }
        return scalar.properties.isLowercase
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isLetter(scalar) || isDigit(scalar) }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    // The same tests on scalar values, as `scan` reads them: ASCII inline, the rest by the
    // Unicode properties above.

    /// The values come from a `String`'s scalars, so they are always valid; U+FFFD only keeps this
    /// from ever trapping.
    @inline(__always) private static func scalar(_ value: UInt32) -> Unicode.Scalar { Unicode.Scalar(value) ?? "\u{FFFD}" }

    @inline(__always) private static func isDigit(_ value: UInt32) -> Bool {
        value < 0x80 ? value &- 0x30 < 10 : isDigit(scalar(value))
    }

    @inline(__always) private static func isLetter(_ value: UInt32) -> Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : isLetter(scalar(value))
    }

    @inline(__always) private static func isUppercase(_ value: UInt32) -> Bool {
        value < 0x80 ? value &- 0x41 < 26 : isUppercase(scalar(value))
    }

    @inline(__always) private static func isLowercase(_ value: UInt32) -> Bool {
        value < 0x80 ? value &- 0x61 < 26 : isLowercase(scalar(value))
    }

    @inline(__always) private static func isWordScalar(_ value: UInt32) -> Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 : isWordScalar(scalar(value))
    }

    /// Unicode White_Space: in ASCII, tab, line feed, vertical tab, form feed, carriage return and space.
    @inline(__always) private static func isWhitespace(_ value: UInt32) -> Bool {
        value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : scalar(value).properties.isWhitespace
    }

    // MARK: - Sentences

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "cf", "vs", "viz", "dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr",
        "fig", "figs", "approx", "ca", "vol", "pp", "dept",
    ]

    /// Abbreviations that often end a sentence: a full stop after them ends one when the next
    /// word starts with a capital ("…and so on, etc. The next…").
    static let sentenceEndingAbbreviations: Set<String> = ["etc", "al", "inc", "ltd"]

    /// The two lists packed like `packedLowercase`, to test a word without making a `String`.
    private static let packedAbbreviations = Set(abbreviations.map(packedASCII))
    private static let packedSentenceEndingAbbreviations = Set(sentenceEndingAbbreviations.map(packedASCII))

    private static func packedASCII(_ word: String) -> UInt64 {
        precondition(word.utf8.count <= 8 && word.utf8.allSatisfy { $0 < 0x80 }, "abbreviations are ASCII, at most 8 letters")
        return word.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// A word in a block's scalars: `text[start..<end]`.
    struct WordSpan {
        var start: Int, end: Int
        /// Whether it is all ASCII but for typographic apostrophes (’), as nearly every English
        /// word is: it can be counted on its bytes.
        var isPlain: Bool
    }

    /// Whether most of a block is written in capitals: most of its words of two letters or more.
    struct CapitalsTally {
        var long = 0, capitals = 0
        var isShouting: Bool { long >= 3 && capitals * 2 > long }
    }

    /// Splits a block's scalars into words (appended to `words`) and returns its sentence count.
    ///
    /// A word: letters and digits, joined by apostrophes and hyphens between them, by "." between
    /// letters ("e.g", "U.S") or digits ("2.5"), and by "," or ":" between digits.
    static func scan(_ text: UnsafeBufferPointer<UInt32>, into words: inout [WordSpan], tally: inout CapitalsTally) -> Int {
        var sentences = 0
        var index = 0
        var wordsInSentence = 0
        // After "etc." or "U.S.": the sentence ends if the next word starts with a capital.
        var endsIfCapitalFollows = false
        let count = text.count
        while index < count {
            guard isWordScalar(text[index]) else { index += 1; continue }
            let start = index
            var isPlain = true
            // Letters in the word, and whether one is lower case, for `CapitalsTally`. (A joiner
            // is not a word scalar, so not a letter.)
            var letters = 0, lowercase = false
            @inline(__always) func take(_ scalar: UInt32) {
                if scalar >= 0x80 { isPlain = false }
                if isLetter(scalar) {
                    letters += 1
                    if isLowercase(scalar) { lowercase = true }
                }
            }
            take(text[index])
            index += 1
            while index < count {
                let scalar = text[index]
                if isWordScalar(scalar) {
                    take(scalar)
                    index += 1
                    continue
                }
                // (`joins` first: it rules out the space after most words at once.)
                if index + 1 < count, joins(scalar, text[index - 1], text[index + 1]), isWordScalar(text[index + 1]) {
                    if scalar >= 0x80, scalar != 0x2019 { isPlain = false }
                    take(text[index + 1])
                    index += 2
                    continue
                }
                break
            }
            if letters >= 2 {
                tally.long += 1
                if !lowercase { tally.capitals += 1 }
            }
            if endsIfCapitalFollows, isUppercase(text[start]) {
                sentences += 1
                wordsInSentence = 0
            }
            endsIfCapitalFollows = false
            words.append(WordSpan(start: start, end: index, isPlain: isPlain))
            wordsInSentence += 1
            // What follows the word: does it end the sentence?
            switch sentenceEnd(after: index, in: text, wordStart: start, isPlain: isPlain) {
            case .no: break
            case .yes:
                // "2." or "Q." on its own labels what follows (a list number, a question); it
                // is a word but not a sentence.
                if wordsInSentence == 1, isLabel(text[start..<index]), index < count, text[index] == 0x2E { break }
                sentences += 1
                wordsInSentence = 0
            case .ifCapitalFollows:
                endsIfCapitalFollows = true
            }
        }
        if wordsInSentence > 0 { sentences += 1 }
        return sentences
    }

    /// A number or a single letter, as used to number list items or mark questions and answers.
    private static func isLabel(_ word: Slice<UnsafeBufferPointer<UInt32>>) -> Bool {
        word.allSatisfy(isDigit) || word.count == 1
    }

    @inline(__always)
    private static func joins(_ joiner: UInt32, _ before: UInt32, _ after: UInt32) -> Bool {
        switch joiner {
        case 0x27, 0x2019, 0x02BC, 0x2D, 0x2010, 0x2011: return true  // ' ’ ʼ - ‐ ‑
        case 0x2E: return (isDigit(before) && isDigit(after)) || (isLetter(before) && isLetter(after))  // .
        case 0x2C, 0x3A: return isDigit(before) && isDigit(after)  // , :
        default: return false
        }
    }

    private enum SentenceEnd { case no, yes, ifCapitalFollows }

    /// Closing quotes and brackets that may stand between a full stop and the next sentence:
    /// " ' ) ] ” ’ » * _
    @inline(__always)
    private static func isCloser(_ value: UInt32) -> Bool {
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0x00BB, 0x2A, 0x5F: return true
        default: return false
        }
    }

    /// Whether the punctuation after a word (`text[wordStart..<index]`) ends a sentence: ". ! ? …"
    /// (or "..."), possibly followed by closing quotes or brackets, then a space or the end.
    private static func sentenceEnd(after index: Int, in text: UnsafeBufferPointer<UInt32>, wordStart: Int, isPlain: Bool) -> SentenceEnd {
        let fullStop: UInt32 = 0x2E, ellipsisCharacter: UInt32 = 0x2026
        var cursor = index
        var sawTerminator = false
        var onlyFullStop = true
        var ellipsis = false
        while cursor < text.count {
            let scalar = text[cursor]
            if scalar == fullStop || scalar == 0x21 || scalar == 0x3F || scalar == ellipsisCharacter {  // . ! ? …
                if scalar != fullStop { onlyFullStop = false }
                if scalar == ellipsisCharacter || (scalar == fullStop && cursor + 1 < text.count && text[cursor + 1] == fullStop) {
                    ellipsis = true
                }
                sawTerminator = true
            } else if isCloser(scalar) {
                // closing quote or bracket: keep looking
            } else {
                break
            }
            cursor += 1
        }
        guard sawTerminator else { return .no }
        let atEnd = cursor == text.count
        guard atEnd || isWhitespace(text[cursor]) else { return .no }
        // A full stop straight after an abbreviation.
        if onlyFullStop, !ellipsis, index < text.count, text[index] == fullStop {
            let word = text[wordStart..<index]
            if isPlain {
                // The word lowercased, packed into 64 bits if it is short enough to be an
                // abbreviation (and has no ’, which none has).
                var key: UInt64 = 0
                var packable = word.count <= 8
                var hasFullStop = false
                for (k, scalar) in word.enumerated() {
                    if scalar == fullStop { hasFullStop = true }
                    if scalar >= 0x80 { packable = false }
                    if packable { key |= UInt64(lowercased(UInt8(scalar))) << UInt64(8 * k) }
                }
                if packable, packedAbbreviations.contains(key) { return .no }
                if (packable && packedSentenceEndingAbbreviations.contains(key)) || hasFullStop {
                    return atEnd ? .yes : .ifCapitalFollows
                }
            } else {
                let key = string(text, wordStart..<index).lowercased()
                if abbreviations.contains(key) { return .no }
                if sentenceEndingAbbreviations.contains(key) || key.contains(".") {
                    return atEnd ? .yes : .ifCapitalFollows
                }
            }
        }
        // An ellipsis before a lower-case word trails off inside the sentence.
        if ellipsis, let next = text[cursor...].first(where: { isWordScalar($0) }), isLowercase(next) {
            return .no
        }
        return .yes
    }

    /// One block of text split into words and counted in sentences (for tests; `score(blocks:)`
    /// uses `scan` directly).
    struct TextBlock {
        var words: [String] = []
        var sentenceCount = 0

        init(_ text: String) {
            let scalars = text.unicodeScalars.map(\.value)
            var spans: [WordSpan] = []
            var tally = CapitalsTally()
            sentenceCount = scalars.withUnsafeBufferPointer { scan($0, into: &spans, tally: &tally) }
            words = scalars.withUnsafeBufferPointer { text in spans.map { string(text, $0.start..<$0.end) } }
        }
    }
}
