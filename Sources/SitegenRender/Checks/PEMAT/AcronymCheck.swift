import SitegenModel

/// PEMAT item 3 (common, everyday language): "abbreviations or acronyms … should be spelled out or
/// defined the first time they are used". An acronym is a word of two or more capital letters
/// (digits allowed, a plural "s" after it: "AGS1", "AVMs"); the title, code and link addresses
/// are not read. It is spelled out where it is followed or preceded by its words in brackets
/// ("electromyography (EMG)", "EMG (electromyography)"), followed by words whose first letters
/// spell it ("NIH: National Institutes of Health"), or where the page links a glossary entry
/// that has it as its term or an alias. Each acronym is reported once, at its first use.
enum AcronymCheck {
    struct Finding: Equatable {
        var acronym: String
        var line: Int
        /// Where it is spelled out, after its first use; nil when the page never does.
        var spelledOutLine: Int?
        /// Words on the page whose first letters spell it, where it is never spelled out: the
        /// page may mean them, without saying so.
        var words: PEMATExample?
        /// The same in the page's title, when the text has none.
        var wordsInTitle: String?
    }

    static func findings(_ page: PEMATPage, title: String, glossaryAcronyms: [[String]]) -> [Finding] {
        let english = page.isEnglish
        let known = english ? PEMATWordLists.knownAcronyms : PEMATWordLists.knownSpanishAcronyms
        var spelledOut: Set<String> = []
        var found: [String: Finding] = [:]
        var order: [String] = []
        for (block, words) in zip(page.text.blocks, page.words) {
            var nextMark = 0
            for (index, word) in words.enumerated() {
                while nextMark < block.glossaryMarks.count, block.glossaryMarks[nextMark].offset <= word.start {
                    let entry = block.glossaryMarks[nextMark].entry
                    for acronym in entry < glossaryAcronyms.count ? glossaryAcronyms[entry] : [] where spelledOut.insert(acronym).inserted {
                        if found[acronym] != nil { found[acronym]?.spelledOutLine = block.line(at: block.glossaryMarks[nextMark].offset) }
                    }
                    nextMark += 1
                }
                for part in parts(of: word, in: block.text) {
                    guard let acronym = acronym(block.text[part]), !known.contains(acronym), !isNumeral(acronym),
                          !isShouted(words, index, in: block.text) else { continue }
                    if isSpelledOut(part, acronym: acronym, words[(index + 1)...], in: block.text, spanish: !english) || spelledOut.contains(stem(acronym))
                        || isNamed(words[..<index], in: block.text) {
                        if !spelledOut.contains(acronym), found[acronym] != nil { found[acronym]?.spelledOutLine = block.line(at: part.lowerBound) }
                        spelledOut.insert(acronym)
                        continue
                    }
                    guard !spelledOut.contains(acronym), found[acronym] == nil else { continue }
                    found[acronym] = Finding(acronym: acronym, line: block.line(at: part.lowerBound))
                    order.append(acronym)
                }
            }
        }
        return order.compactMap { acronym in
            guard var finding = found[acronym] else { return nil }
            if finding.spelledOutLine == nil {
                finding.words = wordsSpelling(acronym, in: page)
                if finding.words == nil { finding.wordsInTitle = wordsSpelling(acronym, inTitle: title, spanish: !english) }
            }
            return finding
        }
    }

    static func message(_ finding: Finding) -> String {
        let quoted = "'\(finding.acronym)'"
        if let line = finding.spelledOutLine {
            return "\(PEMATCheck.acronyms.label): \(quoted) is used before it is spelled out at line \(line); spell it out at its first use instead"
        }
        if let words = finding.words {
            return "\(PEMATCheck.acronyms.label): \(quoted) is never spelled out on this page; if it stands for '\(words.phrase)' (line \(words.line)), write \(quoted) after those words in brackets, or make it an alias of a term in glossary.yml"
        }
        if let words = finding.wordsInTitle {
            return "\(PEMATCheck.acronyms.label): \(quoted) is never spelled out in the text; if it stands for '\(words)' (in the title), write those words with \(quoted) after them in brackets at its first use, or make it an alias of a term in glossary.yml"
        }
        return "\(PEMATCheck.acronyms.label): \(quoted) is never spelled out on this page; at its first use write the words it stands for with \(quoted) after them in brackets, or make it an alias of a term in glossary.yml"
    }

    /// The glossary's acronyms, entry by entry: its term and aliases that are acronyms, which a
    /// page spells out by linking the entry.
    static func glossaryAcronyms(_ glossary: [GlossaryEntry]) -> [[String]] {
        glossary.map { entry in
            ([entry.term] + entry.aliases).compactMap { name in
                let bytes = Array(name.trimmedWhitespace.utf8)
                return acronym(bytes[...])
            }
        }
    }

    /// The parts of a word between hyphens and apostrophes ("COVID-19", "NIH's").
    private static func parts(of word: PEMATWord, in text: [UInt8]) -> [Range<Int>] {
        // Most words have no capital after their first letter: no acronym in them.
        guard (word.start + 1..<word.end).contains(where: { PEMATWords.isUpper(text[$0]) }) else { return [] }
        var parts: [Range<Int>] = []
        var start = word.start, index = word.start
        while index < word.end {
            let joiner = PEMATWords.letterWidth(text, at: index) == 0 ? PEMATWords.joinerWidth(text, at: index) : 0
            if joiner > 0 {
                if index > start { parts.append(start..<index) }
                index += joiner
                start = index
            } else {
                index += 1
            }
        }
        if word.end > start { parts.append(start..<word.end) }
        return parts
    }

    /// The acronym a part is ("AVMs" is "AVM"), or nil: ASCII capitals and digits, starting with a
    /// capital, with two capitals or more and no small letter but a final plural "s".
    static func acronym(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let first = bytes.first, PEMATWords.isUpper(first) else { return nil }
        var body = bytes
        if body.count > 2, body.last == UInt8(ascii: "s") { body = body.dropLast() }
        var capitals = 0
        for byte in body {
            if PEMATWords.isUpper(byte) { capitals += 1 } else if !PEMATWords.isDigit(byte) { return nil }
        }
        return capitals >= 2 ? String(decoding: body, as: UTF8.self) : nil
    }

    /// Roman numerals ("type II") and sex chromosomes ("XY"): letters I, V, X and Y only.
    private static func isNumeral(_ acronym: String) -> Bool {
        acronym.utf8.allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "Y") }
    }

    /// Capitals for emphasis: three words or more in capitals with only spaces between them.
    private static func isShouted(_ words: [PEMATWord], _ index: Int, in text: [UInt8]) -> Bool {
        func capitals(_ i: Int) -> Bool {
            let word = words[i]
            return word.count >= 2 && text[word.start..<word.end].allSatisfy { PEMATWords.isUpper($0) || $0 == UInt8(ascii: "'") }
        }
        func spaced(_ a: Int, _ b: Int) -> Bool { words[b].start == words[a].end + 1 && text[words[a].end] == 0x20 }
        var run = 1
        var i = index
        while i > 0, spaced(i - 1, i), capitals(i - 1) { run += 1; i -= 1 }
        i = index
        while i + 1 < words.count, spaced(i, i + 1), capitals(i + 1) { run += 1; i += 1 }
        return run >= 3
    }

    /// "Amyotrophic lateral sclerosis, also called ALS", "known as ALS", "conocida como ELA":
    /// the words before name it.
    private static func isNamed(_ before: ArraySlice<PEMATWord>, in text: [UInt8]) -> Bool {
        guard let last = before.last else { return false }
        if PEMATWordLists.namingWords.contains(last, in: text) { return true }
        guard before.count >= 2, PEMATWordLists.namingSecondWords.contains(last, in: text) else { return false }
        return PEMATWordLists.namingFirstWords.contains(before[before.endIndex - 2], in: text)
    }

    private static func isSpelledOut(_ part: Range<Int>, acronym: String, _ following: ArraySlice<PEMATWord>, in text: [UInt8], spanish: Bool) -> Bool {
        let before = part.lowerBound > 0 ? text[part.lowerBound - 1] : 0
        let after = part.upperBound < text.count ? text[part.upperBound] : 0
        // "electromyography (EMG)": the words came just before.
        if before == UInt8(ascii: "("), part.lowerBound >= 2, [UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ";")].contains(after) { return true }
        let rest = text[part.upperBound...]
        // "EMG (electromyography)": the words follow in brackets.
        if rest.starts(with: [0x20, UInt8(ascii: "(")]), rest.count > 2, PEMATWords.letterWidth(text, at: part.upperBound + 2) > 0 { return true }
        // "EMG means …", "EMG stands for …".
        let phrases = spanish ? PEMATWordLists.spanishSpellingPhrases : PEMATWordLists.spellingPhrases
        if phrases.contains(where: { rest.starts(with: $0) }) { return true }
        // "NIH: National Institutes of Health", "NIH – National Institutes of Health".
        return initialsFollow(acronym, after: part.upperBound, following, in: text, spanish: spanish)
    }

    private static func initialsFollow(_ acronym: String, after end: Int, _ following: ArraySlice<PEMATWord>, in text: [UInt8], spanish: Bool) -> Bool {
        var index = end
        var separated = false
        while index < text.count {
            let byte = text[index]
            if byte == 0x20 {
                index += 1
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-") {
                separated = true
                index += 1
            } else if isDash(text, at: index) {
                separated = true
                index += 3
            } else {
                break
            }
        }
        guard separated, let first = following.first, first.start == index else { return false }
        return initialsEnd(acronym, following, in: text, spanish: spanish) != nil
    }

    /// The end of the words that start `words` if their first letters, and those of the parts
    /// of hyphenated words ("Aicardi-Goutieres"), spell the acronym, small words skipped.
    private static func initialsEnd(_ acronym: String, _ words: ArraySlice<PEMATWord>, in text: [UInt8], spanish: Bool) -> Int? {
        let letters = Array(acronym.utf8.filter(PEMATWords.isUpper))
        let skipped = spanish ? PEMATWordLists.spanishInitialsSkipped : PEMATWordLists.initialsSkipped
        var matched = 0
        for word in words.prefix(letters.count * 2 + 2) {
            let bytes = text[word.start..<word.end]
            if matched > 0, skipped.contains(bytes) { continue }
            // "and prevent stroke" is not what "APS" stands for.
            if PEMATWordLists.functionWords.contains(bytes) { return nil }
            for (offset, byte) in bytes.enumerated() where offset == 0 || bytes[bytes.startIndex + offset - 1] == UInt8(ascii: "-") {
                guard matched < letters.count else { return nil }
                guard byte | 0x20 == letters[matched] | 0x20 else { return nil }
                matched += 1
            }
            if matched == letters.count { return word.end }
        }
        return nil
    }

    /// The acronym without the digits it ends in: "AGS4" is a kind of "AGS", spelled out with it.
    private static func stem(_ acronym: String) -> String {
        String(acronym.utf8.reversed().drop(while: PEMATWords.isDigit).reversed().map { Character(Unicode.Scalar($0)) })
    }

    private static func wordsSpelling(_ acronym: String, inTitle title: String, spanish: Bool) -> String? {
        guard !acronym.utf8.contains(where: PEMATWords.isDigit) else { return nil }
        let text = Array(title.utf8)
        let block = PEMATText.Block(kind: .paragraph, line: 0, text: text)
        let page = PEMATPage(text: PEMATText(blocks: [block]), words: [PEMATWords.words(in: text)], isEnglish: !spanish)
        return wordsSpelling(acronym, in: page)?.phrase
    }

    /// Words of the page, not the acronym itself, whose first letters spell it.
    private static func wordsSpelling(_ acronym: String, in page: PEMATPage) -> PEMATExample? {
        // "A1C" is not "also check": letters alone cannot say what an acronym with digits stands for.
        guard let initial = acronym.utf8.first.map({ $0 | 0x20 }), !acronym.utf8.contains(where: PEMATWords.isDigit) else { return nil }
        for (block, words) in zip(page.text.blocks, page.words) {
            for (index, word) in words.enumerated() where block.text[word.start] | 0x20 == initial && self.acronym(block.text[word.start..<word.end]) == nil {
                guard let end = initialsEnd(acronym, words[index...], in: block.text, spanish: !page.isEnglish), end > word.end || block.text[word.start..<word.end].contains(UInt8(ascii: "-")) else { continue }
                return PEMATExample(phrase: block.string(word.start..<end), line: block.line(at: word.start))
            }
        }
        return nil
    }

    /// An en or em dash (U+2013, U+2014).
    private static func isDash(_ text: [UInt8], at index: Int) -> Bool {
        index + 2 < text.count && text[index] == 0xE2 && text[index + 1] == 0x80 && (text[index + 2] == 0x93 || text[index + 2] == 0x94)
    }
}
