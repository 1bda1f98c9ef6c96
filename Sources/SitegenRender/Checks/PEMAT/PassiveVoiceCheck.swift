import SitegenModel

/// PEMAT item 5 (active voice). A sentence is passive when a form of "be" is followed, perhaps
/// after an adverb or two, by a past participle ("is often caused", "were found"); in Spanish, a
/// form of "ser" and a participle ("fue diagnosticada"). Spanish's "se" passive ("se recomienda")
/// is not counted: it cannot be told from a reflexive verb without a dictionary. Only paragraphs
/// and list items are read, sentence by sentence.
///
/// The threshold: raters of PEMAT's reliability study (Vishnevetsky et al., 2018) asked that a
/// material agree with item 5 when at least 80% of it is active, so a page is reported when more
/// than 1 sentence in 5 is passive and at least 3 are (one or two passive sentences are quick to
/// rewrite and too few to call the page's style).
enum PassiveVoiceCheck {
    static let minimumPassive = 3

    struct Measure: Equatable {
        var sentences = 0
        var passive: [PEMATExample] = []

        /// More than 1 in 5 sentences, and at least 3.
        var isTooMuch: Bool { passive.count >= PassiveVoiceCheck.minimumPassive && passive.count * 5 > sentences }
    }

    static func measure(_ page: PEMATPage) -> Measure {
        var measure = Measure()
        // Chosen once, not for every word: each lookup of a static list costs a retain.
        let toBe = page.isEnglish ? PEMATWordLists.toBe : PEMATWordLists.spanishToBe
        for (block, words) in zip(page.text.blocks, page.words) where block.kind == .paragraph || block.kind == .listItem {
            var index = 0
            var found = false
            while index < words.count {
                let word = words[index]
                if word.startsSentence { measure.sentences += 1; found = false }
                if !found, let end = participleEnd(after: index, in: words, text: block.text, toBe: toBe, english: page.isEnglish) {
                    // "can be used", "has been found": the helping verb belongs to the phrase.
                    let start = index > 0 && !word.startsSentence && PEMATWordLists.helpingVerbs.contains(words[index - 1], in: block.text) ? words[index - 1].start : word.start
                    measure.passive.append(PEMATExample(phrase: block.string(start..<words[end].end), line: block.line(at: word.start)))
                    found = true
                    index = end
                }
                index += 1
            }
        }
        return measure
    }

    /// The index of the participle that makes `words[index]` ("be") passive, or nil.
    private static func participleEnd(after index: Int, in words: [PEMATWord], text: [UInt8], toBe: PEMATLexicon, english: Bool) -> Int? {
        let be = words[index]
        guard toBe.contains(be, in: text) else { return nil }
        // "Be careful": an instruction, not a passive.
        if english, be.startsSentence, be.count == 2 { return nil }
        let gap = english ? PEMATWordLists.passiveGap : PEMATWordLists.spanishPassiveGap
        var next = index + 1
        while next < words.count, next <= index + 2, !words[next].startsSentence, gap.contains(words[next], in: text) || isAdverb(words[next], in: text, english: english) {
            next += 1
        }
        guard next < words.count, !words[next].startsSentence else { return nil }
        return isParticiple(words[next], in: text, english: english) ? next : nil
    }

    private static func isAdverb(_ word: PEMATWord, in text: [UInt8], english: Bool) -> Bool {
        let bytes = text[word.start..<word.end]
        return english ? word.count > 4 && bytes.hasLowercaseSuffix("ly") : word.count > 6 && bytes.hasLowercaseSuffix("mente")
    }

    static func isParticiple(_ word: PEMATWord, in text: [UInt8], english: Bool) -> Bool {
        let bytes = text[word.start..<word.end]
        if english {
            if PEMATWordLists.irregularParticiples.contains(bytes) { return !PEMATWordLists.notPassive.contains(bytes) }
            return word.count >= 4 && bytes.hasLowercaseSuffix("ed") && !bytes.hasLowercaseSuffix("eed") && !PEMATWordLists.notPassive.contains(bytes)
        }
        if PEMATWordLists.spanishIrregularParticiples.contains(bytes) { return true }
        guard word.count > 4, !PEMATWordLists.spanishNotPassive.contains(bytes) else { return false }
        return spanishEndings.contains { bytes.hasLowercaseSuffix($0) }
    }

    private static let spanishEndings: [StaticString] = ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"]

    static func message(_ measure: Measure, english: Bool) -> String {
        let share = measure.passive.count * 100 / max(1, measure.sentences)
        var phrases: Set<String> = []
        let distinct = measure.passive.filter { phrases.insert($0.phrase.lowercased()).inserted }
        let examples = distinct.prefix(3).map { "'\($0.phrase)' (line \($0.line))" }
        return "\(PEMATCheck.passiveVoice.label): \(measure.passive.count) of \(measure.sentences) sentences (\(share)%) are in the passive voice, like \(PEMATList.joined(examples)); more than 1 in 5 is too many: say who does what, like \(english ? "'a gene change causes it' rather than 'it is caused by a gene change'" : "'un cambio en un gen la causa' rather than 'es causada por un cambio en un gen'")"
    }
}

extension ArraySlice where Element == UInt8 {
    /// Whether the bytes end in `suffix` (lowercase ASCII), in any case.
    func hasLowercaseSuffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard self.count >= count else { return false }
        return suffix.withUTF8Buffer { wanted in
            zip(self.suffix(count), wanted).allSatisfy { $0 | 0x20 == $1 }
        }
    }
}
