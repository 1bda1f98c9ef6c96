/// The readability of a page's text: its counts and the two Flesch scores computed from them.
public struct ReadabilityScore: Sendable, Equatable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    /// Flesch–Kincaid grade level: 0.39 * words/sentences + 11.8 * syllables/words - 15.59
    public var grade: Double
    /// Flesch reading ease: 206.835 - 1.015 * words/sentences - 84.6 * syllables/words
    public var readingEase: Double
    /// Words of 3 syllables or more.
    public var polysyllables: Int
    /// McLaughlin's SMOG grade: 1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291
    public var smog: Double

    public init(words: Int, sentences: Int, syllables: Int, grade: Double, readingEase: Double, polysyllables: Int = 0, smog: Double = 0) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.grade = grade
        self.readingEase = readingEase
        self.polysyllables = polysyllables
        self.smog = smog
    }

    /// The scores for these counts. Text without words scores 0 for all three (not a real grade:
    /// there is nothing to read), so nothing is ever divided by zero.
    public init(words: Int, sentences: Int, syllables: Int, polysyllables: Int = 0) {
        guard words > 0, sentences > 0 else {
            self.init(words: words, sentences: sentences, syllables: syllables, grade: 0, readingEase: 0, polysyllables: polysyllables)
            return
        }
        let wordsPerSentence = Double(words) / Double(sentences)
        let syllablesPerWord = Double(syllables) / Double(words)
        self.init(
            words: words, sentences: sentences, syllables: syllables,
            grade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
            readingEase: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
            polysyllables: polysyllables, smog: Self.smog(polysyllables: polysyllables, sentences: sentences)
        )
    }

    /// McLaughlin's SMOG grade (1969) of a text with these counts, scaled from his 30 sentences to
    /// the text's own, as textstat and most tools do. Needs sentences.
    public static func smog(polysyllables: Int, sentences: Int) -> Double {
        1.0430 * (Double(polysyllables) * 30 / Double(sentences)).squareRoot() + 3.1291
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
        let page = counts(blocks: blocks, scale: .fleschKincaidGrade, memo: &memo)
        return ReadabilityScore(words: page.words, sentences: page.sentences, syllables: page.syllables, polysyllables: page.polysyllables)
    }

    /// A page's counts. `scale` nil: words and sentences only (no syllables).
    static func counts(blocks: [String], scale: ReadingScale?, memo: inout SyllableMemo) -> PageCounts {
        let longestBlock = blocks.reduce(0) { max($0, $1.utf8.count) }
        var page = PageScorer(longestBlock: longestBlock, scale: scale)
        defer { page.deallocate() }
        for block in blocks {
            page.add(block, memo: &memo)
        }
        return page.finish()
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

    /// What `PageScorer` counts on a page.
    struct PageCounts {
        var words = 0, sentences = 0, syllables = 0
        /// Words of 3 syllables or more (English only): SMOG's polysyllables.
        var polysyllables = 0
        /// The hardest words, hardest first (English and Spanish; see `HardWords`).
        var hardWords: [String] = []
        /// Letters in Latin script and in any other (a plain word counts all its characters
        /// as Latin letters: they are ASCII). Only counted when syllables are.
        var latinLetters = 0, otherScriptLetters = 0
    }

    /// Counts of a page, block by block. Its buffers are allocated once per page and reused, so
    /// that nothing is allocated per word.
    private struct PageScorer {
        private var counts = PageCounts()
        private var hardWords = HardWordTally()
        /// The syllable rules: English, Spanish, or none.
        private let scale: ReadingScale?
        /// A block's Unicode scalar values (never more than its UTF-8 bytes).
        private let scalars: UnsafeMutablePointer<UInt32>
        /// A word's bytes, then room for `syllables(ascii:scratch:)`: three times the longest word.
        private let wordBytes: UnsafeMutablePointer<UInt8>
        private var spans: [WordSpan] = []

        init(longestBlock: Int, scale: ReadingScale?) {
            self.scale = scale
            scalars = .allocate(capacity: max(1, longestBlock))
            wordBytes = .allocate(capacity: 3 * longestBlock + 1)
            spans.reserveCapacity(min(max(longestBlock / 4, 32), 8192))
        }

        func deallocate() {
            scalars.deallocate()
            wordBytes.deallocate()
        }

        func finish() -> PageCounts {
            var counts = counts
            counts.hardWords = hardWords.hardest()
            return counts
        }

        mutating func add(_ block: String, memo: inout SyllableMemo) {
            var block = block
            let count = block.withUTF8 { decode($0, into: scalars) }
            let text = UnsafeBufferPointer(start: scalars, count: count)
            spans.removeAll(keepingCapacity: true)
            var tally = CapitalsTally()
            counts.sentences += scan(text, into: &spans, tally: &tally, spanish: scale == .fernandezHuerta)
            counts.words += spans.count
            // In a block written in capitals ("THE SOFTWARE IS PROVIDED…") capitals are not acronyms.
            let shouting = tally.isShouting
            // (Summed in locals: `counts` lives in memory.)
            var syllables = 0, polysyllables = 0, latin = 0, otherScript = 0
            switch scale {
            case .fleschKincaidGrade, .smogGrade:
                let hard = HardWords.threshold(spanish: false)
                for span in spans {
                    let count: Int
                    if span.isPlain {
                        latin &+= span.end &- span.start
                        count = plainWordSyllables(text, span, lowercase: shouting, known: &memo.known)
                    } else {
                        tallyScripts(of: UnsafeBufferPointer(rebasing: text[span.start..<span.end]), latin: &latin, otherScript: &otherScript)
                        count = unicodeWordSyllables(text, span, lowercase: shouting, known: &memo.knownUnicode)
                    }
                    syllables &+= count
                    if count >= hard {
                        polysyllables &+= 1
                        hardWords.note(text, start: span.start, end: span.end, syllables: count, shouting: shouting)
                    }
                }
            case .fernandezHuerta:
                // Counting a Spanish word is a pass over its letters, cheaper than remembering it.
                let hard = HardWords.threshold(spanish: true)
                for span in spans {
                    let word = UnsafeBufferPointer(rebasing: text[span.start..<span.end])
                    tallyScripts(of: word, latin: &latin, otherScript: &otherScript)
                    let count = SpanishSyllables.count(word, scratch: wordBytes, readAsWords: shouting)
                    syllables &+= count
                    if count >= hard { hardWords.note(text, start: span.start, end: span.end, syllables: count, shouting: shouting) }
                }
            case nil:
                break
            }
            counts.syllables += syllables
            counts.polysyllables += polysyllables
            counts.latinLetters += latin
            counts.otherScriptLetters += otherScript
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

    static func string(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> String {
        var string = ""
        string.unicodeScalars.append(contentsOf: text[range].map(scalar))
        return string
    }
}
