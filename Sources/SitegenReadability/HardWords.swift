/// The hardest words of a page: the words behind its grade, for the editor's warning and reports.
///
/// A candidate is a word of many syllables: 3 or more in English (SMOG's polysyllables, which
/// raise its grade), 4 or more in Spanish, whose words are longer (a Spanish word has about half
/// a syllable more than an English one on average, so 3 would take in everyday words like
/// "médico" or "persona"). Left out, because an editor cannot swap them for an everyday word:
/// - acronyms and other words with a capital after the first letter (`IMNM`, `mRNA`, `McArdle`);
/// - proper nouns: a word capitalised wherever it appears, at least once where a sentence does not
///   start (after a word or a comma: "see Dr Smith at Addenbrooke's");
/// - words with digits or full stops (`COVID-19`, `e.g`).
///
/// Words are told apart ignoring the capital of a sentence's first word and a possessive `'s`
/// ("Corticosteroids", "corticosteroids" and "corticosteroid's" are two words, singular and
/// plural; the possessive goes with its word). The hardest has the most syllables, then the most
/// uses on the page, then comes first. Reports show `shown` of them.
public enum HardWords {
    /// How many of a page's hardest words the warning and reports name.
    public static let shown = 5

    /// Fewest syllables of a candidate, by language (the scale's syllable rules).
    static func threshold(spanish: Bool) -> Int { spanish ? 4 : 3 }
}

/// A page's candidates as its words are counted. Only words with enough syllables reach it, so it
/// costs nothing for most words.
struct HardWordTally {
    private struct Candidate {
        var word: String
        var syllables: Int
        var uses: Int
        /// Seen starting with a lower-case letter (or in a block of capitals).
        var lowercaseSeen: Bool
        /// Seen capitalised where no sentence starts: a name, unless also seen in lower case.
        var capitalInsideSentence: Bool

        var isName: Bool { !lowercaseSeen && capitalInsideSentence }

        /// Harder: more syllables, then more uses (the first seen wins a tie: candidates are kept
        /// in the order they came).
        func isHarder(than other: Candidate) -> Bool {
            syllables != other.syllables ? syllables > other.syllables : uses > other.uses
        }
    }

    /// In the order they first came, and where each word is.
    private var candidates: [Candidate] = []
    private var positions: [String: Int] = [:]

    /// Counts `text[start..<end]`, of `syllables` syllables, if it is a candidate. `shouting`: the
    /// block is written in capitals, whose capitals say nothing.
    mutating func note(_ text: UnsafeBufferPointer<UInt32>, start: Int, end wordEnd: Int, syllables: Int, shouting: Bool) {
        var end = wordEnd
        // A possessive 's belongs to its word ("patient's"); the rules count the same syllables.
        if end - start > 2, Readability.isApostrophe(Readability.scalar(text[end - 2])), text[end - 1] | 0x20 == 0x73 { end -= 2 }
        var initialCapital = false, ascii = true
        for index in start..<end {
            let value = text[index]
            if value >= 0x80 { ascii = false }
            if value == 0x2E || Readability.isDigit(value) { return }
            guard !shouting, Self.isUppercase(value) else { continue }
            if index > start { return }  // an acronym, or a name like McArdle
            initialCapital = true
        }
        let word = ascii ? Self.lowercasedASCII(text, start..<end) : Self.lowercased(text, start..<end)
        let lowercase = !initialCapital
        let insideSentence = initialCapital && Self.followsWord(text, before: start)
        if let position = positions[word] {
            candidates[position].uses += 1
            if lowercase { candidates[position].lowercaseSeen = true }
            if insideSentence { candidates[position].capitalInsideSentence = true }
        } else {
            positions[word] = candidates.count
            candidates.append(Candidate(word: word, syllables: syllables, uses: 1, lowercaseSeen: lowercase, capitalInsideSentence: insideSentence))
        }
    }

    /// The hardest words, hardest first (see `HardWords`): the top `count`, kept in order as the
    /// candidates pass, without sorting them all.
    func hardest(_ count: Int = HardWords.shown) -> [String] {
        var top: [Candidate] = []
        top.reserveCapacity(count + 1)
        for candidate in candidates where !candidate.isName {
            guard top.count < count || candidate.isHarder(than: top[top.count - 1]) else { continue }
            let place = top.firstIndex { candidate.isHarder(than: $0) } ?? top.count
            top.insert(candidate, at: place)
            if top.count > count { top.removeLast() }
        }
        return top.map(\.word)
    }

    /// A word of ASCII letters and joiners (’ is not ASCII), lower-cased, made in one go.
    private static func lowercasedASCII(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { bytes in
            for (k, index) in range.enumerated() {
                let byte = UInt8(truncatingIfNeeded: text[index])
                bytes[k] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return range.count
        }
    }

    private static func lowercased(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> String {
        Readability.string(text, range).lowercased()
    }

    @inline(__always) private static func isUppercase(_ value: UInt32) -> Bool {
        value < 0x80 ? value &- 0x41 < 26 : Readability.scalar(value).properties.isUppercase
    }

    /// Whether a word starting at `start` follows another word or a comma in its sentence, past
    /// spaces and opening quotes or brackets; not after a sentence's end, a colon ("Note: Take…")
    /// or the start of the block.
    private static func followsWord(_ text: UnsafeBufferPointer<UInt32>, before start: Int) -> Bool {
        var index = start - 1
        while index >= 0 {
            let value = text[index]
            switch value {
            case 0x20, 0x09, 0x0A, 0xA0, 0x22, 0x27, 0x28, 0x5B, 0x2A, 0x5F, 0x201C, 0x2018, 0xAB, 0xBF, 0xA1:
                index -= 1  // space, " ' ( [ * _ “ ‘ « ¿ ¡
            case 0x2C, 0x3B:
                return true  // , ;
            default:
                return Readability.isWordScalar(value)
            }
        }
        return false
    }
}

extension Readability {
    /// Whether `phrase` is everyday words in `language` (English or Spanish): none of its words
    /// has a hard word's syllables (`HardWords`), and it is not an acronym ("CK", "IVIG"). A
    /// glossary alias that is everyday words is what the warning offers for a hard word.
    public static func isEveryday(_ phrase: String, language: String) -> Bool {
        guard let scale = ReadingScale(language: language) else { return false }
        let spanish = scale == .fernandezHuerta
        let words = TextBlock(phrase, spanish: spanish).words
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in
            let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
            let isAcronym = letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)
            let syllables = spanish ? spanishSyllables(in: word) : self.syllables(in: word)
            return !isAcronym && syllables < HardWords.threshold(spanish: spanish)
        }
    }
}
