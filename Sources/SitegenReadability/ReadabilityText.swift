/// Characters, words and sentences of a block of text, as ranges of its Unicode scalar values.
extension Readability {
    // MARK: - Characters

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar >= "0" && scalar <= "9" }
        return scalar.properties.generalCategory == .decimalNumber
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        return scalar.properties.isAlphabetic
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
    @inline(__always) static func scalar(_ value: UInt32) -> Unicode.Scalar { Unicode.Scalar(value) ?? "\u{FFFD}" }

    @inline(__always) static func isDigit(_ value: UInt32) -> Bool {
        value < 0x80 ? value &- 0x30 < 10 : isDigit(scalar(value))
    }

    @inline(__always) private static func isLetter(_ value: UInt32) -> Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : isLetter(scalar(value))
    }

    @inline(__always) private static func isUppercase(_ value: UInt32) -> Bool {
        value < 0x80 ? value &- 0x41 < 26 : scalar(value).properties.isUppercase
    }

    @inline(__always) private static func isLowercase(_ value: UInt32) -> Bool {
        value < 0x80 ? value &- 0x61 < 26 : scalar(value).properties.isLowercase
    }

    @inline(__always) static func isWordScalar(_ value: UInt32) -> Bool {
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

    /// Spanish abbreviations after which a full stop does not end a sentence, besides the English
    /// ones (which include "Dr", "Sr"): "p. ej." (por ejemplo), "Sra.", "Ud.", "pág.", "núm.".
    /// Only Spanish text is read with them.
    static let spanishAbbreviations: Set<String> = [
        "p", "ej", "sra", "srta", "dra", "ud", "uds", "pág", "págs", "núm", "tel", "aprox", "admón", "avda",
    ]
    private static let packedSpanishAbbreviations = Set(spanishAbbreviations.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map(packedASCII))

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

    /// Latin-script letters outside ASCII: Latin-1, Latin Extended A to E and Additional, IPA,
    /// the ordinal indicators ª º and fullwidth Latin. Only called for letters of 0x80 and up.
    static func isLatin(_ value: UInt32) -> Bool {
        switch value {
        case 0xAA, 0xBA, 0xC0...0x2AF, 0x1D00...0x1DBF, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF,
             0xAB30...0xAB6F, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return true
        default:
            return false
        }
    }

    /// Adds the letters of a word that is not plain (has scalars outside ASCII) to `latin` and
    /// `otherScript`, the letters in Latin script and in any other.
    static func tallyScripts(of word: UnsafeBufferPointer<UInt32>, latin: inout Int, otherScript: inout Int) {
        for value in word where isLetter(value) {
            if value < 0x80 || isLatin(value) { latin += 1 } else { otherScript += 1 }
        }
    }

    /// Splits a block's scalars into words (appended to `words`) and returns its sentence count.
    ///
    /// A word: letters and digits, joined by apostrophes and hyphens between them, by "." between
    /// letters ("e.g", "U.S") or digits ("2.5"), and by "," or ":" between digits.
    /// `spanish`: Spanish abbreviations do not end sentences either.
    static func scan(_ text: UnsafeBufferPointer<UInt32>, into words: inout [WordSpan], tally: inout CapitalsTally, spanish: Bool = false) -> Int {
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
            switch sentenceEnd(after: index, in: text, wordStart: start, isPlain: isPlain, spanish: spanish) {
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
    private static func sentenceEnd(after index: Int, in text: UnsafeBufferPointer<UInt32>, wordStart: Int, isPlain: Bool, spanish: Bool) -> SentenceEnd {
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
                if packable, packedAbbreviations.contains(key) || (spanish && packedSpanishAbbreviations.contains(key)) { return .no }
                if (packable && packedSentenceEndingAbbreviations.contains(key)) || hasFullStop {
                    return atEnd ? .yes : .ifCapitalFollows
                }
            } else {
                let key = string(text, wordStart..<index).lowercased()
                if abbreviations.contains(key) || (spanish && spanishAbbreviations.contains(key)) { return .no }
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

        init(_ text: String, spanish: Bool = false) {
            let scalars = text.unicodeScalars.map(\.value)
            var spans: [WordSpan] = []
            var tally = CapitalsTally()
            sentenceCount = scalars.withUnsafeBufferPointer { scan($0, into: &spans, tally: &tally, spanish: spanish) }
            words = scalars.withUnsafeBufferPointer { text in spans.map { string(text, $0.start..<$0.end) } }
        }
    }
}

