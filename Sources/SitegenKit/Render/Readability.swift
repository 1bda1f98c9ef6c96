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
public enum Readability {
    /// `blocks` are the reader-visible text of a page: the title, each heading, each paragraph and
    /// each list-item paragraph, as plain text (no markup). Headings and list items count as
    /// sentences even without a full stop; a paragraph may hold several sentences.
    public static func score(blocks: [String]) -> ReadabilityScore {
        var words = 0, sentences = 0, syllables = 0
        var known: [String: Int] = [:]  // pages repeat their words
        for block in blocks {
            let text = TextBlock(block)
            words += text.words.count
            sentences += text.sentenceCount
            // In a block written in capitals ("THE SOFTWARE IS PROVIDED…") capitals are not acronyms.
            let shouting = text.isShouting
            for word in text.words {
                let spelling = shouting ? word.lowercased() : word
                if let count = known[spelling] {
                    syllables += count
                } else {
                    let count = Self.syllables(in: spelling)
                    known[spelling] = count
                    syllables += count
                }
            }
        }
        return ReadabilityScore(words: words, sentences: sentences, syllables: syllables)
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

    // MARK: - Words

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

    // MARK: - Sentences

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "cf", "vs", "viz", "dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr",
        "fig", "figs", "approx", "ca", "vol", "pp", "dept",
    ]

    /// Abbreviations that often end a sentence: a full stop after them ends one when the next
    /// word starts with a capital ("…and so on, etc. The next…").
    static let sentenceEndingAbbreviations: Set<String> = ["etc", "al", "inc", "ltd"]

    /// One block of text split into words and counted in sentences.
    struct TextBlock {
        var words: [String] = []
        var sentenceCount = 0

        /// Whether most of the block is written in capitals.
        var isShouting: Bool {
            var long = 0, capitals = 0
            for word in words {
                var letters = 0, lowercase = false
                for scalar in word.unicodeScalars where isLetter(scalar) {
                    letters += 1
                    if isLowercase(scalar) { lowercase = true }
                }
                if letters >= 2 {
                    long += 1
                    if !lowercase { capitals += 1 }
                }
            }
            return long >= 3 && capitals * 2 > long
        }

        init(_ text: String) {
            let scalars = Array(text.unicodeScalars)
            var index = 0
            var wordsInSentence = 0
            // After "etc." or "U.S.": the sentence ends if the next word starts with a capital.
            var endsIfCapitalFollows = false
            while index < scalars.count {
                guard isWordScalar(scalars[index]) else { index += 1; continue }
                // A word: letters and digits, joined by apostrophes and hyphens between them, by "."
                // between letters ("e.g", "U.S") or digits ("2.5"), and by "," or ":" between digits.
                let start = index
                index += 1
                while index < scalars.count {
                    if isWordScalar(scalars[index]) { index += 1; continue }
                    if index + 1 < scalars.count, isWordScalar(scalars[index + 1]),
                       Self.joins(scalars[index], scalars[index - 1], scalars[index + 1]) {
                        index += 2
                        continue
                    }
                    break
                }
                let word = String(String.UnicodeScalarView(scalars[start..<index]))
                if endsIfCapitalFollows, isUppercase(scalars[start]) {
                    sentenceCount += 1
                    wordsInSentence = 0
                }
                endsIfCapitalFollows = false
                words.append(word)
                wordsInSentence += 1
                // What follows the word: does it end the sentence?
                switch Self.sentenceEnd(after: index, in: scalars, word: word) {
                case .no: break
                case .yes:
                    // "2." or "Q." on its own labels what follows (a list number, a question); it
                    // is a word but not a sentence.
                    if wordsInSentence == 1, Self.isLabel(word), index < scalars.count, scalars[index] == "." { break }
                    sentenceCount += 1
                    wordsInSentence = 0
                case .ifCapitalFollows:
                    endsIfCapitalFollows = true
                }
            }
            if wordsInSentence > 0 { sentenceCount += 1 }
        }

        /// A number or a single letter, as used to number list items or mark questions and answers.
        private static func isLabel(_ word: String) -> Bool {
            word.unicodeScalars.allSatisfy(Readability.isDigit) || word.unicodeScalars.count == 1
        }

        private static func joins(_ joiner: Unicode.Scalar, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
            let digits = isDigit(before) && isDigit(after)
            switch joiner {
            case "'", "\u{2019}", "\u{02BC}", "-", "\u{2010}", "\u{2011}": return true
            case ".": return digits || (isLetter(before) && isLetter(after))
            case ",", ":": return digits
            default: return false
            }
        }

        private enum SentenceEnd { case no, yes, ifCapitalFollows }

        /// Closing quotes and brackets that may stand between a full stop and the next sentence.
        private static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}", "*", "_"]

        /// Whether the punctuation after a word (which ends at `index`) ends a sentence: ". ! ? …"
        /// (or "..."), possibly followed by closing quotes or brackets, then a space or the end.
        private static func sentenceEnd(after index: Int, in scalars: [Unicode.Scalar], word: String) -> SentenceEnd {
            var cursor = index
            var sawTerminator = false
            var onlyFullStop = true
            var ellipsis = false
            while cursor < scalars.count {
                let scalar = scalars[cursor]
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" {
                    if scalar != "." { onlyFullStop = false }
                    if scalar == "\u{2026}" || (scalar == "." && cursor + 1 < scalars.count && scalars[cursor + 1] == ".") {
                        ellipsis = true
                    }
                    sawTerminator = true
                } else if Self.closers.contains(scalar) {
                    // closing quote or bracket: keep looking
                } else {
                    break
                }
                cursor += 1
            }
            guard sawTerminator else { return .no }
            let atEnd = cursor == scalars.count
            guard atEnd || scalars[cursor].properties.isWhitespace else { return .no }
            // A full stop straight after an abbreviation.
            if onlyFullStop, !ellipsis, index < scalars.count, scalars[index] == "." {
                let key = word.lowercased()
                if Readability.abbreviations.contains(key) { return .no }
                if Readability.sentenceEndingAbbreviations.contains(key) || key.contains(".") {
                    return atEnd ? .yes : .ifCapitalFollows
                }
            }
            // An ellipsis before a lower-case word trails off inside the sentence.
            if ellipsis, let next = scalars[cursor...].first(where: { isWordScalar($0) }), isLowercase(next) {
                return .no
            }
            return .yes
        }
    }
}
